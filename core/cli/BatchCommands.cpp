#include "cli/BatchCommands.h"

#include "exchange/Bundle.h"
#include "storage/Database.h"
#include "safety/DatabaseCopy.h"
#include "review/DemoData.h"
#include "storage/HistorySeal.h"
#include "exchange/SignedHistory.h"
#include "review/ReviewFigures.h"
#include "storage/sqlite/SqliteFile.h"
#include "exchange/WorkstationKey.h"
#include "exchange/WorkstationTrust.h"
#include "lists/CaseListExport.h"
#include "lists/DuplicateFinder.h"

#include <QCommandLineParser>
#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QJsonDocument>
#include <QJsonArray>
#include <QTextStream>

#include <optional>

namespace rd {

namespace {
const QStringList kCommands = {QStringLiteral("demo"), QStringLiteral("export"), QStringLiteral("import"),
                               QStringLiteral("report"), QStringLiteral("verify"), QStringLiteral("migrate"),
                               QStringLiteral("trust"), QStringLiteral("duplicates")};
} // namespace

bool BatchCommands::isCommand(const QStringList &arguments)
{
    return !arguments.isEmpty() && kCommands.contains(arguments.first());
}

bool BatchCommands::isHelp(const QStringList &arguments)
{
    static const QStringList asks = {QStringLiteral("help"), QStringLiteral("--help"), QStringLiteral("-h"), QStringLiteral("-?"),
                                     QStringLiteral("--help-all")};
    return !arguments.isEmpty() && asks.contains(arguments.first());
}

QString BatchCommands::usage()
{
    const QList<QPair<QString, QString>> commands = {
        {QStringLiteral("demo"), tr("fill a database with example cases (--cases N)")},
        {QStringLiteral("export"), tr("write cases to a signed bundle (--out BUNDLE, --since DATE)")},
        {QStringLiteral("import"), tr("merge bundles into an archive (BUNDLE…, --trust-new)")},
        {QStringLiteral("report"), tr("the review figures and their months as CSV or JSON (--period P, --format csv|json)")},
        {QStringLiteral("verify"), tr("check the sealed history, and an archive against the signatures it imported")},
        {QStringLiteral("migrate"), tr("move a database into an empty one (--from SOURCE --to TARGET)")},
        {QStringLiteral("trust"), tr("trust a bundle's workstation, list or revoke (--bundle, --list, --revoke)")},
        {QStringLiteral("duplicates"), tr("customers probably entered twice, and why (--format csv|json)")},
        {QStringLiteral("call"), tr("start a call in the running window, caller looked up (--phone NUMBER, --name NAME)")},
    };
    QString text = tr("Usage: recoverydesk [--database FILE] [--review FILE] [--language en|nl]\n"
                      "       recoverydesk COMMAND --database FILE [options]   (COMMAND --help for its options)\n\n"
                      "Without a command, the window opens. Commands:\n");
    for (const auto &[name, what] : commands)
        text += QStringLiteral("  %1  %2\n").arg(name.leftJustified(10), what);
    return text;
}

int BatchCommands::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    if (isHelp(arguments)) {
        out << usage() << Qt::flush;
        return 0;
    }
    if (!isCommand(arguments)) {
        err << tr("recoverydesk: unknown command \"%1\". Commands: %2.")
                   .arg(arguments.value(0), kCommands.join(QStringLiteral(", ")))
            << Qt::endl;
        return 2;
    }
    const QString command = arguments.first();
    if (command == QLatin1String("demo"))
        return demo(arguments, out, err);
    if (command == QLatin1String("export"))
        return exportBundle(arguments, out, err);
    if (command == QLatin1String("import"))
        return importBundles(arguments, out, err);
    if (command == QLatin1String("verify"))
        return verify(arguments, out, err);
    if (command == QLatin1String("migrate"))
        return migrate(arguments, out, err);
    if (command == QLatin1String("trust"))
        return trust(arguments, out, err);
    if (command == QLatin1String("duplicates"))
        return duplicates(arguments, out, err);
    return report(arguments, out, err);
}

namespace {

// Parses the command's options; on failure prints one line and returns false. The first argument
// is the command itself, where a program name would stand.
// Parses a command's arguments: nothing when the command should go on, or the exit code when it
// is done (its options shown for --help; an error said).
std::optional<int> parseArgs(QCommandLineParser &parser, const QStringList &arguments, const QString &command, QTextStream &out,
                             QTextStream &err)
{
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  QCoreApplication::translate("BatchCommands", "Show this command's options."));
    parser.addOption(help);
    if (!parser.parse(arguments)) {
        err << QStringLiteral("recoverydesk %1: %2").arg(command, parser.errorText()) << Qt::endl;
        return 2;
    }
    if (parser.isSet(help)) {
        out << QCoreApplication::translate("BatchCommands", "Usage: recoverydesk %1 [options]").arg(command) << "\n\n"
            << parser.helpText().section(QLatin1Char('\n'), 2) << Qt::flush; // the options, without Qt's usage line
        return 0;
    }
    return std::nullopt;
}

// A file whose pages SQLite finds damaged is refused by the commands that read it whole: a
// broken index reads as fewer rows, silently, so the full check (indexes against tables) runs.
// A server keeps its own pages.
bool soundOrSaid(Database &db, const QString &command, QTextStream &err)
{
    if (db.backend() != Backend::SQLite)
        return true;
    auto check = SqliteFile::fullCheck(db);
    if (check && check.value() == QStringList{QStringLiteral("ok")})
        return true;
    err << QCoreApplication::translate("BatchCommands", "recoverydesk %1: %2 is damaged (%3). Restore it from a backup, or "
                                                         "open it in Recovery Desk to save what can still be read.")
               .arg(command, QDir::toNativeSeparators(db.path()), check ? check->value(0).left(200) : check.message())
        << Qt::endl;
    return false;
}

} // namespace

int BatchCommands::exportBundle(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption database(QStringLiteral("database"), tr("The database to export from."), QStringLiteral("FILE"));
    const QCommandLineOption target(QStringLiteral("out"), tr("The bundle file to write."), QStringLiteral("BUNDLE"));
    const QCommandLineOption since(QStringLiteral("since"), tr("Only cases opened on or after DATE (YYYY-MM-DD)."),
                                   QStringLiteral("DATE"));
    const QCommandLineOption returnFor(QStringLiteral("return-for"),
                                       tr("A return bundle instead: the compliments and recognition for NAME, from the archive "
                                          "back to their PC."),
                                       QStringLiteral("NAME"));
    const QCommandLineOption returnToTeam(QStringLiteral("return-to-team"),
                                          tr("A return bundle instead: the compliments and recognition for the whole team."));
    parser.addOptions({database, target, since, returnFor, returnToTeam});
    if (auto done = parseArgs(parser, arguments, QStringLiteral("export"), out, err))
        return *done;
    if ((parser.isSet(returnFor) || parser.isSet(returnToTeam)) &&
        (parser.isSet(since) || (parser.isSet(returnFor) && parser.isSet(returnToTeam)) ||
         (parser.isSet(returnFor) &&
          (parser.value(returnFor).trimmed().isEmpty() || parser.value(returnFor).trimmed() == Bundle::kReturnToTeam)))) {
        err << tr("recoverydesk export: a return bundle is either --return-for NAME or --return-to-team, without --since.")
            << Qt::endl;
        return 2;
    }
    if (!parser.isSet(database) || !parser.isSet(target)) {
        err << tr("recoverydesk export: name the database with --database FILE and the bundle with --out BUNDLE.") << Qt::endl;
        return 2;
    }
    BundleSelection selection;
    if (parser.isSet(since)) {
        const QDate date = QDate::fromString(parser.value(since), Qt::ISODate);
        if (!date.isValid()) {
            err << tr("recoverydesk export: --since takes a date as YYYY-MM-DD, not \"%1\".").arg(parser.value(since)) << Qt::endl;
            return 2;
        }
        selection.openedFrom = QDateTime(date, QTime(0, 0)).toMSecsSinceEpoch();
    }
    if (parser.isSet(returnFor))
        selection.returnFor = parser.value(returnFor).trimmed();
    else if (parser.isSet(returnToTeam))
        selection.returnFor = Bundle::kReturnToTeam;
    // Read-only: an export must never create, upgrade or change the file it reads (a mistyped
    // name would otherwise leave an empty database behind and "export" nothing).
    auto db = Database::openReadOnly(parser.value(database));
    if (!db) {
        err << tr("recoverydesk export: %1").arg(db.message()) << Qt::endl;
        return 1;
    }
    if (!soundOrSaid(*db.value(), QStringLiteral("export"), err))
        return 1;
    auto manifest = Bundle::write(*db.value(), parser.value(target), selection);
    if (!manifest) {
        err << tr("recoverydesk export: %1").arg(manifest.message()) << Qt::endl;
        return 1;
    }
    out << tr("Wrote %1 cases (%2 events) to %3.")
               .arg(manifest->cases)
               .arg(manifest->events)
               .arg(QDir::toNativeSeparators(parser.value(target)))
        << Qt::endl;
    return 0;
}

int BatchCommands::importBundles(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption database(QStringLiteral("database"), tr("The archive to import into (created if missing)."),
                                      QStringLiteral("FILE"));
    const QCommandLineOption trustNew(QStringLiteral("trust-new"),
                                      tr("Trust the workstations of these bundles that the archive does not know yet "
                                         "(a scripted first import; check their fingerprints)."));
    const QCommandLineOption employee(QStringLiteral("employee"),
                                      tr("Whose PC this is: a return bundle for someone else is refused."), QStringLiteral("NAME"));
    parser.addOptions({database, trustNew, employee});
    if (auto done = parseArgs(parser, arguments, QStringLiteral("import"), out, err))
        return *done;
    MergeOptions options;
    options.trustNew = parser.isSet(trustNew);
    options.employee = parser.value(employee);
    const QStringList bundles = parser.positionalArguments(); // the command itself stands where a program name would
    if (!parser.isSet(database) || bundles.isEmpty()) {
        err << tr("recoverydesk import: use --database FILE followed by one or more bundle files.") << Qt::endl;
        return 2;
    }
    // An archive this command makes is kept only if something went into it: a refused first
    // import leaves no empty archive behind (which would then read as the place to import into).
    const QString target = parser.value(database);
    const bool made = !Database::isServerAddress(target) && !QFileInfo::exists(target);
    auto db = Database::open(target);
    if (!db) {
        err << tr("recoverydesk import: %1").arg(db.message()) << Qt::endl;
        return 1;
    }
    int failed = 0;
    const auto done = [&] {
        if (made && failed == bundles.size()) {
            db.value().reset();
            for (const char *sidecar : {"", "-wal", "-shm", "-journal"})
                QFile::remove(target + QLatin1String(sidecar));
        }
        return failed == 0 ? 0 : 1;
    };
    for (const QString &file : bundles) {
        auto stats = Bundle::merge(*db.value(), file, options);
        if (!stats) {
            ++failed;
            err << tr("recoverydesk import: %1").arg(stats.message()) << Qt::endl;
            continue;
        }
        if (stats->newlyTrusted)
            out << tr("Trusted the workstation \"%1\" with the key %2.").arg(stats->workstation, stats->fingerprint) << Qt::endl;
        out << tr("%1: %2 new cases, %3 updated, %4 new events.")
                   .arg(QDir::toNativeSeparators(file))
                   .arg(stats->newCases)
                   .arg(stats->updatedCases)
                   .arg(stats->newEvents)
            << Qt::endl;
    }
    return done();
}

int BatchCommands::report(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption database(QStringLiteral("database"), tr("The database or archive to report on."),
                                      QStringLiteral("FILE"));
    const QCommandLineOption period(QStringLiteral("period"), tr("all, 2026, 2026-11 or 2026-01-01..2026-03-31."),
                                    QStringLiteral("P"), QStringLiteral("all"));
    const QCommandLineOption format(QStringLiteral("format"), tr("csv or json."), QStringLiteral("F"), QStringLiteral("csv"));
    const QCommandLineOption owner(QStringLiteral("owner"), tr("Only this employee's cases."), QStringLiteral("NAME"));
    parser.addOptions({database, period, format, owner});
    if (auto done = parseArgs(parser, arguments, QStringLiteral("report"), out, err))
        return *done;
    const QString fmt = parser.value(format);
    if (!parser.isSet(database) || (fmt != QLatin1String("csv") && fmt != QLatin1String("json"))) {
        err << tr("recoverydesk report: use --database FILE, --period P and --format csv or json.") << Qt::endl;
        return 2;
    }
    auto p = ReportPeriod::parse(parser.value(period));
    if (!p) {
        err << tr("recoverydesk report: %1").arg(p.message()) << Qt::endl;
        return 2;
    }
    auto db = Database::openReadOnly(parser.value(database));
    if (!db) {
        err << tr("recoverydesk report: %1").arg(db.message()) << Qt::endl;
        return 1;
    }
    auto figures = ReviewFigures(*db.value()).compute(p.value(), parser.value(owner));
    if (!figures) {
        err << tr("recoverydesk report: %1").arg(figures.message()) << Qt::endl;
        return 1;
    }
    // The month-by-month series of the same figures, for a trend in a spreadsheet.
    const QDate today = db.value()->clock().nowUtc().toLocalTime().date();
    auto trend = ReviewFigures(*db.value()).trend(PeriodSplit::months(p.value(), today), parser.value(owner));
    if (!trend) {
        err << tr("recoverydesk report: %1").arg(trend.message()) << Qt::endl;
        return 1;
    }
    out << QString::fromUtf8(fmt == QLatin1String("csv") ? figures->toCsv(trend.value()) : figures->toJson(trend.value()));
    out.flush();
    for (const QString &id : figures->damagedEvents)
        err << tr("recoverydesk report: the data of history event %1 is damaged; it was left out of the figures.").arg(id)
            << Qt::endl;
    return 0;
}

int BatchCommands::demo(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption database(QStringLiteral("database"), tr("The database FILE to fill (created if missing)."),
                                      QStringLiteral("FILE"));
    const QCommandLineOption cases(QStringLiteral("cases"), tr("How many cases to add."), QStringLiteral("N"),
                                   QStringLiteral("1000"));
    const QCommandLineOption seed(QStringLiteral("seed"), tr("Seed: the same seed gives the same data."),
                                  QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption language(QStringLiteral("language"), tr("Language of the texts: en or nl."),
                                      QStringLiteral("CODE"), QStringLiteral("en"));
    parser.addOptions({database, cases, seed, language});
    if (auto done = parseArgs(parser, arguments, QStringLiteral("demo"), out, err))
        return *done;
    if (!parser.isSet(database)) {
        err << tr("recoverydesk demo: name the database with --database FILE.") << Qt::endl;
        return 2;
    }
    bool numberOk = false;
    const int count = parser.value(cases).toInt(&numberOk);
    if (!numberOk || count < 1 || count > 50'000'000) {
        err << tr("recoverydesk demo: --cases takes a whole number from 1 to 50000000, not \"%1\".").arg(parser.value(cases))
            << Qt::endl;
        return 2;
    }
    bool seedOk = false;
    const quint32 seedValue = parser.value(seed).toUInt(&seedOk);
    const QString code = parser.value(language);
    if (!seedOk || (code != QLatin1String("en") && code != QLatin1String("nl"))) {
        err << tr("recoverydesk demo: --seed takes a whole number and --language en or nl.") << Qt::endl;
        return 2;
    }
    auto db = Database::open(parser.value(database));
    if (!db) {
        err << tr("recoverydesk demo: %1").arg(db.message()) << Qt::endl;
        return 1;
    }
    DemoData demoData(*db.value(), seedValue, code == QLatin1String("nl") ? DemoData::Language::Dutch : DemoData::Language::English);
    auto stats = demoData.generate(count);
    if (!stats) {
        err << tr("recoverydesk demo: %1").arg(stats.message()) << Qt::endl;
        return 1;
    }
    out << tr("Added %1 cases, %2 customers, %3 promises and %4 callbacks to %5 in %6 s (%7 cases per second).")
               .arg(stats->cases)
               .arg(stats->customers)
               .arg(stats->promises)
               .arg(stats->callbacks)
               .arg(QDir::toNativeSeparators(db.value()->path()))
               .arg(stats->seconds, 0, 'f', 1)
               .arg(qRound(stats->cases / qMax(stats->seconds, 0.001)))
        << Qt::endl;
    return 0;
}

int BatchCommands::duplicates(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption database(QStringLiteral("database"), tr("The database or archive to look in."), QStringLiteral("FILE"));
    const QCommandLineOption format(QStringLiteral("format"), tr("csv or json."), QStringLiteral("F"), QStringLiteral("csv"));
    parser.addOptions({database, format});
    if (auto done = parseArgs(parser, arguments, QStringLiteral("duplicates"), out, err))
        return *done;
    const QString fmt = parser.value(format);
    if (!parser.isSet(database) || (fmt != QLatin1String("csv") && fmt != QLatin1String("json"))) {
        err << tr("recoverydesk duplicates: use --database FILE and --format csv or json.") << Qt::endl;
        return 2;
    }
    auto db = Database::openReadOnly(parser.value(database));
    if (!db) {
        err << tr("recoverydesk duplicates: %1").arg(db.message()) << Qt::endl;
        return 1;
    }
    auto pairs = DuplicateFinder(*db.value()).find();
    if (!pairs) {
        err << tr("recoverydesk duplicates: %1").arg(pairs.message()) << Qt::endl;
        return 1;
    }
    if (fmt == QLatin1String("json")) {
        QJsonArray list;
        for (const DuplicatePair &p : pairs.value())
            list.append(QJsonObject{{QStringLiteral("first_id"), p.firstId},
                                    {QStringLiteral("first_name"), p.firstName},
                                    {QStringLiteral("second_id"), p.secondId},
                                    {QStringLiteral("second_name"), p.secondName},
                                    {QStringLiteral("reasons"), QJsonArray::fromStringList(p.reasons)}});
        out << QJsonDocument(QJsonObject{{QStringLiteral("pairs"), list}}).toJson(QJsonDocument::Indented) << Qt::flush;
        return 0;
    }
    out << "first_id,first_name,second_id,second_name,reasons\n";
    for (const DuplicatePair &p : pairs.value())
        out << QStringList{p.firstId, CaseListExport::csvField(p.firstName), p.secondId, CaseListExport::csvField(p.secondName),
                           p.reasons.join(QLatin1Char(' '))}
                   .join(QLatin1Char(','))
            << '\n';
    out << Qt::flush;
    return 0;
}

int BatchCommands::verify(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption database(QStringLiteral("database"), tr("The database or archive to check."),
                                      QStringLiteral("FILE"));
    parser.addOption(database);
    if (auto done = parseArgs(parser, arguments, QStringLiteral("verify"), out, err))
        return *done;
    if (!parser.isSet(database)) {
        err << tr("recoverydesk verify: name the database with --database FILE.") << Qt::endl;
        return 2;
    }
    auto db = Database::openReadOnly(parser.value(database));
    if (!db) {
        err << tr("recoverydesk verify: %1").arg(db.message()) << Qt::endl;
        return 1;
    }
    if (!soundOrSaid(*db.value(), QStringLiteral("verify"), err))
        return 1;
    auto report = HistorySeal::verify(*db.value());
    if (!report) {
        err << tr("recoverydesk verify: %1").arg(report.message()) << Qt::endl;
        return 1;
    }
    if (!report->intact && report->brokenEventId.isEmpty()) { // a whole chain is gone: no event left to name
        err << tr("recoverydesk verify: the history was changed: %1.").arg(report->problem) << Qt::endl;
        return 1;
    }
    if (!report->intact) {
        auto where = db.value()->scalar(QStringLiteral("SELECT coalesce(case_id, customer_id) || ' at ' || at FROM case_event "
                                                       "WHERE id = ?"),
                                        {report->brokenEventId});
        err << tr("recoverydesk verify: the history was changed. First broken link: event %1 (case or customer %2): %3.")
                   .arg(report->brokenEventId, where ? where->toString() : QString(), report->problem)
            << Qt::endl;
        return 1;
    }
    out << tr("History intact: %1 events in %2 chains checked; %3 erased for privacy (links checked, data gone); "
              "%4 from before history was sealed.")
               .arg(report->events)
               .arg(report->chains)
               .arg(report->erased)
               .arg(report->unsealed)
        << Qt::endl;
    return reportSignatures(*db.value(), out, err);
}

int BatchCommands::reportSignatures(Database &db, QTextStream &out, QTextStream &err)
{
    auto coverage = SignedHistory::check(db);
    if (!coverage) {
        err << tr("recoverydesk verify: %1").arg(coverage.message()) << Qt::endl;
        return 1;
    }
    if (!coverage->holds) {
        if (coverage->brokenEventId.isEmpty())
            err << tr("recoverydesk verify: the history differs from what was signed: %1.").arg(coverage->problem) << Qt::endl;
        else
            err << tr("recoverydesk verify: the history differs from what was signed at event %1: %2.")
                       .arg(coverage->brokenEventId, coverage->problem)
                << Qt::endl;
        return 1;
    }
    const auto day = [](qint64 ms) { return QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("yyyy-MM-dd")); };
    out << tr("Signed: %1 events are covered by the signatures of %n workstation(s).", nullptr, int(coverage->signers.size()))
               .arg(coverage->covered)
        << Qt::endl;
    for (const SignerCoverage &s : std::as_const(coverage->signers)) {
        const QString period = s.openedFrom && s.openedUntil ? tr("cases opened from %1 to %2").arg(day(*s.openedFrom), day(*s.openedUntil - 1))
                               : s.openedFrom ? tr("cases opened from %1 up to each export").arg(day(*s.openedFrom))
                               : s.openedUntil ? tr("cases opened up to %1").arg(day(*s.openedUntil - 1))
                                               : tr("all cases up to each export");
        out << "  " << tr("%1 (%2): %n bundle(s) exported %3 to %4, %5", nullptr, s.bundles)
                           .arg(s.name, s.fingerprint, day(s.firstExport), day(s.lastExport), period);
        if (s.revokedAt)
            out << ' ' << tr("(revoked %1: what it sent before stays)").arg(day(*s.revokedAt));
        out << Qt::endl;
    }
    if (coverage->writtenHere > 0)
        out << tr("Written in this database itself, which no bundle signs: %1 events.").arg(coverage->writtenHere) << Qt::endl;
    if (coverage->uncovered > 0) {
        err << tr("recoverydesk verify: %1 events of other workstations are covered by no signature: imported before bundles "
                  "were signed, or slipped in since. The first is event %2.")
                   .arg(coverage->uncovered)
                   .arg(coverage->firstUncoveredId)
            << Qt::endl;
        return 3;
    }
    return 0;
}

int BatchCommands::migrate(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption from(QStringLiteral("from"), tr("The database to move from (a file, or a postgresql:// address)."),
                                  QStringLiteral("SOURCE"));
    const QCommandLineOption to(QStringLiteral("to"), tr("The empty database to move into (a file, or a postgresql:// address)."),
                                QStringLiteral("TARGET"));
    parser.addOptions({from, to});
    if (auto done = parseArgs(parser, arguments, QStringLiteral("migrate"), out, err))
        return *done;
    if (!parser.isSet(from) || !parser.isSet(to)) {
        err << tr("recoverydesk migrate: name both databases: --from SOURCE --to TARGET.") << Qt::endl;
        return 2;
    }
    auto source = Database::openReadOnly(parser.value(from));
    if (!source) {
        err << tr("recoverydesk migrate: %1").arg(source.message()) << Qt::endl;
        return 1;
    }
    if (!soundOrSaid(*source.value(), QStringLiteral("migrate"), err))
        return 1;
    // A target file this run makes is removed again when the move fails: a half-filled copy
    // would otherwise look like a database, and refuse the next attempt as not empty.
    const QString targetPath = parser.value(to);
    const bool made = !Database::isServerAddress(targetPath) && !QFileInfo::exists(targetPath);
    auto target = Database::open(targetPath);
    const auto removeMade = [&]() {
        if (!made)
            return;
        target = Error{Error::Code::Storage, QString()}; // closed before it is removed
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(targetPath + suffix);
    };
    if (!target) {
        err << tr("recoverydesk migrate: %1").arg(target.message()) << Qt::endl;
        return 1;
    }
    auto moved = DatabaseCopy::copy(*source.value(), *target.value());
    if (!moved) {
        removeMade();
        err << tr("recoverydesk migrate: %1").arg(moved.message()) << Qt::endl;
        return 1;
    }
    auto report = HistorySeal::verify(*target.value());
    if (!report || !report->intact) {
        removeMade();
        err << tr("recoverydesk migrate: the copy's history does not check: %1").arg(report ? report->problem : report.message())
            << Qt::endl;
        return 1;
    }
    out << tr("Moved %1 cases (%2 history events, %3 rows in all) from %4 to %5 in %6 s; the history checks.")
               .arg(moved->cases)
               .arg(moved->events)
               .arg(moved->rows)
               .arg(source.value()->path(), target.value()->path())
               .arg(moved->seconds, 0, 'f', 1)
        << Qt::endl;
    return 0;
}

int BatchCommands::trust(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption database(QStringLiteral("database"), tr("The archive or team database."), QStringLiteral("FILE"));
    const QCommandLineOption bundle(QStringLiteral("bundle"), tr("Trust the workstation that signed this bundle."),
                                    QStringLiteral("BUNDLE"));
    const QCommandLineOption revoke(QStringLiteral("revoke"), tr("Revoke the workstation key with this fingerprint."),
                                    QStringLiteral("FINGERPRINT"));
    const QCommandLineOption list(QStringLiteral("list"), tr("List the workstations the archive knows."));
    parser.addOptions({database, bundle, revoke, list});
    if (auto done = parseArgs(parser, arguments, QStringLiteral("trust"), out, err))
        return *done;
    const int actions = int(parser.isSet(bundle)) + int(parser.isSet(revoke)) + int(parser.isSet(list));
    if (!parser.isSet(database) || actions != 1 || !parser.positionalArguments().mid(1).isEmpty()) {
        err << tr("recoverydesk trust: use --database FILE with one of --bundle BUNDLE, --revoke FINGERPRINT or --list.")
            << Qt::endl;
        return 2;
    }
    const QString location = parser.value(database);
    // Trusting a PC's first bundle may start a new archive, as its import would; listing and
    // revoking need one that exists (a mistyped name must not make an empty one).
    if (!parser.isSet(bundle) && !Database::isServerAddress(location) && !QFileInfo(location).isFile()) {
        err << tr("recoverydesk trust: %1 does not exist.").arg(QDir::toNativeSeparators(location)) << Qt::endl;
        return 1;
    }
    const auto failed = [&err](const QString &message) {
        err << tr("recoverydesk trust: %1").arg(message) << Qt::endl;
        return 1;
    };
    auto db = parser.isSet(list) ? Database::openReadOnly(location) : Database::open(location);
    if (!db)
        return failed(db.message());
    WorkstationTrust trust(*db.value());
    if (parser.isSet(list) || parser.isSet(revoke)) {
        auto known = trust.list();
        if (!known)
            return failed(known.message());
        if (parser.isSet(revoke)) {
            // As read out over the phone: in groups or not, in either case.
            const auto plain = [](QString fingerprint) {
                return fingerprint.remove(QLatin1Char(' ')).remove(QLatin1Char('-')).remove(QLatin1Char(':')).toLower();
            };
            const QString wanted = parser.value(revoke).simplified();
            for (const TrustedWorkstation &w : known.value()) {
                if (plain(w.fingerprint) != plain(wanted))
                    continue;
                if (auto s = trust.revoke(w.publicKey); !s)
                    return failed(s.message());
                out << tr("Revoked the key %1 of \"%2\": its bundles are refused from now on.").arg(w.fingerprint, w.name)
                    << Qt::endl;
                return 0;
            }
            err << tr("recoverydesk trust: no workstation here has the key %1 (see --list).").arg(wanted) << Qt::endl;
            return 1;
        }
        for (const TrustedWorkstation &w : known.value())
            out << tr("%1\t%2\ttrusted by %3 on %4%5")
                       .arg(w.name, w.fingerprint, w.trustedBy, QDateTime::fromMSecsSinceEpoch(w.trustedAt).toString(Qt::ISODate),
                            w.revokedAt ? tr(", revoked by %1 on %2")
                                              .arg(w.revokedBy, QDateTime::fromMSecsSinceEpoch(*w.revokedAt).toString(Qt::ISODate))
                                        : QString())
                << '\t' << tr("%n bundle(s) imported", nullptr, w.bundles) << Qt::endl;
        return 0;
    }
    auto manifest = Bundle::inspect(*db.value(), parser.value(bundle));
    if (!manifest)
        return failed(manifest.message());
    if (auto s = trust.trust(manifest->workstation, manifest->publicKey); !s)
        return failed(s.message());
    out << tr("Trusted the workstation \"%1\" with the key %2.")
               .arg(manifest->workstation, WorkstationKey::fingerprintOf(manifest->publicKey))
        << Qt::endl;
    return 0;
}

} // namespace rd
