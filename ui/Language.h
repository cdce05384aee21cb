#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace rd {

/// The interface language: English (the source) or Dutch, chosen in the settings or on the command line.
class Language
{
public:
    /// The codes the product ships: "en", "nl".
    static QStringList available();
    /// The language to start with: the saved choice, else the system's if we have it, else English.
    static QString preferred();
    /// Saves the choice for the next start.
    static void save(const QString &code);
    /// Installs the translators for @p code (ours and Qt's own dialogs); false if ours is missing.
    static bool install(QCoreApplication &app, const QString &code);
};

} // namespace rd
