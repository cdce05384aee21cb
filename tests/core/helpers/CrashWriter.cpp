// A writer the crash-safety tests kill at random moments. It writes through the real store,
// one transaction per change, and prints "committed <id>" only after each commit returned.
// Usage: rd-crash-writer DATABASE [COUNT]
#include "CaseStore.h"
#include "CustomerStore.h"
#include "Database.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2) {
        std::fputs("usage: rd-crash-writer DATABASE [COUNT]\n", stderr);
        return 2;
    }
    const int count = args.size() > 2 ? args.at(2).toInt() : 1000000;
    auto db = rd::Database::open(args.at(1));
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.message()));
        return 1;
    }
    rd::CustomerStore customers(*db.value());
    rd::CaseStore cases(*db.value());
    for (int i = 0; i < count; ++i) {
        rd::Customer c;
        c.name = QStringLiteral("Customer %1").arg(i);
        c.phone = QStringLiteral("06 %1").arg(10000000 + i);
        auto made = customers.create(c);
        if (!made) {
            std::fprintf(stderr, "%s\n", qPrintable(made.message()));
            return 1;
        }
        std::printf("committed %s\n", qPrintable(made->id));
        std::fflush(stdout);
        auto opened = cases.create(made->id, rd::Channel::Phone, rd::CaseKind::Complaint, QStringLiteral("writer"));
        if (!opened || !cases.setField(opened->id, rd::CaseField::Experience, QStringLiteral("story %1").arg(i))) {
            std::fprintf(stderr, "case write failed\n");
            return 1;
        }
        std::printf("committed %s\n", qPrintable(opened->id));
        std::fflush(stdout);
    }
    return 0;
}
