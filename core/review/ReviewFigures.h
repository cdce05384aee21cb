#pragma once

#include "cases/CaseStore.h"
#include "review/PromiseFigures.h"
#include "review/ReportPeriod.h"
#include "base/Result.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QString>

#include <optional>

namespace rd {

class Database;

struct TrendSeries;

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
    /// The promises settled: kept on time, kept late or broken (open and cancelled ones are not).
    int promisesSettled() const { return promises.keptOnTime + promises.keptLate + promises.broken; }
    /// @p count as a share (0–1) of the promises settled, if any were.
    std::optional<double> settledShare(int count) const;
    /// The share of callbacks made that were made within the customer's window (0–1), if any were made.
    std::optional<double> callbacksInWindowShare() const;
    /// RFC 4180 CSV (section, item, value), UTF-8 with a byte-order mark for spreadsheet programs;
    /// the rows of @p trend's months follow the report's.
    QByteArray toCsv() const;
    QByteArray toCsv(const TrendSeries &trend) const;
    /// The figures as a JSON object; @p trend's months, if any, under "months".
    QByteArray toJson() const;
    QByteArray toJson(const TrendSeries &trend) const;
    /// The figures as JSON fields (what toJson() writes), for a report and each month of a trend.
    QJsonObject toJsonObject() const;
    /// The figures as (section, item, value) rows, as toCsv() writes them.
    QList<QStringList> csvRows() const;
};

/// A figure month by month: the cases opened in each month of a trend, counted as in a report.
struct TrendSeries
{
    QString owner;
    QList<ReviewReport> months; ///< oldest first; each month's period is labelled "2026-11"

    /// The months as a JSON array of report objects (without skipped steps, which a trend does not count).
    QJsonArray toJson() const;
    /// The months as CSV rows: section "month 2026-11", item "promises.kept_on_time" and so on.
    QList<QStringList> csvRows() const;
};

/// (section, item, value) rows as RFC 4180 CSV, UTF-8 with a byte-order mark for spreadsheet programs.
QByteArray figuresCsv(const QList<QStringList> &rows);

class ReviewFigures
{
    Q_DECLARE_TR_FUNCTIONS(ReviewFigures)

public:
    explicit ReviewFigures(Database &db) : m_db(db) {}

    /// The figures for cases opened in @p period, of @p owner (everyone's if empty).
    Result<ReviewReport> compute(const ReportPeriod &period, const QString &owner = {});
    /// The figures of each month of a trend (see PeriodSplit::months): the cases by kind, cause and
    /// outcome in a query per month, the other figures in one grouped pass each over the whole span.
    Result<TrendSeries> trend(const PeriodSplit &months, const QString &owner = {});
    /// Good examples to recognise: complaints where the call followed the method (no step skipped,
    /// summary confirmed by the customer) and a promise was kept on time. Newest first.
    Result<QList<CaseListRow>> goodExamples(const ReportPeriod &period, const QString &owner = {}, int limit = 50);

private:
    /// The figures every part of @p split has: cases by kind, cause and outcome, compliments,
    /// repeat complainants, promises, callbacks and time to first contact.
    Result<QList<ReviewReport>> countParts(const PeriodSplit &split, const QString &owner);

    Database &m_db;
};

} // namespace rd
