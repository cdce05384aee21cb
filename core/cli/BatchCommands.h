#pragma once

#include <QCoreApplication>
#include <QStringList>

class QTextStream;

namespace rd {

class Database;

/**
 * The command-line jobs: `recoverydesk demo|export|import|report|verify … --database FILE`. Each runs
 * without a window and exits; errors go to @p err as one clear line each, and the exit code
 * is 0 only on success.
 */
class BatchCommands
{
    Q_DECLARE_TR_FUNCTIONS(BatchCommands)

public:
    /// True if @p arguments (without the program name) start with a subcommand.
    static bool isCommand(const QStringList &arguments);
    /// Whether @p arguments ask for help (help, --help, -h): answered without a window.
    static bool isHelp(const QStringList &arguments);
    /// What `recoverydesk --help` prints: how to start the window, and every command.
    static QString usage();
    /// Runs the subcommand in @p arguments (without the program name).
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

private:
    static int demo(const QStringList &arguments, QTextStream &out, QTextStream &err);
    static int exportBundle(const QStringList &arguments, QTextStream &out, QTextStream &err);
    static int importBundles(const QStringList &arguments, QTextStream &out, QTextStream &err);
    static int report(const QStringList &arguments, QTextStream &out, QTextStream &err);
    /// The history against the signatures kept with it: 0 all covered, 1 changed, 3 not all covered.
    static int reportSignatures(Database &db, QTextStream &out, QTextStream &err);
    static int verify(const QStringList &arguments, QTextStream &out, QTextStream &err);
    static int duplicates(const QStringList &arguments, QTextStream &out, QTextStream &err);
    static int migrate(const QStringList &arguments, QTextStream &out, QTextStream &err);
    static int trust(const QStringList &arguments, QTextStream &out, QTextStream &err);
};

} // namespace rd
