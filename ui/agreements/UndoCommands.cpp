#include "agreements/UndoCommands.h"

#include "base/TextRules.h"
#include "agreements/CallbackStore.h"
#include "cases/CustomerMerges.h"
#include "cases/CustomerStore.h"
#include "agreements/PromiseStore.h"

namespace rd {

bool QueueActCommand::undoable(ActPanel::Act act)
{
    switch (act) {
    case ActPanel::Act::Kept:
    case ActPanel::Act::Broken:
    case ActPanel::Act::Reached:
    case ActPanel::Act::HandOver:
        return true;
    case ActPanel::Act::NoNews:
    case ActPanel::Act::Reschedule:
    case ActPanel::Act::NoAnswer:
        return false;
    }
    return false;
}

QueueActCommand::QueueActCommand(Database &db, ActPanel::Act act, const WorkItem &item, const QString &typed, UndoReport report)
    : m_db(db), m_act(act), m_item(item), m_text(typed), m_report(std::move(report))
{
    switch (act) {
    case ActPanel::Act::Kept: setText(tr("mark kept: %1").arg(item.what)); break;
    case ActPanel::Act::Broken: setText(tr("mark broken: %1").arg(item.what)); break;
    case ActPanel::Act::Reached: setText(tr("callback done: %1").arg(item.customerName)); break;
    case ActPanel::Act::HandOver: setText(tr("hand over to %1").arg(typed.trimmed())); break;
    default: setText(item.what); break;
    }
}

void QueueActCommand::undo()
{
    const bool callback = m_item.type == WorkItem::Type::Callback;
    Status s;
    if (m_act == ActPanel::Act::HandOver)
        s = callback ? CallbackStore(m_db).handOver(m_item.id, m_item.owner) : PromiseStore(m_db).handOver(m_item.id, m_item.owner);
    else
        s = callback ? CallbackStore(m_db).reopen(m_item.id) : PromiseStore(m_db).reopen(m_item.id);
    if (!s) {
        setObsolete(true); // it cannot be taken back any more; the stack forgets it
        m_report(s.message());
        return;
    }
    m_done = false;
}

void QueueActCommand::redo()
{
    if (m_done)
        return;
    const bool callback = m_item.type == WorkItem::Type::Callback;
    Status s;
    switch (m_act) {
    case ActPanel::Act::Kept: s = PromiseStore(m_db).complete(m_item.id, m_text); break;
    case ActPanel::Act::Broken: s = PromiseStore(m_db).breakPromise(m_item.id, m_text); break;
    case ActPanel::Act::Reached: s = CallbackStore(m_db).complete(m_item.id, m_text); break;
    case ActPanel::Act::HandOver:
        s = callback ? CallbackStore(m_db).handOver(m_item.id, m_text) : PromiseStore(m_db).handOver(m_item.id, m_text);
        break;
    default: break;
    }
    if (!s) {
        setObsolete(true);
        m_report(s.message());
        return;
    }
    m_done = true;
}

CustomerEditCommand::CustomerEditCommand(Database &db, Customer before, Customer after, UndoReport report)
    : m_db(db), m_before(std::move(before)), m_after(std::move(after)), m_report(std::move(report))
{
    setText(tr("correct the details of %1").arg(m_after.name));
}

void CustomerEditCommand::apply(const Customer &from, const Customer &to)
{
    auto current = CustomerStore(m_db).get(to.id);
    if (!current) {
        setObsolete(true);
        m_report(current.message());
        return;
    }
    // An erased customer stays erased: no undo brings a detail back.
    if (current->name == TextRules::erasedName()) {
        setObsolete(true);
        m_report(tr("The details of %1 were erased since: they stay erased.").arg(m_after.name));
        return;
    }
    // Only what this correction changed, and only where no one changed it since: a later
    // correction of another detail (an address kept for a letter) stays as it is.
    Customer details = current.value();
    int applied = 0;
    for (const Customer::Detail &detail : Customer::details())
        if (from.*detail.field != to.*detail.field && details.*detail.field == from.*detail.field) {
            details.*detail.field = to.*detail.field;
            ++applied;
        }
    if (applied == 0) {
        setObsolete(true);
        m_report(tr("The details of %1 were changed again since: nothing to put back.").arg(m_after.name));
        return;
    }
    if (auto s = CustomerStore(m_db).update(details); !s) {
        setObsolete(true);
        m_report(s.message());
    }
}

void CustomerEditCommand::undo()
{
    apply(m_after, m_before);
    m_done = false;
}

void CustomerEditCommand::redo()
{
    if (m_done)
        return;
    apply(m_before, m_after);
    m_done = true;
}

CustomerMergeCommand::CustomerMergeCommand(Database &db, QString mergeId, QString mergedId, Customer survivor, UndoReport report)
    : m_db(db), m_mergeId(std::move(mergeId)), m_mergedId(std::move(mergedId)), m_survivor(std::move(survivor)),
      m_report(std::move(report))
{
    setText(tr("merge two records of %1").arg(m_survivor.name));
}

void CustomerMergeCommand::undo()
{
    if (auto s = CustomerMerges(m_db).undo(m_mergeId); !s) {
        setObsolete(true);
        m_report(s.message());
        return;
    }
    m_done = false;
}

void CustomerMergeCommand::redo()
{
    if (m_done)
        return;
    auto merged = CustomerMerges(m_db).merge(m_mergedId, m_survivor);
    if (!merged) {
        setObsolete(true);
        m_report(merged.message());
        return;
    }
    m_mergeId = merged->id;
    m_done = true;
}

CustomerSplitCommand::CustomerSplitCommand(Database &db, QString mergeId, QString mergedId, QString survivorId, UndoReport report)
    : m_db(db), m_mergeId(std::move(mergeId)), m_mergedId(std::move(mergedId)), m_survivorId(std::move(survivorId)),
      m_report(std::move(report))
{
    setText(tr("split two customer records"));
    m_survivor = CustomerStore(m_db).get(m_survivorId).value_or(Customer{}); // read before the first redo splits
}

void CustomerSplitCommand::redo()
{
    if (auto s = CustomerMerges(m_db).undo(m_mergeId); !s) {
        setObsolete(true);
        m_report(s.message());
    }
}

void CustomerSplitCommand::undo()
{
    auto merged = m_survivor.id.isEmpty() ? Result<CustomerMerge>(Error{Error::Code::NotFound, tr("The customer is no longer there.")})
                                          : CustomerMerges(m_db).merge(m_mergedId, m_survivor);
    if (!merged) {
        setObsolete(true);
        m_report(merged.message());
        return;
    }
    m_mergeId = merged->id;
}

} // namespace rd
