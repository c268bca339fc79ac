#include "GiasLinkImporter.h"

#include "HeaderIndex.h"
#include "ImportError.h"
#include "ImportFileScan.h"
#include "ImportValues.h"
#include "domain/School.h"
#include "store/Clock.h"
#include "store/Database.h"
#include "store/LargeCache.h"
#include "store/SqlQuery.h"
#include "store/Transaction.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QUuid>

namespace hubreg {

namespace {

// Gives lupdate and the translator the same context for this file's strings.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(hubreg::GiasLinkImporter)
};

const QLatin1String kUrn("URN");
const QLatin1String kLinkUrn("LinkURN");
const QLatin1String kLinkName("LinkName");
const QLatin1String kLinkType("LinkType");
const QLatin1String kLinkDate("LinkEstablishedDate");

struct LinkColumns
{
    explicit LinkColumns(const HeaderIndex &index)
        : urn(index.column(kUrn))
        , linkUrn(index.column(kLinkUrn))
        , name(index.column(kLinkName))
        , type(index.column(kLinkType))
        , date(index.column(kLinkDate))
    { }
    int urn;
    int linkUrn;
    int name;
    int type;
    int date;
};

// Reads one row; the first problem found rejects it.
std::optional<ImportIssue> readLink(const LinkColumns &columns, const CsvRow &row, SchoolLink &link)
{
    auto problem = [&](int column, const QString &heading, const QString &message) {
        const CsvPosition at = row.positionOf(column);
        return ImportIssue { at.line, at.column, heading, message };
    };
    const QString urn = row.fields.at(columns.urn).trimmed();
    const QString linked = row.fields.at(columns.linkUrn).trimmed();
    if (const auto value = Urn::parse(urn))
        link.urn = *value;
    else
        return problem(columns.urn, kUrn,
                       Tr::tr("“%1” is not a URN (six digits)").arg(importvalues::shown(urn)));
    if (const auto value = Urn::parse(linked))
        link.linkedUrn = *value;
    else
        return problem(columns.linkUrn, kLinkUrn,
                       Tr::tr("“%1” is not a URN (six digits)").arg(importvalues::shown(linked)));
    if (link.urn == link.linkedUrn)
        return problem(columns.linkUrn, kLinkUrn, Tr::tr("a school cannot be linked to itself"));
    link.linkType = row.fields.at(columns.type).trimmed();
    if (link.linkType.isEmpty())
        return problem(columns.type, kLinkType, Tr::tr("the link type is missing"));
    if (columns.name >= 0)
        link.linkedName = row.fields.at(columns.name).trimmed();
    if (columns.date >= 0) {
        const QString text = row.fields.at(columns.date).trimmed();
        const auto date = importvalues::date(text);
        if (!text.isEmpty() && !date)
            return problem(columns.date, kLinkDate,
                           Tr::tr("“%1” is not a date (dd-mm-yyyy)").arg(importvalues::shown(text)));
        link.establishedOn = date.value_or(QDate());
    }
    return std::nullopt;
}

QString keyOf(const SchoolLink &link)
{
    return QStringLiteral("%1|%2|%3")
        .arg(link.urn.value())
        .arg(link.linkedUrn.value())
        .arg(link.linkType);
}

} // namespace

QStringList GiasLinkImporter::requiredColumns()
{
    return { kUrn, kLinkUrn, kLinkType };
}

ImportReport GiasLinkImporter::run(const QString &path, const ImportOptions &options,
                                   const ImportControl &control)
{
    ImportReport report;
    report.dryRun = options.dryRun;
    try {
        ImportFileScan check(path, options.csv);
        report.fileName = check.fileName();
        const HeaderIndex index(check.header());
        const QStringList missing = index.missing(requiredColumns());
        if (!missing.isEmpty())
            throw ImportError(check.fileName(), { 1, 0 },
                              Tr::tr("this is not a GIAS links extract: the columns %1 are missing")
                                  .arg(missing.join(QStringLiteral(", "))));
        const LinkColumns columns(index);
        for (const QString &heading : check.header()) {
            const int at = index.column(heading);
            if (at != columns.urn && at != columns.linkUrn && at != columns.name
                && at != columns.type && at != columns.date)
                report.unusedColumns << heading;
        }

        QSet<qint64> rejectedRows;
        QHash<QString, qint64> firstLine;
        qint64 rowIndex = 0;
        check.run(
            ImportStage::Checking, control,
            [&](const CsvRow &row) {
                ++rowIndex;
                SchoolLink link;
                std::optional<ImportIssue> problem = readLink(columns, row, link);
                if (!problem) {
                    const QString key = keyOf(link);
                    if (const qint64 first = firstLine.value(key, 0); first > 0)
                        problem = ImportIssue { row.start.line,
                                                0,
                                                {},
                                                Tr::tr("the same link appears twice; it was first on "
                                                   "line %1")
                                                    .arg(first) };
                    else
                        firstLine.insert(key, row.start.line);
                }
                if (problem) {
                    rejectedRows.insert(rowIndex);
                    report.rejected << *problem;
                }
            },
            [&](const ImportIssue &issue) {
                rejectedRows.insert(++rowIndex);
                report.rejected << issue;
            });
        firstLine.clear();
        report.rows = rowIndex;
        if (options.onRejection == OnRejection::ImportNothing && !report.rejected.isEmpty())
            return report;

        ImportFileScan write(path, options.csv);
        const LargeCache cache(m_db);
        Transaction transaction(m_db);
        SqlQuery find(m_db,
                      QStringLiteral("SELECT id, linked_name, established_on FROM school_links "
                                     "WHERE urn = :urn AND linked_urn = :linked AND "
                                     "link_type = :type"));
        SqlQuery insert(m_db,
                        QStringLiteral("INSERT INTO school_links (uuid, urn, linked_urn, "
                                       "link_type, linked_name, established_on, created_at, "
                                       "updated_at) VALUES (:uuid, :urn, :linked, :type, "
                                       ":name, :date, :created, :now)"));
        SqlQuery update(m_db,
                        QStringLiteral("UPDATE school_links SET linked_name = :name, "
                                       "established_on = :date, updated_at = :now WHERE id "
                                       "= :id"));
        const QString now = Clock::timestamp(m_db.clock().nowUtc());
        rowIndex = 0;
        write.run(
            ImportStage::Writing, control,
            [&](const CsvRow &row) {
                if (rejectedRows.contains(++rowIndex))
                    return;
                SchoolLink link;
                readLink(columns, row, link);
                find.bind(QStringLiteral(":urn"), link.urn.value())
                    .bind(QStringLiteral(":linked"), link.linkedUrn.value())
                    .bind(QStringLiteral(":type"), link.linkType)
                    .exec();
                if (find.next()) {
                    const RecordId id = find.value(0).toLongLong();
                    const QString name
                        = columns.name >= 0 ? link.linkedName : find.value(1).toString();
                    const QDate date
                        = columns.date >= 0 ? link.establishedOn : dateFrom(find.value(2));
                    if (name == find.value(1).toString() && date == dateFrom(find.value(2))) {
                        ++report.unchanged;
                        return;
                    }
                    update.bind(QStringLiteral(":id"), id)
                        .bind(QStringLiteral(":name"), name)
                        .bind(QStringLiteral(":date"), nullableDate(date))
                        .bind(QStringLiteral(":now"), now)
                        .exec();
                    ++report.updated;
                    return;
                }
                insert
                    .bind(QStringLiteral(":uuid"),
                          QUuid::createUuid().toString(QUuid::WithoutBraces))
                    .bind(QStringLiteral(":urn"), link.urn.value())
                    .bind(QStringLiteral(":linked"), link.linkedUrn.value())
                    .bind(QStringLiteral(":type"), link.linkType)
                    .bind(QStringLiteral(":name"), link.linkedName)
                    .bind(QStringLiteral(":date"), nullableDate(link.establishedOn))
                    .bind(QStringLiteral(":created"), now)
                    .bind(QStringLiteral(":now"), now)
                    .exec();
                ++report.added;
            },
            [&](const ImportIssue &) { ++rowIndex; });
        if (report.added + report.updated > 0)
            m_db.noteChange(Entity::SchoolLink);
        if (options.dryRun) {
            transaction.rollback();
        } else {
            transaction.commit();
            report.committed = true;
        }
    } catch (const ImportCancelled &) {
        report.cancelled = true;
        report.added = report.updated = report.unchanged = report.skipped = 0;
    }
    return report;
}

} // namespace hubreg
