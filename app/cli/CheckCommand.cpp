// hubregister check: whether a file is intact, page by page, and which backup to restore if not.
#include "Command.h"
#include "database/Backup.h"
#include "database/IntegrityCheck.h"
#include "database/ServerAddress.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace hubreg::cli {
namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(hubreg::cli::check)
};

int runCheck(Context &context)
{
    QCommandLineParser parser;
    const QCommandLineOption full(QStringLiteral("full"),
                                  Tr::tr("Also check that every index matches its table "
                                         "(slower)."));
    parser.addOption(full);
    int exitCode = ExitOk;
    static const Command self = *Registry::find(QStringLiteral("check"));
    if (!parse(parser, context, self, exitCode))
        return exitCode;
    if (ServerAddress::isServerAddress(databasePathFrom(parser))) {
        context.err << Tr::tr("hubregister check: a hub on a server is kept whole by the server "
                              "itself; check reads HubRegister files. To check a server's hub, "
                              "back it up into a file (hubregister backup) and check that.")
                    << '\n';
        return ExitError;
    }
    const QString path = QFileInfo(databasePathFrom(parser)).absoluteFilePath();
    const QString shown = QDir::toNativeSeparators(path);
    if (!QFileInfo::exists(path)) {
        context.err << Tr::tr("hubregister check: “%1” does not exist.").arg(printable(shown))
                    << '\n';
        return ExitError;
    }
    // Its own read-only connection: checking never changes the file, and works while the
    // program has it open.
    const IntegrityReport report = IntegrityCheck::run(
        path, parser.isSet(full) ? IntegrityCheck::Depth::Full : IntegrityCheck::Depth::Quick);
    if (report.intact) {
        context.out << Tr::tr("“%1” is intact.").arg(printable(shown)) << '\n';
        return ExitOk;
    }
    context.err << Tr::tr("hubregister check: %1").arg(printable(report.message())) << '\n';
    if (report.unreadable)
        return ExitError; // nothing is known of its pages: no reason to offer a backup
    const QString backup = Backup::latestGood(path);
    if (backup.isEmpty()) {
        context.err << Tr::tr("No good backup of it was found in “%1”.")
                           .arg(QDir::toNativeSeparators(Backup::folderPath(path)))
                    << '\n';
    } else {
        context.err << Tr::tr("The latest good backup is “%1” (taken %2). To put it back:")
                           .arg(QDir::toNativeSeparators(backup),
                                QFileInfo(backup).lastModified().toString(
                                    QStringLiteral("dd/MM/yyyy HH:mm")))
                    << "\n  hubregister restore \"" << QDir::toNativeSeparators(backup)
                    << "\" --database \"" << shown << "\"\n";
    }
    return ExitError;
}

const Registration registration(Command {
    QStringLiteral("check"), QStringLiteral("check [--database PATH] [--full]"),
    QCoreApplication::translate("hubreg::cli::check",
                                "Read every page of the file to find damage; when it is damaged, "
                                "name the latest good backup (exit status 2)."),
    runCheck });

} // namespace
} // namespace hubreg::cli
