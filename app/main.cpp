// recoverydesk: the GUI when run without a subcommand. Parses options, opens the database,
// shows the main window. Everything else lives in rdcore and rdui.
#include "base/PhoneNumber.h"
#include "call/IncomingCall.h"
#include "cli/BatchCommands.h"
#include "storage/Database.h"
#include "shell/Language.h"
#include "widgets/Settings.h"
#include "shell/SettingsDialog.h"
#include "shell/SingleInstance.h"
#include "shell/Workstation.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QIcon>
#include <QMessageBox>
#include <QTimer>
#include <QTextStream>

#include <memory>
#include <optional>

namespace {

/// `recoverydesk call --phone NUMBER [--name NAME] [--database FILE]`, or a tel:, callto: or sip:
/// link as a softphone passes it: the call, and the database named (empty: the usual one).
/// Prints why and returns an exit code when the arguments are wrong or only ask for help.
struct CallRequest
{
    std::optional<rd::IncomingCall> call;
    QString database;
    std::optional<int> exitCode;
};

CallRequest readCallRequest(const QStringList &arguments)
{
    CallRequest request;
    QTextStream err(stderr);
    if (rd::IncomingCall::isLink(arguments.first())) {
        auto call = rd::IncomingCall::fromLink(arguments.first());
        if (!call) {
            err << "recoverydesk: " << call.message() << Qt::endl;
            request.exitCode = 2;
            return request;
        }
        request.call = call.value();
        return request;
    }
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Starts a call in the running window (or a new one), with the caller looked up by number."));
    const QCommandLineOption phone(QStringLiteral("phone"), QStringLiteral("The caller's NUMBER, in any national or international form."),
                                   QStringLiteral("NUMBER"));
    const QCommandLineOption name(QStringLiteral("name"), QStringLiteral("The NAME the phone showed."), QStringLiteral("NAME"));
    const QCommandLineOption database(QStringList{QStringLiteral("d"), QStringLiteral("database")},
                                      QStringLiteral("The database whose window takes the call."), QStringLiteral("FILE"));
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this command's options."));
    parser.addOptions({phone, name, database, help});
    if (!parser.parse(QStringList{QStringLiteral("recoverydesk call")} + arguments.mid(1)) || !parser.positionalArguments().isEmpty()) {
        err << "recoverydesk call: " << (parser.errorText().isEmpty() ? QStringLiteral("unexpected arguments") : parser.errorText())
            << "\n" << parser.helpText() << Qt::flush;
        request.exitCode = 2;
        return request;
    }
    if (parser.isSet(help)) {
        QTextStream(stdout) << parser.helpText() << Qt::flush;
        request.exitCode = 0;
        return request;
    }
    auto call = rd::IncomingCall::from(parser.value(phone), parser.value(name));
    if (!call) {
        err << "recoverydesk call: " << call.message() << Qt::endl;
        request.exitCode = 2;
        return request;
    }
    request.call = call.value();
    request.database = parser.value(database);
    return request;
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    // A subcommand runs without a window (no display needed) and exits.
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    // A first word that is not an option is a subcommand: a mistyped one is an error, never a
    // window that opens instead (and waits) where a script expected a job to run.
    // Help and the version are answered without a window too (a terminal may have no display).
    if (arguments == QStringList{QStringLiteral("--version")} || arguments == QStringList{QStringLiteral("-v")}) {
        QTextStream(stdout) << "Recovery Desk " << RD_VERSION << Qt::endl;
        return 0;
    }
    QCoreApplication::setOrganizationName(QStringLiteral("RecoveryDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("RecoveryDesk"));
    rd::PhoneNumber::setDefaultCountry(rd::Settings::phoneCountry());
    CallRequest incoming;
    if (!arguments.isEmpty() && (arguments.first() == QLatin1String("call") || rd::IncomingCall::isLink(arguments.first()))) {
        incoming = readCallRequest(arguments);
        if (incoming.exitCode)
            return *incoming.exitCode;
        arguments.clear(); // what follows is the window's start, on the usual database or the one named
        if (!incoming.database.isEmpty())
            arguments << QStringLiteral("--database") << incoming.database;
    }
    if (rd::BatchCommands::isCommand(arguments) || rd::BatchCommands::isHelp(arguments) ||
        (!arguments.isEmpty() && !arguments.first().startsWith(QLatin1Char('-')))) {
        QCoreApplication batch(argc, argv);
        QCoreApplication::setOrganizationName(QStringLiteral("RecoveryDesk"));
        QCoreApplication::setApplicationName(QStringLiteral("RecoveryDesk"));
        QTextStream out(stdout);
        QTextStream err(stderr);
        return rd::BatchCommands::run(arguments, out, err);
    }

    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("RecoveryDesk"));
    QApplication::setApplicationName(QStringLiteral("RecoveryDesk"));
    QApplication::setApplicationDisplayName(QStringLiteral("Recovery Desk"));
    QApplication::setApplicationVersion(QStringLiteral(RD_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("recoverydesk"));
    QIcon icon;
    for (int size : {16, 22, 24, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/icons/recoverydesk-%1.png").arg(size), QSize(size, size));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("recoverydesk"), icon));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Recovery Desk"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption databaseOption(QStringList{QStringLiteral("d"), QStringLiteral("database")},
                                            QApplication::translate("main", "Use the database FILE."),
                                            QStringLiteral("FILE"));
    const QCommandLineOption reviewOption(QStringList{QStringLiteral("review")},
                                          QApplication::translate("main", "Open the review archive FILE, read-only."),
                                          QStringLiteral("FILE"));
    const QCommandLineOption languageOption(QStringList{QStringLiteral("language")},
                                            QApplication::translate("main", "Interface language: en or nl."),
                                            QStringLiteral("CODE"));
    parser.addOption(databaseOption);
    parser.addOption(languageOption);
    parser.addOption(reviewOption);
    parser.process(incoming.call ? QStringList{QApplication::applicationFilePath()} + arguments : QApplication::arguments());

    const QString language = parser.isSet(languageOption) ? parser.value(languageOption) : rd::Language::preferred();
    rd::Language::install(app, language);

    const bool review = parser.isSet(reviewOption);
    const QString chosen = rd::Settings::databasePath();
    const QString path = review                         ? parser.value(reviewOption)
                         : parser.isSet(databaseOption) ? parser.value(databaseOption)
                         : !chosen.isEmpty()            ? chosen
                                                        : rd::Database::defaultPath();
    // One window per user and database: a later start hands over what it was started for.
    if (!review) {
        const QJsonObject request = incoming.call ? incoming.call->toRequest() : QJsonObject{{QStringLiteral("action"), QStringLiteral("show")}};
        if (rd::SingleInstance::sendToRunning(path, request))
            return 0;
    }
    // The very first start asks only who is working here; everything else has a default.
    if (!review && !rd::Settings::hasEmployeeName() && !qEnvironmentVariableIsSet("RD_REPORT_STARTUP"))
        rd::SettingsDialog::askNameOnFirstStart();
    rd::Database::Options options;
    options.readOnly = review;
    auto db = rd::Database::open(path, options);
    if (!db) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Recovery Desk cannot start"),
                              QApplication::translate("main", "The database %1 could not be opened.\n\n%2")
                                  .arg(QDir::toNativeSeparators(path), db.message()));
        return 1;
    }

    const QString employee = rd::Settings::employeeName();
    db.value()->setActor(employee);
    rd::Workstation workstation(std::move(db).value(), employee, review);
    workstation.show();
    std::unique_ptr<rd::SingleInstance> instance; // a review archive is opened as often as asked
    if (!review) {
        instance = std::make_unique<rd::SingleInstance>(path);
        QObject::connect(instance.get(), &rd::SingleInstance::requested, &workstation, &rd::Workstation::handleRequest);
    }
    if (incoming.call)
        workstation.handleRequest(incoming.call->toRequest());
    // RD_REPORT_STARTUP=1: print the time to a usable window and quit (for the benchmark notes).
    if (qEnvironmentVariableIsSet("RD_REPORT_STARTUP"))
        QTimer::singleShot(0, &app, [&sinceStart] {
            QTextStream(stdout) << "Start to usable window: " << sinceStart.elapsed() << " ms" << Qt::endl;
            QApplication::quit();
        });
    return QApplication::exec();
}
