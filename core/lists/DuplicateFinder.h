#pragma once

#include "base/Result.h"
#include "cases/Customer.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace rd {

class Database;

/// Two customers that are probably one, and why: "phone", "email" and/or "name".
struct DuplicatePair
{
    QString firstId;
    QString firstName;
    QString secondId;
    QString secondName;
    QStringList reasons;
    QString firstPhone; ///< as written, to tell two records of one name apart on screen
    QString secondPhone;
};

/// A customer already here who is probably the one being typed in, and why.
struct LikelyMatch
{
    Customer customer;
    QStringList reasons; ///< "phone", "email", "name"
};

/**
 * Finds customers entered twice ("P. de Vries" and "Piet de Vries" with one number written two
 * ways). Never compares all pairs: each customer gets blocking keys — the phone number in E.164,
 * the e-mail address without case, the name with accents, case and word order folded — and only
 * customers sharing a key are paired. Two of one name whose numbers or addresses differ are two
 * people. Erased customers are never listed.
 */
class DuplicateFinder
{
    Q_DECLARE_TR_FUNCTIONS(DuplicateFinder)

public:
    /// A key shared by more customers than this says little (a switchboard number, a common
    /// name): its group is left out rather than paired with itself n² times.
    static constexpr int kMaxGroup = 25;
    /// Numbers are read (E.164) only among customers whose typed digits end in the same so many.
    static constexpr int kEndingDigits = 7;

    explicit DuplicateFinder(Database &db) : m_db(db) {}

    /// The likely pairs, the ones with most reasons first, at most @p limit.
    Result<QList<DuplicatePair>> find(int limit = 10000);

    /// Customers already here who are probably the one in @p typed (a new customer being entered):
    /// the same number in any form, the same address, or the same folded name. Most reasons
    /// first, at most @p limit. Reads a bounded number of candidates, so it can run as one types.
    Result<QList<LikelyMatch>> matchesFor(const Customer &typed, int limit = 3);

    /// A reason ("phone", "email", "name") in words, for the screen.
    static QString reasonText(const QString &reason);

    /// The keys: empty when the field gives none (no number, no address, no name).
    static QString phoneKey(const QString &phone);
    static QString emailKey(const QString &email);
    static QString nameKey(const QString &name);

private:
    Database &m_db;
};

} // namespace rd
