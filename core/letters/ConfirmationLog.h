#pragma once

#include "base/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace rd {

class Database;

/// One written confirmation that went out.
struct ConfirmationSent
{
    qint64 at = 0;
    QString actor;
    QString how;      ///< one of ConfirmationLog::ways()
    QString language; ///< "en" or "nl"
};

/**
 * Which written confirmations went out: each is a confirmation.sent event in the case's history
 * (how, in which language; when and by whom as every event), so it travels in bundles with the
 * case and shows in its timeline.
 */
class ConfirmationLog
{
    Q_DECLARE_TR_FUNCTIONS(ConfirmationLog)

public:
    /// "mail" (opened in the mail program), "clipboard", "pdf" (saved as a letter), "print".
    static QStringList ways();
    /// How it went out, for a sentence: "by e-mail", "as a PDF letter".
    static QString describe(const QString &how);

    explicit ConfirmationLog(Database &db) : m_db(db) {}

    Status record(const QString &caseId, const QString &how, const QString &language);
    /// The newest confirmation of case @p caseId, if one went out.
    Result<std::optional<ConfirmationSent>> last(const QString &caseId);

    /// What the case list's filter "no confirmation sent" asks of a case row c (for SQL): the
    /// customer has an e-mail address and no confirmation went out.
    static QString unconfirmedCondition();

private:
    Database &m_db;
};

} // namespace rd
