#pragma once

#include <QString>
#include <QStringList>

#include <array>

namespace rd {

/// A person or organisation that contacts the service desk.
struct Customer
{
    QString id; ///< UUID, stable across workstations
    QString name;
    QString phone;
    QString email;
    QString organisation;
    QString address;  ///< the postal address, one line each, for a letter
    QString language; ///< the language to write to them in ("en", "nl"); empty: the default in Settings
    qint64 createdAt = 0; ///< ms since epoch, UTC
    qint64 updatedAt = 0;
    /// Set when this record was merged into another customer (the one to use); worked out by
    /// CustomerMerges from the merges this database holds, never typed.
    QString mergedInto;

    /// One detail a person types and corrects: its key (in history events) and its member.
    struct Detail
    {
        const char *key;
        QString Customer::*field;
    };
    /// The details, in the order forms show them.
    static const std::array<Detail, 6> &details()
    {
        static const std::array<Detail, 6> all{Detail{"name", &Customer::name},
                                               Detail{"phone", &Customer::phone},
                                               Detail{"email", &Customer::email},
                                               Detail{"organisation", &Customer::organisation},
                                               Detail{"address", &Customer::address},
                                               Detail{"language", &Customer::language}};
        return all;
    }
    /// The languages letters to a customer are written in ("en", "nl"); language is one of these or empty.
    static QStringList languages() { return {QStringLiteral("en"), QStringLiteral("nl")}; }
};

} // namespace rd
