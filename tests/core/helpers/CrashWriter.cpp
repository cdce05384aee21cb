// A writer the crash-safety tests kill at random moments. It writes through the real stores,
// one transaction per change, prints "begin" as a write starts and a "committed …" line only
// after its commit returned (so the test can tell a kill during a write from one between writes).
// Usage: rd-crash-writer DATABASE [COUNT] [MODE [BUNDLE…]]
//   cases     customers and cases             "committed <id>"
//   autosave  one case's field, as typed       "committed autosave <case> <n>"
//   promises  promises made and kept           "committed promise <id> open|kept"
//   import    the bundles named, in a loop     "committed bundle <file>"
//   steady    as cases, never checkpointing: the main file stays as it was while the -wal
//             file grows (for copying both mid-write, as a power cut would leave them)
#include "exchange/Bundle.h"
#include "cases/CaseStore.h"
#include "cases/CustomerStore.h"
#include "storage/Database.h"
#include "agreements/PromiseStore.h"

#include <QCoreApplication>

#include <cstdio>

namespace {

void say(const QString &line)
{
    std::printf("committed %s\n", qPrintable(line));
    std::fflush(stdout);
}

void begin()
{
    std::printf("begin\n");
    std::fflush(stdout);
}

int fail(const QString &why)
{
    std::fprintf(stderr, "%s\n", qPrintable(why));
    return 1;
}

// A customer with a case; returns the case id, or an empty string.
QString newCase(rd::Database &db, int i, QString *customerId = nullptr)
{
    rd::Customer c;
    c.name = QStringLiteral("Customer %1").arg(i);
    c.phone = QStringLiteral("06 %1").arg(10000000 + i);
    auto made = rd::CustomerStore(db).create(c);
    if (!made)
        return {};
    if (customerId)
        *customerId = made->id;
    auto opened = rd::CaseStore(db).create(made->id, rd::Channel::Phone, rd::CaseKind::Complaint, QStringLiteral("writer"));
    return opened ? opened->id : QString();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2) {
        std::fputs("usage: rd-crash-writer DATABASE [COUNT] [MODE [BUNDLE...]]\n", stderr);
        return 2;
    }
    const int count = args.size() > 2 ? args.at(2).toInt() : 1000000;
    const QString mode = args.value(3, QStringLiteral("cases"));
    auto opened = rd::Database::open(args.at(1));
    if (!opened)
        return fail(opened.message());
    rd::Database &db = *opened.value();

    if (mode == QLatin1String("steady"))
        if (auto r = db.exec(QStringLiteral("PRAGMA wal_autocheckpoint=0")); !r)
            return fail(r.message());
    if (mode == QLatin1String("cases") || mode == QLatin1String("steady")) {
        rd::CaseStore cases(db);
        for (int i = 0; i < count; ++i) {
            QString customerId;
            begin();
            const QString caseId = newCase(db, i, &customerId);
            if (caseId.isEmpty() || !cases.setField(caseId, rd::CaseField::Experience, QStringLiteral("story %1").arg(i)))
                return fail(QStringLiteral("case write failed"));
            say(customerId);
            say(caseId);
        }
        return 0;
    }
    if (mode == QLatin1String("autosave")) {
        const QString caseId = newCase(db, 0);
        if (caseId.isEmpty())
            return fail(QStringLiteral("case write failed"));
        rd::CaseStore cases(db);
        for (int i = 0; i < count; ++i) {
            begin();
            if (auto s = cases.setField(caseId, rd::CaseField::Experience, QStringLiteral("typed so far: %1").arg(i)); !s)
                return fail(s.message());
            say(QStringLiteral("autosave %1 %2").arg(caseId).arg(i));
        }
        return 0;
    }
    if (mode == QLatin1String("promises")) {
        const QString caseId = newCase(db, 0);
        if (caseId.isEmpty())
            return fail(QStringLiteral("case write failed"));
        rd::PromiseStore promises(db);
        for (int i = 0; i < count; ++i) {
            begin();
            auto made = promises.add(caseId, QStringLiteral("call back %1").arg(i), QStringLiteral("writer"),
                                     db.clock().nowMs() + 86400000, rd::PromiseKind::Process);
            if (!made)
                return fail(made.message());
            say(QStringLiteral("promise %1 open").arg(made->id));
            begin();
            if (auto s = promises.complete(made->id, QStringLiteral("done")); !s)
                return fail(s.message());
            say(QStringLiteral("promise %1 kept").arg(made->id));
        }
        return 0;
    }
    if (mode == QLatin1String("import")) {
        const QStringList bundles = args.mid(4);
        for (int i = 0; i < count; ++i) {
            const QString bundle = bundles.at(i % bundles.size());
            begin();
            rd::MergeOptions trustNew; // the test's own bundles, as a team lead who trusts that PC
            trustNew.trustNew = true;
            if (auto merged = rd::Bundle::merge(db, bundle, trustNew); !merged)
                return fail(merged.message());
            say(QStringLiteral("bundle %1").arg(bundle));
        }
        return 0;
    }
    return fail(QStringLiteral("unknown mode ") + mode);
}
