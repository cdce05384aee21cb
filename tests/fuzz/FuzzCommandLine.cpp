// The command line: any arguments give an exit code and, on failure, a message; never a crash.
// One argument per input line. Paths and server addresses are fuzzed too, kept harmless: a path
// is folded into the scratch folder (its parts, without "." and ".."), and a server address is
// pointed at a closed port on this machine, so every attempt to connect fails at once.
#include "cli/BatchCommands.h"
#include "FuzzSupport.h"

#include <QRegularExpression>
#include <QTextStream>
#include <QUrl>

#include <cstdlib>

namespace {

QString harmless(const QString &argument)
{
    const int equals = argument.indexOf(QLatin1Char('='));
    const QString prefix = argument.startsWith(QLatin1String("--")) && equals > 0 ? argument.left(equals + 1) : QString();
    const QString value = argument.mid(prefix.size());
    if (value.startsWith(QLatin1String("postgres"), Qt::CaseInsensitive)) {
        QUrl url(value, QUrl::StrictMode);
        if (url.isValid() && !url.host().isEmpty()) {
            url.setHost(QStringLiteral("127.0.0.1"));
            url.setPort(1);
        }
        return prefix + (url.isValid() ? url.toString() : value);
    }
    if (!value.contains(QLatin1Char('/')) && !value.contains(QLatin1Char('\\')))
        return argument;
    QStringList parts;
    for (const QString &part : value.split(QRegularExpression(QStringLiteral("[/\\\\]"))))
        if (!part.isEmpty() && part != QLatin1String(".") && part != QLatin1String(".."))
            parts << part;
    return prefix + (parts.isEmpty() ? QStringLiteral("x") : parts.join(QLatin1Char('/')));
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    rd::fuzz::init(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    QStringList arguments;
    for (const QString &a : text.split(QLatin1Char('\n')))
        arguments << harmless(a);
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
