#include "review/ReflectionView.h"

#include "review/ReviewFigures.h"
#include "widgets/Accessible.h"
#include "cases/CaseStore.h"
#include "storage/Database.h"
#include "base/LocalTime.h"
#include "widgets/OwnerChoice.h"

#include <QComboBox>
#include <QDate>
#include <QDateTime>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace rd {

ReflectionView::ReflectionView(Database &db, const QString &employee, std::function<QString()> currentCase, QWidget *parent)
    : QWidget(parent), m_db(db), m_employee(employee), m_currentCase(std::move(currentCase))
{
    setObjectName(QStringLiteral("reflectionView"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    auto *top = new QHBoxLayout;
    m_month = new QComboBox(this);
    m_month->setObjectName(QStringLiteral("reflectionMonth"));
    describe(m_month, tr("Month"), tr("The month this reflection is about."));
    const QDate today = db.clock().nowUtc().toLocalTime().date();
    for (int i = 0; i < 12; ++i) {
        const QDate m = today.addMonths(-i);
        m_month->addItem(QLocale().toString(m, QStringLiteral("MMMM yyyy")), m.toString(QStringLiteral("yyyy-MM")));
    }
    m_who = new QComboBox(this);
    m_who->setObjectName(QStringLiteral("reflectionWho"));
    describe(m_who, tr("Whose reflection"), tr("Your own reflection, or a colleague's to read."));
    top->addWidget(new QLabel(tr("Month:"), this));
    top->addWidget(m_month);
    top->addWidget(new QLabel(tr("Whose:"), this));
    top->addWidget(m_who);
    top->addStretch();
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("reflectionState"));
    top->addWidget(m_state);
    layout->addLayout(top);

    // The employee's own month beside the questions: to reflect on, never to compare with others.
    m_figures = new QLabel(this);
    m_figures->setObjectName(QStringLiteral("reflectionFigures"));
    m_figures->setWordWrap(true);
    m_figures->setTextFormat(Qt::PlainText);
    m_figures->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    describe(m_figures, tr("Your month in figures"),
             tr("Your own cases of this month: promises, callbacks and outcomes. For your reflection, not a score."));
    layout->addWidget(m_figures);

    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapAllRows);
    const auto makeEdit = [this](const char *name) {
        auto *edit = new QPlainTextEdit(this);
        edit->setObjectName(QString::fromLatin1(name));
        edit->setTabChangesFocus(true);
        connect(edit, &QPlainTextEdit::textChanged, this, [this] {
            if (!m_loading)
                m_saveTimer->start();
        });
        return edit;
    };
    m_saveTimer = new QTimer(this);
    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(500);
    connect(m_saveTimer, &QTimer::timeout, this, &ReflectionView::save);
    m_best = makeEdit("reflectionBest");
    m_meeting = makeEdit("reflectionMeeting");
    m_changed = makeEdit("reflectionChanged");
    for (QPlainTextEdit *edit : {m_best, m_meeting, m_changed})
        edit->setAccessibleDescription(tr("Saved as you type. Tab goes to the next question."));
    form->addRow(tr("What was the &best customer experience this month?"), m_best);
    form->addRow(tr("What did our &meetings deliver for the customer?"), m_meeting);
    form->addRow(tr("What did I &change in my own behaviour after customer feedback?"), m_changed);
    layout->addLayout(form, 1);

    auto *casesRow = new QHBoxLayout;
    auto *casesCaption = new QLabel(tr("Cases it is about (Enter opens):"), this);
    auto *link = new QPushButton(tr("&Link the case in view"), this);
    link->setObjectName(QStringLiteral("linkCaseButton"));
    casesRow->addWidget(casesCaption);
    casesRow->addStretch();
    casesRow->addWidget(link);
    layout->addLayout(casesRow);
    m_cases = new QListWidget(this);
    m_cases->setObjectName(QStringLiteral("reflectionCases"));
    describe(m_cases, tr("Linked cases"), tr("Cases this reflection refers to. Enter opens one."));
    m_cases->setMaximumHeight(120);
    m_cases->installEventFilter(this);
    layout->addWidget(m_cases);
    connect(link, &QPushButton::clicked, this, &ReflectionView::linkCurrentCase);
    connect(m_month, qOverload<int>(&QComboBox::activated), this, [this] {
        flush();
        load();
    });
    connect(m_who, qOverload<int>(&QComboBox::activated), this, [this] {
        flush();
        load();
    });
    refresh();
}

void ReflectionView::refresh()
{
    refillOwnerChoice(m_who, m_db, {{tr("Mine (%1)").arg(m_employee), m_employee}});
    load();
}

void ReflectionView::load()
{
    auto r = ReflectionStore(m_db).get(m_who->currentData().toString(), m_month->currentData().toString());
    m_reflection = r ? r.value() : Reflection{};
    // Only one's own reflection is written here; a colleague's is read.
    const bool mine = m_reflection.employee == m_employee && !m_db.isReadOnly();
    m_loading = true;
    m_best->setPlainText(m_reflection.bestExperience);
    m_meeting->setPlainText(m_reflection.meetingDelivered);
    m_changed->setPlainText(m_reflection.changedBehaviour);
    m_loading = false;
    for (QPlainTextEdit *e : {m_best, m_meeting, m_changed})
        e->setReadOnly(!mine);
    m_cases->clear();
    for (const QString &id : std::as_const(m_reflection.caseIds)) {
        auto c = CaseStore(m_db).get(id);
        auto *item = new QListWidgetItem(c ? tr("%1 — %2").arg(shortDate(c->openedAt),
                                                               Vocabulary::label(c->kind))
                                           : tr("A case not in this file"),
                                         m_cases);
        item->setData(Qt::UserRole, id);
    }
    m_state->setText(mine ? QString() : tr("Read-only"));
    showFigures();
}

void ReflectionView::showFigures()
{
    // Only one's own: a colleague's figures beside one's own would invite the ranking the
    // method warns against.
    const bool own = m_who->currentData().toString() == m_employee;
    m_figures->setVisible(own);
    if (!own)
        return;
    auto period = ReportPeriod::parse(m_month->currentData().toString());
    auto report = period ? ReviewFigures(m_db).compute(period.value(), m_employee) : Result<ReviewReport>(period.error());
    if (!report) {
        m_figures->setText(report.message());
        return;
    }
    const ReviewReport &r = report.value();
    const PromiseCounts &p = r.promises;
    const int closed = r.closed();
    QStringList parts{tr("%n case(s) opened", nullptr, r.cases),
                      tr("promises: %1 kept on time, %2 kept late, %3 broken, %4 still open")
                          .arg(p.keptOnTime)
                          .arg(p.keptLate)
                          .arg(p.broken)
                          .arg(p.openOverdue + p.openOnTrack)};
    if (p.callbacksDone > 0)
        parts << tr("callbacks within the customer's window: %1 of %2").arg(p.callbacksInWindow).arg(p.callbacksDone);
    if (closed > 0)
        parts << tr("relationships that came out stronger: %1 of %2 closed").arg(r.outcomes.value(QStringLiteral("stronger"))).arg(closed);
    m_figures->setText(tr("Your month, for your reflection (not a score): %1.").arg(parts.join(QStringLiteral("; "))));
}

void ReflectionView::save()
{
    m_saveTimer->stop();
    if (m_reflection.employee != m_employee || m_db.isReadOnly())
        return;
    m_reflection.bestExperience = m_best->toPlainText();
    m_reflection.meetingDelivered = m_meeting->toPlainText();
    m_reflection.changedBehaviour = m_changed->toPlainText();
    const Status s = ReflectionStore(m_db).save(m_reflection);
    m_state->setText(s ? tr("Saved") : s.message());
}

bool ReflectionView::flush()
{
    if (m_saveTimer->isActive())
        save();
    return true;
}

void ReflectionView::linkCurrentCase()
{
    const QString id = m_currentCase ? m_currentCase() : QString();
    if (id.isEmpty()) {
        m_state->setText(tr("Open a case first (Ctrl+4), then link it here."));
        return;
    }
    if (m_reflection.employee != m_employee || m_reflection.caseIds.contains(id))
        return;
    m_reflection.caseIds << id;
    save();
    load();
}

bool ReflectionView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_cases && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && m_cases->currentItem()) {
            emit openCase(m_cases->currentItem()->data(Qt::UserRole).toString());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace rd
