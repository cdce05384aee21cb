#pragma once

#include <QString>
#include <QWidget>

namespace rd {

/// Gives @p widget what a screen reader says: a short @p name and a sentence on what it is for.
inline void describe(QWidget *widget, const QString &name, const QString &description)
{
    widget->setAccessibleName(name);
    widget->setAccessibleDescription(description);
}

} // namespace rd
