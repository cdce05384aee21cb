// Search as you type: whatever is typed is searched as plain words and never gives an error.
#include "search/CaseSearch.h"
#include "storage/Database.h"
#include "review/DemoData.h"
#include "FuzzSupport.h"

#include <cstdlib>

namespace {
// Never destroyed: libFuzzer exits from inside its own code, after Qt's statics are gone.
rd::Database *s_db = nullptr;
}

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    rd::fuzz::init(argc, argv);
    auto db = rd::Database::open(rd::fuzz::scratch().filePath(QStringLiteral("search.sqlite")));
    if (!db || !rd::DemoData(*db.value(), 1, rd::DemoData::Language::Dutch).generate(300))
        std::abort();
    s_db = std::move(db).value().release();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString typed = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    auto hits = rd::CaseSearch(*s_db).search(typed);
    if (!hits)
        std::abort(); // bad syntax must be searched as words, not fail
    return 0;
}
