#pragma once

#include "cases/CaseStore.h"
#include "review/PromiseFigures.h"
#include "base/Result.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>

#include <optional>

namespace rd {

class Database;

/// A period of days for a report: [from, until) in ms UTC, both open for "all".
struct ReportPeriod
{
    std::optional<qint64> from;
    std::optional<qint64> until;
    QString label;

    /// "all", "2026", "2026-11" or "2026-01-01..2026-03-31" (local calendar days, both ends included).
    static Result<ReportPeriod> parse(const QString &text);
};

/**
 * The figures a team lead reviews — what matters more than a score: cases by kind and cause,
 * promises kept on time, late or broken, callbacks within their window, time to first contact
 * after the call, recovery outcome (the share "stronger" is the headline), steps most often
 * skipped, repeat complainants and compliments passed on.
 */
struct ReviewReport
{
    ReportPeriod period;
    QString owner;
    int cases = 0;
    QMap<QString, int> byKind;    ///< Vocabulary keys
    QMap<QString, int> byCause;   ///< complaints only; "" = not assessed
    PromiseCounts promises;
    std::optional<double> medianHoursToFirstContact;
    QMap<QString, int> outcomes;  ///< closed cases
    QMap<QString, int> skippedSteps;
    int repeatComplainants = 0;   ///< customers with two or more complaints in the period
    int compliments = 0;
    int complimentsPassedOn = 0;
    /// History events of the period whose data could not be read (damaged): left out of the
    /// figures, named so someone can look (at most 20).
    QStringList damagedEvents;

    /// The closed cases (those with an outcome).
    int closed() const;
    /// The share of closed cases whose relationship came out stronger (0–1), if any were closed.
    std::optional<double> strongerShare() const;
    /// RFC 4180 CSV (section, item, value), UTF-8 with a byte-order mark for spreadsheet programs.
    QByteArray toCsv() const;
    QByteArray toJson() const;
};

class ReviewFigures
{
    Q_DECLARE_TR_FUNCTIONS(ReviewFigures)

public:
    explicit ReviewFigures(Database &db) : m_db(db) {}

    /// The figures for cases opened in @p period, of @p owner (everyone's if empty).
    Result<ReviewReport> compute(const ReportPeriod &period, const QString &owner = {});
    /// Good examples to recognise: complaints where the call followed the method (no step skipped,
    /// summary confirmed by the customer) and a promise was kept on time. Newest first.
    Result<QList<CaseListRow>> goodExamples(const ReportPeriod &period, const QString &owner = {}, int limit = 50);

private:
    Database &m_db;
};

} // namespace rd
