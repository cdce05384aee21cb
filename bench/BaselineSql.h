#pragma once

#include "cases/CaseStore.h"

#include <QString>

namespace rd::bench {

/// The SQL the baselines run, written out as the product's stores run it, for both backends.

/// The start of a case-list page: the list's columns from case_record (followed by WHERE/ORDER BY).
inline QString caseListSelect() { return QStringLiteral("SELECT %1 FROM case_record c ").arg(CaseStore::listColumns()); }

/// WorkQueue::dueBy for one owner: owner, until, owner, until.
inline const char *const kQueueSql =
    "SELECT 'promise', p.id, p.case_id, cu.name, p.what, p.owner, p.due_at FROM promised_action p "
    "JOIN case_record c ON c.id = p.case_id JOIN customer cu ON cu.id = c.customer_id "
    "WHERE p.owner = ? AND p.status = 'open' AND p.due_at <= ? UNION ALL "
    "SELECT 'callback', n.id, n.case_id, cu.name, n.question, n.for_whom, n.window_end FROM callback_note n "
    "JOIN case_record c ON c.id = n.case_id JOIN customer cu ON cu.id = c.customer_id "
    "WHERE n.for_whom = ? AND n.status = 'open' AND n.window_end <= ? ORDER BY 7, 2";

} // namespace rd::bench
