// hubregister restore BACKUP: put a backup back in place of a file, checked first.
#include "Command.h"
#include "database/DatabaseInfo.h"
#include "database/Restore.h"
#include "database/ServerAddress.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace hubreg::cli {
namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(hubreg::cli::restore)
};

int runRestore(Context &context)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("backup"), Tr::tr("The backup to put back."));
    int exitCode = ExitOk;
    static const Command self = *Registry::find(QStringLiteral("restore"));
    if (!parse(parser, context, self, exitCode))
        return exitCode;
    if (parser.positionalArguments().size() != 1) {
        context.err << Tr::tr("hubregister restore: name the backup to put back.") << '\n'
                    << Tr::tr("Usage: hubregister %1").arg(self.synopsis) << '\n';
        return ExitUsage;
    }
    if (ServerAddress::isServerAddress(databasePathFrom(parser))) {
        context.err << Tr::tr("hubregister restore: a hub on a server is not replaced in place. "
                              "Ask the server's administrator for an empty database and copy "
                              "the backup into it: hubregister copy BACKUP ADDRESS.")
                    << '\n';
        return ExitError;
    }
    const QString backup = parser.positionalArguments().first();
    const QString target = QFileInfo(databasePathFrom(parser)).absoluteFilePath();
    // The backup is copied and checked beside the file first; the file is kept in its backups
    // folder, then replaced by a rename, and only when nothing has it open.
    const StagedRestore staged = Restore::prepare(backup, target);
    QString kept;
    try {
        kept = Restore::replace(staged, target);
    } catch (...) {
        Restore::discard(staged);
        throw;
    }
    context.out << printable(
        Tr::tr("Restored “%1” from “%2”.")
            .arg(QDir::toNativeSeparators(target), QDir::toNativeSeparators(staged.backupPath)))
                << '\n';
    if (!kept.isEmpty())
        context.out << printable(Tr::tr("What it held before is kept in “%1”; restore that to undo "
                                        "this.")
                                     .arg(QDir::toNativeSeparators(kept)))
                    << '\n';
    return ExitOk;
}

const Registration registration(Command {
    QStringLiteral("restore"), QStringLiteral("restore BACKUP [--database PATH]"),
    QCoreApplication::translate("hubreg::cli::restore",
                                "Put a backup back in place of the file: the backup is checked "
                                "first, the file is kept in its backups folder, and it is "
                                "replaced whole or not at all."),
    runRestore });

} // namespace
} // namespace hubreg::cli
