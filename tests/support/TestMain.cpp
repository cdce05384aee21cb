// The Catch2 main of both test programs: one Qt application for the whole run, as a real
// program has. Core tests get a QCoreApplication (no GUI module linked); UI tests, built with
// RD_GUI_TESTS, a QApplication on the offscreen platform.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QFile>

#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>
#include <QSettings>
#include <QStandardPaths>

#ifdef RD_GUI_TESTS
#include "shell/Language.h"
#include "widgets/Settings.h"

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
    rd::Settings::setDialling(false); // no test dials a real phone program; the dial test sets its own command
#endif
    // --backend=postgresql: the second run of the store tests, on a PostgreSQL server (named by
    // RD_TEST_POSTGRESQL); without one, they are skipped. Catch2 never sees the option. A skip is
    // said in the output (ctest's SKIP_REGULAR_EXPRESSION), never by an exit code: Catch2 exits
    // with the number of failed checks, so any code could also mean "that many failures".
    std::vector<char *> args(argv, argv + argc);
    const auto backend = std::find_if(args.begin(), args.end(), [](const char *a) { return qstrcmp(a, "--backend=postgresql") == 0; });
    if (backend != args.end()) {
        args.erase(backend);
        qputenv("RD_TEST_BACKEND", "postgresql");
    }
    // ctest lists the tests of both passes without --backend, to run them with it later.
    const bool listing = std::any_of(args.begin(), args.end(), [](const char *a) { return qstrncmp(a, "--list", 6) == 0; });
    const bool onServer = qEnvironmentVariable("RD_TEST_BACKEND") == QLatin1String("postgresql");
    if (onServer && qEnvironmentVariableIsEmpty("RD_TEST_POSTGRESQL") && !listing) {
        std::printf("RD-SKIPPED: no PostgreSQL test server (scripts/test.sh starts one; or set RD_TEST_POSTGRESQL).\n");
        return 0;
    }
    Catch::Session session;
    if (const int bad = session.applyCommandLine(int(args.size()), args.data()))
        return bad;
    // The server-only tests are hidden; a tag that names them too ("[privacy]") must not run them
    // on files, where they can only fail: each alternative given by tags leaves them out (one
    // given by name is run as named; a listing keeps them, for the server pass).
    if (!onServer && !listing)
        for (std::string &spec : session.configData().testsOrTags) {
            std::string out;
            std::size_t start = 0;
            for (std::size_t i = 0; i <= spec.size(); ++i) {
                if (i < spec.size() && (spec[i] != ',' || (i > 0 && spec[i - 1] == '\\')))
                    continue;
                const std::string alternative = spec.substr(start, i - start);
                const bool byTag = !alternative.empty() && (alternative[0] == '[' || alternative[0] == '~');
                out += alternative + (byTag ? "~[server]" : "") + (i < spec.size() ? "," : "");
                start = i + 1;
            }
            spec = out;
        }
    const int failed = session.run();
    QFile::remove(QSettings().fileName());
    return failed;
}
