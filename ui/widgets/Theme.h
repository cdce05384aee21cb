#pragma once

#include <QColor>
#include <QString>

namespace rd {

/**
 * The program's few colours and type sizes, following the desktop: a light and a dark set
 * chosen from the application palette, and sizes relative to the system font (set larger in
 * the desktop's settings, everything grows with it).
 *
 * Style sheets are written with tokens: @surface, @panel, @border, @text, @muted, @title,
 * @accent, @selected, @example, @warnBg, @warnText, @warnBorder, @errorBg, @errorText,
 * @errorBorder, @okBg, @okText, @okBorder, @mark; and @fs(N) for N points at the usual 10 pt.
 */
class Theme
{
public:
    /// True when the desktop uses dark windows.
    static bool isDark();
    /// @p sheet with its tokens replaced for the current palette and font.
    static QString css(const QString &sheet);
    /// The colour a token names, for painting outside style sheets ("warnBg", "errorText", …).
    static QColor color(const char *token);
};

} // namespace rd
