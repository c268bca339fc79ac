#include "ReportSql.h"

#include "database/SqlQuery.h"
#include "figures/AttendanceRules.h"

namespace hubreg::reportsql {

QString withClause(Reads reads)
{
    const QString sessionFilter
        = QStringLiteral("AND h.work_group_id IN (SELECT id FROM selected) AND ")
        + sessionInRange(QStringLiteral("h"));
    return QStringLiteral(
               "WITH selected AS ("
               " SELECT w.id, w.hub_id, w.programme_id, w.academic_year_id, w.code, w.title,"
               "  w.lead_person_id, w.status"
               " FROM work_groups w"
               " JOIN academic_years y ON y.id = w.academic_year_id"
               " JOIN programmes pr ON pr.id = w.programme_id"
               " WHERE (:year = '' OR y.label = :year)"
               "  AND (:programme = '' OR pr.code = :programme COLLATE NOCASE)"
               "  AND (:wg = '' OR w.code = :wg COLLATE NOCASE)"
               "  AND (:lead = 0 OR w.lead_person_id = :lead)"
               "  AND (:hub = 0 OR w.hub_id = :hub)), ")
        + rules::participantSessionsCte(sessionFilter)
        + (reads == Reads::SchoolSessions
               ? QStringLiteral(", ") + rules::schoolSessionsCte(sessionFilter)
               : QString());
}

void bindFilter(SqlQuery &query, const ExportFilter &filter)
{
    query.bind(QStringLiteral(":year"), filter.academicYear.trimmed())
        .bind(QStringLiteral(":programme"), filter.programmeCode.trimmed())
        .bind(QStringLiteral(":wg"), filter.workGroupCode.trimmed())
        .bind(QStringLiteral(":lead"), filter.leadPersonId)
        .bind(QStringLiteral(":hub"), filter.hubId)
        .bind(QStringLiteral(":from"), nullableDate(filter.from))
        .bind(QStringLiteral(":to"), nullableDate(filter.to));
}

qint64 countRows(const Database &db, const ExportFilter &filter, const QString &fromWhere)
{
    SqlQuery query(db, withClause() + QStringLiteral(" SELECT count(*) ") + fromWhere);
    bindFilter(query, filter);
    return query.scalar().toLongLong();
}

CsvCell percent(qint64 part, qint64 whole)
{
    return whole > 0 ? CsvCell::decimal(100.0 * double(part) / double(whole), 1) : CsvCell::empty();
}

QString workGroupOver()
{
    return rules::flagSql(rules::workGroupOverSql(QStringLiteral("w")));
}

QString sessionInRange(const QString &session)
{
    return QStringLiteral("((CAST(:from AS TEXT) IS NULL OR %1.held_on >= :from) AND "
                          "(CAST(:to AS TEXT) IS NULL OR %1.held_on <= :to))")
        .arg(session);
}

CsvCell yesNo(bool value)
{
    return CsvCell(value ? QStringLiteral("Y") : QStringLiteral("N"), CsvCellKind::Code);
}

CsvCell onTrack(qint64 attended, qint64 expected, int threshold)
{
    if (expected <= 0)
        return CsvCell::empty(CsvCellKind::Code);
    return yesNo(rules::meetsThreshold(int(attended), int(expected), threshold));
}

CsvCell code(const QString &value)
{
    return CsvCell(value, CsvCellKind::Code);
}

} // namespace hubreg::reportsql
