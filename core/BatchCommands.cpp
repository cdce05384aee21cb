#include "BatchCommands.h"

#include "Database.h"
#include "DemoData.h"

#include <QCommandLineParser>
#include <QDir>
#include <QTextStream>

namespace rd {

namespace {
const QStringList kCommands = {QStringLiteral("demo"), QStringLiteral("export"), QStringLiteral("import"),
                               QStringLiteral("report")};
} // namespace

bool BatchCommands::isCommand(const QStringList &arguments)
{
    return !arguments.isEmpty() && kCommands.contains(arguments.first());
}

int BatchCommands::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    if (!isCommand(arguments)) {
        err << tr("recoverydesk: unknown command \"%1\". Commands: %2.")
                   .arg(arguments.value(0), kCommands.join(QStringLiteral(", ")))
            << Qt::endl;
        return 2;
    }
    if (arguments.first() == QLatin1String("demo"))
        return demo(arguments, out, err);
    err << tr("recoverydesk %1: not available in this version yet.").arg(arguments.first()) << Qt::endl;
    return 2;
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
    // The first argument is the command itself, where a program name would stand.
    if (!parser.parse(arguments)) {
        err << tr("recoverydesk demo: %1").arg(parser.errorText()) << Qt::endl;
        return 2;
    }
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

} // namespace rd
