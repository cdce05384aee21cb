#include "widgets/Theme.h"

#include <QApplication>
#include <QFont>
#include <QHash>
#include <QPalette>
#include <QRegularExpression>

namespace rd {

namespace {

using Colours = QHash<QString, QString>;

const Colours &light()
{
    static const Colours c = {
        {QStringLiteral("surface"), QStringLiteral("#ffffff")},  {QStringLiteral("panel"), QStringLiteral("#f6f7f9")},
        {QStringLiteral("border"), QStringLiteral("#dde1e6")},   {QStringLiteral("text"), QStringLiteral("#1f2933")},
        {QStringLiteral("muted"), QStringLiteral("#5f6b7a")},    {QStringLiteral("title"), QStringLiteral("#0b3d62")},
        {QStringLiteral("accent"), QStringLiteral("#5b8fc7")},   {QStringLiteral("selected"), QStringLiteral("#dcebf7")},
        {QStringLiteral("example"), QStringLiteral("#eaf2fa")},  {QStringLiteral("exampleText"), QStringLiteral("#36587a")},
        {QStringLiteral("warnBg"), QStringLiteral("#fff4d6")},   {QStringLiteral("warnText"), QStringLiteral("#6b4a00")},
        {QStringLiteral("warnBorder"), QStringLiteral("#f0d58a")}, {QStringLiteral("errorBg"), QStringLiteral("#fdecea")},
        {QStringLiteral("errorText"), QStringLiteral("#8a1c14")}, {QStringLiteral("errorBorder"), QStringLiteral("#f3b8b2")},
        {QStringLiteral("okBg"), QStringLiteral("#e8f5ec")},     {QStringLiteral("okText"), QStringLiteral("#1e5631")},
        {QStringLiteral("okBorder"), QStringLiteral("#b7dfc3")}, {QStringLiteral("mark"), QStringLiteral("#fff1a8")},
        {QStringLiteral("overdue"), QStringLiteral("#b3261e")},
    };
    return c;
}

const Colours &dark()
{
    static const Colours c = {
        {QStringLiteral("surface"), QStringLiteral("#1f2428")},  {QStringLiteral("panel"), QStringLiteral("#171a1d")},
        {QStringLiteral("border"), QStringLiteral("#3a4148")},   {QStringLiteral("text"), QStringLiteral("#e6e9ed")},
        {QStringLiteral("muted"), QStringLiteral("#a3adb8")},    {QStringLiteral("title"), QStringLiteral("#9cc8f0")},
        {QStringLiteral("accent"), QStringLiteral("#5b8fc7")},   {QStringLiteral("selected"), QStringLiteral("#264a6b")},
        {QStringLiteral("example"), QStringLiteral("#1d2f40")},  {QStringLiteral("exampleText"), QStringLiteral("#b9d3ec")},
        {QStringLiteral("warnBg"), QStringLiteral("#3d3115")},   {QStringLiteral("warnText"), QStringLiteral("#f3d68c")},
        {QStringLiteral("warnBorder"), QStringLiteral("#6b5520")}, {QStringLiteral("errorBg"), QStringLiteral("#3f1c1a")},
        {QStringLiteral("errorText"), QStringLiteral("#ffb4ab")}, {QStringLiteral("errorBorder"), QStringLiteral("#7a2e28")},
        {QStringLiteral("okBg"), QStringLiteral("#173324")},     {QStringLiteral("okText"), QStringLiteral("#a8dcb9")},
        {QStringLiteral("okBorder"), QStringLiteral("#2f5e42")}, {QStringLiteral("mark"), QStringLiteral("#6b5a00")},
        {QStringLiteral("overdue"), QStringLiteral("#ff8a80")},
    };
    return c;
}

const Colours &current() { return Theme::isDark() ? dark() : light(); }

} // namespace

bool Theme::isDark()
{
    const QPalette p = QApplication::palette();
    return p.color(QPalette::Window).lightness() < p.color(QPalette::WindowText).lightness();
}

QColor Theme::color(const char *token) { return QColor(current().value(QString::fromLatin1(token))); }

QString Theme::css(const QString &sheet)
{
    // Sizes were chosen at a 10 pt system font; a larger system font scales them all.
    const double base = QApplication::font().pointSizeF() > 0 ? QApplication::font().pointSizeF() : 10.0;
    const double scale = qMax(0.8, base / 10.0);
    static const QRegularExpression token(QStringLiteral("@fs\\(([0-9.]+)\\)|@([A-Za-z]+)"));
    const Colours &colours = current();
    QString result;
    qsizetype at = 0;
    for (auto it = token.globalMatch(sheet); it.hasNext();) {
        const QRegularExpressionMatch t = it.next();
        result += sheet.mid(at, t.capturedStart() - at);
        if (t.hasCaptured(1))
            result += QString::number(t.captured(1).toDouble() * scale, 'f', 1) + QStringLiteral("pt");
        else
            result += colours.value(t.captured(2), t.captured(0));
        at = t.capturedEnd();
    }
    result += sheet.mid(at);
    return result;
}

} // namespace rd
