#pragma once

#include "base/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>


namespace rd {

/// What one stored column may hold.
struct ColumnRule
{
    enum class Kind {
        Id,           ///< a record id: 1–64 letters, digits, '-' or '_'
        OptionalId,   ///< an id or NULL
        Text,         ///< TextRules, several lines allowed, may be empty
        Line,         ///< TextRules on one line, may be empty
        RequiredLine, ///< TextRules on one line, not blank
        RequiredText, ///< TextRules, several lines, not blank
        Vocabulary,   ///< one of @c keys
        OptionalVocabulary,
        Stamp,         ///< when something happened: after 2000, at most kSlackMs after the bound given
        OptionalStamp, ///< a Stamp or NULL
        DueTime,       ///< a moment agreed for the future: after 2000, before 2200
        OptionalDueTime,
        Integer,  ///< within [min, max]
        OptionalInteger,
        Phone,    ///< CustomerStore's phone rules (shape and length)
        Address,  ///< CustomerStore's postal address rules (lines and length)
        Month,    ///< YYYY-MM
        JsonObject, ///< valid JSON, an object, at most 64 KiB
        JsonArray,  ///< valid JSON, an array, at most 64 KiB
        SealPart,   ///< part of a history seal: NULL, or up to 64 base64url characters
    };
    QString column;
    Kind kind = Kind::Text;
    QStringList keys; ///< for the vocabulary kinds
    qint64 min = 0;   ///< for the integer kinds
    qint64 max = 0;
};

/**
 * The rules a stored row must meet, column by column, for every table that travels between
 * workstations. Typed input meets them through the stores (TextRules, Vocabulary, the phone and
 * month rules, DueTimeRules); rows from outside (a bundle) are held to the same rules here
 * before anything of them reaches an archive. One place describes what is allowed, so a rule
 * added for typed input is a rule for bundles too.
 */
class RowRules
{
    Q_DECLARE_TR_FUNCTIONS(RowRules)

public:
    static constexpr qint64 kEarliest = 946684800000; ///< 2000-01-01 UTC: nothing we hold is older
    static constexpr qint64 kLatestDue = 7258118400000; ///< 2200-01-01 UTC
    /// Clocks of other PCs may run this far ahead. Small on purpose: whatever is stamped later
    /// wins the merge of a record, so a stamp in the future would win every merge until then.
    static constexpr qint64 kSlackMs = 10 * 60 * 1000;

    /// The rules of @p table's columns (the columns that travel in a bundle).
    static QList<ColumnRule> of(const QString &table);

    /// Checks one value: @p value as stored (SQLite's type) and, for text, its raw bytes, so
    /// invalid UTF-8 is caught rather than silently replaced. @p nowMs bounds time stamps.
    static Status check(const ColumnRule &rule, const QVariant &value, const QByteArray &raw, qint64 nowMs);

    /// Whether @p text is a plausible record id.
    static bool isId(const QString &text);
};

} // namespace rd
