#pragma once

#include "cases/Customer.h"
#include "base/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

class QSqlQuery;

namespace rd {

class Database;
class RowColumns;

/// Customers: create, correct details (each change an event), and find as the employee types.
class CustomerStore
{
    Q_DECLARE_TR_FUNCTIONS(CustomerStore)

public:
    /// The columns a customer is read from (checked against the schema by a test).
    static const RowColumns &columns();
    /// A customer from a row selected with columns().
    static Customer fromRow(const QSqlQuery &q);
    explicit CustomerStore(Database &db) : m_db(db) {}

    /// Creates a customer; the name is required, phone and e-mail are checked for shape.
    Result<Customer> create(const Customer &details);
    /// Saves changed details of an existing customer; one event lists what changed.
    Status update(const Customer &details);
    /// Writes @p details over the stored customer (checked as typed) without an event of its
    /// own: the caller records why (a merge). The name on their cases and the search index
    /// follow. Returns each changed field with its old and new value: {"name": ["old", "new"]}.
    Result<QJsonObject> writeDetails(const Customer &details);
    Result<Customer> get(const QString &id);
    /// The customer whose case @p caseId is.
    Result<Customer> ofCase(const QString &caseId);
    /// Customers whose name, e-mail or organisation contains @p text, or whose phone number
    /// contains its digits (spacing ignored); best matches (prefix) first. A customer merged
    /// into another is found as that one, by their old details too.
    Result<QList<Customer>> find(const QString &text, int limit = 20);

    /// The longest phone number we keep, written out (E.164 has at most 15 digits; room for
    /// spaces, brackets and an extension). Bounds the search index's work per number.
    static constexpr int kMaxPhoneChars = 32;
    /// A postal address fits a window envelope: a few lines of ordinary length.
    static constexpr int kMaxAddressLines = 6;
    static constexpr int kMaxAddressChars = 300;
    /// The rules of a phone number, typed or from a bundle: shape (digits, spaces, + ( ) - . /) and length.
    static Status checkPhone(const QString &label, const QString &phone);
    /// The rules of a postal address, typed or from a bundle: text, at most kMaxAddressLines
    /// lines of kMaxAddressChars in all, lines separated by "\n" only.
    static Status checkAddress(const QString &label, const QString &address);

private:
    Status validate(const Customer &c) const;

    Database &m_db;
};

} // namespace rd
