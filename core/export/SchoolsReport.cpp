#include "SchoolsReport.h"

#include "ReportSql.h"
#include "database/Database.h"
#include "database/SqlQuery.h"
#include "figures/AttendanceRules.h"

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
                " SELECT hb.name AS hub_name, y.label AS academic_year, pr.code AS "
                "programme_code, pr.title AS programme_title, w.code AS work_group_code, w.title "
                "AS work_group_title,"
                "  trim(coalesce(ld.first_name, '') || ' ' || coalesce(ld.last_name, '')) AS "
                "lead_name,"
                "  s.urn, s.name AS school_name, s.la_code, s.la_name, s.phase, s.town, "
                "s.postcode, e.joined_on, e.withdrawn_on,"
                "  (SELECT count(*) FROM work_group_participants p WHERE p.work_group_id = "
                "e.work_group_id"
                "    AND p.school_id = e.school_id) AS participants,"
                "  coalesce(t.expected, 0) AS expected, coalesce(t.attended, 0) AS attended,"
                "  pr.completion_threshold, ")
            + reportsql::workGroupOver() + QStringLiteral(" AS work_group_over, (SELECT ")
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
                "  AS leads) AS lead_participants"
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
    // Each column's place, found once by name: a national return has 200,000 rows.
    const int hub
        = query.column("hub_name"),
        year = query.column("academic_year"), programmeCode = query.column("programme_code"),
        programmeTitle = query.column("programme_title"),
        groupCode = query.column("work_group_code"), groupTitle = query.column("work_group_title"),
        lead = query.column("lead_name"), urn = query.column("urn"),
        school = query.column("school_name"), laCode = query.column("la_code"),
        laName = query.column("la_name"), phase = query.column("phase"),
        town = query.column("town"), postcode = query.column("postcode"),
        joinedOn = query.column("joined_on"), withdrawnOn = query.column("withdrawn_on"),
        participants = query.column("participants"), expectedAt = query.column("expected"),
        attendedAt = query.column("attended"), thresholdAt = query.column("completion_threshold"),
        over = query.column("work_group_over"),
        leadParticipants = query.column("lead_participants");
    while (query.next()) {
        const qint64 expected = query.value(expectedAt).toLongLong();
        const qint64 attended = query.value(attendedAt).toLongLong();
        const int threshold = query.value(thresholdAt).toInt();
        const QList<CsvCell> cells = {
            CsvCell(query.value(hub).toString()),
            reportsql::code(query.value(year).toString()),
            CsvCell(query.value(programmeCode).toString()),
            CsvCell(query.value(programmeTitle).toString()),
            CsvCell(query.value(groupCode).toString()),
            CsvCell(query.value(groupTitle).toString()),
            CsvCell(query.value(lead).toString()),
            reportsql::code(query.value(urn).toString()),
            CsvCell(query.value(school).toString()),
            reportsql::code(query.value(laCode).toString()),
            CsvCell(query.value(laName).toString()),
            CsvCell(query.value(phase).toString()),
            CsvCell(query.value(town).toString()),
            CsvCell(query.value(postcode).toString()),
            CsvCell::date(dateFrom(query.value(joinedOn))),
            CsvCell::date(dateFrom(query.value(withdrawnOn))),
            CsvCell::number(query.value(participants).toLongLong()),
            CsvCell::number(expected),
            CsvCell::number(attended),
            reportsql::percent(attended, expected),
            reportsql::yesNo(rules::completes(int(attended), int(expected), threshold,
                                              query.value(over).toInt() != 0)),
            reportsql::onTrack(attended, expected, threshold),
            CsvCell(query.value(leadParticipants).toString()),
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
