// The command line: any arguments give an exit code and, on failure, a message; never a crash.
// One argument per input line. Paths stay inside the scratch folder; huge demo sizes are skipped.
#include "BatchCommands.h"
#include "FuzzSupport.h"

#include <QTextStream>

#include <cstdlib>

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    rd::fuzz::init(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    if (text.contains(QLatin1Char('/')) || text.contains(QLatin1Char('\\')) || text.contains(QLatin1Char(':')))
        return 0; // names outside the scratch folder
    const QStringList arguments = text.split(QLatin1Char('\n'));
    for (int i = 0; i + 1 < arguments.size(); ++i)
        if (arguments.at(i).startsWith(QLatin1String("--cases")) && arguments.at(i + 1).toLongLong() > 200)
            return 0; // a big demo is a benchmark, not a fuzz input
    for (const QString &a : arguments)
        if (a.startsWith(QLatin1String("--cases=")) && a.mid(8).toLongLong() > 200)
            return 0;
    QString outText, errText;
    QTextStream out(&outText), err(&errText);
    const int code = rd::BatchCommands::run(arguments, out, err);
    err.flush();
    if (code != 0 && errText.isEmpty())
        std::abort(); // a failure must say why
    return 0;
}
