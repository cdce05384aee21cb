#pragma once

#include "base/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace rd {

/**
 * The rules every piece of text must meet before it is stored: no NUL or other control
 * characters, well-formed Unicode, at most 64 KiB. Messages name the field so the user
 * knows what to fix.
 */
class TextRules
{
    Q_DECLARE_TR_FUNCTIONS(TextRules)

public:
    static constexpr int kMaxBytes = 64 * 1024; ///< per field, counted in UTF-8

    /// What a name reads as once its personal data was erased or anonymised (never typed: it
    /// holds brackets a name check lets through, but no one is called that).
    static QString erasedName() { return QStringLiteral("[erased]"); }

    enum class Lines { Single, Multi };

    /// Checks @p text for the field called @p fieldLabel (already translated).
    static Status check(const QString &fieldLabel, const QString &text, Lines lines = Lines::Multi);
    /// As check(), and the text must not be blank.
    static Status checkRequired(const QString &fieldLabel, const QString &text, Lines lines = Lines::Single);
    /// Decodes bytes from outside (files, the command line), refusing invalid UTF-8.
    static Result<QString> fromUtf8(const QString &fieldLabel, const QByteArray &bytes);
    /// The digits of a phone number as typed ("+31 (0)6-12" gives "31061"): what number search matches.
    static QString phoneDigits(const QString &phone);
    /// Whether @p text is a month as stored: YYYY-MM (a reflection's month, typed or from a bundle).
    static bool isMonth(const QString &text);
};

} // namespace rd
