#pragma once

#include <QString>

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

    /// The details a person types and corrects, in the order forms show them.
    static const std::array<QString Customer::*, 6> &details()
    {
        static const std::array<QString Customer::*, 6> all{&Customer::name,         &Customer::phone,
                                                            &Customer::email,        &Customer::organisation,
                                                            &Customer::address,      &Customer::language};
        return all;
    }
};

} // namespace rd
