// hubregister copy SOURCE TARGET: a whole hub moved between a file and a server, verified.
#include "Command.h"
#include "database/Database.h"
#include "database/HubCopy.h"

#include <QCoreApplication>

namespace hubreg::cli {
namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(hubreg::cli::copy)
};

int runCopy(Context &context)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("source"),
                                 Tr::tr("The hub to copy: a file, or a server address."));
    parser.addPositionalArgument(QStringLiteral("target"),
                                 Tr::tr("Where to: a new file, or an empty database on a server."));
    int exitCode = ExitOk;
    static const Command self = *Registry::find(QStringLiteral("copy"));
    if (!parse(parser, context, self, exitCode))
        return exitCode;
    const QStringList places = parser.positionalArguments();
    if (places.size() != 2) {
        context.err << Tr::tr("hubregister copy: name the source and the target.") << '\n'
                    << Tr::tr("Usage: hubregister %1").arg(self.synopsis) << '\n';
        return ExitUsage;
    }
    // Read-only: the source is never changed, and may stay open in a window meanwhile.
    const auto source
        = Database::open(places.at(0), Database::Access::ReadOnly, Database::Check::Quick);
    const QList<HubCopy::Table> tables = HubCopy::copyTo(*source, places.at(1));
    qint64 rows = 0;
    for (const HubCopy::Table &table : tables) {
        context.out << QStringLiteral("  %1: %2 %3\n")
                           .arg(table.name, -28)
                           .arg(table.rows, 8)
                           .arg(QString::fromLatin1(table.checksum.toHex().left(16)));
        rows += table.rows;
    }
    context.out << Tr::tr("Copied %1 rows in %2 tables to %3; every table's count and "
                          "checksum match the source.")
                       .arg(rows)
                       .arg(tables.size())
                       .arg(printable(places.at(1)))
                << '\n';
    return ExitOk;
}

const Registration registration(Command {
    QStringLiteral("copy"), QStringLiteral("copy SOURCE TARGET"),
    QCoreApplication::translate("hubreg::cli::copy",
                                "Copy a whole hub between a file and a server "
                                "(postgresql://user@host:port/database), either way: all or "
                                "nothing, verified table by table. The target must be a new file "
                                "or an empty database."),
    runCopy });

} // namespace
} // namespace hubreg::cli
