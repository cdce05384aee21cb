#pragma once

#include "base/Vocabulary.h"

#include <QString>

#include <optional>

namespace rd {

/// Something an employee promised the customer: what, who, by when.
struct PromisedAction
{
    QString id;
    QString caseId;
    QString what;
    QString owner;
    qint64 dueAt = 0;         ///< current due time, ms UTC
    qint64 originalDueAt = 0; ///< as first promised; a reschedule makes the promise count as late
    PromiseKind kind = PromiseKind::Process;
    PromiseStatus status = PromiseStatus::Open;
    bool nextContact = false; ///< "when I will contact you again": the agreed next contact
    QString reason; ///< why it was rescheduled, broken or cancelled, or the result when kept
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    std::optional<qint64> doneAt;

    bool wasRescheduled() const { return dueAt != originalDueAt; }
};

} // namespace rd
