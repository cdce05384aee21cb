#pragma once

#include "base/Vocabulary.h"

#include <QString>

#include <optional>

namespace rd {

/// A colleague must call the customer back: instead of "call back later yourself".
struct CallbackNote
{
    QString id;
    QString caseId;
    QString forWhom; ///< the colleague who calls back
    QString phone;   ///< the number the customer wants to be called on
    QString question;
    qint64 windowStart = 0; ///< preferred time window, ms UTC
    qint64 windowEnd = 0;
    CallbackStatus status = CallbackStatus::Open;
    QString result;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    std::optional<qint64> doneAt;
};

} // namespace rd
