// hubregister eligibility: may this school join that programme? For scripts and lists of
// applicants.
#include "Command.h"
#include "database/Database.h"
#include "domain/Validation.h"
#include "eligibility/EligibilityChecker.h"
#include "records/ProgrammeStore.h"
#include "records/SchoolStore.h"

#include <QCoreApplication>

namespace hubreg::cli {
namespace {

// Gives lupdate and the translator the same context for this file's strings.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(hubreg::cli::eligibility)
};

int runEligibility(Context &context)
{
    QCommandLineParser parser;
    const QCommandLineOption programmeOption(QStringLiteral("programme"),
                                             Tr::tr("The programme's code, such as TFM-EMB."),
                                             Tr::tr("CODE"));
    const QCommandLineOption yearOption(QStringLiteral("year"),
                                        Tr::tr("Count Work Groups of this academic year (such as "
                                               "2025/26) and earlier ones only."),
                                        Tr::tr("YEAR"));
    parser.addOption(programmeOption);
    parser.addOption(yearOption);
    parser.addPositionalArgument(QStringLiteral("URN"), Tr::tr("The school's six-digit URN."));
    int exitCode = ExitOk;
    static const Command self = *Registry::find(QStringLiteral("eligibility"));
    if (!parse(parser, context, self, exitCode))
        return exitCode;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1 || !parser.isSet(programmeOption)) {
        context.err << Tr::tr("hubregister eligibility: give one URN and --programme CODE.") << '\n'
                    << Tr::tr("Usage: hubregister %1").arg(self.synopsis) << '\n';
        return ExitUsage;
    }
    const auto urn = Urn::parse(positional.constFirst().trimmed());
    if (!urn) {
        context.err << Tr::tr("hubregister eligibility: “%1” is not a URN (six digits).")
                           .arg(printable(positional.constFirst()))
                    << '\n';
        return ExitError;
    }
    // Read-only: a check never changes the file, and works while the program has it open.
    auto db = openDatabase(parser, context, true);
    if (!db)
        return ExitError;
    const auto school = SchoolStore(*db).findByUrn(*urn);
    if (!school) {
        context.err << Tr::tr("hubregister eligibility: no school with URN %1 in %2.")
                           .arg(urn->toString(), db->path())
                    << '\n';
        return ExitError;
    }
    const QString code = parser.value(programmeOption).trimmed();
    const auto programme = ProgrammeStore(*db).findByCode(code);
    if (!programme) {
        context.err << Tr::tr("hubregister eligibility: no programme with the code “%1”.")
                           .arg(printable(code))
                    << '\n';
        return ExitError;
    }

    const EligibilityVerdict verdict
        = EligibilityChecker(*db).check(school->id, programme->id, parser.value(yearOption));
    const QString subject = Tr::tr("%1 (URN %2)").arg(school->name, school->urn.toString());
    const QString target = Tr::tr("%1 (%2)").arg(programme->code, programme->title);
    // Names come from GIAS files and people: printed with their control characters written
    // out, so a name cannot clear the screen or forge a line.
    context.out << printable(
        (verdict.eligible ? Tr::tr("%1 is eligible for %2.") : Tr::tr("%1 is not eligible for %2."))
            .arg(subject, target))
                << '\n'
                << printable(Tr::tr("Rule: %1").arg(verdict.rule)) << '\n';
    for (const QString &reason : verdict.reasons)
        context.out << QStringLiteral("- ") << printable(reason) << '\n';
    return verdict.eligible ? ExitOk : ExitNo;
}

const Registration registration(Command {
    QStringLiteral("eligibility"),
    QStringLiteral("eligibility URN --programme CODE [--year YYYY/YY] [--database PATH]"),
    QCoreApplication::translate("hubreg::cli::eligibility",
                                "Say whether a school may join a programme, and why. Exit status "
                                "0: eligible; 1: not eligible; 2: unknown URN or programme."),
    runEligibility });

} // namespace
} // namespace hubreg::cli
