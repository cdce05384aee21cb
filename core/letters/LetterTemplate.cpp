#include "letters/LetterTemplate.h"

#include "base/TextRules.h"
#include "letters/LetterLanguage.h"

#include <QRegularExpression>

namespace rd {

namespace {

const QRegularExpression &placeholderPattern()
{
    static const QRegularExpression pattern(QStringLiteral("\\{([a-z_]+)\\}"));
    return pattern;
}

// Replaces each placeholder once, left to right; counts the known ones and the blank among them.
QString replaced(const QString &text, const QHash<QString, QString> &values, int *known = nullptr, int *blank = nullptr)
{
    QString out;
    qsizetype from = 0;
    auto it = placeholderPattern().globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        const QString name = m.captured(1);
        out += text.mid(from, m.capturedStart() - from);
        if (values.contains(name)) {
            const QString value = values.value(name);
            if (known)
                ++*known;
            if (blank && value.trimmed().isEmpty())
                ++*blank;
            out += value;
        } else {
            out += m.captured(0);
        }
        from = m.capturedEnd();
    }
    return out + text.mid(from);
}

// A paragraph whose every placeholder is blank goes (its heading with it); otherwise a line
// that held only blank placeholders goes, so an empty signature leaves no empty line.
QString filledParagraph(const QString &paragraph, const QHash<QString, QString> &values)
{
    int known = 0;
    int blank = 0;
    replaced(paragraph, values, &known, &blank);
    if (known > 0 && blank == known)
        return {};
    QStringList lines;
    for (const QString &line : paragraph.split(QLatin1Char('\n'))) {
        int lineKnown = 0;
        int lineBlank = 0;
        const QString filled = replaced(line, values, &lineKnown, &lineBlank);
        if (lineKnown > 0 && lineBlank == lineKnown && filled.trimmed().isEmpty())
            continue;
        lines << filled;
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace

LetterTemplate LetterTemplate::defaults(const LetterLanguage &language)
{
    return {language.text(QT_TRANSLATE_NOOP("rd::Letter", "What we agreed on {date}")),
            language.text(QT_TRANSLATE_NOOP("rd::Letter",
                                            "Dear {customer},\n\n"
                                            "Thank you for calling us on {date}. As promised, here is in writing what we "
                                            "discussed and agreed.\n\n"
                                            "What you told us:\n{summary}\n\n"
                                            "What we decided:\n{decision}\n\n"
                                            "What happens next:\n{agreements}\n\n"
                                            "{status}\n\n"
                                            "Kind regards,\n\n"
                                            "{employee}\n{signature}"))};
}

QStringList LetterTemplate::placeholders()
{
    return {QStringLiteral("customer"),  QStringLiteral("date"),   QStringLiteral("summary"),  QStringLiteral("decision"),
            QStringLiteral("agreements"), QStringLiteral("status"), QStringLiteral("employee"), QStringLiteral("signature")};
}

QString LetterTemplate::describe(const QString &placeholder)
{
    if (placeholder == QLatin1String("customer"))
        return LetterTemplateText::tr("the customer's name");
    if (placeholder == QLatin1String("date"))
        return LetterTemplateText::tr("today's date");
    if (placeholder == QLatin1String("summary"))
        return LetterTemplateText::tr("the summary as the customer confirmed it");
    if (placeholder == QLatin1String("decision"))
        return LetterTemplateText::tr("what we decided");
    if (placeholder == QLatin1String("agreements"))
        return LetterTemplateText::tr("each open promise with its date, the next contact and any callback, one per line");
    if (placeholder == QLatin1String("status"))
        return LetterTemplateText::tr("a sentence saying whether the matter is settled or what happens until it is");
    if (placeholder == QLatin1String("employee"))
        return LetterTemplateText::tr("your name");
    if (placeholder == QLatin1String("signature"))
        return LetterTemplateText::tr("the team signature from Settings");
    return placeholder;
}

Status LetterTemplate::check() const
{
    if (auto s = TextRules::check(LetterTemplateText::tr("The letter's subject"), subject, TextRules::Lines::Single); !s)
        return s;
    if (auto s = TextRules::check(LetterTemplateText::tr("The letter's text"), body); !s)
        return s;
    // Anything in braces is meant as a placeholder: "{Customer}" or "{ customer }" would reach
    // the customer as typed, so it is refused like an unknown name; so is any brace left over
    // once the known placeholders are taken out ("{{customer}}", a lone "{").
    static const QRegularExpression braces(QStringLiteral("\\{([^{}\\n]*)\\}"));
    const QString known = QLatin1Char('{') + placeholders().join(QStringLiteral("}, {")) + QLatin1Char('}');
    for (const QString &text : {subject, body}) {
        auto it = braces.globalMatch(text);
        while (it.hasNext()) {
            const QString name = it.next().captured(1);
            if (!placeholders().contains(name))
                return Error{Error::Code::InvalidInput,
                             LetterTemplateText::tr("The letter names {%1}, which Recovery Desk does not fill. Use one of: %2.")
                                 .arg(name, known)};
        }
        QString rest = text;
        for (const QString &name : placeholders())
            rest.remove(QLatin1Char('{') + name + QLatin1Char('}'));
        if (rest.contains(QLatin1Char('{')) || rest.contains(QLatin1Char('}')))
            return Error{Error::Code::InvalidInput,
                         LetterTemplateText::tr("The letter has a brace that belongs to no placeholder. Braces are only for: %1.")
                             .arg(known)};
    }
    return {};
}

QString LetterTemplate::fill(const QString &text, const QHash<QString, QString> &values, bool dropEmpty)
{
    QString normal = text;
    normal.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    if (!dropEmpty)
        return replaced(normal, values);
    static const QRegularExpression blankLines(QStringLiteral("\\n[ \\t]*\\n"));
    QStringList kept;
    for (const QString &paragraph : normal.split(blankLines)) {
        const QString filled = filledParagraph(paragraph, values);
        if (!filled.trimmed().isEmpty())
            kept << filled;
    }
    return kept.join(QStringLiteral("\n\n"));
}

} // namespace rd
