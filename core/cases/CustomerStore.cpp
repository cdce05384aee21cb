#include "cases/CustomerStore.h"

#include "cases/CaseStore.h"
#include "storage/Database.h"
#include "storage/RowColumns.h"
#include "cases/EventLog.h"
#include "base/Ids.h"
#include "search/SearchIndex.h"
#include "base/PhoneNumber.h"
#include "base/TextRules.h"
#include "storage/Transaction.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace rd {

namespace {

// phone_digits is derived from phone (for search by number) and never read back.
const RowColumns kColumns(QStringLiteral("customer"),
                          {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("phone"), QStringLiteral("email"),
                           QStringLiteral("organisation"), QStringLiteral("created_at"), QStringLiteral("updated_at"),
                           QStringLiteral("merged_into"), QStringLiteral("address"), QStringLiteral("language")});
const QString kSelect = kColumns.select();

} // namespace

Customer CustomerStore::fromRow(const QSqlQuery &q)
{
    const auto row = kColumns.row(q);
    Customer c;
    c.id = row.text(QStringLiteral("id"));
    c.name = row.text(QStringLiteral("name"));
    c.phone = row.text(QStringLiteral("phone"));
    c.email = row.text(QStringLiteral("email"));
    c.organisation = row.text(QStringLiteral("organisation"));
    c.createdAt = row.integer(QStringLiteral("created_at"));
    c.updatedAt = row.integer(QStringLiteral("updated_at"));
    c.mergedInto = row.text(QStringLiteral("merged_into"));
    c.address = row.text(QStringLiteral("address"));
    c.language = row.text(QStringLiteral("language"));
    return c;
}

namespace {

// Stray spaces from typing or pasting are never part of a name or number.
Customer trimmed(Customer c)
{
    c.name = c.name.trimmed();
    c.phone = c.phone.trimmed();
    c.email = c.email.trimmed();
    c.organisation = c.organisation.trimmed();
    // An address keeps its lines, without blank ones or spaces around them.
    QStringList lines;
    for (const QString &line : c.address.split(QLatin1Char('\n')))
        if (!line.trimmed().isEmpty())
            lines << line.trimmed();
    c.address = lines.join(QLatin1Char('\n'));
    c.language = c.language.trimmed();
    return c;
}

QString likeEscaped(const QString &s)
{
    QString out = s;
    out.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    out.replace(QLatin1Char('%'), QLatin1String("\\%"));
    out.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return out;
}

} // namespace

const RowColumns &CustomerStore::columns() { return kColumns; }

Status CustomerStore::checkPhone(const QString &label, const QString &phone)
{
    if (auto s = TextRules::check(label, phone, TextRules::Lines::Single); !s)
        return s;
    if (phone.size() > kMaxPhoneChars)
        return Error{Error::Code::InvalidInput,
                     tr("%1 is too long (%2 characters; at most %3).").arg(label).arg(phone.size()).arg(kMaxPhoneChars)};
    static const QRegularExpression phoneShape(QStringLiteral("^[0-9+()./\\- ]*$"));
    if (!phoneShape.match(phone).hasMatch())
        return Error{Error::Code::InvalidInput,
                     tr("%1 \"%2\" may hold only digits, spaces and + ( ) - . /").arg(label, phone)};
    return {};
}

Status CustomerStore::checkAddress(const QString &label, const QString &address)
{
    if (auto s = TextRules::check(label, address); !s)
        return s;
    if (address.count(QLatin1Char('\n')) >= kMaxAddressLines || address.size() > kMaxAddressChars)
        return Error{Error::Code::InvalidInput, tr("%1 is longer than an envelope holds: at most %2 lines and %3 characters.")
                                                    .arg(label)
                                                    .arg(kMaxAddressLines)
                                                    .arg(kMaxAddressChars)};
    // Lines are separated by a line feed alone; other breaks would print where no one expects.
    if (address.contains(QLatin1Char('\r')) || address.contains(QChar(0x2028)) || address.contains(QChar(0x2029)))
        return Error{Error::Code::InvalidInput, tr("%1 holds a line break of another kind than a new line.").arg(label)};
    return {};
}

Status CustomerStore::validate(const Customer &c) const
{
    if (auto s = TextRules::checkRequired(tr("The customer's name"), c.name); !s)
        return s;
    if (auto s = TextRules::check(tr("The e-mail address"), c.email, TextRules::Lines::Single); !s)
        return s;
    if (auto s = TextRules::check(tr("The organisation"), c.organisation, TextRules::Lines::Single); !s)
        return s;
    if (auto s = checkPhone(tr("The phone number"), c.phone); !s)
        return s;
    if (auto s = checkAddress(tr("The postal address"), c.address); !s)
        return s;
    if (!c.language.isEmpty() && !Customer::languages().contains(c.language))
        return Error{Error::Code::InvalidInput, tr("The customer's language \"%1\" is not one Recovery Desk writes in "
                                                   "(English: en, Dutch: nl).")
                                                    .arg(c.language)};
    static const QRegularExpression mailShape(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (!c.email.isEmpty() && !mailShape.match(c.email).hasMatch())
        return Error{Error::Code::InvalidInput,
                     tr("The e-mail address \"%1\" does not look like name@example.org.").arg(c.email)};
    return {};
}

Result<Customer> CustomerStore::create(const Customer &details)
{
    Customer c = trimmed(details);
    if (auto s = validate(c); !s)
        return s.error();
    c.id = newId();
    c.createdAt = c.updatedAt = m_db.clock().nowMs();
    const Status s = Transaction::run(m_db, {Transaction::customerRecord(c.id)}, [&]() -> Status {
        auto r = m_db.exec(QStringLiteral("INSERT INTO customer (id, name, phone, phone_digits, email, organisation, "
                                          "address, language, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                           {c.id, c.name, c.phone, TextRules::phoneDigits(c.phone), c.email, c.organisation, c.address,
                            c.language, c.createdAt, c.updatedAt});
        if (!r)
            return r.error();
        QJsonObject created;
        for (const Customer::Detail &d : Customer::details())
            created.insert(QLatin1String(d.key), c.*d.field);
        return EventLog(m_db).append({}, c.id, QStringLiteral("customer.created"), created);
    });
    if (!s)
        return s.error();
    return c;
}

Status CustomerStore::update(const Customer &details)
{
    // The whole database, not the customer's record: the new name is written into each of the
    // customer's cases and their search entries, which saves of those cases read and write.
    return Transaction::run(m_db, [&]() -> Status {
        auto changes = writeDetails(details);
        if (!changes)
            return changes.error();
        if (changes->isEmpty())
            return {};
        QJsonObject changed; // the new values: what the event has always said
        for (auto it = changes->begin(); it != changes->end(); ++it)
            changed.insert(it.key(), it.value().toArray().at(1));
        return EventLog(m_db).append({}, details.id, QStringLiteral("customer.updated"), changed);
    });
}

Result<QJsonObject> CustomerStore::writeDetails(const Customer &details)
{
    Customer c = trimmed(details);
    if (auto s = validate(c); !s)
        return s.error();
    auto old = get(c.id);
    if (!old)
        return old.error();
    QJsonObject changes;
    for (const Customer::Detail &d : Customer::details())
        if (old.value().*d.field != c.*d.field)
            changes.insert(QLatin1String(d.key), QJsonArray{old.value().*d.field, c.*d.field});
    if (changes.isEmpty())
        return changes;
    const Status s = Transaction::run(m_db, [&]() -> Status {
        auto r = m_db.exec(QStringLiteral("UPDATE customer SET name = ?, phone = ?, phone_digits = ?, email = ?, "
                                          "organisation = ?, address = ?, language = ?, updated_at = ? WHERE id = ?"),
                           {c.name, c.phone, TextRules::phoneDigits(c.phone), c.email, c.organisation, c.address,
                            c.language, m_db.clock().nowMs(), c.id});
        if (!r)
            return r.error();
        if (auto n = m_db.exec(QStringLiteral("UPDATE case_record SET customer_name = ? WHERE customer_id = ?"), {c.name, c.id}); !n)
            return n.error();
        return SearchIndex(m_db).indexCustomerCases(c.id);
    });
    if (!s)
        return s.error();
    return changes;
}

Result<Customer> CustomerStore::get(const QString &id)
{
    return m_db.selectOne(kSelect + QStringLiteral("WHERE id = ?"), {id}, fromRow,
                          Error{Error::Code::NotFound, tr("No customer with id %1 exists in this database.").arg(id)});
}

Result<Customer> CustomerStore::ofCase(const QString &caseId)
{
    auto c = CaseStore(m_db).get(caseId);
    if (!c)
        return c.error();
    return get(c->customerId);
}

Result<QList<Customer>> CustomerStore::find(const QString &text, int limit)
{
    const QString needle = text.trimmed();
    if (needle.isEmpty())
        return QList<Customer>();
    if (auto s = TextRules::check(tr("The search text"), needle, TextRules::Lines::Single); !s)
        return s.error();
    // A whole number in any form is searched by the ending every form shares ("06 1234 5678" and
    // "+31 6 12345678" both by 612345678); part of one by its digits as typed.
    const QString significant = PhoneNumber::searchDigits(needle);
    const QString digits = significant.isEmpty() ? TextRules::phoneDigits(needle) : significant;
    const QString like = QLatin1Char('%') + likeEscaped(needle) + QLatin1Char('%');
    const QString prefix = likeEscaped(needle) + QLatin1Char('%');
    // A digit-less search must not match every phone number through an empty pattern.
    const QString phoneLike = digits.size() >= 3 ? QLatin1Char('%') + digits + QLatin1Char('%') : QString();
    const SqlDialect &dialect = m_db.dialect();
    auto found = m_db.selectAll(kSelect + QStringLiteral(
                                    "WHERE name %1 ? ESCAPE '\\' OR email %1 ? ESCAPE '\\' "
                                    "OR organisation %1 ? ESCAPE '\\' OR (? <> '' AND phone_digits LIKE ?) "
                                    "ORDER BY (name %1 ? ESCAPE '\\') DESC, %2, id LIMIT ?")
                                    .arg(dialect.likeIgnoringCase(), dialect.foldCase(QStringLiteral("name"))),
                                {like, like, like, phoneLike, phoneLike, prefix, limit}, fromRow);
    if (!found)
        return found;
    // A merged record stands for the customer it was merged into, once, where it was found.
    QList<Customer> out;
    QSet<QString> seen;
    for (const Customer &c : found.value()) {
        Customer shown = c;
        if (!c.mergedInto.isEmpty()) {
            auto survivor = get(c.mergedInto);
            if (!survivor)
                return survivor.error();
            shown = survivor.value();
        }
        if (!seen.contains(shown.id)) {
            seen.insert(shown.id);
            out << shown;
        }
    }
    return out;
}

} // namespace rd
