#include "shell/Language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace rd {

namespace {
const QString kSettingsKey = QStringLiteral("ui/language");
const QString kTranslatorName = QStringLiteral("rdTranslator");
QString s_current = QStringLiteral("en");
} // namespace

QStringList Language::available() { return {QStringLiteral("en"), QStringLiteral("nl")}; }

QString Language::nativeName(const QString &code)
{
    // Each language in its own words, so it can be found whatever is shown now.
    return code == QLatin1String("nl") ? QStringLiteral("Nederlands") : QStringLiteral("English");
}

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

QString Language::current() { return s_current; }

bool Language::install(QCoreApplication &app, const QString &code)
{
    if (!available().contains(code))
        return false;
    for (QTranslator *old : app.findChildren<QTranslator *>(kTranslatorName, Qt::FindDirectChildrenOnly)) {
        QCoreApplication::removeTranslator(old);
        delete old;
    }
    // English is the source language; its .qm only carries plural forms.
    auto *ours = new QTranslator(&app);
    ours->setObjectName(kTranslatorName);
    const bool loaded = ours->load(QStringLiteral(":/i18n/recoverydesk_%1.qm").arg(code));
    if (loaded)
        QCoreApplication::installTranslator(ours);
    else
        delete ours;
    auto *qt = new QTranslator(&app);
    qt->setObjectName(kTranslatorName);
    if (qt->load(QStringLiteral("qtbase_%1").arg(code), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    const bool dutch = code == QLatin1String("nl");
    QLocale::setDefault(QLocale(dutch ? QLocale::Dutch : QLocale::English,
                                dutch ? QLocale::Netherlands : QLocale::UnitedKingdom));
    s_current = code;
    return loaded;
}

} // namespace rd
