#include "letters/LetterLanguage.h"

#include "cases/Customer.h"

#include <QDateTime>
#include <QDir>
#include <QTranslator>

namespace rd {

QStringList LetterLanguage::codes() { return Customer::languages(); }

bool LetterLanguage::isKnown(const QString &code) { return codes().contains(code); }

QString LetterLanguage::nameOf(const QString &code)
{
    if (code == QLatin1String("nl"))
        return tr("Dutch");
    if (code == QLatin1String("en"))
        return tr("English");
    return code;
}

LetterLanguage LetterLanguage::load(const QString &code, const QString &qmFolder)
{
    LetterLanguage out;
    out.m_code = isKnown(code) ? code : QStringLiteral("en");
    out.m_locale = out.m_code == QLatin1String("nl") ? QLocale(QLocale::Dutch, QLocale::Netherlands)
                                                     : QLocale(QLocale::English, QLocale::UnitedKingdom);
    auto translator = std::make_shared<QTranslator>();
    // A missing file leaves the English source text, which is never wrong, only untranslated.
    if (translator->load(QStringLiteral("recoverydesk_") + out.m_code, qmFolder))
        out.m_translator = std::move(translator);
    return out;
}

QString LetterLanguage::text(const char *source) const
{
    if (m_translator) {
        const QString translated = m_translator->translate("rd::Letter", source);
        if (!translated.isEmpty())
            return translated;
    }
    return QString::fromUtf8(source);
}

namespace {
QDateTime local(qint64 msUtc) { return QDateTime::fromMSecsSinceEpoch(msUtc).toLocalTime(); }
} // namespace

QString LetterLanguage::date(qint64 msUtc) const { return m_locale.toString(local(msUtc).date(), QStringLiteral("d MMMM yyyy")); }

QString LetterLanguage::time(qint64 msUtc) const { return m_locale.toString(local(msUtc).time(), QStringLiteral("HH:mm")); }

QString LetterLanguage::day(qint64 msUtc) const { return m_locale.toString(local(msUtc).date(), QStringLiteral("dddd d MMMM")); }

QString LetterLanguage::when(qint64 msUtc) const
{
    return text(QT_TRANSLATE_NOOP("rd::Letter", "%1 at %2")).arg(day(msUtc), time(msUtc));
}

} // namespace rd
