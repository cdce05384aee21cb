#include "call/CallScreen.h"

#include "widgets/Settings.h"

#include "widgets/Accessible.h"
#include "call/pages/AgreePage.h"
#include "call/CallGuide.h"
#include "cases/CaseStore.h"
#include "call/pages/ChoiceStepPage.h"
#include "call/pages/ClosePage.h"
#include "cases/CustomerCard.h"
#include "cases/CustomerStore.h"
#include "storage/Database.h"
#include "call/parts/FieldAutosaver.h"
#include "call/pages/IdentifyPage.h"
#include "call/parts/Dialler.h"
#include "base/LocalTime.h"
#include "widgets/MessageBar.h"
#include "call/pages/NoteStepPage.h"
#include "call/pages/OwnPage.h"
#include "call/PromptPanel.h"
#include "call/pages/RecallPage.h"
#include "call/pages/SummaryPage.h"
#include "call/pages/TextStepPage.h"
#include "recognition/RecognitionStore.h"
#include "widgets/Theme.h"

#include <QAction>
#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QStyle>
#include <QVBoxLayout>

#include <functional>

namespace rd {

namespace {

// Calm: soft background, one accent colour, large type for what to do now.
const char *const kStyle = R"(
#callPage, #idlePage, #stepPagesScroll, #stepPages { background: @panel; }
#stepList { background: @surface; color: @text; border: 1px solid @border; border-radius: 6px; font-size: @fs(10.5); padding: 4px; }
#stepList::item { padding: 5px 6px; }
#stepList::item:selected { background: @selected; color: @title; }
#promptPosition { color: @muted; font-size: @fs(10); }
#promptTitle { color: @title; font-size: @fs(19); font-weight: 600; }
#promptText { color: @text; font-size: @fs(12); }
#promptExample { color: @exampleText; font-size: @fs(12); font-style: italic; background: @example;
                 border-left: 3px solid @accent; padding: 6px 10px; }
#customerCard { background: @surface; color: @text; border: 1px solid @border; border-radius: 6px; font-size: @fs(11); }
#repeatBanner { background: @warnBg; color: @warnText; border: 1px solid @warnBorder; border-radius: 4px; padding: 6px; font-weight: 600; }
#blameHint { color: @warnText; background: @warnBg; padding: 4px 8px; border-radius: 4px; }
#shortcutHint { color: @muted; font-size: @fs(10); }
#readBack { font-size: @fs(13); background: @surface; color: @text; border: 1px solid @border; border-radius: 6px; padding: 8px 12px; }
#idleTitle { color: @title; font-size: @fs(20); font-weight: 600; }
#idleText { color: @text; font-size: @fs(12); }
QPlainTextEdit, QLineEdit { font-size: @fs(12); background: @surface; color: @text; border: 1px solid @border; border-radius: 3px; padding: 2px; }
QPlainTextEdit:focus, QLineEdit:focus { border: 2px solid @accent; padding: 1px; }
#summaryState[confirmed="true"] { color: @okText; font-weight: 600; }
)";

QString stepMark(CallSession::StepState state)
{
    switch (state) {
    case CallSession::StepState::Done: return QStringLiteral("✓");
    case CallSession::StepState::Skipped: return QStringLiteral("↷");
    case CallSession::StepState::Open: return QStringLiteral("○");
    }
    return {};
}

} // namespace

CallScreen::CallScreen(Database &db, const QString &employee, QWidget *parent) : QWidget(parent), m_db(db)
{
    setObjectName(QStringLiteral("callScreen"));
    setStyleSheet(Theme::css(QString::fromUtf8(kStyle)));
    m_saver = new FieldAutosaver(db, this);
    m_context.db = &db;
    m_context.saver = m_saver;
    m_context.employee = employee;
    m_context.dueTimeHours = &Settings::dueTimeHours;
    connect(m_saver, &FieldAutosaver::saveFailed, this, [this](const QString &m) {
        m_saveFailing = true;
        showMessage(m + QLatin1Char(' ') + tr("What you typed is kept and saved as soon as it can be."), true);
    });
    connect(m_saver, &FieldAutosaver::saved, this, [this] {
        if (!m_saveFailing)
            return;
        m_saveFailing = false;
        showMessage(tr("Saved again: everything you typed is stored."), false);
    });

    m_mode = new QStackedWidget(this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_mode);
    m_idlePage = createIdlePage();
    m_callPage = createCallPage();
    m_mode->addWidget(m_idlePage);
    m_mode->addWidget(m_callPage);
    createActions();
    refreshIdle();
    updateActions();
}

CallScreen::~CallScreen() { flush(); }

QWidget *CallScreen::createIdlePage()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("idlePage"));
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(48, 36, 48, 36);
    auto *title = new QLabel(tr("No call in progress"), page);
    title->setObjectName(QStringLiteral("idleTitle"));
    auto *text = new QLabel(tr("Press Ctrl+N when the phone rings. The screen will guide you through the call, "
                               "step by step, and save everything as you type."),
                            page);
    text->setObjectName(QStringLiteral("idleText"));
    text->setWordWrap(true);
    m_idleMessage = new MessageBar(QStringLiteral("messageBar"), page);
    auto *newCall = new QPushButton(tr("New call   Ctrl+N"), page);
    newCall->setObjectName(QStringLiteral("newCallButton"));
    newCall->setMinimumHeight(40);
    connect(newCall, &QPushButton::clicked, this, &CallScreen::startNewCall);
    m_newCallButton = newCall;

    auto *unfinishedCaption = new QLabel(tr("Unfinished calls (for example after a power cut):"), page);
    m_unfinished = new QListWidget(page);
    m_unfinished->setObjectName(QStringLiteral("unfinishedCalls"));
    describe(m_unfinished, tr("Unfinished calls"), tr("Calls that were interrupted. Enter resumes one where it stopped."));
    m_unfinished->setAccessibleName(tr("Unfinished calls"));
    m_unfinished->setMaximumHeight(160);
    m_resumeButton = new QPushButton(tr("&Resume call"), page);
    m_resumeButton->setObjectName(QStringLiteral("resumeButton"));
    auto resume = [this] {
        if (auto *item = m_unfinished->currentItem())
            resumeCall(item->data(Qt::UserRole).toString());
    };
    connect(m_resumeButton, &QPushButton::clicked, this, resume);
    connect(m_unfinished, &QListWidget::itemActivated, this, resume);

    layout->addWidget(title);
    layout->addWidget(text);
    layout->addSpacing(12);
    layout->addWidget(newCall, 0, Qt::AlignLeft);
    layout->addSpacing(12);
    layout->addWidget(m_idleMessage);
    layout->addSpacing(24);
    layout->addWidget(unfinishedCaption);
    layout->addWidget(m_unfinished);
    layout->addWidget(m_resumeButton, 0, Qt::AlignLeft);
    layout->addStretch(1);
    // Keep handles to hide the whole block when there is nothing to resume.
    unfinishedCaption->setObjectName(QStringLiteral("unfinishedCaption"));
    return page;
}

QWidget *CallScreen::createCallPage()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("callPage"));
    auto *columns = new QHBoxLayout(page);
    columns->setContentsMargins(12, 12, 12, 12);
    columns->setSpacing(16);

    m_stepList = new QListWidget(page);
    m_stepList->setObjectName(QStringLiteral("stepList"));
    describe(m_stepList, tr("Steps of the call"), tr("The steps of the method; the current one is selected. Enter jumps to a step."));
    m_stepList->setAccessibleName(tr("Steps of the call"));
    m_stepList->setFixedWidth(240);
    m_stepList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_stepList->setTextElideMode(Qt::ElideRight);
    connect(m_stepList, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { jumpTo(m_stepList->row(item)); });
    columns->addWidget(m_stepList);

    auto *centre = new QVBoxLayout;
    centre->setSpacing(10);
    m_prompt = new PromptPanel(page);
    m_message = new MessageBar(QStringLiteral("messageBar"), page);
    m_message->setAutoHide(6000); // a confirmation fades; an error stays until the next action
    m_pages = new QStackedWidget(page);
    m_pages->setObjectName(QStringLiteral("stepPages"));
    // A small screen scrolls the fields instead of squeezing them or growing the window.
    auto *pageScroll = new QScrollArea(page);
    pageScroll->setObjectName(QStringLiteral("stepPagesScroll"));
    pageScroll->setWidget(m_pages);
    pageScroll->setWidgetResizable(true);
    pageScroll->setFrameShape(QFrame::NoFrame);
    pageScroll->setFocusPolicy(Qt::NoFocus);
    pageScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // fields narrow down instead

    auto *nav = new QHBoxLayout;
    m_backButton = new QPushButton(tr("◀ Back"), page);
    m_backButton->setObjectName(QStringLiteral("backButton"));
    m_skipButton = new QPushButton(tr("Skip step"), page);
    m_skipButton->setObjectName(QStringLiteral("skipButton"));
    m_nextButton = new QPushButton(tr("Done — next step ▶"), page);
    m_nextButton->setObjectName(QStringLiteral("nextButton"));
    for (QPushButton *b : {m_backButton, m_skipButton, m_nextButton}) {
        b->setFocusPolicy(Qt::NoFocus); // the keyboard works through shortcuts; Tab stays in the fields
        b->setMinimumHeight(34);
    }
    connect(m_backButton, &QPushButton::clicked, this, &CallScreen::goBack);
    connect(m_skipButton, &QPushButton::clicked, this, &CallScreen::skip);
    connect(m_nextButton, &QPushButton::clicked, this, &CallScreen::goNext);
    nav->addWidget(m_backButton);
    nav->addStretch();
    nav->addWidget(m_skipButton);
    nav->addWidget(m_nextButton);
    auto *hint = new QLabel(tr("Ctrl+Enter: done, next step  ·  Alt+Left: back  ·  Ctrl+Shift+Enter: skip  ·  "
                               "Ctrl+L: all steps  ·  Ctrl+E: end call"),
                            page);
    hint->setObjectName(QStringLiteral("shortcutHint"));
    hint->setWordWrap(true);

    centre->addWidget(m_prompt);
    centre->addWidget(m_message);
    centre->addWidget(pageScroll, 1);
    centre->addLayout(nav);
    centre->addWidget(hint);
    columns->addLayout(centre, 1);

    m_card = new CustomerCard(m_db, page);
    connect(m_card, &CustomerCard::dialRequested, this, [this](const QString &phone) {
        if (m_context.caseId.isEmpty())
            return; // no case yet to record the dial in: the caller is on the line anyway
        auto dialled = Dialler::dial(m_db, m_context.caseId, phone);
        showMessage(dialled ? dialled.value() : dialled.message(), !dialled);
    });
    m_card->setFixedWidth(260);
    columns->addWidget(m_card);
    return page;
}

void CallScreen::createActions()
{
    auto make = [this](const QString &text, const QList<QKeySequence> &keys, const std::function<void()> &slot) {
        auto *a = new QAction(text, this);
        a->setShortcuts(keys);
        // Active wherever the focus is inside the call screen, not on other tabs.
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(a, &QAction::triggered, this, slot);
        addAction(a);
        return a;
    };
    m_next = make(tr("Done, &next step"),
                  {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter),
                   QKeySequence(Qt::ALT | Qt::Key_Right)},
                  [this] { goNext(); });
    m_back = make(tr("&Back one step"), {QKeySequence(Qt::ALT | Qt::Key_Left)}, [this] { goBack(); });
    m_skip = make(tr("&Skip step"),
                  {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Enter)},
                  [this] { skip(); });
    m_end = make(tr("&End call"), {QKeySequence(Qt::CTRL | Qt::Key_E)}, [this] { endCall(); });
    m_steps = make(tr("Go to a s&tep…"), {QKeySequence(Qt::CTRL | Qt::Key_L)}, [this] { m_stepList->setFocus(); });
}

const QList<CallStep> &CallScreen::steps() const { return m_session ? m_session->steps() : m_stepsBeforeCase; }

void CallScreen::startNewCall()
{
    if (m_inCall) {
        m_mode->setCurrentWidget(m_callPage);
        showMessage(tr("A call is in progress. End it first (Ctrl+E) to start a new one."), true);
        return;
    }
    flush();
    // Fresh pages for a fresh call: nothing of the previous caller may linger in a field.
    for (StepPage *p : std::as_const(m_pagesById))
        p->deleteLater();
    m_pagesById.clear();
    m_identify = nullptr;
    m_session.reset();
    m_context.caseId.clear();
    m_context.customerId.clear();
    m_saver->setCaseId({});
    m_stepsBeforeCase = CallGuide::steps(CaseKind::Complaint);
    m_inCall = true;
    m_card->showCustomer({}, {});
    m_mode->setCurrentWidget(m_callPage);
    m_message->hide();
    showCurrentStep();
    emit callStateChanged(true);
}

bool CallScreen::takeIncomingCall(const QString &phone, const QString &name)
{
    if (m_inCall)
        return false;
    startNewCall();
    if (m_identify)
        m_identify->lookUpCaller(phone, name);
    return true;
}

bool CallScreen::resumeCall(const QString &caseId)
{
    if (m_inCall)
        return false;
    auto session = CallSession::resume(m_db, caseId);
    if (!session) {
        m_idleMessage->showMessage(session.message(), true);
        return false;
    }
    enterCall(std::move(session).value(), caseId);
    showMessage(tr("Call resumed where it stood. Everything typed before was kept."), false);
    return true;
}

bool CallScreen::startFollowUp(const QString &caseId, const QString &itemId, bool isCallback)
{
    if (m_inCall) {
        m_mode->setCurrentWidget(m_callPage);
        showMessage(tr("A call is in progress. End it first (Ctrl+E) to start a new one."), true);
        return false;
    }
    auto session = CallSession::start(m_db, caseId, CallFlow::FollowUp, itemId, isCallback);
    if (!session) {
        m_idleMessage->showMessage(session.message(), true);
        return false;
    }
    enterCall(std::move(session).value(), caseId);
    emit casesChanged();
    return true;
}

void CallScreen::enterCall(CallSession session, const QString &caseId)
{
    flush();
    for (StepPage *p : std::as_const(m_pagesById))
        p->deleteLater();
    m_pagesById.clear();
    m_identify = nullptr;
    m_session = std::move(session);
    m_context.caseId = caseId;
    const auto c = CaseStore(m_db).get(caseId);
    m_context.customerId = c ? c->customerId : QString();
    m_saver->setCaseId(caseId);
    m_inCall = true;
    m_card->showCustomer(m_context.customerId, caseId);
    m_mode->setCurrentWidget(m_callPage);
    m_message->hide();
    showCurrentStep();
    emit callStateChanged(true);
}

bool CallScreen::flush() { return m_saver->flush(); }

void CallScreen::refreshIdle()
{
    m_unfinished->clear();
    auto open = CaseStore(m_db).listOpenCalls(m_context.employee);
    if (open)
        for (const CaseListRow &row : open.value()) {
            auto *item = new QListWidgetItem(
                tr("%1 — %2, started %3")
                    .arg(row.customerName, Vocabulary::label(row.kind),
                         shortDateTime(row.openedAt)),
                m_unfinished);
            item->setData(Qt::UserRole, row.id);
        }
    const bool any = m_unfinished->count() > 0;
    m_unfinished->setVisible(any);
    m_resumeButton->setVisible(any);
    if (auto *caption = m_idlePage->findChild<QLabel *>(QStringLiteral("unfinishedCaption")))
        caption->setVisible(any);
    if (any)
        m_unfinished->setCurrentRow(0);
}

StepPage *CallScreen::pageFor(const CallStep &step)
{
    if (StepPage *existing = m_pagesById.value(step.id))
        return existing;
    StepPage *page = nullptr;
    const QString &id = step.id;
    if (id == QLatin1String("identify")) {
        m_identify = new IdentifyPage(m_context, m_pages);
        connect(m_identify, &IdentifyPage::customerChosen, this, &CallScreen::onCustomerChosen);
        connect(m_identify, &IdentifyPage::kindChanged, this, [this] {
            if (m_session && m_session->refreshSteps())
                showCurrentStep();
        });
        page = m_identify;
    } else if (id == QLatin1String("listen")) {
        page = new TextStepPage(m_context, CaseField::Experience, tr("The customer's story, in their own &words:"),
                                tr("What happened, as the customer tells it — not your interpretation"),
                                TextStepPage::Shape::MultiLine, false, m_pages);
    } else if (id == QLatin1String("expectations")) {
        page = new TextStepPage(m_context, CaseField::Expectation,
                                tr("What the customer had &expected, and what would be a good solution:"),
                                tr("In the customer's words"), TextStepPage::Shape::MultiLine, false, m_pages);
    } else if (id == QLatin1String("acknowledge")) {
        page = new ChoiceStepPage(m_context, CaseField::EmotionStart, tr("How upset is the customer? (1–5)"),
                                  ChoiceStepPage::emotionOptions(), m_pages);
    } else if (id == QLatin1String("summarize")) {
        page = new SummaryPage(m_context, m_pages);
    } else if (id == QLatin1String("explain")) {
        page = new TextStepPage(m_context, CaseField::Explanation, tr("What happened on &our side, and why:"),
                                tr("Open and concrete: what went wrong, and the reasons"),
                                TextStepPage::Shape::MultiLine, true, m_pages);
    } else if (id == QLatin1String("own")) {
        page = new OwnPage(m_context,
                           tr("Tell the customer that you are their point of contact from now on. Check your own "
                              "words below: they should blame no one."),
                           m_pages);
    } else if (id == QLatin1String("assess")) {
        page = new ChoiceStepPage(m_context, CaseField::Cause, tr("Where does the cause lie?"),
                                  ChoiceStepPage::vocabularyOptions<Cause>(), m_pages);
    } else if (id == QLatin1String("decide")) {
        auto *decide = new ChoiceStepPage(m_context, CaseField::DecisionKind, tr("What do we decide?"),
                                          ChoiceStepPage::vocabularyOptions<DecisionKind>(), m_pages);
        decide->addText(CaseField::Decision, tr("The &decision, as you tell it to the customer:"),
                        tr("What we will do — or, if the answer is no, the alternative"));
        page = decide;
    } else if (id == QLatin1String("agree")) {
        page = new AgreePage(m_context, m_pages);
        connect(page, &StepPage::agreementsChanged, this,
                [this] { m_card->showCustomer(m_context.customerId, m_context.caseId); });
    } else if (id == QLatin1String("close")) {
        page = new ClosePage(m_context, m_pages);
    } else if (id == QLatin1String("recall")) {
        page = new RecallPage(m_context, m_pages);
    } else if (id == QLatin1String("happened")) {
        page = new TextStepPage(m_context, CaseField::Note, tr("What you told the customer, and how they &reacted:"),
                                tr("Open and concrete — also when there is no result yet"),
                                TextStepPage::Shape::MultiLine, true, m_pages);
    } else if (id == QLatin1String("pass_on")) {
        auto *passOn = new TextStepPage(m_context, CaseField::ComplimentFor, tr("&Who is the compliment for?"),
                                        tr("A colleague's name: it reaches them under \"For you\""),
                                        TextStepPage::Shape::SingleLine, false, m_pages);
        passOn->offerNames(RecognitionStore(*m_context.db).colleagues().value_or(QStringList()));
        page = passOn;
    } else {
        page = new NoteStepPage(m_context, tr("Nothing to note here: say it in your own words, then press Ctrl+Enter."),
                                m_pages);
    }
    page->setObjectName(QStringLiteral("page_") + id);
    connect(page, &StepPage::message, this, &CallScreen::showMessage);
    m_pages->addWidget(page);
    m_pagesById.insert(id, page);
    return page;
}

void CallScreen::onCustomerChosen(const Customer &customer)
{
    if (m_session)
        return; // the case exists; the caller cannot change mid-call
    auto opened = CaseStore(m_db).create(customer.id, m_identify->channel(), m_identify->kind(), m_context.employee);
    if (!opened) {
        showMessage(opened.message(), true);
        return;
    }
    auto session = CallSession::start(m_db, opened->id);
    if (!session) {
        showMessage(session.message(), true);
        return;
    }
    m_session = std::move(session).value();
    m_context.caseId = opened->id;
    m_context.customerId = customer.id;
    m_saver->setCaseId(opened->id);
    m_card->showCustomer(customer.id, opened->id);
    showCurrentStep();
    emit casesChanged();
}

void CallScreen::showCurrentStep()
{
    flush(); // what is on screen is saved before the page reads the case again
    const int index = m_session ? m_session->currentIndex() : 0;
    const CallStep &step = steps().at(index);
    m_prompt->showStep(step, index + 1, int(steps().size()));
    StepPage *page = pageFor(step);
    if (m_session) {
        if (auto c = CaseStore(m_db).get(m_context.caseId); c)
            page->load(c.value());
    }
    m_pages->setCurrentWidget(page);
    updateStepList();
    updateActions();
    if (QWidget *target = page->focusTarget())
        target->setFocus(Qt::OtherFocusReason);
}

void CallScreen::updateStepList()
{
    m_stepList->clear();
    const int current = m_session ? m_session->currentIndex() : 0;
    for (int i = 0; i < steps().size(); ++i) {
        const auto state = m_session ? m_session->state(i) : CallSession::StepState::Open;
        auto *item = new QListWidgetItem(QStringLiteral("%1  %2. %3").arg(stepMark(state)).arg(i + 1).arg(steps().at(i).title),
                                         m_stepList);
        const QString stateName = state == CallSession::StepState::Done      ? tr("done")
                                  : state == CallSession::StepState::Skipped ? tr("skipped")
                                                                              : tr("open");
        item->setData(Qt::AccessibleTextRole, tr("Step %1, %2, %3").arg(i + 1).arg(steps().at(i).title, stateName));
        item->setToolTip(stateName);
        if (i == current) {
            QFont bold = item->font();
            bold.setBold(true);
            item->setFont(bold);
        }
    }
    m_stepList->setCurrentRow(current);
    // Wide enough for the longest step title in bold, at whatever font size the desktop uses.
    QFont bold = m_stepList->font();
    bold.setBold(true);
    const QFontMetrics metrics(bold);
    int widest = 0;
    for (int i = 0; i < m_stepList->count(); ++i)
        widest = qMax(widest, metrics.horizontalAdvance(m_stepList->item(i)->text()));
    m_stepList->setFixedWidth(qBound(200, widest + 40, 420));
}

void CallScreen::updateActions()
{
    const bool inCall = m_inCall && m_mode->currentWidget() == m_callPage;
    const bool hasCase = m_session.has_value();
    const int index = hasCase ? m_session->currentIndex() : 0;
    m_back->setEnabled(inCall && hasCase && index > 0);
    m_skip->setEnabled(inCall && hasCase && steps().at(index).skippable);
    m_next->setEnabled(inCall);
    m_end->setEnabled(inCall); // without a case yet: a wrong number, or a caller who hung up
    m_steps->setEnabled(inCall);
    m_backButton->setEnabled(m_back->isEnabled());
    m_skipButton->setEnabled(m_skip->isEnabled());
    m_nextButton->setEnabled(m_next->isEnabled());
    const bool last = hasCase && index == steps().size() - 1;
    m_nextButton->setText(last ? tr("End call ▶") : tr("Done — next step ▶"));
}

void CallScreen::goNext()
{
    if (!m_inCall)
        return;
    if (!m_session) {
        showMessage(tr("Find or add the customer first: type a name, phone number or e-mail and press Enter."), true);
        if (m_identify)
            m_identify->focusTarget()->setFocus();
        return;
    }
    if (m_session->currentIndex() == steps().size() - 1) {
        endCall();
        return;
    }
    move([this] { return m_session->completeStep(); }, true);
}

void CallScreen::goBack()
{
    if (m_session)
        move([this] { return m_session->back(); }, false);
}

void CallScreen::skip()
{
    if (m_session)
        move([this] { return m_session->skipStep(); }, true);
}

void CallScreen::move(const std::function<Status()> &step, bool clearMessage)
{
    flush(); // what was typed belongs to the step being left
    if (const Status s = step(); !s) {
        showMessage(s.message(), true);
        return;
    }
    if (clearMessage)
        m_message->hide();
    showCurrentStep();
}

void CallScreen::jumpTo(int index)
{
    if (!m_session) {
        m_stepList->setCurrentRow(0);
        goNext(); // explains that the customer comes first
        return;
    }
    move([this, index] { return m_session->jumpTo(index); }, false);
}

void CallScreen::endCall()
{
    if (!m_session) {
        if (!m_inCall)
            return;
        // No caller chosen yet: there is no case, so nothing to save or to agree.
        m_inCall = false;
        m_mode->setCurrentWidget(m_idlePage);
        m_idleMessage->showMessage(tr("The call ended before a caller was chosen; nothing was saved."), false);
        refreshIdle();
        updateActions();
        m_newCallButton->setFocus();
        emit callStateChanged(false);
        return;
    }
    if (!flush())
        return; // the message says what could not be saved; ending now would lose it
    if (const Status s = m_session->end(); !s) {
        showMessage(s.message(), true);
        const int agree = CallGuide::indexOf(steps(), CallGuide::agreeId());
        if (s.error().code == Error::Code::Refused && agree >= 0 && m_session->currentIndex() != agree) {
            // To the agreements that are missing; if even that fails, both reasons are shown.
            const QString text = m_message->text();
            if (const Status moved = m_session->jumpTo(agree); !moved) {
                showMessage(text + QLatin1Char(' ') + moved.message(), true);
                return;
            }
            showCurrentStep();
            showMessage(text, true);
        }
        return;
    }
    // The call is saved; what is said about it is read back, and a failed read is said too.
    auto c = CaseStore(m_db).get(m_context.caseId);
    auto customer = c ? CustomerStore(m_db).get(c->customerId) : Result<Customer>(c.error());
    if (!customer) {
        m_idleMessage->showMessage(tr("The call is saved, but it could not be read back: %1").arg(customer.message()), true);
    } else if (c->status == CaseStatus::Waiting) {
        m_idleMessage->showMessage(tr("The call with %1 is saved. The case now waits for the agreed next step; "
                                      "it is in your work queue.")
                                       .arg(customer->name),
                                   false);
    } else {
        m_idleMessage->showMessage(tr("The call with %1 is saved.").arg(customer->name), false);
    }
    m_inCall = false;
    m_session.reset();
    m_mode->setCurrentWidget(m_idlePage);
    refreshIdle();
    updateActions();
    m_newCallButton->setFocus();
    emit casesChanged();
    emit callStateChanged(false);
}

void CallScreen::showMessage(const QString &text, bool error) { m_message->showMessage(text, error); }

} // namespace rd
