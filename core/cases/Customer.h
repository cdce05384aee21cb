#pragma once

#include <QString>

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
};

} // namespace rd
