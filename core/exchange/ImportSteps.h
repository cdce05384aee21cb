#pragma once

#include "base/Result.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

namespace rd {

/// Told how far an import is (@p permille of the whole, with what it is doing in words); returns
/// false to stop it, which then changes nothing.
using ImportProgress = std::function<bool(int permille, const QString &doing)>;

/**
 * The steps of one bundle import, reported as they begin, with a share of the bar each. The
 * shares are the times each step took when 100,000 cases were imported into a million-case file
 * (release build, this project's bench), so the bar moves at an even pace where it matters.
 * Between steps the import may be stopped; a step under way runs to its end first.
 */
class ImportSteps
{
    Q_DECLARE_TR_FUNCTIONS(ImportSteps)

public:
    enum class Step { Copying, CheckingFile, Customers, Cases, Promises, History, Checking, Search, Saving };

    /// Reports through @p progress (none: nothing is reported and nothing stops), mapped onto
    /// @p from … @p to of the caller's bar (a server import shows its file stage as the first half).
    explicit ImportSteps(ImportProgress progress = {}, int from = 0, int to = 1000);

    /// @p step begins: reported; an error (Error::Code::Stopped) when the caller wants to stop.
    Status begin(Step step);
    /// The same, for a caller that only passes the question on (null: nothing to ask).
    static Status begin(ImportSteps *steps, Step step) { return steps ? steps->begin(step) : Status{}; }
    /// @p progress, shown on @p from … @p to of its bar (for work that reports 0 … 1000 itself).
    static ImportProgress scaled(const ImportProgress &progress, int from, int to);

private:
    ImportProgress m_progress;
    int m_from;
    int m_to;
};

} // namespace rd
