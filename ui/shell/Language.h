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
    /// The language's own name, for the menu ("English", "Nederlands").
    static QString nativeName(const QString &code);
    /// The language to start with: the saved choice, else the system's if we have it, else English.
    static QString preferred();
    /// Saves the choice for the next start.
    static void save(const QString &code);
    /// Installs the translators for @p code (ours and Qt's own dialogs), replacing earlier ones;
    /// false if ours is missing.
    static bool install(QCoreApplication &app, const QString &code);
    /// The language installed last ("en" before any).
    static QString current();
};

} // namespace rd
