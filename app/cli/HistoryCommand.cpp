// hubregister history: who changed a person or a school, and when, from the audit trail.
#include "Command.h"
#include "database/Database.h"
#include "database/StoreError.h"
#include "domain/Validation.h"
#include "history/AuditTrail.h"
#include "records/PersonStore.h"
#include "records/SchoolStore.h"

#include <QCoreApplication>

namespace hubreg::cli {
namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(hubreg::cli::history)
};

const QString kName = QStringLiteral("history");

int runHistory(Context &context)
{
    QCommandLineParser parser;
    const QCommandLineOption person(QStringLiteral("person"),
                                    Tr::tr("The person's ID (as `hubregister person` shows)."),
                                    Tr::tr("ID"));
    const QCommandLineOption school(QStringLiteral("school"), Tr::tr("The school's URN."),
                                    Tr::tr("URN"));
    const QCommandLineOption out(QStringLiteral("out"),
                                 Tr::tr("Write the history as CSV to FILE (readable by you "
                                        "only) instead of listing it."),
                                 Tr::tr("FILE"));
    for (const auto &option : { person, school, out })
        parser.addOption(option);
    int exitCode = ExitOk;
    static const Command self = *Registry::find(kName);
    if (!parse(parser, context, self, exitCode))
        return exitCode;
    if (parser.isSet(person) == parser.isSet(school) || !parser.positionalArguments().isEmpty()) {
        context.err << Tr::tr("hubregister history: give --person ID or --school URN.") << '\n'
                    << Tr::tr("Usage: hubregister %1").arg(self.synopsis) << '\n';
        return ExitUsage;
    }
    auto db = openDatabase(parser, context, true);
    if (!db)
        return ExitError;
    Entity entity = Entity::Person;
    RecordId id = 0;
    if (parser.isSet(person)) {
        bool ok = false;
        id = parser.value(person).toLongLong(&ok);
        if (!ok || !PersonStore(*db).find(id)) {
            context.err << Tr::tr("hubregister history: no person with the ID “%1”.")
                               .arg(printable(parser.value(person)))
                        << '\n';
            return ExitError;
        }
    } else {
        entity = Entity::School;
        const auto urn = Urn::parse(parser.value(school).trimmed());
        const auto found = urn ? SchoolStore(*db).findByUrn(*urn) : std::nullopt;
        if (!found) {
            context.err << Tr::tr("hubregister history: no school with the URN “%1”.")
                               .arg(printable(parser.value(school)))
                        << '\n';
            return ExitError;
        }
        id = found->id;
    }
    try {
        const AuditTrail trail(*db);
        const QList<AuditEntry> entries = trail.history(entity, id);
        if (parser.isSet(out)) {
            trail.exportCsv(entries, parser.value(out));
            context.out << Tr::tr("Wrote %n entries to %1.", nullptr, int(entries.size()))
                               .arg(parser.value(out))
                        << '\n';
            return ExitOk;
        }
        for (const AuditEntry &entry : entries)
            context.out << entry.at.toUTC().toString(Qt::ISODate) << '\t' << printable(entry.who)
                        << '\t' << AuditEntry::actionName(entry.action) << '\t'
                        << printable(entry.describeChanges()) << '\n';
    } catch (const StoreError &error) {
        context.err << Tr::tr("hubregister history: %1").arg(error.message()) << '\n';
        return ExitError;
    }
    return ExitOk;
}

const Registration registration(Command {
    kName, QStringLiteral("history --person ID|--school URN [--out FILE] [--database PATH]"),
    QCoreApplication::translate("hubreg::cli::history",
                                "List who changed a person or a school and when, from the "
                                "audit trail, or write it as CSV."),
    runHistory });

} // namespace
} // namespace hubreg::cli
