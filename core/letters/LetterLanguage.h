#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>
#include <QStringList>

#include <memory>

class QTranslator;

namespace rd {

/**
 * The language a letter to a customer is written in, whatever language the program itself shows:
 * the customer's dates and the letter's sentences, read from the program's own translation files
 * (the sentences are marked with QT_TRANSLATE_NOOP("rd::Letter", …), so translators find them in
 * recoverydesk_nl.ts beside every other text).
 */
class LetterLanguage
{
    Q_DECLARE_TR_FUNCTIONS(LetterLanguage)

public:
    /// The languages letters can be written in: "en", "nl".
    static QStringList codes();
    /// Whether @p code is one of codes(); an empty code means "the default in Settings".
    static bool isKnown(const QString &code);
    /// The language's name in the program's language ("Dutch").
    static QString nameOf(const QString &code);

    /// The language @p code with the translations in @p qmFolder (recoverydesk_<code>.qm; a
    /// resource path such as ":/i18n" works). English works without its file, but for plurals.
    static LetterLanguage load(const QString &code, const QString &qmFolder);

    QString code() const { return m_code; }
    QLocale locale() const { return m_locale; }
    /// @p source (marked with QT_TRANSLATE_NOOP("rd::Letter", …)) in this language.
    QString text(const char *source) const;
    /// "Friday 27 November, 10:00" in this language.
    QString when(qint64 msUtc) const;
    /// "Friday 27 November" in this language.
    QString day(qint64 msUtc) const;
    /// "27 November 2026" in this language.
    QString date(qint64 msUtc) const;
    /// "10:00" in this language.
    QString time(qint64 msUtc) const;

private:
    QString m_code = QStringLiteral("en");
    QLocale m_locale{QLocale::English, QLocale::UnitedKingdom};
    std::shared_ptr<QTranslator> m_translator;
};

} // namespace rd
