#include "Language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace rd {

namespace {
const QString kSettingsKey = QStringLiteral("ui/language");
}

QStringList Language::available() { return {QStringLiteral("en"), QStringLiteral("nl")}; }

QString Language::preferred()
{
    const QString saved = QSettings().value(kSettingsKey).toString();
    if (available().contains(saved))
        return saved;
    const QString system = QLocale::system().name().left(2);
    return available().contains(system) ? system : QStringLiteral("en");
}

void Language::save(const QString &code)
{
    if (available().contains(code))
        QSettings().setValue(kSettingsKey, code);
}

bool Language::install(QCoreApplication &app, const QString &code)
{
    if (!available().contains(code))
        return false;
    // English is the source language; its .qm only carries plural forms.
    auto *ours = new QTranslator(&app);
    const bool loaded = ours->load(QStringLiteral(":/i18n/recoverydesk_%1.qm").arg(code));
    if (loaded)
        QCoreApplication::installTranslator(ours);
    else
        delete ours;
    auto *qt = new QTranslator(&app);
    if (qt->load(QStringLiteral("qtbase_%1").arg(code), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    QLocale::setDefault(QLocale(code == QLatin1String("nl") ? QLocale::Dutch : QLocale::English,
                                code == QLatin1String("nl") ? QLocale::Netherlands : QLocale::UnitedKingdom));
    return loaded;
}

} // namespace rd
