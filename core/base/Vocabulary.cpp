#include "base/Vocabulary.h"

namespace rd {

namespace {

template <typename E>
struct Entry
{
    E value;
    const char *key;
};

// The keys are part of the file format: renaming one needs a migration.
constexpr Entry<Channel> kChannels[] = {
    {Channel::Phone, "phone"}, {Channel::Email, "email"}, {Channel::Desk, "desk"}, {Channel::Chat, "chat"}};
constexpr Entry<CaseKind> kKinds[] = {{CaseKind::Complaint, "complaint"},
                                      {CaseKind::Compliment, "compliment"},
                                      {CaseKind::Suggestion, "suggestion"},
                                      {CaseKind::Question, "question"}};
constexpr Entry<Cause> kCauses[] = {{Cause::Behaviour, "behaviour"},
                                    {Cause::Process, "process"},
                                    {Cause::Product, "product"},
                                    {Cause::Information, "information"},
                                    {Cause::Other, "other"}};
constexpr Entry<CaseStatus> kStatuses[] = {
    {CaseStatus::Open, "open"}, {CaseStatus::Waiting, "waiting"}, {CaseStatus::Closed, "closed"}};
constexpr Entry<Outcome> kOutcomes[] = {{Outcome::Stronger, "stronger"},
                                        {Outcome::Same, "same"},
                                        {Outcome::Weaker, "weaker"},
                                        {Outcome::Unknown, "unknown"}};
constexpr Entry<PromiseKind> kPromiseKinds[] = {{PromiseKind::Final, "final"},
                                                {PromiseKind::Process, "process"}};
constexpr Entry<PromiseStatus> kPromiseStatuses[] = {{PromiseStatus::Open, "open"},
                                                     {PromiseStatus::Kept, "kept"},
                                                     {PromiseStatus::Late, "late"},
                                                     {PromiseStatus::Broken, "broken"},
                                                     {PromiseStatus::Cancelled, "cancelled"}};
constexpr Entry<CallbackStatus> kCallbackStatuses[] = {{CallbackStatus::Open, "open"},
                                                       {CallbackStatus::Done, "done"}};

constexpr Entry<DecisionKind> kDecisionKinds[] = {{DecisionKind::Yes, "yes"},
                                                  {DecisionKind::NoWithAlternative, "no_alternative"},
                                                  {DecisionKind::Compromise, "compromise"}};
constexpr Entry<Resolution> kResolutions[] = {{Resolution::Resolved, "resolved"}, {Resolution::Pending, "pending"}};

template <typename E, size_t N>
QString keyIn(const Entry<E> (&table)[N], E v)
{
    for (const auto &e : table)
        if (e.value == v)
            return QString::fromLatin1(e.key);
    return {};
}

template <typename E, size_t N>
std::optional<E> parseIn(const Entry<E> (&table)[N], const QString &key)
{
    for (const auto &e : table)
        if (key == QLatin1String(e.key))
            return e.value;
    return std::nullopt;
}

template <typename E, size_t N>
QList<E> allIn(const Entry<E> (&table)[N])
{
    QList<E> out;
    for (const auto &e : table)
        out.append(e.value);
    return out;
}

} // namespace

QString Vocabulary::key(Channel v) { return keyIn(kChannels, v); }
QString Vocabulary::key(CaseKind v) { return keyIn(kKinds, v); }
QString Vocabulary::key(Cause v) { return keyIn(kCauses, v); }
QString Vocabulary::key(CaseStatus v) { return keyIn(kStatuses, v); }
QString Vocabulary::key(Outcome v) { return keyIn(kOutcomes, v); }
QString Vocabulary::key(PromiseKind v) { return keyIn(kPromiseKinds, v); }
QString Vocabulary::key(PromiseStatus v) { return keyIn(kPromiseStatuses, v); }
QString Vocabulary::key(CallbackStatus v) { return keyIn(kCallbackStatuses, v); }
QString Vocabulary::key(DecisionKind v) { return keyIn(kDecisionKinds, v); }
QString Vocabulary::key(Resolution v) { return keyIn(kResolutions, v); }

template <> std::optional<Channel> Vocabulary::parse<Channel>(const QString &k) { return parseIn(kChannels, k); }
template <> std::optional<CaseKind> Vocabulary::parse<CaseKind>(const QString &k) { return parseIn(kKinds, k); }
template <> std::optional<Cause> Vocabulary::parse<Cause>(const QString &k) { return parseIn(kCauses, k); }
template <> std::optional<CaseStatus> Vocabulary::parse<CaseStatus>(const QString &k) { return parseIn(kStatuses, k); }
template <> std::optional<Outcome> Vocabulary::parse<Outcome>(const QString &k) { return parseIn(kOutcomes, k); }
template <> std::optional<PromiseKind> Vocabulary::parse<PromiseKind>(const QString &k) { return parseIn(kPromiseKinds, k); }
template <> std::optional<PromiseStatus> Vocabulary::parse<PromiseStatus>(const QString &k) { return parseIn(kPromiseStatuses, k); }
template <> std::optional<CallbackStatus> Vocabulary::parse<CallbackStatus>(const QString &k) { return parseIn(kCallbackStatuses, k); }
template <> std::optional<DecisionKind> Vocabulary::parse<DecisionKind>(const QString &k) { return parseIn(kDecisionKinds, k); }
template <> std::optional<Resolution> Vocabulary::parse<Resolution>(const QString &k) { return parseIn(kResolutions, k); }

template <> QList<Channel> Vocabulary::all<Channel>() { return allIn(kChannels); }
template <> QList<CaseKind> Vocabulary::all<CaseKind>() { return allIn(kKinds); }
template <> QList<Cause> Vocabulary::all<Cause>() { return allIn(kCauses); }
template <> QList<CaseStatus> Vocabulary::all<CaseStatus>() { return allIn(kStatuses); }
template <> QList<Outcome> Vocabulary::all<Outcome>() { return allIn(kOutcomes); }
template <> QList<PromiseKind> Vocabulary::all<PromiseKind>() { return allIn(kPromiseKinds); }
template <> QList<PromiseStatus> Vocabulary::all<PromiseStatus>() { return allIn(kPromiseStatuses); }
template <> QList<CallbackStatus> Vocabulary::all<CallbackStatus>() { return allIn(kCallbackStatuses); }
template <> QList<DecisionKind> Vocabulary::all<DecisionKind>() { return allIn(kDecisionKinds); }
template <> QList<Resolution> Vocabulary::all<Resolution>() { return allIn(kResolutions); }

QString Vocabulary::label(Channel v)
{
    switch (v) {
    case Channel::Phone: return tr("Phone");
    case Channel::Email: return tr("E-mail");
    case Channel::Desk: return tr("Desk");
    case Channel::Chat: return tr("Chat");
    }
    return {};
}

QString Vocabulary::label(CaseKind v)
{
    switch (v) {
    case CaseKind::Complaint: return tr("Complaint");
    case CaseKind::Compliment: return tr("Compliment");
    case CaseKind::Suggestion: return tr("Suggestion");
    case CaseKind::Question: return tr("Question");
    }
    return {};
}

QString Vocabulary::label(Cause v)
{
    switch (v) {
    case Cause::Behaviour: return tr("Behaviour of an employee");
    case Cause::Process: return tr("Process");
    case Cause::Product: return tr("Product");
    case Cause::Information: return tr("Information");
    case Cause::Other: return tr("Other");
    }
    return {};
}

QString Vocabulary::label(CaseStatus v)
{
    switch (v) {
    case CaseStatus::Open: return tr("Open", "case status");
    case CaseStatus::Waiting: return tr("Waiting", "case status");
    case CaseStatus::Closed: return tr("Closed", "case status");
    }
    return {};
}

QString Vocabulary::label(Outcome v)
{
    switch (v) {
    case Outcome::Stronger: return tr("Relationship stronger");
    case Outcome::Same: return tr("Relationship the same");
    case Outcome::Weaker: return tr("Relationship weaker");
    case Outcome::Unknown: return tr("Unknown");
    }
    return {};
}

QString Vocabulary::label(PromiseKind v)
{
    switch (v) {
    case PromiseKind::Final: return tr("Final agreement");
    case PromiseKind::Process: return tr("Process agreement");
    }
    return {};
}

QString Vocabulary::label(PromiseStatus v)
{
    switch (v) {
    case PromiseStatus::Open: return tr("Open", "promise status: not yet due or done");
    case PromiseStatus::Kept: return tr("Kept");
    case PromiseStatus::Late: return tr("Kept late");
    case PromiseStatus::Broken: return tr("Broken");
    case PromiseStatus::Cancelled: return tr("Cancelled");
    }
    return {};
}

QString Vocabulary::label(CallbackStatus v)
{
    switch (v) {
    case CallbackStatus::Open: return tr("Open", "callback status: still to call");
    case CallbackStatus::Done: return tr("Done", "callback status: called");
    }
    return {};
}

QString Vocabulary::label(DecisionKind v)
{
    switch (v) {
    case DecisionKind::Yes: return tr("Yes, we do what was asked");
    case DecisionKind::NoWithAlternative: return tr("No, with an alternative");
    case DecisionKind::Compromise: return tr("A compromise, found together");
    }
    return {};
}

QString Vocabulary::label(Resolution v)
{
    switch (v) {
    case Resolution::Resolved: return tr("Resolved now: final agreement");
    case Resolution::Pending: return tr("Not resolved yet: process agreements");
    }
    return {};
}

} // namespace rd
