#pragma once

#include "base/Vocabulary.h"

#include <QString>

#include <optional>

namespace rd {

/// One contact about one matter: a complaint, compliment, suggestion or question.
struct Case
{
    QString id; ///< UUID
    QString customerId;
    QString owner; ///< the employee who is the customer's point of contact
    Channel channel = Channel::Phone;
    CaseKind kind = CaseKind::Complaint;
    QString experience;  ///< what the customer experienced, in their words
    QString expectation; ///< what they had expected, in their words
    QString summary;
    bool summaryConfirmed = false;
    QString explanation; ///< our side, told openly
    std::optional<Cause> cause;
    std::optional<DecisionKind> decisionKind;
    QString decision;
    std::optional<Resolution> resolution;
    QString complimentFor; ///< for a compliment: the person or team it is about
    QString note;          ///< the latest follow-up note: what happened since the last contact
    std::optional<int> emotionStart; ///< 1 (calm) … 5 (very upset)
    std::optional<int> emotionEnd;
    CaseStatus status = CaseStatus::Open;
    std::optional<Outcome> outcome;
    QString outcomeWords; ///< the customer's own view of the outcome
    qint64 openedAt = 0;
    qint64 updatedAt = 0;
    std::optional<qint64> closedAt;
    QString callStep; ///< the step of a call in progress; empty when no call is open
};

/// The fields of a case the call guide fills one by one.
enum class CaseField {
    Channel,
    Kind,
    Experience,
    Expectation,
    Summary,
    SummaryConfirmed,
    Explanation,
    Cause,
    Decision,
    EmotionStart,
    EmotionEnd,
    DecisionKind,
    Resolution,
    ComplimentFor,
    Note,
};

} // namespace rd
