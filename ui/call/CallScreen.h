#pragma once

#include "call/parts/CallContext.h"
#include "call/CallSession.h"
#include "cases/Customer.h"

#include <QHash>
#include <QWidget>

#include <functional>
#include <optional>

class QAction;
class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;
class QTimer;

namespace rd {

class CustomerCard;
class MessageBar;
class FieldAutosaver;
class IdentifyPage;
class PromptPanel;
class StepPage;

/**
 * The screen an employee works from during a call: the steps on the left, the current step's
 * prompt and fields in the centre, the customer on the right. Everything by keyboard, no
 * modal dialogs; fields are saved as typed, and an interrupted call can be resumed.
 */
class CallScreen : public QWidget
{
    Q_OBJECT

public:
    CallScreen(Database &db, const QString &employee, QWidget *parent = nullptr);
    ~CallScreen() override;

    bool hasCall() const { return m_inCall; }
    QString caseId() const { return m_context.caseId; }

    /// Starts a new call at "Who is calling?", unless one is in progress (then shows it).
    void startNewCall();
    /// Starts a call from @p phone (E.164) with the caller looked up; false while a call is in
    /// progress (it is never interrupted).
    bool takeIncomingCall(const QString &phone, const QString &name);
    /// Resumes the unfinished call on @p caseId.
    bool resumeCall(const QString &caseId);
    /// Starts a follow-up call on @p caseId to report back on a promise or callback note
    /// (@p itemId, may be empty); ending the call settles that item.
    bool startFollowUp(const QString &caseId, const QString &itemId, bool isCallback);
    /// Writes any field still waiting for its autosave; false if something could not be saved.
    bool flush();
    /// Re-reads the list of unfinished calls shown when no call is in progress.
    void refreshIdle();

    QAction *nextAction() const { return m_next; }
    QAction *backAction() const { return m_back; }
    QAction *skipAction() const { return m_skip; }
    QAction *endAction() const { return m_end; }
    QAction *stepsAction() const { return m_steps; }

signals:
    /// A case was opened, changed status or ended: lists elsewhere should refresh.
    void casesChanged();
    /// The number of unfinished calls (for the tab title).
    void callStateChanged(bool inCall);

private:
    QWidget *createIdlePage();
    QWidget *createCallPage();
    void createActions();
    StepPage *pageFor(const CallStep &step);
    void onCustomerChosen(const Customer &customer);
    void showCurrentStep();
    void updateStepList();
    void updateActions();
    void goNext();
    /// Saves what was typed, runs a step move, and shows the step it arrives at (or why not).
    void move(const std::function<Status()> &step, bool clearMessage);
    void goBack();
    void skip();
    void jumpTo(int index);
    void endCall();
    void showMessage(const QString &text, bool error);
    const QList<CallStep> &steps() const;
    /// Shows @p session for @p caseId on fresh pages (resume and follow-up share this).
    void enterCall(CallSession session, const QString &caseId);

    Database &m_db;
    CallContext m_context;
    FieldAutosaver *m_saver = nullptr;
    std::optional<CallSession> m_session;
    QList<CallStep> m_stepsBeforeCase; ///< the path shown while the customer is not identified yet
    bool m_inCall = false;

    QStackedWidget *m_mode = nullptr;
    QWidget *m_idlePage = nullptr;
    QPushButton *m_newCallButton = nullptr; ///< on the idle page; focused when a call ends
    QWidget *m_callPage = nullptr;
    QListWidget *m_unfinished = nullptr;
    QPushButton *m_resumeButton = nullptr;
    MessageBar *m_idleMessage = nullptr;

    QListWidget *m_stepList = nullptr;
    PromptPanel *m_prompt = nullptr;
    MessageBar *m_message = nullptr;
    QStackedWidget *m_pages = nullptr;
    QHash<QString, StepPage *> m_pagesById;
    IdentifyPage *m_identify = nullptr;
    CustomerCard *m_card = nullptr;
    QPushButton *m_backButton = nullptr;
    QPushButton *m_skipButton = nullptr;
    QPushButton *m_nextButton = nullptr;

    QAction *m_next = nullptr;
    QAction *m_back = nullptr;
    QAction *m_skip = nullptr;
    QAction *m_end = nullptr;
    QAction *m_steps = nullptr;
    bool m_saveFailing = false; ///< the last autosave failed; the next success says so
};

} // namespace rd
