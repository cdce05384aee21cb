#pragma once

#include "base/Vocabulary.h"

#include <QString>
#include <QStringList>
#include <QVariantList>

namespace rd {
class Database;
}

namespace rd::test {

/// Creates a customer with just a name (and optional phone); returns its id. Fails the test on error.
QString newCustomer(Database &db, const QString &name = QStringLiteral("Ria Jansen"), const QString &phone = {});
/// Opens a case for a new customer, owned by "anna"; returns its id.
QString newCase(Database &db, CaseKind kind = CaseKind::Complaint);
/// A compliment case about @p colleague ("Pass it on"), with the customer's @p words; returns its id.
QString newCompliment(Database &db, const QString &colleague, const QString &words);
/// A case with a few events: opened, two fields set, a summary.
QString caseWithHistory(Database &db);
/// The number @p sql returns (a count), failing the test if it cannot be read.
qint64 count(Database &db, const QString &sql, const QVariantList &params = {});
inline qint64 count(Database &db, const char *sql) { return count(db, QString::fromUtf8(sql)); }
/// Every column of every row of every table that travels in bundles, in id order, without the
/// columns that stay on one workstation: equal for two databases that hold the same records.
QStringList dumpCarried(Database &db);
/// Runs @p statements on the SQLite file at @p path directly, bypassing our Database class:
/// for files made by older versions, by other programs, or tampered with.
void execRawSqlite(const QString &path, const QStringList &statements);

/// Overwrites a few pages in the middle of the (closed) SQLite file at @p path with garbage, as
/// a failing disk would; the header stays intact, so only a check finds the damage.
void damagePages(const QString &path);

} // namespace rd::test
