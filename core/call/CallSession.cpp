#include "call/CallSession.h"

#include "call/CallGuide.h"
#include "agreements/CallbackStore.h"
#include "cases/CaseStore.h"
#include "storage/Database.h"
#include "cases/EventLog.h"
#include "agreements/PromiseStore.h"
#include "storage/Transaction.h"

#include <QJsonObject>

namespace rd {

namespace {
const QString kStepDone = QStringLiteral("step.done");
const QString kStepSkipped = QStringLiteral("step.skipped");
} // namespace

CallSession::CallSession(Database &db, QString caseId) : m_db(&db), m_caseId(std::move(caseId)) {}

namespace {
Error closedCase()
{
    return Error{Error::Code::Refused, CallSession::tr("This case is closed; open a new case for a new call.")};
}
QString flowKey(CallFlow flow) { return flow == CallFlow::FollowUp ? QStringLiteral("follow_up") : QStringLiteral("intake"); }
} // namespace

Result<CallSession> CallSession::start(Database &db, const QString &caseId, CallFlow flow,
                                       const QString &followUpItem, bool itemIsCallback)
{
    CallSession session(db, caseId);
    session.m_flow = flow;
    session.m_followUpItem = followUpItem;
    session.m_followUpIsCallback = itemIsCallback;
    // On an intake call the case exists once the caller is identified; a follow-up starts at step 1.
    const bool intake = flow == CallFlow::Intake;
    const QString identify = CallGuide::identifyId();
    int next = 0;
    const Status s = Transaction::run(db, {Transaction::caseRecord(caseId)}, [&]() -> Status {
        // Read under the case's lock: another PC may have closed it meanwhile.
        auto c = CaseStore(db).get(caseId);
        if (!c)
            return c.error();
        if (c->status == CaseStatus::Closed)
            return closedCase();
        session.m_steps = CallGuide::steps(c->kind, flow);
        next = intake && session.m_steps.size() > 1 ? 1 : 0;
        EventLog log(db);
        QJsonObject data{{QStringLiteral("kind"), Vocabulary::key(c->kind)}, {QStringLiteral("flow"), flowKey(flow)}};
        if (!followUpItem.isEmpty()) {
            data.insert(QStringLiteral("item"), followUpItem);
            data.insert(QStringLiteral("item_is_callback"), itemIsCallback);
        }
        if (auto e = log.append(caseId, {}, QStringLiteral("call.started"), data); !e)
            return e;
        if (intake)
            if (auto e = log.append(caseId, {}, kStepDone, {{QStringLiteral("step"), identify}}); !e)
                return e;
        return CaseStore(db).setCallStep(caseId, session.m_steps.at(next).id);
    });
    if (!s)
        return s.error();
    if (intake)
        session.m_states.insert(identify, StepState::Done);
    session.m_current = next;
    return session;
}

Result<CallSession> CallSession::resume(Database &db, const QString &caseId)
{
    auto c = CaseStore(db).get(caseId);
    if (!c)
        return c.error();
    if (c->callStep.isEmpty())
        return Error{Error::Code::Refused, tr("There is no unfinished call on this case.")};
    auto events = EventLog(db).timeline(caseId);
    if (!events)
        return events.error();
    CallSession session(db, caseId);
    // Only the latest call counts: a case may have had earlier calls.
    for (const CaseEvent &e : events.value()) {
        if (e.kind == QLatin1String("call.started")) {
            session.m_states.clear();
            session.m_flow = e.data.value(QStringLiteral("flow")).toString() == flowKey(CallFlow::FollowUp)
                                 ? CallFlow::FollowUp
                                 : CallFlow::Intake;
            session.m_followUpItem = e.data.value(QStringLiteral("item")).toString();
            session.m_followUpIsCallback = e.data.value(QStringLiteral("item_is_callback")).toBool();
        }
        else if (e.kind == kStepDone)
            session.m_states.insert(e.data.value(QStringLiteral("step")).toString(), StepState::Done);
        else if (e.kind == kStepSkipped)
            session.m_states.insert(e.data.value(QStringLiteral("step")).toString(), StepState::Skipped);
    }
    session.m_steps = CallGuide::steps(c->kind, session.m_flow);
    session.m_current = qMax(0, CallGuide::indexOf(session.m_steps, c->callStep));
    const Status resumed = Transaction::run(db, {Transaction::caseRecord(caseId)}, [&] {
        return EventLog(db).append(caseId, {}, QStringLiteral("call.resumed"), {{QStringLiteral("step"), session.current().id}});
    });
    if (!resumed)
        return resumed.error();
    return session;
}

CallSession::StepState CallSession::state(int index) const
{
    if (index < 0 || index >= m_steps.size())
        return StepState::Open;
    return state(m_steps.at(index).id);
}

QList<int> CallSession::openSteps() const
{
    QList<int> open;
    for (int i = 0; i < m_steps.size(); ++i)
        if (state(i) == StepState::Open)
            open.append(i);
    return open;
}

Status CallSession::record(const QString &kind, const QString &stepId, const QString &reason)
{
    QJsonObject data{{QStringLiteral("step"), stepId}};
    if (!reason.isEmpty())
        data.insert(QStringLiteral("reason"), reason);
    return EventLog(*m_db).append(m_caseId, {}, kind, data);
}

Status CallSession::moveTo(int index)
{
    if (m_ended)
        return Error{Error::Code::Refused, tr("This call has ended.")};
    if (index < 0 || index >= m_steps.size())
        return Error{Error::Code::InvalidInput, tr("There is no step %1 in this call.").arg(index + 1)};
    if (auto s = CaseStore(*m_db).setCallStep(m_caseId, m_steps.at(index).id); !s)
        return s;
    m_current = index;
    return {};
}

Status CallSession::completeStep()
{
    if (m_ended)
        return Error{Error::Code::Refused, tr("This call has ended.")};
    const QString id = current().id;
    const int next = qMin(m_current + 1, int(m_steps.size()) - 1);
    const bool already = state(id) == StepState::Done;
    const Status s = Transaction::run(*m_db, {Transaction::caseRecord(m_caseId)}, [&]() -> Status {
        if (!already)
            if (auto r = record(kStepDone, id, {}); !r)
                return r;
        return CaseStore(*m_db).setCallStep(m_caseId, m_steps.at(next).id);
    });
    if (!s)
        return s;
    m_states.insert(id, StepState::Done);
    m_current = next;
    return {};
}

Status CallSession::skipStep(const QString &reason)
{
    if (m_ended)
        return Error{Error::Code::Refused, tr("This call has ended.")};
    if (!current().skippable)
        return Error{Error::Code::Refused, tr("The step \"%1\" cannot be skipped.").arg(current().title)};
    const QString id = current().id;
    const int next = qMin(m_current + 1, int(m_steps.size()) - 1);
    const Status s = Transaction::run(*m_db, {Transaction::caseRecord(m_caseId)}, [&]() -> Status {
        if (auto r = record(kStepSkipped, id, reason.trimmed()); !r)
            return r;
        return CaseStore(*m_db).setCallStep(m_caseId, m_steps.at(next).id);
    });
    if (!s)
        return s;
    m_states.insert(id, StepState::Skipped);
    m_current = next;
    return {};
}

Status CallSession::back() { return m_current > 0 ? moveTo(m_current - 1) : Status(); }

Status CallSession::jumpTo(int index) { return moveTo(index); }

Status CallSession::refreshSteps()
{
    auto c = CaseStore(*m_db).get(m_caseId);
    if (!c)
        return c.error();
    const QString at = current().id;
    m_steps = CallGuide::steps(c->kind, m_flow);
    const int index = CallGuide::indexOf(m_steps, at);
    return moveTo(index >= 0 ? index : 0);
}

Status CallSession::checkCanEnd()
{
    auto c = CaseStore(*m_db).get(m_caseId);
    if (!c)
        return c.error();
    if (c->kind == CaseKind::Compliment || c->resolution == Resolution::Resolved)
        return {};
    auto next = CaseStore(*m_db).openNextContacts(m_caseId);
    if (!next)
        return next.error();
    if (next.value() == 0)
        return Error{Error::Code::Refused,
                     tr("The customer does not know yet when they will hear from us. Agree when you will contact "
                        "them again (or make a callback note) in \"Make agreements\", or mark the case resolved.")};
    return {};
}

QStringList CallSession::records()
{
    QStringList records{Transaction::caseRecord(m_caseId)};
    if (!m_followUpItem.isEmpty())
        records << CaseStore(*m_db).recordsOf(m_followUpIsCallback ? QStringLiteral("callback_note")
                                                                   : QStringLiteral("promised_action"),
                                              m_followUpItem);
    return records;
}

Status CallSession::end()
{
    if (m_ended)
        return {};
    const QString closeId = CallGuide::closeId();
    // One transaction: settling the item reported on, the rule check and the events stand or fall together.
    const Status s = Transaction::run(*m_db, records(), [&]() -> Status {
        auto c = CaseStore(*m_db).get(m_caseId); // read under the lock: what the call ends with
        if (!c)
            return c.error();
        if (!m_followUpItem.isEmpty()) {
            const QString result = c->note.trimmed().isEmpty() ? tr("Reported back in a follow-up call.") : c->note;
            if (m_followUpIsCallback) {
                auto note = CallbackStore(*m_db).get(m_followUpItem);
                if (note && note->status == CallbackStatus::Open)
                    if (auto r = CallbackStore(*m_db).complete(m_followUpItem, result); !r)
                        return r;
            } else {
                auto promise = PromiseStore(*m_db).get(m_followUpItem);
                if (promise && promise->status == PromiseStatus::Open)
                    if (auto r = PromiseStore(*m_db).complete(m_followUpItem, result); !r)
                        return r;
            }
        }
        if (auto r = checkCanEnd(); !r)
            return r;
        if (state(closeId) != StepState::Done)
            if (auto r = record(kStepDone, closeId, {}); !r)
                return r;
        for (int i : openSteps()) {
            const QString id = m_steps.at(i).id;
            if (id != closeId)
                if (auto r = record(kStepSkipped, id, QStringLiteral("call ended")); !r)
                    return r;
        }
        const bool pending = c->kind != CaseKind::Compliment && c->resolution != Resolution::Resolved;
        if (pending)
            if (auto r = CaseStore(*m_db).setStatus(m_caseId, CaseStatus::Waiting); !r)
                return r;
        if (auto r = EventLog(*m_db).append(
                m_caseId, {}, QStringLiteral("call.ended"),
                {{QStringLiteral("resolution"), Vocabulary::key(pending ? Resolution::Pending : Resolution::Resolved)}});
            !r)
            return r;
        return CaseStore(*m_db).setCallStep(m_caseId, QString());
    });
    if (!s)
        return s;
    for (int i : openSteps())
        m_states.insert(m_steps.at(i).id, StepState::Skipped);
    m_states.insert(closeId, StepState::Done);
    m_ended = true;
    return {};
}

} // namespace rd
