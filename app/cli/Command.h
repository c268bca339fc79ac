#pragma once

#include <QCommandLineParser>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <memory>

namespace hubreg {
class Database;
}

namespace hubreg::cli {

// Exit statuses scripts can rely on.
enum ExitCode {
    ExitOk = 0,    // done
    ExitNo = 1,    // the command ran and its answer is "no" (for example: not eligible)
    ExitError = 2, // bad input, or the database refused
    ExitUsage = 64 // the command line itself is wrong
};

// What a subcommand gets: its arguments (without the program and command names) and the
// streams it reports on. Results go to `out`, messages and progress to `err`.
struct Context
{
    QStringList arguments;
    QTextStream &out;
    QTextStream &err;
    bool errIsTerminal = false;
};

// A headless subcommand: `hubregister NAME ...`.
struct Command
{
    QString name;
    QString synopsis; // "demo --database PATH"
    QString summary;  // one line for --help
    std::function<int(Context &)> run;
};

// Subcommands register themselves from their own file with a static Registration.
class Registry
{
public:
    static void add(Command command);
    static const Command *find(const QString &name);
    static QList<Command> all(); // sorted by name
};

struct Registration
{
    explicit Registration(Command command) { Registry::add(std::move(command)); }
};

// Parses `context.arguments` with the options every command shares (--database, --help).
// Returns false (having printed why) when the command should stop with `exitCode`.
bool parse(QCommandLineParser &parser, Context &context, const Command &command, int &exitCode);
QCommandLineOption databaseOption();
QString databasePathFrom(const QCommandLineParser &parser);

// How much of the file to read before a command trusts it.
enum class Verify {
    Pages, // every page (IntegrityCheck, quick): a damaged file is refused, never half read
    None // the command checks for itself (backup runs the full check)
};

// Opens the database named on the command line, or prints why not and returns null.
std::unique_ptr<Database> openDatabase(const QCommandLineParser &parser, Context &context,
                                       bool readOnly = false, Verify verify = Verify::Pages);

// Text from a file or the database made safe to print: control characters and direction
// overrides written out (\x1B), so nothing printed can act on the terminal.
QString printable(const QString &text);

// Runs `hubregister COMMAND ...` or prints help; returns the process exit status.
int runCommandLine(const QStringList &arguments);
bool isCommand(const QString &name);
QString usage();

} // namespace hubreg::cli
