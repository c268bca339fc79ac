// hubregister backup: a verified copy of the file, now.
#include "Command.h"
#include "database/Backup.h"
#include "database/Clock.h"
#include "database/Database.h"
#include "database/HubCopy.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace hubreg::cli {
namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(hubreg::cli::backup)
};

int runBackup(Context &context)
{
    QCommandLineParser parser;
    const QCommandLineOption output(
        QStringList { QStringLiteral("o"), QStringLiteral("output") },
        Tr::tr("Write the copy here, a new file in a folder that exists "
               "(default: the backups folder beside the file)."),
        Tr::tr("FILE"));
    parser.addOption(output);
    int exitCode = ExitOk;
    static const Command self = *Registry::find(QStringLiteral("backup"));
    if (!parse(parser, context, self, exitCode))
        return exitCode;
    // Read-only is enough to copy, and works while the window has the file open. The copy
    // runs the full check of the file itself: a damaged file is never backed up as good.
    auto db = openDatabase(parser, context, true, Verify::None);
    if (!db)
        return ExitError;
    QString target = parser.value(output);
    if (db->isServer()) {
        // A server's hub is backed up as a HubRegister file: one administrator can open it
        // anywhere, and `copy` takes it back to a server.
        if (target.isEmpty())
            target = HubCopy::serverBackupPath(*db);
        HubCopy::copyTo(*db, target);
    } else if (target.isEmpty()) {
        target = Backup::takeNow(*db);
    } else {
        Backup::copyVerified(*db, target);
    }
    context.out << Tr::tr("Backed up and verified: %1")
                       .arg(printable(
                           QDir::toNativeSeparators(QFileInfo(target).absoluteFilePath())))
                << '\n';
    return ExitOk;
}

const Registration registration(Command {
    QStringLiteral("backup"), QStringLiteral("backup [--database PATH] [-o FILE]"),
    QCoreApplication::translate(
        "hubreg::cli::backup",
        "Copy the file and verify the copy (integrity, schema, record counts). "
        "A hub on a server is copied into a new HubRegister file."),
    runBackup });

} // namespace
} // namespace hubreg::cli
