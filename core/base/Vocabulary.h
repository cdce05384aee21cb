#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace rd {

/// How the customer reached us.
enum class Channel { Phone, Email, Desk, Chat };
/// What the customer brings: only complaints go through the full recovery method.
enum class CaseKind { Complaint, Compliment, Suggestion, Question };
/// Where the cause lies; feeds process recovery.
enum class Cause { Behaviour, Process, Product, Information, Other };
enum class CaseStatus { Open, Waiting, Closed };
/// Customer recovery: is the relationship stronger, the same or weaker after the case?
enum class Outcome { Stronger, Same, Weaker, Unknown };
/// A final agreement settles the matter; a process agreement says what happens next and when.
enum class PromiseKind { Final, Process };
enum class PromiseStatus { Open, Kept, Late, Broken, Cancelled };
enum class CallbackStatus { Open, Done };
/// What we decided on the customer's request: yes, no with an alternative, or a compromise.
enum class DecisionKind { Yes, NoWithAlternative, Compromise };
/// Whether the call ended with a final agreement, or with process agreements still to be kept.
enum class Resolution { Resolved, Pending };

/**
 * The stable keys stored in the database for each enum value (never translated), and the labels
 * shown to people (translated). Unknown keys from a file yield std::nullopt, never a default.
 */
class Vocabulary
{
    Q_DECLARE_TR_FUNCTIONS(Vocabulary)

public:
    static QString key(Channel v);
    static QString key(CaseKind v);
    static QString key(Cause v);
    static QString key(CaseStatus v);
    static QString key(Outcome v);
    static QString key(PromiseKind v);
    static QString key(PromiseStatus v);
    static QString key(CallbackStatus v);
    static QString key(DecisionKind v);
    static QString key(Resolution v);

    static QString label(Channel v);
    static QString label(CaseKind v);
    static QString label(Cause v);
    static QString label(CaseStatus v);
    static QString label(Outcome v);
    static QString label(PromiseKind v);
    static QString label(PromiseStatus v);
    static QString label(CallbackStatus v);
    static QString label(DecisionKind v);
    static QString label(Resolution v);

    /// Parses a stored key; std::nullopt for anything not in the vocabulary.
    template <typename E>
    static std::optional<E> parse(const QString &key);

    /// Every value of an enum, in display order.
    template <typename E>
    static QList<E> all();
};

} // namespace rd
