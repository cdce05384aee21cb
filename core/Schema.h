#pragma once

#include <QStringList>

namespace rd {

/**
 * The forward-only migrations. Migration N turns a file at user_version N-1 into version N;
 * each runs in one transaction together with the user_version bump.
 */
class Schema
{
public:
    /// The statements of migration @p version (1-based); empty if there is none.
    static QStringList migration(int version);
    /// Highest version a migration exists for.
    static int latestVersion();
};

} // namespace rd
