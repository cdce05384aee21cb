// The Catch2 main of both test programs: one Qt application for the whole run, as a real
// program has. Core tests get a QCoreApplication (no GUI module linked); UI tests, built with
// RD_GUI_TESTS, a QApplication on the offscreen platform.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QFile>
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
    const int failed = Catch::Session().run(argc, argv);
    QFile::remove(QSettings().fileName());
    return failed;
}
