// The Catch2 main of both test programs: one Qt application for the whole run, as a real
// program has. Core tests get a QCoreApplication (no GUI module linked); UI tests, built with
// RD_GUI_TESTS, a QApplication on the offscreen platform.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QFile>

#include <algorithm>
#include <cstdio>
#include <vector>
#include <QSettings>
#include <QStandardPaths>

#ifdef RD_GUI_TESTS
#include "Language.h"

#include <QApplication>
using TestApplication = QApplication;
#else
#include <QCoreApplication>
using TestApplication = QCoreApplication;
#endif

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QCoreApplication::setOrganizationName(QStringLiteral("RecoveryDeskTests"));
    // One settings file per test process: ctest runs tests in parallel, and one test's
    // settings (name, language) must not leak into another running at the same time.
    QCoreApplication::setApplicationName(QStringLiteral("RecoveryDeskTests-%1").arg(QCoreApplication::applicationPid()));
    // Settings and data folders go to a test location, never the developer's own.
    QStandardPaths::setTestModeEnabled(true);
    TestApplication app(argc, argv);
#ifdef RD_GUI_TESTS
    rd::Language::install(app, QStringLiteral("en")); // as the program does: English plural forms
#endif
    // --backend=postgresql: the second run of the store tests, on a PostgreSQL server (named by
    // RD_TEST_POSTGRESQL); without one, they are skipped (exit code 4). Catch2 never sees the option.
    std::vector<char *> args(argv, argv + argc);
    const auto backend = std::find_if(args.begin(), args.end(), [](const char *a) { return qstrcmp(a, "--backend=postgresql") == 0; });
    if (backend != args.end()) {
        args.erase(backend);
        qputenv("RD_TEST_BACKEND", "postgresql");
    }
    if (qEnvironmentVariable("RD_TEST_BACKEND") == QLatin1String("postgresql") &&
        qEnvironmentVariableIsEmpty("RD_TEST_POSTGRESQL") && !std::any_of(args.begin(), args.end(), [](const char *a) {
            return qstrncmp(a, "--list", 6) == 0;
        })) {
        std::fprintf(stderr, "Skipped: no PostgreSQL test server (scripts/test.sh starts one; or set RD_TEST_POSTGRESQL).\n");
        return 4;
    }
    const int failed = Catch::Session().run(int(args.size()), args.data());
    QFile::remove(QSettings().fileName());
    return failed;
}
