#include "Command.h"

#include "csv/ControlCharacters.h"
#include "database/Database.h"
#include "database/StoreError.h"

#include <QCoreApplication>
#include <QDir>
#include <QMap>

#include <cstdio>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace hubreg::cli {

namespace {
QMap<QString, Command> &registry()
{
    static QMap<QString, Command> commands;
    return commands;
}

// Gives lupdate and the translator the same context for this file's strings.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(hubreg::cli)
};
} // namespace

void Registry::add(Command command)
{
    registry().insert(command.name, std::move(command));
}

const Command *Registry::find(const QString &name)
{
    const auto it = registry().constFind(name);
    return it == registry().constEnd() ? nullptr : &it.value();
}

QList<Command> Registry::all()
{
    return registry().values();
}

bool isCommand(const QString &name)
{
    return Registry::find(name) != nullptr;
}

QCommandLineOption databaseOption()
{
    return QCommandLineOption(QStringLiteral("database"),
                              Tr::tr("The HubRegister file, or a hub on a server "
                                     "(postgresql://user@host:port/database), to use "
                                     "(default: %1).")
                                  .arg(QDir::toNativeSeparators(Database::defaultPath())),
                              Tr::tr("PATH"));
}

QString databasePathFrom(const QCommandLineParser &parser)
{
    const QString path = parser.value(QStringLiteral("database"));
    return path.isEmpty() ? Database::defaultPath() : path;
}

bool parse(QCommandLineParser &parser, Context &context, const Command &command, int &exitCode)
{
    parser.setApplicationDescription(command.summary);
    parser.addOption(databaseOption());
    const QCommandLineOption help(QStringList { QStringLiteral("h"), QStringLiteral("help") },
                                  Tr::tr("Show this help."));
    parser.addOption(help);
    QStringList arguments = context.arguments;
    arguments.prepend(QStringLiteral("hubregister ") + command.name);
    if (!parser.parse(arguments)) {
        context.err << Tr::tr("hubregister %1: %2").arg(command.name, parser.errorText()) << '\n'
                    << Tr::tr("Usage: hubregister %1").arg(command.synopsis) << '\n';
        exitCode = ExitUsage;
        return false;
    }
    if (parser.isSet(help)) {
        context.out << Tr::tr("Usage: hubregister %1").arg(command.synopsis) << "\n\n"
                    << command.summary << "\n\n"
                    << parser.helpText().section(QLatin1Char('\n'), 2);
        exitCode = ExitOk;
        return false;
    }
    return true;
}

QString printable(const QString &text)
{
    return controlcharacters::escaped(text);
}

std::unique_ptr<Database> openDatabase(const QCommandLineParser &parser, Context &context,
                                       bool readOnly, Verify verify)
{
    const QString path = databasePathFrom(parser);
    try {
        // Every page is read first. A command that writes must not spread damage; one that
        // reads must not give part of a damaged file as the whole answer (SQLite keeps no
        // checksums: a page overwritten in the middle can read as fewer rows, without error).
        return Database::open(
            path, readOnly ? Database::Access::ReadOnly : Database::Access::ReadWrite,
            verify == Verify::Pages ? Database::Check::Quick : Database::Check::None);
    } catch (const StoreError &error) {
        context.err << Tr::tr("hubregister: %1").arg(printable(error.message())) << '\n';
        if (error.kind() == StoreError::Kind::Corrupt)
            context.err << Tr::tr("“hubregister check --database FILE” names the latest good "
                                  "backup.")
                        << '\n';
        return nullptr;
    }
}

QString usage()
{
    QString text
        = Tr::tr("Usage: hubregister [--database PATH]          open the program\n"
                 "       hubregister COMMAND [OPTIONS]          work without a window\n"
                 "       hubregister --version                  print the version\n"
                 "       hubregister help                       print this text (also --help)\n\n"
                 "Commands:\n");
    for (const Command &command : Registry::all())
        text += QStringLiteral("  %1\n      %2\n").arg(command.synopsis, command.summary);
    text += Tr::tr(
        "\nEvery command takes --database PATH and --help.\n"
        "Exit status: 0 done; 1 the answer is no (eligibility), or conflicts or deletions "
        "are left to decide (merge, open-pack); 2 an error, explained on standard error; "
        "64 a wrong command line.\n");
    return text;
}

int runCommandLine(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const Command *command = Registry::find(arguments.value(1));
    if (!command) {
        err << Tr::tr("hubregister: unknown command “%1”.").arg(arguments.value(1)) << "\n\n"
            << usage();
        return ExitUsage;
    }
    bool terminal = false;
#ifdef Q_OS_UNIX
    terminal = isatty(fileno(stderr)) != 0;
#endif
    Context context { arguments.mid(2), out, err, terminal };
    try {
        return command->run(context);
    } catch (const StoreError &error) {
        err << Tr::tr("hubregister %1: %2").arg(command->name, printable(error.message())) << '\n';
        return ExitError;
    }
}

} // namespace hubreg::cli
