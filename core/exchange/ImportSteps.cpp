#include "exchange/ImportSteps.h"

#include <array>

namespace rd {

namespace {

struct StepInfo
{
    int weight; // ms, 100,000 cases into 1,000,000 (release): see the class comment
    const char *doing;
};

// In the order of ImportSteps::Step.
constexpr std::array<StepInfo, 9> kSteps = {{
    {1000, QT_TRANSLATE_NOOP("ImportSteps", "Copying the bundle…")},
    {1200, QT_TRANSLATE_NOOP("ImportSteps", "Checking the bundle…")},
    {1300, QT_TRANSLATE_NOOP("ImportSteps", "Adding customers…")},
    {5500, QT_TRANSLATE_NOOP("ImportSteps", "Adding cases…")},
    {600, QT_TRANSLATE_NOOP("ImportSteps", "Adding promises and callbacks…")},
    {8000, QT_TRANSLATE_NOOP("ImportSteps", "Adding the history…")},
    {1000, QT_TRANSLATE_NOOP("ImportSteps", "Checking every record and the history…")},
    {3000, QT_TRANSLATE_NOOP("ImportSteps", "Updating the search index…")},
    {4200, QT_TRANSLATE_NOOP("ImportSteps", "Saving…")},
}};

constexpr int totalWeight()
{
    int sum = 0;
    for (const StepInfo &s : kSteps)
        sum += s.weight;
    return sum;
}

} // namespace

ImportSteps::ImportSteps(ImportProgress progress, int from, int to) : m_progress(std::move(progress)), m_from(from), m_to(to) {}

Status ImportSteps::begin(Step step)
{
    if (!m_progress)
        return {};
    const auto index = static_cast<std::size_t>(step);
    qint64 before = 0;
    for (std::size_t i = 0; i < index; ++i)
        before += kSteps.at(i).weight;
    const int permille = m_from + int(before * (m_to - m_from) / totalWeight());
    if (!m_progress(permille, tr(kSteps.at(index).doing)))
        return Error{Error::Code::Stopped, tr("The import was stopped. Nothing was imported from this bundle.")};
    return {};
}

ImportProgress ImportSteps::scaled(const ImportProgress &progress, int from, int to)
{
    if (!progress)
        return {};
    return [progress, from, to](int permille, const QString &doing) { return progress(from + permille * (to - from) / 1000, doing); };
}

} // namespace rd
