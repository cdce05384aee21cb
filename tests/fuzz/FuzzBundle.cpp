// Bundle import: any bytes given as a bundle are either refused whole with a message or merged;
// a refused bundle leaves the archive byte-identical, and the archive stays sound either way.
// Built twice: fuzz-bundle takes the bytes as they come; fuzz-bundle-resealed (RD_FUZZ_RESEAL)
// first recomputes the bundle's content hash, as anyone with sqlite3 can, so the mutations reach
// the schema, row and history checks behind it instead of stopping at the hash.
#include "exchange/Bundle.h"
#include "storage/Database.h"
#include "FuzzSupport.h"
#ifdef RD_FUZZ_RESEAL
#include "BundleForgery.h"
#endif

#include <QCryptographicHash>
#include <QFile>

#include <cstdlib>

namespace {
// Never destroyed: libFuzzer exits from inside its own code, after Qt's statics are gone.
rd::Database *s_archive = nullptr;

QByteArray archiveBytes()
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
        QFile f(s_archive->path() + suffix);
        if (f.open(QIODevice::ReadOnly))
            hash.addData(f.readAll());
    }
    return hash.result();
}
} // namespace

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
    QFile::remove(path);
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            std::abort();
        f.write(reinterpret_cast<const char *>(data), qint64(size));
    }
#ifdef RD_FUZZ_RESEAL
    {
        rd::test::BundleForgery forgery(path);
        if (forgery.ok())
            forgery.resealContent(); // fails quietly on what is not a bundle at all
    }
#endif
    const QByteArray before = archiveBytes();
    rd::MergeOptions anySender; // a bundle signed by any key gets as far as a trusted one would
    anySender.trustNew = true;
    auto merged = rd::Bundle::merge(*s_archive, path, anySender);
    if (!merged && merged.message().isEmpty())
        std::abort(); // every refusal must say why
    if (!merged && archiveBytes() != before)
        std::abort(); // a refused bundle changes nothing
    auto check = s_archive->scalar(QStringLiteral("PRAGMA quick_check"));
    if (!check || check->toString() != QLatin1String("ok"))
        std::abort(); // a bad bundle must never damage the archive
    return 0;
}
