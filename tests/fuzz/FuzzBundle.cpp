// Bundle import: any bytes given as a bundle are either refused whole with a message or merged;
// the archive stays sound either way.
#include "Bundle.h"
#include "Database.h"
#include "FuzzSupport.h"

#include <QFile>

#include <cstdlib>

namespace {
// Never destroyed: libFuzzer exits from inside its own code, after Qt's statics are gone.
rd::Database *s_archive = nullptr;
}

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    rd::fuzz::init(argc, argv);
    auto db = rd::Database::open(rd::fuzz::scratch().filePath(QStringLiteral("archive.sqlite")));
    if (!db)
        std::abort();
    s_archive = std::move(db).value().release();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString path = rd::fuzz::scratch().filePath(QStringLiteral("input.rdbundle"));
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            std::abort();
        f.write(reinterpret_cast<const char *>(data), qint64(size));
    }
    auto merged = rd::Bundle::merge(*s_archive, path);
    if (!merged && merged.message().isEmpty())
        std::abort(); // every refusal must say why
    auto check = s_archive->scalar(QStringLiteral("PRAGMA quick_check"));
    if (!check || check->toString() != QLatin1String("ok"))
        std::abort(); // a bad bundle must never damage the archive
    return 0;
}
