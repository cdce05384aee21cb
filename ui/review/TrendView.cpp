#include "review/TrendView.h"

#include "review/Charts.h"
#include "widgets/Accessible.h"
#include "widgets/EnterKey.h"

#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace rd {

namespace {

const QColor kBlue(0x2f, 0x6f, 0xb3), kGreen(0x3f, 0x9c, 0x6d), kAmber(0xc2, 0x7c, 0x0e), kRed(0xc0, 0x39, 0x2b),
    kGrey(0x6b, 0x72, 0x80), kPurple(0x7d, 0x4f, 0xa8);

} // namespace

TrendView::TrendView(QWidget *parent) : QWidget(parent), m_rows(PeriodComparison::figures())
{
    setObjectName(QStringLiteral("trendView"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    auto *grid = new QGridLayout;
    const QStringList names{QStringLiteral("trendStronger"), QStringLiteral("trendPromises"), QStringLiteral("trendCallbacks"),
                            QStringLiteral("trendFirstContact"), QStringLiteral("trendCauses"), QStringLiteral("trendRepeat")};
    for (int i = 0; i < names.size(); ++i) {
        m_charts << Charts::view(this, names.at(i), 170);
        m_charts.last()->setMinimumWidth(160); // a third of a small screen, whatever the labels ask for
        grid->addWidget(m_charts.last(), i / 3, i % 3);
    }
    layout->addLayout(grid, 3);
    m_caption = new QLabel(tr("Month b&y month (Enter shows the cases behind a figure):"), this);
    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("trendTable"));
    describe(m_table, tr("Figures month by month"), tr("Each figure per month. Enter shows the cases behind it."));
    m_caption->setBuddy(m_table);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    EnterKey::install(m_table, [this](int row, int column) { drillAt(row, column); });
    connect(m_table, &QTableWidget::cellActivated, this, &TrendView::drillAt);
    layout->addWidget(m_caption);
    layout->addWidget(m_table, 2);
    setFocusProxy(m_table);
}

void TrendView::showMessage(const QString &text)
{
    m_caption->setText(QString(text).replace(QLatin1Char('&'), QStringLiteral("&&"))); // a caption reads & as a key
}

void TrendView::showError(const QString &text)
{
    setSeries(TrendSeries{});
    showMessage(text);
}

void TrendView::setSeries(const TrendSeries &series)
{
    m_series = series;
    m_caption->setText(tr("Month b&y month (Enter shows the cases behind a figure):"));
    const int months = int(series.months.size());
    QStringList categories, axis;
    for (int m = 0; m < months; ++m) {
        const QDate first = QDateTime::fromMSecsSinceEpoch(series.months.at(m).period.from.value_or(0)).toLocalTime().date();
        categories << QLocale().toString(first, QStringLiteral("MMM yy"));
        // The axis drops a repeated label (J for June and July): an invisible mark keeps each apart.
        QString name = QLocale().monthName(first.month(), months > 6 ? QLocale::NarrowFormat
                                                                      : QLocale::ShortFormat); // twelve months in a third of a screen: J F M …
        if (name.endsWith(QLatin1Char('.'))) // "mrt." reads as well as "mrt" and takes less room
            name.chop(1);
        while (axis.contains(name))
            name += QChar(0x200B);
        axis << name;
    }

    // The table: a row per figure, a column per month.
    m_table->clear();
    m_table->setRowCount(int(m_rows.size()));
    m_table->setColumnCount(months);
    m_table->setHorizontalHeaderLabels(categories);
    for (int r = 0; r < m_rows.size(); ++r) {
        const auto &[figure, cause] = m_rows.at(r);
        m_table->setVerticalHeaderItem(r, new QTableWidgetItem(PeriodComparison::label(figure, cause)));
        for (int m = 0; m < months; ++m) {
            auto *cell = new QTableWidgetItem(PeriodComparison::text(series.months.at(m), figure, cause, false));
            cell->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            cell->setToolTip(PeriodComparison::text(series.months.at(m), figure, cause, true));
            m_table->setItem(r, m, cell);
        }
    }
    if (months > 0)
        m_table->setCurrentCell(0, months - 1); // this month, where a team lead looks first

    // The charts: the same figures, the same keys as the dashboard's.
    const auto line = [&](TrendFigure figure, std::optional<Cause> cause, const QString &name, const QColor &colour) {
        Charts::Line l{name, {}, colour};
        for (const ReviewReport &m : series.months)
            l.values << PeriodComparison::value(m, figure, cause);
        return l;
    };
    const auto rowOf = [this](TrendFigure figure, std::optional<Cause> cause) {
        return int(m_rows.indexOf(qMakePair(figure, cause)));
    };
    const auto chart = [&](int index, const QString &title, const QList<QPair<TrendFigure, std::optional<Cause>>> &figures,
                           const QList<Charts::Line> &lines, std::optional<double> maximum) {
        Charts::replace(m_charts.at(index), Charts::lines(title, axis, lines, maximum, [this, figures, rowOf](int l, int m) {
                            drillAt(rowOf(figures.at(l).first, figures.at(l).second), m);
                        }));
    };
    chart(0, tr("Relationship stronger (% of closed cases)"), {{TrendFigure::StrongerShare, {}}},
          {line(TrendFigure::StrongerShare, {}, tr("Stronger"), kBlue)}, 100.0);
    chart(1, tr("Promises (% of those settled)"),
          {{TrendFigure::KeptOnTime, {}}, {TrendFigure::KeptLate, {}}, {TrendFigure::Broken, {}}},
          {line(TrendFigure::KeptOnTime, {}, tr("On time"), kGreen), line(TrendFigure::KeptLate, {}, tr("Late"), kAmber),
           line(TrendFigure::Broken, {}, tr("Broken"), kRed)},
          100.0);
    chart(2, tr("Callbacks within the window (% of those made)"), {{TrendFigure::CallbacksInWindow, {}}},
          {line(TrendFigure::CallbacksInWindow, {}, tr("Within the window"), kGreen)}, 100.0);
    chart(3, tr("Time to first contact (median hours)"), {{TrendFigure::FirstContactHours, {}}},
          {line(TrendFigure::FirstContactHours, {}, tr("Hours"), kPurple)}, std::nullopt);
    // Short words in the legend; the table has the full names.
    const QStringList shortCauses = Charts::causeWords();
    const QList<QColor> causeColours = {kRed, kBlue, kAmber, kGreen, kGrey};
    QList<QPair<TrendFigure, std::optional<Cause>>> causeFigures;
    QList<Charts::Line> causeLines;
    for (Cause c : Vocabulary::all<Cause>()) {
        causeFigures.append({TrendFigure::ComplaintsByCause, c});
        causeLines << line(TrendFigure::ComplaintsByCause, c, shortCauses.value(int(c)), causeColours.value(int(c)));
    }
    chart(4, tr("Complaints by cause"), causeFigures, causeLines, std::nullopt);
    chart(5, tr("Repeat complainants"), {{TrendFigure::RepeatComplainants, {}}},
          {line(TrendFigure::RepeatComplainants, {}, tr("Customers"), kGrey)}, std::nullopt);
}

void TrendView::drillAt(int row, int month)
{
    if (row < 0 || row >= m_rows.size() || month < 0 || month >= m_series.months.size())
        return;
    m_table->setCurrentCell(row, month);
    const auto &[figure, cause] = m_rows.at(row);
    emit drill(PeriodComparison::casesBehind(figure, cause, m_series.months.at(month).period, m_series.owner));
}

} // namespace rd
