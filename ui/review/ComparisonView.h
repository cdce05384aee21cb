#pragma once

#include "lists/CaseListQuery.h"
#include "review/PeriodComparison.h"
#include "review/ReportPeriod.h"

#include <QDate>
#include <QWidget>

class QComboBox;
class QLabel;
class QTableWidget;

namespace rd {

/**
 * Two periods side by side — this month against the same month last year, or two quarters —
 * with the change in each figure said in words. Enter on a figure shows the cases behind it in
 * the period of its column.
 */
class ComparisonView : public QWidget
{
    Q_OBJECT

public:
    enum class Choice { MonthAgainstLastYear, LastMonthAgainstBefore, QuarterAgainstLast, LastQuarterAgainstBefore, YearAgainstLast };

    explicit ComparisonView(QWidget *parent = nullptr);

    /// The two periods @p choice compares on @p today: the later one first.
    static QPair<ReportPeriod, ReportPeriod> periods(Choice choice, QDate today);
    Choice choice() const;

    void setChanges(const QList<FigureChange> &changes, const ReportPeriod &later, const ReportPeriod &earlier,
                    const QString &owner);
    /// A word in place of the summary while counting; the figures stay until replaced.
    void showMessage(const QString &text);
    /// Counting failed: says why, and shows no figures.
    void showError(const QString &text);
    const QList<FigureChange> &changes() const { return m_changes; }

signals:
    /// Another pair of periods was chosen: count them.
    void choiceChanged();
    void drill(const rd::CaseListQuery &query);

private:
    void drillAt(int row, int column);

    QComboBox *m_choice = nullptr;
    QLabel *m_summary = nullptr;
    QTableWidget *m_table = nullptr;
    QList<FigureChange> m_changes;
    ReportPeriod m_later, m_earlier;
    QString m_owner;
};

} // namespace rd
