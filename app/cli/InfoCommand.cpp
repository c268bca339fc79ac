// hubregister info: what a database file holds, for scripts and support.
#include "Command.h"
#include "database/Database.h"
#include "database/DatabaseInfo.h"

#include <QCoreApplication>

namespace hubreg::cli {
namespace {

int runInfo(Context &context)
{
    QCommandLineParser parser;
    int exitCode = ExitOk;
    static const Command self = *Registry::find(QStringLiteral("info"));
    if (!parse(parser, context, self, exitCode))
        return exitCode;
    // Read-only: looking never changes the file, and works while the program has it open.
    // Every page is read first: the counts of a damaged file would be wrong without a word.
    auto db = openDatabase(parser, context, true);
    if (!db)
        return ExitError;
    const DatabaseInfo info = DatabaseInfo::of(*db);
    for (const auto &line : info.lines())
        context.out << line.first << ": " << printable(line.second) << '\n';
    return ExitOk;
}

const Registration registration(Command {
    QStringLiteral("info"), QStringLiteral("info [--database PATH]"),
    QCoreApplication::translate(
        "hubreg::cli::info", "Show the file's location, size, schema version and record counts."),
    runInfo });

} // namespace
} // namespace hubreg::cli
