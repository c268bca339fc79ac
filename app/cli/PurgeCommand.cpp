// hubregister purge: anonymise everyone past the retention period, as an erasure does.
#include "Command.h"
#include "PrivacyCommandSupport.h"
#include "database/Clock.h"
#include "database/Database.h"
#include "history/AuditTrail.h"
#include "privacy/BackupCopies.h"
#include "privacy/Erasure.h"
#include "privacy/Retention.h"
#include "records/PersonStore.h"

#include <QCoreApplication>

namespace hubreg::cli {
namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(hubreg::cli::purge)
};

const QString kName = QStringLiteral("purge");

int runPurge(Context &context)
{
    QCommandLineParser parser;
    const QCommandLineOption olderThan(
        QStringLiteral("older-than"),
        Tr::tr("Anonymise people whose last Work Group ended more than YEARS years ago (default: "
               "each hub's retention period)."),
        Tr::tr("YEARS"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    Tr::tr("Only list who would be anonymised; change nothing."));
    const QCommandLineOption yes = yesOption();
    const QCommandLineOption backups = backupsOption();
    for (const auto &option : { olderThan, dryRun, yes, backups })
        parser.addOption(option);
    int exitCode = ExitOk;
    static const Command self = *Registry::find(kName);
    if (!parse(parser, context, self, exitCode))
        return exitCode;
    if (!parser.positionalArguments().isEmpty()) {
        context.err << Tr::tr("hubregister purge: unexpected “%1”.")
                           .arg(parser.positionalArguments().first())
                    << '\n'
                    << Tr::tr("Usage: hubregister %1").arg(self.synopsis) << '\n';
        return ExitUsage;
    }
    std::optional<int> years;
    if (parser.isSet(olderThan)) {
        bool ok = false;
        const int value = parser.value(olderThan).toInt(&ok);
        if (!ok || value < Retention::kFewestYears || value > Retention::kMostYears) {
            context.err << Tr::tr("hubregister purge: --older-than is a number of years from %1 "
                                  "to %2, not “%3”.")
                               .arg(Retention::kFewestYears)
                               .arg(Retention::kMostYears)
                               .arg(parser.value(olderThan))
                        << '\n';
            return ExitUsage;
        }
        years = value;
    }
    const auto action = backupActionFrom(parser.value(backups), context, kName);
    if (!action)
        return ExitUsage;

    auto db = openDatabase(parser, context, parser.isSet(dryRun));
    if (!db)
        return ExitError;
    if (!parser.isSet(dryRun)) {
        // The trail is kept as long as the hubs keep personal data.
        if (const int gone = AuditTrail(*db).purge(db->clock().today()); gone > 0)
            context.out << Tr::tr("Removed %n audit trail entries older than the retention "
                                  "period.",
                                  nullptr, gone)
                        << '\n';
    }
    const QList<RetentionCandidate> due = Retention(*db).due(db->clock().today(), years);
    if (due.isEmpty()) {
        context.out << Tr::tr("Nobody is past the retention period.") << '\n';
        return ExitOk;
    }
    QList<RecordId> ids;
    QList<QUuid> uuids;
    PersonStore people(*db);
    context.out << Tr::tr("%n person(s) past the retention period:", nullptr, int(due.size()))
                << '\n';
    for (const RetentionCandidate &candidate : due) {
        ids << candidate.personId;
        if (const auto person = people.find(candidate.personId))
            uuids << person->uuid;
        context.out << "  " << candidate.personId << '\t' << candidate.name << '\t'
                    << candidate.email << '\t'
                    << (candidate.lastYear.isEmpty() ? Tr::tr("no Work Group") : candidate.lastYear)
                    << '\t'
                    << Tr::tr("kept until %1")
                           .arg(candidate.keptUntil.toString(QStringLiteral("dd/MM/yyyy")))
                    << '\n';
    }
    const ErasurePlan plan = Erasure(*db).plan(ids);
    printPlan(plan, context);
    const QList<BackupCopy> copies = BackupCopies::holding(*db, uuids);
    printBackups(copies, context);
    if (parser.isSet(dryRun)) {
        context.out << Tr::tr("Dry run: nothing was changed.") << '\n';
        return ExitOk;
    }
    if (!confirmed(
            parser.isSet(yes),
            Tr::tr("Anonymise %n person(s)? This cannot be undone.", nullptr, int(ids.size())),
            context, kName))
        return ExitUsage;
    ErasureControl control;
    if (context.errIsTerminal)
        control.progress = [&context](int done, int total) {
            context.err << '\r' << Tr::tr("Anonymising… %1 of %2").arg(done).arg(total)
                        << Qt::flush;
            if (done == total)
                context.err << '\n' << Qt::flush;
        };
    const auto outcome = Erasure(*db).erase(ids, control);
    context.out << Tr::tr("Anonymised %n person(s).", nullptr, int(outcome->plan.people.size()))
                << '\n'
                << outcome->residue.summary() << '\n';
    const bool backupsDone = applyBackupAction(*db, copies, uuids, *action, context);
    return outcome->residue.clean() && backupsDone ? ExitOk : ExitError;
}

const Registration registration(Command {
    kName,
    QStringLiteral("purge [--older-than YEARS] [--dry-run] [--yes] "
                   "[--backups keep|rewrite|delete] [--database PATH]"),
    QCoreApplication::translate(
        "hubreg::cli::purge",
        "Anonymise everyone past the retention period (each hub's, or --older-than), keeping "
        "their attendance so the figures of those years stay the same."),
    runPurge });

} // namespace
} // namespace hubreg::cli
