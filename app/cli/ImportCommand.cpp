// hubregister import gias|links|participants FILE: the imports of core/import, without a window.
#include "Command.h"
#include "database/Database.h"
#include "import/GiasEstablishmentImporter.h"
#include "import/GiasLinkImporter.h"
#include "import/ImportError.h"
#include "import/ParticipantFields.h"
#include "import/ParticipantImporter.h"
#include "records/HubStore.h"
#include "records/ImportMappingStore.h"

#include <QCoreApplication>

namespace hubreg::cli {
namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(hubreg::cli::import)
};

// Progress on one line of a terminal, rewritten in place; nothing when stderr is a file,
// unless asked for (--progress): then one line per step for a program to read, "checking DONE
// TOTAL" or "importing DONE TOTAL" (bytes of the file, or rows for participants).
ImportControl progressOn(Context &context, bool forPrograms)
{
    ImportControl control;
    if (forPrograms) {
        control.progress = [&context](ImportStage stage, qint64 done, qint64 total) {
            context.err << (stage == ImportStage::Checking ? "checking " : "importing ") << done
                        << ' ' << total << '\n'
                        << Qt::flush;
        };
        return control;
    }
    if (!context.errIsTerminal)
        return control;
    control.progress = [&context, last = -1](ImportStage stage, qint64 done, qint64 total) mutable {
        const int percent = total > 0 ? int(done * 100 / total) : 0;
        const int shown = (stage == ImportStage::Writing ? 1000 : 0) + percent;
        if (shown == last)
            return;
        last = shown;
        const QString what
            = stage == ImportStage::Checking ? Tr::tr("Checking") : Tr::tr("Importing");
        context.err << '\r' << Tr::tr("%1… %2%").arg(what).arg(percent) << Qt::flush;
        if (stage == ImportStage::Writing && done >= total)
            context.err << '\n';
    };
    return control;
}

// The report: a summary, then each rejected row and each note, on standard output.
int printReport(Context &context, const QString &kind, const ImportReport &report, bool strict)
{
    // Every line written out whole: a file's text never reaches the terminal as it is.
    for (const ImportIssue &issue : report.rejected)
        context.out << printable(Tr::tr("rejected: %1").arg(issue.describe())) << '\n';
    for (const ImportIssue &issue : report.notes)
        context.out << printable(Tr::tr("note: %1").arg(issue.describe())) << '\n';
    for (const NewSchoolEnrolment &school : report.newSchools) {
        if (!school.enrolled)
            continue; // its rows are rejected, with the warnings
        context.out << printable(
            school.warnings.isEmpty()
                ? Tr::tr("enrols: %1").arg(school.school)
                : Tr::tr("enrols: %1, despite: %2 Reason: %3")
                      .arg(school.school, school.warnings.join(QLatin1Char(' ')), school.reason))
                    << '\n';
    }
    // One pass: a file name such as "100%1.csv" must not take another marker's place.
    QString summary
        = Tr::tr("%1 %2: %3 rows; %4.")
              .arg(kind, report.fileName, QString::number(report.rows), report.summary());
    if (report.participantsEnrolled + report.schoolsEnrolled > 0)
        summary += QLatin1Char(' ')
            + Tr::tr("%1 participants and %2 schools enrolled.")
                  .arg(report.participantsEnrolled)
                  .arg(report.schoolsEnrolled);
    if (report.dryRun)
        summary += QLatin1Char(' ') + Tr::tr("Dry run: nothing was saved.");
    context.out << printable(summary) << '\n';
    if (strict && !report.rejected.isEmpty()) {
        context.err << Tr::tr(
            "hubregister import: %n row(s) rejected, so nothing was imported (--strict).", nullptr,
            int(report.rejected.size()))
                    << '\n';
        return ExitError;
    }
    // Nothing taken from a file that had rows is a failure, whatever the options.
    if (report.rows > 0 && report.rejected.size() == report.rows) {
        context.err << Tr::tr("hubregister import: every row was rejected, so nothing was "
                              "imported.")
                    << '\n';
        return ExitError;
    }
    return ExitOk;
}

int runImport(Context &context)
{
    QCommandLineParser parser;
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    Tr::tr("Check and count, but save nothing."));
    const QCommandLineOption strict(QStringLiteral("strict"),
                                    Tr::tr("Import nothing if any row is rejected."));
    const QCommandLineOption encoding(QStringLiteral("encoding"),
                                      Tr::tr("The file's encoding: utf-8, utf-16le, utf-16be or "
                                             "windows-1252 (default: detect)."),
                                      Tr::tr("NAME"));
    const QCommandLineOption la(QStringLiteral("la"),
                                Tr::tr("gias: add new schools only in these local authorities "
                                       "(codes, comma-separated)."),
                                Tr::tr("CODES"));
    const QCommandLineOption hubArea(
        QStringLiteral("hub-area"),
        Tr::tr("gias: add new schools only in the hub's local authorities."));
    const QCommandLineOption openOnly(QStringLiteral("open-only"),
                                      Tr::tr("gias: add only open schools."));
    const QCommandLineOption workGroup(QStringLiteral("workgroup"),
                                       Tr::tr("participants: the Work Group they join."),
                                       Tr::tr("CODE"));
    const QCommandLineOption mapping(
        QStringLiteral("mapping"),
        Tr::tr("participants: the saved column mapping to use (default: the "
               "one saved for the file's header, else a guess)."),
        Tr::tr("NAME"));
    const QCommandLineOption saveMapping(
        QStringLiteral("save-mapping"),
        Tr::tr("participants: save the column mapping used under this name."), Tr::tr("NAME"));
    const QCommandLineOption progress(
        QStringLiteral("progress"),
        Tr::tr("Report progress on standard error, one line per step: “checking DONE TOTAL” or "
               "“importing DONE TOTAL”."));
    const QCommandLineOption duplicates(
        QStringLiteral("duplicates"),
        Tr::tr("participants: people already held by their email address are updated "
               "(default), kept as they are, or skipped; those held by name at the same school "
               "only are kept unless this says skip."),
        Tr::tr("update|keep|skip"));
    const QCommandLineOption enrolReason(
        QStringLiteral("enrol-reason"),
        Tr::tr("participants: enrol schools new to the Work Group despite warnings (the group "
               "full, closed, not eligible, another phase), keeping this reason; without it "
               "their rows are rejected."),
        Tr::tr("TEXT"));
    for (const auto &option : { dryRun, strict, encoding, la, hubArea, openOnly, workGroup, mapping,
                                saveMapping, duplicates, enrolReason, progress })
        parser.addOption(option);
    parser.addPositionalArgument(QStringLiteral("kind"), Tr::tr("gias, links or participants"));
    parser.addPositionalArgument(QStringLiteral("file"), Tr::tr("The CSV file to import."));
    int exitCode = ExitOk;
    static const Command self = *Registry::find(QStringLiteral("import"));
    if (!parse(parser, context, self, exitCode))
        return exitCode;

    const QStringList positional = parser.positionalArguments();
    const QString kind = positional.value(0);
    auto usageError = [&](const QString &message) {
        context.err << Tr::tr("hubregister import: %1").arg(message) << '\n'
                    << Tr::tr("Usage: hubregister %1").arg(self.synopsis) << '\n';
        return int(ExitUsage);
    };
    if (positional.size() != 2)
        return usageError(
            Tr::tr("give what to import (gias, links or participants) and the file."));
    if (kind != QLatin1String("gias") && kind != QLatin1String("links")
        && kind != QLatin1String("participants"))
        return usageError(
            Tr::tr("“%1” is not something to import: gias, links or participants.").arg(kind));
    if (kind == QLatin1String("participants") && parser.value(workGroup).trimmed().isEmpty())
        return usageError(
            Tr::tr("participants join a Work Group: give its code with --workgroup CODE."));

    CsvReadOptions csv;
    const QString encodingName = parser.value(encoding).toLower();
    if (encodingName == QLatin1String("utf-8"))
        csv.encoding = TextEncoding::Utf8;
    else if (encodingName == QLatin1String("utf-16le"))
        csv.encoding = TextEncoding::Utf16LE;
    else if (encodingName == QLatin1String("utf-16be"))
        csv.encoding = TextEncoding::Utf16BE;
    else if (encodingName == QLatin1String("windows-1252"))
        csv.encoding = TextEncoding::Windows1252;
    else if (!encodingName.isEmpty())
        return usageError(Tr::tr("unknown encoding “%1”.").arg(parser.value(encoding)));
    DuplicateAction onDuplicate = DuplicateAction::Update;
    const QString duplicateText = parser.value(duplicates).toLower();
    if (duplicateText == QLatin1String("keep"))
        onDuplicate = DuplicateAction::Keep;
    else if (duplicateText == QLatin1String("skip"))
        onDuplicate = DuplicateAction::Skip;
    else if (!duplicateText.isEmpty() && duplicateText != QLatin1String("update"))
        return usageError(Tr::tr("--duplicates takes update, keep or skip."));

    auto db = openDatabase(parser, context);
    if (!db)
        return ExitError;
    const QString file = positional.at(1);
    const ImportControl control = progressOn(context, parser.isSet(progress));
    try {
        if (kind == QLatin1String("gias")) {
            GiasEstablishmentOptions options;
            options.csv = csv;
            options.dryRun = parser.isSet(dryRun);
            options.onRejection
                = parser.isSet(strict) ? OnRejection::ImportNothing : OnRejection::SkipRow;
            options.openSchoolsOnly = parser.isSet(openOnly);
            if (parser.isSet(la))
                options.localAuthorities
                    = parser.value(la).split(QLatin1Char(','), Qt::SkipEmptyParts);
            if (parser.isSet(hubArea)) {
                options.localAuthorities = HubStore(*db).allLocalAuthorities();
                if (options.localAuthorities.isEmpty()) {
                    context.err << Tr::tr(
                        "hubregister import: the hub has no local authorities set; set "
                        "them in the program, or name them with --la.")
                                << '\n';
                    return ExitError;
                }
            }
            for (QString &code : options.localAuthorities)
                code = code.trimmed();
            return printReport(context, kind,
                               GiasEstablishmentImporter(*db).run(file, options, control),
                               parser.isSet(strict));
        }
        if (kind == QLatin1String("links")) {
            ImportOptions options;
            options.csv = csv;
            options.dryRun = parser.isSet(dryRun);
            options.onRejection
                = parser.isSet(strict) ? OnRejection::ImportNothing : OnRejection::SkipRow;
            return printReport(context, kind, GiasLinkImporter(*db).run(file, options, control),
                               parser.isSet(strict));
        }
        ParticipantImportOptions options;
        options.csv = csv;
        options.dryRun = parser.isSet(dryRun);
        options.onRejection
            = parser.isSet(strict) ? OnRejection::ImportNothing : OnRejection::SkipRow;
        options.workGroupCode = parser.value(workGroup).trimmed();
        options.onDuplicate = onDuplicate;
        // A match by name alone is kept, unless every held person is to be left out.
        if (onDuplicate == DuplicateAction::Skip)
            options.onNameMatch = DuplicateAction::Skip;
        options.enrolReason = parser.value(enrolReason).trimmed();
        options.saveMappingAs = parser.value(saveMapping);
        if (parser.isSet(mapping)) {
            const auto saved = ImportMappingStore(*db).findByName(participantfields::kMappingKind,
                                                                  parser.value(mapping));
            if (!saved) {
                context.err
                    << Tr::tr("hubregister import: there is no saved column mapping called “%1”.")
                           .arg(printable(parser.value(mapping)))
                    << '\n';
                return ExitError;
            }
            options.mapping = *saved;
        }
        return printReport(context, kind, ParticipantImporter(*db).run(file, options, control),
                           parser.isSet(strict));
    } catch (const ImportError &error) {
        context.err << Tr::tr("hubregister import: %1").arg(printable(error.message())) << '\n'
                    << Tr::tr("Nothing was imported.") << '\n';
        return ExitError;
    }
}

const Registration registration(Command {
    QStringLiteral("import"),
    QStringLiteral("import gias|links|participants FILE [--database PATH] [--workgroup CODE] "
                   "[--mapping NAME] [--dry-run] [--strict] [...]"),
    QCoreApplication::translate("hubreg::cli::import",
                                "Import a GIAS establishment or links extract, or a participant "
                                "list into a Work Group. All or nothing: a failure saves nothing."),
    runImport });

} // namespace
} // namespace hubreg::cli
