#pragma once

#include <QString>

namespace rd {

class Database;

/// What the windows share: the open database and who is working. Owned by the app.
struct AppContext
{
    Database *db = nullptr;
    QString employee; ///< the person at this workstation: default owner of promises
    bool reviewArchive = false; ///< a team lead's archive, opened read-only: nothing can be changed
};

} // namespace rd
