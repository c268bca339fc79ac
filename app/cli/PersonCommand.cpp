// hubregister person export|erase: a subject access export, and erasure that keeps the counts.
#include "Command.h"
#include "PrivacyCommandSupport.h"
#include "database/Database.h"
#include "database/StoreError.h"
#include "people/SubjectAccessDocument.h"
#include "privacy/BackupCopies.h"
#include "privacy/Erasure.h"
#include "records/PersonStore.h"

#include <QCoreApplication>
#include <QDir>

namespace hubreg::cli {
namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(hubreg::cli::person)
};

const QString kName = QStringLiteral("person");

int runExport(QCommandLineParser &parser, const QString &who, const QCommandLineOption &output,
              Context &context)
{
    if (parser.value(output).isEmpty()) {
        context.err << Tr::tr("hubregister person export: name the file to write with -o FILE.")
                    << '\n';
        return ExitUsage;
    }
    // Reading is enough, and works while the window has the file open.
    auto db = openDatabase(parser, context, true);
    if (!db)
        return ExitError;
    const auto person = findPerson(*db, who, context, QStringLiteral("person export"));
    if (!person)
        return ExitError;
    const QStringList written = ui::subjectaccess::write(*db, person->id, parser.value(output));
    context.out
        << Tr::tr("Wrote everything held about %1, readable by you only:").arg(person->fullName())
        << '\n';
    for (const QString &path : written)
        context.out << "  " << QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()) << '\n';
    return ExitOk;
}

int runErase(QCommandLineParser &parser, const QString &who, BackupAction action, bool yes,
             Context &context)
{
    auto db = openDatabase(parser, context);
    if (!db)
        return ExitError;
    const auto person = findPerson(*db, who, context, QStringLiteral("person erase"));
    if (!person)
        return ExitError;
    const QList<BackupCopy> copies = BackupCopies::holding(*db, { person->uuid });
    if (person->isErased()) {
        context.out << Tr::tr("%1 was erased on %2.")
                           .arg(person->fullName(),
                                person->erasedAt.toLocalTime().toString(
                                    QStringLiteral("dd/MM/yyyy")))
                    << '\n';
        printBackups(copies, context);
        if (copies.isEmpty() || action == BackupAction::Keep)
            return ExitOk;
        if (!confirmed(yes,
                       action == BackupAction::Rewrite ? Tr::tr("Rewrite these backups?")
                                                       : Tr::tr("Delete these backups?"),
                       context, QStringLiteral("person erase")))
            return ExitUsage;
        return applyBackupAction(*db, copies, { person->uuid }, action, context) ? ExitOk
                                                                                 : ExitError;
    }
    const ErasurePlan plan = Erasure(*db).plan({ person->id });
    const QString name = person->email.isEmpty()
        ? person->fullName()
        : Tr::tr("%1 (%2)").arg(person->fullName(), person->email);
    context.out << Tr::tr("Erasing %1 everywhere in this file.").arg(name) << '\n';
    printPlan(plan, context);
    printBackups(copies, context);
    if (!copies.isEmpty())
        context.out << (action == BackupAction::Keep
                            ? Tr::tr("They are kept (--backups rewrite or delete deals with them "
                                     "now).")
                            : action == BackupAction::Rewrite
                            ? Tr::tr("They will be rewritten without them.")
                            : Tr::tr("They will be deleted."))
                    << '\n';
    if (!confirmed(yes, Tr::tr("Erase %1? This cannot be undone.").arg(person->fullName()), context,
                   QStringLiteral("person erase")))
        return ExitUsage;
    const auto outcome = Erasure(*db).erase({ person->id });
    const ErasureSubject &subject = outcome->plan.people.first();
    context.out << (subject.removedEntirely
                        ? Tr::tr("Erased: their record is gone.")
                        : Tr::tr("Erased: the file now calls them “%1”.").arg(subject.label))
                << '\n'
                << outcome->residue.summary() << '\n';
    const bool backupsDone = applyBackupAction(*db, copies, { person->uuid }, action, context);
    return outcome->residue.clean() && backupsDone ? ExitOk : ExitError;
}

int runPerson(Context &context)
{
    QCommandLineParser parser;
    const QCommandLineOption output(QStringList { QStringLiteral("o"), QStringLiteral("output") },
                                    Tr::tr("export: the PDF to write (FILE.pdf); the JSON goes "
                                           "beside it (FILE.json)."),
                                    Tr::tr("FILE"));
    const QCommandLineOption yes = yesOption();
    const QCommandLineOption backups = backupsOption();
    for (const auto &option : { output, yes, backups })
        parser.addOption(option);
    parser.addPositionalArgument(QStringLiteral("action"), Tr::tr("export or erase"));
    parser.addPositionalArgument(QStringLiteral("person"),
                                 Tr::tr("Their email, number, or reference (uuid)."));
    int exitCode = ExitOk;
    static const Command self = *Registry::find(kName);
    if (!parse(parser, context, self, exitCode))
        return exitCode;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    if (positional.size() != 2
        || (action != QLatin1String("export") && action != QLatin1String("erase"))) {
        context.err << Tr::tr("hubregister person: say export or erase, and who.") << '\n'
                    << Tr::tr("Usage: hubregister %1").arg(self.synopsis) << '\n';
        return ExitUsage;
    }
    if (action == QLatin1String("export"))
        return runExport(parser, positional.at(1), output, context);
    const auto backupAction = backupActionFrom(parser.value(backups), context, kName);
    if (!backupAction)
        return ExitUsage;
    return runErase(parser, positional.at(1), *backupAction, parser.isSet(yes), context);
}

const Registration registration(Command {
    kName,
    QStringLiteral("person export EMAIL|ID -o FILE.pdf | person erase EMAIL|ID [--yes] "
                   "[--backups keep|rewrite|delete] [--database PATH]"),
    QCoreApplication::translate(
        "hubreg::cli::person",
        "Everything held about one person as a PDF and JSON (a subject access request), or "
        "erase their personal data keeping their attendance as an anonymous participant."),
    runPerson });

} // namespace
} // namespace hubreg::cli
