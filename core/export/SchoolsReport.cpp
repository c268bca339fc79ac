#include "SchoolsReport.h"

#include "ReportSql.h"
#include "figures/AttendanceRules.h"
#include "store/Database.h"
#include "store/SqlQuery.h"

#include <QCoreApplication>

namespace hubreg {

namespace {
constexpr const char *kContext = "hubreg::SchoolsReport";
using K = CsvCellKind;

// The order here is the order of the cells rows() makes.
const ColumnSpec kColumns[] = {
    { "hub", QT_TRANSLATE_NOOP("hubreg::SchoolsReport", "Hub"), K::Text, true },
    { "academic_year", QT_TRANSLATE_NOOP("hubreg::SchoolsReport", "Academic year"), K::Code, true },
    { "programme_code", QT_TRANSLATE_NOOP("hubreg::SchoolsReport", "Programme code"), K::Text,
      true },
    { "programme_title", QT_TRANSLATE_NOOP("hubreg::SchoolsReport", "Programme"), K::Text, true },
    { "work_group", QT_TRANSLATE_NOOP("hubreg::SchoolsReport", "Work Group"), K::Text, true },
    { "work_group_title", QT_TRANSLATE_NOOP("hubreg::SchoolsReport", "Work Group title"), K::Text,
      false },
    { "lead", QT_TRANSLATE_NOOP("hubreg::SchoolsReport", "Work Group Lead"), K::Text, false },
    { "school_urn", QT_TRANSLATE_NOOP("hubreg::SchoolsReport", "URN"), K::Code, true },
    { "school_name", QT_TRANSLATE_NOOP("hubreg::SchoolsReport", "School"), K::Text, true },
    { "la_code", QT_TRANSLATE_NOOP("hubreg::SchoolsReport", "LA code"), K::Code, false },
    { "la", QT_TRANSLATE_NOOP("hubreg::SchoolsReport", "Local authority"), K::Text, true },
    { "phase", QT_TRANSLATE_NOOP("hubreg::SchoolsReport", "Phase"), K::Text, true },
    { "town", QT_TRANSLATE_NOOP("hubreg::SchoolsReport", "Town"), K::Text, false },
    { "postcode", QT_TRANSLATE_NOOP("hubreg::SchoolsReport", "Postcode"), K::Text, false },
    { "joined_on", QT_TRANSLATE_NOOP("hubreg::SchoolsReport", "Joined"), K::Date, false },
    { "withdrawn_on", QT_TRANSLATE_NOOP("hubreg::SchoolsReport", "Withdrawn"), K::Date, false },
    { "participants", QT_TRANSLATE_NOOP("hubreg::SchoolsReport", "Participants"), K::Number,
      false },
    { "sessions_held", QT_TRANSLATE_NOOP("hubreg::SchoolsReport", "Sessions held"), K::Number,
      true },
    { "sessions_attended", QT_TRANSLATE_NOOP("hubreg::SchoolsReport", "Sessions attended"),
      K::Number, true },
    { "attendance_pct", QT_TRANSLATE_NOOP("hubreg::SchoolsReport", "Attendance %"), K::Number,
      true },
    { "completed", QT_TRANSLATE_NOOP("hubreg::SchoolsReport", "Completed"), K::Code, true },
    { "on_track", QT_TRANSLATE_NOOP("hubreg::SchoolsReport", "On track"), K::Code, false },
    { "lead_participant", QT_TRANSLATE_NOOP("hubreg::SchoolsReport", "Lead participant"), K::Text,
      true },
};
constexpr int kColumnCount = int(std::size(kColumns));
} // namespace

QList<ReportColumn> SchoolsReport::columns(const ExportFilter &) const
{
    return columnsFrom(kColumns, kColumnCount, kContext);
}

QList<ExportColumn> SchoolsReport::defaultLayout() const
{
    return layoutFrom(kColumns, kColumnCount, kContext);
}

void SchoolsReport::rows(const ExportFilter &filter,
                         const std::function<bool(const QList<CsvCell> &)> &row) const
{
    // "Sessions held" are those the school was expected at; it attended one when any of its
    // participants did (school_sessions). Lead participants are named in alphabetical order:
    // SQLite joins them in the subquery's order, PostgreSQL in the order it is given.
    SqlQuery query(
        m_db,
        reportsql::withClause()
            + QStringLiteral(
                ", school_totals AS ("
                "  SELECT work_group_id, school_id, sum(expected) AS expected, sum(attended) AS "
                "attended"
                "  FROM school_sessions GROUP BY work_group_id, school_id)"
                " SELECT hb.name, y.label, pr.code, pr.title, w.code, w.title,"
                "  trim(coalesce(ld.first_name, '') || ' ' || coalesce(ld.last_name, '')),"
                "  s.urn, s.name, s.la_code, s.la_name, s.phase, s.town, s.postcode, e.joined_on,"
                "  e.withdrawn_on,"
                "  (SELECT count(*) FROM work_group_participants p WHERE p.work_group_id = "
                "e.work_group_id"
                "    AND p.school_id = e.school_id),"
                "  coalesce(t.expected, 0), coalesce(t.attended, 0), pr.completion_threshold, ")
            + reportsql::workGroupOver() + QStringLiteral(", (SELECT ")
            + m_db.dialect().joinedText(QStringLiteral("leads.name"), QStringLiteral("'; '"),
                                        QStringLiteral("leads.last_name COLLATE NOCASE, "
                                                       "leads.first_name COLLATE NOCASE, leads.id"))
            + QStringLiteral(
                " FROM (SELECT trim(pe.first_name || ' ' || pe.last_name) AS name,"
                "    pe.last_name AS last_name, pe.first_name AS first_name, p.id AS id"
                "    FROM work_group_participants p JOIN people pe ON pe.id = p.person_id"
                "    WHERE p.work_group_id = e.work_group_id AND p.school_id = e.school_id"
                "    AND p.is_lead_participant = 1"
                "    ORDER BY pe.last_name COLLATE NOCASE, pe.first_name COLLATE NOCASE, p.id)"
                "  AS leads)"
                " FROM work_group_schools e"
                " JOIN selected w ON w.id = e.work_group_id"
                " JOIN hubs hb ON hb.id = w.hub_id"
                " JOIN academic_years y ON y.id = w.academic_year_id"
                " JOIN programmes pr ON pr.id = w.programme_id"
                " LEFT JOIN people ld ON ld.id = w.lead_person_id"
                " JOIN schools s ON s.id = e.school_id"
                " LEFT JOIN school_totals t ON t.work_group_id = e.work_group_id AND t.school_id = "
                "e.school_id"
                " ORDER BY y.label, w.code COLLATE NOCASE, s.name COLLATE NOCASE, s.urn"));
    reportsql::bindFilter(query, filter);
    query.exec();
    while (query.next()) {
        const qint64 expected = query.value(17).toLongLong();
        const qint64 attended = query.value(18).toLongLong();
        const int threshold = query.value(19).toInt();
        const QList<CsvCell> cells = {
            CsvCell(query.value(0).toString()),
            reportsql::code(query.value(1).toString()),
            CsvCell(query.value(2).toString()),
            CsvCell(query.value(3).toString()),
            CsvCell(query.value(4).toString()),
            CsvCell(query.value(5).toString()),
            CsvCell(query.value(6).toString()),
            reportsql::code(query.value(7).toString()),
            CsvCell(query.value(8).toString()),
            reportsql::code(query.value(9).toString()),
            CsvCell(query.value(10).toString()),
            CsvCell(query.value(11).toString()),
            CsvCell(query.value(12).toString()),
            CsvCell(query.value(13).toString()),
            CsvCell::date(dateFrom(query.value(14))),
            CsvCell::date(dateFrom(query.value(15))),
            CsvCell::number(query.value(16).toLongLong()),
            CsvCell::number(expected),
            CsvCell::number(attended),
            reportsql::percent(attended, expected),
            reportsql::yesNo(rules::completes(int(attended), int(expected), threshold,
                                              query.value(20).toInt() != 0)),
            reportsql::onTrack(attended, expected, threshold),
            CsvCell(query.value(21).toString()),
        };
        Q_ASSERT(cells.size() == kColumnCount);
        if (!row(cells))
            break;
    }
}

qint64 SchoolsReport::expectedRows(const ExportFilter &filter) const
{
    return reportsql::countRows(
        m_db, filter,
        QStringLiteral("FROM work_group_schools e JOIN selected w ON w.id = e.work_group_id"));
}

} // namespace hubreg
