#pragma once

#include "call/CallGuide.h"
#include "call/CallStep.h"
#include "base/Result.h"

#include <QCoreApplication>
#include <QHash>

namespace rd {

class Database;

/**
 * A call in progress on one case: which step the employee is at, which steps are done or
 * skipped. Every step done or skipped is an event of the case, and the position is saved,
 * so a call interrupted by a crash is resumed where it stood.
 */
class CallSession
{
    Q_DECLARE_TR_FUNCTIONS(CallSession)

public:
    enum class StepState { Open, Done, Skipped };

    /// Starts a call on @p caseId at its first step; the step "identify" counts as done once a case exists.
    /// A follow-up call starts at "What we promised"; when it reports back on a promise or a
    /// callback note (@p followUpItem), ending the call settles that item with the call's note.
    static Result<CallSession> start(Database &db, const QString &caseId, CallFlow flow = CallFlow::Intake,
                                     const QString &followUpItem = {}, bool itemIsCallback = false);
    /// Picks up an unfinished call where it stood, with the states recorded in the history.
    static Result<CallSession> resume(Database &db, const QString &caseId);

    QString caseId() const { return m_caseId; }
    const QList<CallStep> &steps() const { return m_steps; }
    int currentIndex() const { return m_current; }
    const CallStep &current() const { return m_steps.at(m_current); }
    StepState state(int index) const;
    StepState state(const QString &stepId) const { return m_states.value(stepId, StepState::Open); }
    /// Indexes of the steps neither done nor skipped.
    QList<int> openSteps() const;
    bool isEnded() const { return m_ended; }
    CallFlow flow() const { return m_flow; }

    /// Marks the current step done and moves to the next one.
    Status completeStep();
    /// Skips the current step (recorded with the optional reason) and moves to the next one.
    Status skipStep(const QString &reason = {});
    /// Moves one step back; nothing is recorded.
    Status back();
    /// Moves to any step; nothing is recorded.
    Status jumpTo(int index);
    /// Re-reads the steps after the kind of case changed (a compliment takes the short path).
    Status refreshSteps();

    /// Why the call cannot end yet, or ok: an unresolved case needs an agreed next contact
    /// (a next-contact promise or a callback note) before the customer hangs up.
    Status checkCanEnd();
    /// Ends the call: open steps are recorded as skipped, an unresolved case waits. A follow-up
    /// call started from a promise or callback note settles that item with the call's note.
    Status end();

private:
    CallSession(Database &db, QString caseId);
    Status record(const QString &kind, const QString &stepId, const QString &reason);
    Status moveTo(int index);
    /// What end() changes: this call's case, and the case of the item it reports back on.
    QStringList records();

    Database *m_db;
    QString m_caseId;
    QList<CallStep> m_steps;
    QHash<QString, StepState> m_states;
    int m_current = 0;
    bool m_ended = false;
    CallFlow m_flow = CallFlow::Intake;
    QString m_followUpItem;
    bool m_followUpIsCallback = false;
};

} // namespace rd
