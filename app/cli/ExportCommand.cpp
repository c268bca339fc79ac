// hubregister export REPORT -o FILE: the NCETM returns of core/export, without a window.
#include "Command.h"
#include "database/Database.h"
#include "domain/AcademicYear.h"
#include "export/ExportError.h"
#include "export/Exporter.h"
#include "records/ExportTemplateStore.h"
#include "records/PersonStore.h"
#include "records/ProgrammeStore.h"
#include "records/WorkGroupStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace hubreg::cli {
namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(hubreg::cli::exportcommand)
};

QString reportNames()
{
    QStringList names;
    for (ReportKind kind : allReportKinds())
        names << toStorage(kind);
    return names.join(QStringLiteral(", "));
}

// The Work Group Lead a hub administrator names: by email (unique), or by name when that names
// exactly one Lead. Returns 0, having said why on stderr, when it names nobody or several.
RecordId findLead(Database &db, const QString &text, Context &context)
{
    PersonStore people(db);
    if (const auto person = people.findByEmail(text))
        return person->id;
    QList<Person> named;
    if (!text.contains(QLatin1Char('@'))) {
        for (const Person &lead : people.workGroupLeads()) {
            if (lead.fullName().compare(text.simplified(), Qt::CaseInsensitive) == 0)
                named << lead;
        }
    }
    if (named.size() == 1)
        return named.first().id;
    if (named.isEmpty()) {
        context.err
            << (text.contains(QLatin1Char('@'))
                    ? Tr::tr("hubregister export: nobody has the email “%1”.").arg(printable(text))
                    : Tr::tr("hubregister export: no Work Group Lead is called “%1”; "
                             "name the Lead by email.")
                          .arg(printable(text)))
            << '\n';
        return 0;
    }
    QStringList emails;
    for (const Person &lead : std::as_const(named))
        emails << (lead.email.isEmpty() ? Tr::tr("(no email)") : lead.email);
    context.err << Tr::tr("hubregister export: %1 Work Group Leads are called “%2”; name one by "
                          "email: %3.")
                       .arg(QString::number(named.size()), printable(text),
                            printable(emails.join(QStringLiteral(", "))))
                << '\n';
    return 0;
}

// Progress on one line of a terminal, rewritten in place; nothing when stderr is a file.
ExportControl progressOn(Context &context)
{
    ExportControl control;
    if (!context.errIsTerminal)
        return control;
    control.progress
        = [&context, last = qint64(-1), ended = false](qint64 done, qint64 total) mutable {
              if (total == 0 || ended)
                  return; // nothing to write, or the line is finished
              // A percentage when the rows are known, else a count every thousand rows.
              const qint64 shown = total > 0 ? done * 100 / total : done / 1000;
              if (shown == last && done != total)
                  return;
              last = shown;
              const QString text = total > 0 ? Tr::tr("Writing… %1%").arg(shown)
                                             : Tr::tr("Writing… %n row(s)", nullptr, int(done));
              context.err << '\r' << text << Qt::flush;
              ended = done == total;
              if (ended)
                  context.err << '\n' << Qt::flush;
          };
    return control;
}

int runExport(Context &context)
{
    QCommandLineParser parser;
    const QCommandLineOption output(QStringList { QStringLiteral("o"), QStringLiteral("output") },
                                    Tr::tr("The file to write: CSV, or an Excel workbook when "
                                           "its name ends in .xlsx."),
                                    Tr::tr("FILE"));
    const QCommandLineOption year(QStringLiteral("year"),
                                  Tr::tr("Only this academic year, e.g. 2024/25."), Tr::tr("YEAR"));
    const QCommandLineOption programme(QStringLiteral("programme"), Tr::tr("Only this programme."),
                                       Tr::tr("CODE"));
    const QCommandLineOption workGroup(QStringLiteral("workgroup"), Tr::tr("Only this Work Group."),
                                       Tr::tr("CODE"));
    const QCommandLineOption lead(
        QStringLiteral("lead"),
        Tr::tr("Only the Work Groups this Lead leads: their email (or their name, when no other "
               "Lead has it)."),
        Tr::tr("EMAIL"));
    const QCommandLineOption from(QStringLiteral("from"),
                                  Tr::tr("Count sessions from this date (yyyy-mm-dd)."),
                                  Tr::tr("DATE"));
    const QCommandLineOption to(QStringLiteral("to"),
                                Tr::tr("Count sessions up to this date (yyyy-mm-dd)."),
                                Tr::tr("DATE"));
    const QCommandLineOption layout(
        QStringLiteral("template"),
        Tr::tr("Lay the columns out by this saved template (default: the "
               "standard layout of docs/exports.md)."),
        Tr::tr("NAME"));
    const QCommandLineOption noBom(QStringLiteral("no-bom"),
                                   Tr::tr("Write UTF-8 without a byte order mark."));
    for (const auto &option : { output, year, programme, workGroup, lead, from, to, layout, noBom })
        parser.addOption(option);
    parser.addPositionalArgument(QStringLiteral("report"), reportNames());
    int exitCode = ExitOk;
    static const Command self = *Registry::find(QStringLiteral("export"));
    if (!parse(parser, context, self, exitCode))
        return exitCode;

    auto usageError = [&](const QString &message) {
        context.err << Tr::tr("hubregister export: %1").arg(message) << '\n'
                    << Tr::tr("Usage: hubregister %1").arg(self.synopsis) << '\n';
        return int(ExitUsage);
    };
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return usageError(Tr::tr("name one report: %1.").arg(reportNames()));
    const auto kind = reportKindFromStorage(positional.first());
    if (!kind)
        return usageError(
            Tr::tr("“%1” is not a report: %2.").arg(positional.first(), reportNames()));
    if (parser.value(output).isEmpty())
        return usageError(Tr::tr("name the file to write with -o FILE."));

    ExportFilter filter;
    filter.academicYear = parser.value(year).trimmed();
    if (!filter.academicYear.isEmpty() && !AcademicYear::isValidLabel(filter.academicYear))
        return usageError(
            Tr::tr("“%1” is not an academic year such as 2024/25.").arg(filter.academicYear));
    filter.programmeCode = parser.value(programme).trimmed();
    filter.workGroupCode = parser.value(workGroup).trimmed();
    if (parser.isSet(lead) && parser.value(lead).trimmed().isEmpty())
        return usageError(Tr::tr("name the Lead with --lead EMAIL."));
    for (const auto &[option, date] :
         { std::pair { &from, &filter.from }, std::pair { &to, &filter.to } }) {
        if (!parser.isSet(*option))
            continue;
        *date = QDate::fromString(parser.value(*option), Qt::ISODate);
        if (!date->isValid())
            return usageError(
                Tr::tr("“%1” is not a date such as 2024-11-05.").arg(parser.value(*option)));
    }

    // Exports only read, so they work while the program has the file open.
    auto db = openDatabase(parser, context, true);
    if (!db)
        return ExitError;
    // A code that names nothing would give an empty return that looks like a true one.
    if (!filter.workGroupCode.isEmpty() && !WorkGroupStore(*db).findByCode(filter.workGroupCode)) {
        context.err << Tr::tr("hubregister export: no Work Group has the code “%1”.")
                           .arg(printable(filter.workGroupCode))
                    << '\n';
        return ExitError;
    }
    if (!filter.programmeCode.isEmpty() && !ProgrammeStore(*db).findByCode(filter.programmeCode)) {
        context.err << Tr::tr("hubregister export: no programme has the code “%1”.")
                           .arg(printable(filter.programmeCode))
                    << '\n';
        return ExitError;
    }
    if (parser.isSet(lead)) {
        filter.leadPersonId = findLead(*db, parser.value(lead).trimmed(), context);
        if (filter.leadPersonId == 0)
            return ExitError;
    }
    QList<ExportColumn> columns;
    if (parser.isSet(layout)) {
        const auto saved = ExportTemplateStore(*db).find(*kind, parser.value(layout));
        if (!saved) {
            context.err << Tr::tr("hubregister export: the %1 report has no template called “%2”.")
                               .arg(toStorage(*kind), printable(parser.value(layout)))
                        << '\n';
            return ExitError;
        }
        columns = saved->columns;
    }
    CsvWriteOptions options;
    options.byteOrderMark = !parser.isSet(noBom);
    const QString path = parser.value(output);
    try {
        const qint64 rows
            = Exporter(*db).write(*kind, filter, path, columns, options, progressOn(context));
        context.out << Tr::tr("Wrote %n row(s) to %1.", nullptr, int(rows))
                           .arg(printable(
                               QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath())))
                    << '\n';
        return ExitOk;
    } catch (const ExportError &error) {
        context.err << Tr::tr("hubregister export: %1").arg(printable(error.message())) << '\n';
        return ExitError;
    }
}

const Registration registration(Command {
    QStringLiteral("export"),
    QStringLiteral("export REPORT -o FILE [--database PATH] [--year 2024/25] [--programme CODE] "
                   "[--workgroup CODE] [--lead EMAIL] [--from DATE] [--to DATE] [--template NAME] "
                   "[--no-bom]"),
    QCoreApplication::translate(
        "hubreg::cli::export",
        "Write an NCETM return (participants, schools, sessions, register or "
        "engagement) as CSV, or as an Excel workbook to a FILE ending in .xlsx; the file "
        "appears whole or not at all."),
    runExport });

} // namespace
} // namespace hubreg::cli
