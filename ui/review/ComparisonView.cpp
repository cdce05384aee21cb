#include "review/ComparisonView.h"

#include "widgets/Accessible.h"
#include "widgets/EnterKey.h"

#include <QComboBox>
#include <QDateTime>

#include <algorithm>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace rd {

namespace {

enum Column { Figure, Later, Earlier, Change };

} // namespace

ComparisonView::ComparisonView(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("comparisonView"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    auto *top = new QHBoxLayout;
    m_choice = new QComboBox(this);
    m_choice->setObjectName(QStringLiteral("comparisonChoice"));
    describe(m_choice, tr("Periods to compare"), tr("Which two periods are set side by side."));
    m_choice->addItem(tr("This month against the same month last year"), int(Choice::MonthAgainstLastYear));
    m_choice->addItem(tr("Last month against the month before"), int(Choice::LastMonthAgainstBefore));
    m_choice->addItem(tr("This quarter against last quarter"), int(Choice::QuarterAgainstLast));
    m_choice->addItem(tr("Last quarter against the quarter before"), int(Choice::LastQuarterAgainstBefore));
    m_choice->addItem(tr("This year against last year"), int(Choice::YearAgainstLast));
    auto *choiceLabel = new QLabel(tr("&Which periods:"), this);
    choiceLabel->setBuddy(m_choice);
    top->addWidget(choiceLabel);
    top->addWidget(m_choice);
    top->addStretch();
    layout->addLayout(top);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("comparisonSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    layout->addWidget(m_summary);
    auto *caption = new QLabel(tr("Side &by side (Enter shows the cases behind a figure in the period of its column):"), this);
    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("comparisonTable"));
    describe(m_table, tr("Two periods compared"), tr("Each figure in both periods and the change in words. Enter shows the cases behind it."));
    caption->setBuddy(m_table);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(true);
    EnterKey::install(m_table, [this](int row, int column) { drillAt(row, column); });
    layout->addWidget(caption);
    layout->addWidget(m_table, 1);
    connect(m_choice, qOverload<int>(&QComboBox::activated), this, &ComparisonView::choiceChanged);
    connect(m_table, &QTableWidget::cellActivated, this, &ComparisonView::drillAt);
    setFocusProxy(m_choice);
}

ComparisonView::Choice ComparisonView::choice() const { return Choice(m_choice->currentData().toInt()); }

QPair<ReportPeriod, ReportPeriod> ComparisonView::periods(Choice choice, QDate today)
{
    const QDate thisMonth(today.year(), today.month(), 1);
    const QDate thisQuarter(today.year(), (today.month() - 1) / 3 * 3 + 1, 1);
    QDate later, earlier;
    int months = 1;
    switch (choice) {
    case Choice::MonthAgainstLastYear: later = thisMonth, earlier = thisMonth.addYears(-1); break;
    case Choice::LastMonthAgainstBefore: later = thisMonth.addMonths(-1), earlier = thisMonth.addMonths(-2); break;
    case Choice::QuarterAgainstLast: later = thisQuarter, earlier = thisQuarter.addMonths(-3), months = 3; break;
    case Choice::LastQuarterAgainstBefore: later = thisQuarter.addMonths(-3), earlier = thisQuarter.addMonths(-6), months = 3; break;
    case Choice::YearAgainstLast: later = QDate(today.year(), 1, 1), earlier = later.addYears(-1), months = 12; break;
    }
    const auto name = [months](QDate first) {
        return months == 1   ? QLocale().toString(first, QStringLiteral("MMMM yyyy"))
               : months == 3 ? tr("Q%1 %2").arg((first.month() - 1) / 3 + 1).arg(first.year())
                             : QString::number(first.year());
    };
    ReportPeriod a = ReportPeriod::months(later, months, name(later));
    ReportPeriod b = ReportPeriod::months(earlier, months, name(earlier));
    // A period still under way is set against the same stretch of the earlier one, up to the same
    // day: a month so far against a whole month would read as a fall in everything.
    if (later.addMonths(months) > today) {
        // The same date in the earlier period: a year back for a month or a year, a quarter back
        // for a quarter (addMonths makes 29 February the 28th).
        const int shift = 12 * (later.year() - earlier.year()) + later.month() - earlier.month();
        const QDate sameDay = today.addMonths(-shift);
        a.until = today.addDays(1).startOfDay().toMSecsSinceEpoch();
        const QDate earlierEnd = std::min(sameDay.addDays(1), earlier.addMonths(months));
        b.until = earlierEnd.startOfDay().toMSecsSinceEpoch();
        a.label = tr("%1 up to %2").arg(a.label, QLocale().toString(today, QStringLiteral("d MMMM")));
        b.label = tr("%1 up to %2").arg(b.label, QLocale().toString(earlierEnd.addDays(-1), QStringLiteral("d MMMM")));
    }
    return {a, b};
}

void ComparisonView::showMessage(const QString &text)
{
    m_summary->setText(text);
}

void ComparisonView::showError(const QString &text)
{
    m_changes.clear();
    m_table->clear();
    m_table->setRowCount(0);
    m_summary->setText(text);
}

void ComparisonView::setChanges(const QList<FigureChange> &changes, const ReportPeriod &later, const ReportPeriod &earlier,
                          const QString &owner)
{
    m_changes = changes;
    m_later = later;
    m_earlier = earlier;
    m_owner = owner;
    // The headline: what changed in the figures that say most about keeping promises.
    QStringList said;
    for (const FigureChange &c : changes)
        if (c.figure == TrendFigure::StrongerShare || c.figure == TrendFigure::KeptOnTime ||
            c.figure == TrendFigure::FirstContactHours)
            said << c.change.left(1).toLower() + c.change.mid(1); // within a sentence
    m_summary->setText(tr("%1 against %2: %3.").arg(later.label, earlier.label, said.join(QStringLiteral("; "))));

    const int current = qMax(0, m_table->currentRow());
    m_table->clear();
    m_table->setColumnCount(4);
    m_table->setHorizontalHeaderLabels({tr("Figure"), later.label, earlier.label, tr("Change")});
    m_table->setRowCount(int(changes.size()));
    for (int r = 0; r < changes.size(); ++r) {
        const FigureChange &c = changes.at(r);
        const QStringList cells{c.label, c.later, c.earlier, c.change};
        for (int col = 0; col < cells.size(); ++col) {
            auto *cell = new QTableWidgetItem(cells.at(col));
            if (col == Later || col == Earlier)
                cell->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(r, col, cell);
        }
    }
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(Figure, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(Later, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(Earlier, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(Change, QHeaderView::Stretch);
    if (!changes.isEmpty())
        m_table->setCurrentCell(qMin(current, int(changes.size()) - 1), Change);
}

void ComparisonView::drillAt(int row, int column)
{
    if (row < 0 || row >= m_changes.size())
        return;
    const FigureChange &c = m_changes.at(row);
    emit drill(PeriodComparison::casesBehind(c.figure, c.cause, column == Earlier ? m_earlier : m_later, m_owner));
}

} // namespace rd
