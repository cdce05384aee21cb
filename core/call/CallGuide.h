#pragma once

#include "call/CallStep.h"

#include <QCoreApplication>

namespace rd {

/// The first call about a matter, or a follow-up call to report back on what was promised.
enum class CallFlow { Intake, FollowUp };

/**
 * The method as data: the ordered steps of a call. A complaint, suggestion or question follows
 * the full eleven steps; a compliment a short path (listen, thank, pass it on).
 */
class CallGuide
{
    Q_DECLARE_TR_FUNCTIONS(CallGuide)

public:
    /// The steps for a case of @p kind, in order, in the current language.
    static QList<CallStep> steps(CaseKind kind, CallFlow flow = CallFlow::Intake);
    /// The title of the step with @p id in any path (the id itself if unknown).
    static QString titleOf(const QString &id);
    /// Index of the step with @p id in @p steps, or -1.
    static int indexOf(const QList<CallStep> &steps, const QString &id);

    // Step ids used by rules elsewhere.
    static QString identifyId() { return QStringLiteral("identify"); }
    static QString summarizeId() { return QStringLiteral("summarize"); }
    static QString agreeId() { return QStringLiteral("agree"); }
    static QString closeId() { return QStringLiteral("close"); }
};

} // namespace rd
