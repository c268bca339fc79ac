#include "SessionsReport.h"

#include "ReportSql.h"
#include "database/SqlQuery.h"
#include "domain/Session.h"

#include <QCoreApplication>

namespace hubreg {

namespace {
constexpr const char *kContext = "hubreg::SessionsReport";
using K = CsvCellKind;

// The order here is the order of the cells rows() makes.
const ColumnSpec kColumns[] = {
    { "hub", QT_TRANSLATE_NOOP("hubreg::SessionsReport", "Hub"), K::Text, false },
    { "academic_year", QT_TRANSLATE_NOOP("hubreg::SessionsReport", "Academic year"), K::Code,
      false },
    { "programme_code", QT_TRANSLATE_NOOP("hubreg::SessionsReport", "Programme code"), K::Text,
      false },
    { "work_group", QT_TRANSLATE_NOOP("hubreg::SessionsReport", "Work Group"), K::Text, true },
    { "session_number", QT_TRANSLATE_NOOP("hubreg::SessionsReport", "Session"), K::Number, true },
    { "title", QT_TRANSLATE_NOOP("hubreg::SessionsReport", "Title"), K::Text, false },
    { "date", QT_TRANSLATE_NOOP("hubreg::SessionsReport", "Date"), K::Date, true },
    { "start", QT_TRANSLATE_NOOP("hubreg::SessionsReport", "Start"), K::Time, true },
    { "end", QT_TRANSLATE_NOOP("hubreg::SessionsReport", "End"), K::Time, true },
    { "duration_minutes", QT_TRANSLATE_NOOP("hubreg::SessionsReport", "Duration (minutes)"),
      K::Number, true },
    { "mode", QT_TRANSLATE_NOOP("hubreg::SessionsReport", "Mode"), K::Code, true },
    { "kind", QT_TRANSLATE_NOOP("hubreg::SessionsReport", "Kind"), K::Code, false },
    { "venue", QT_TRANSLATE_NOOP("hubreg::SessionsReport", "Venue"), K::Text, true },
    { "status", QT_TRANSLATE_NOOP("hubreg::SessionsReport", "Status"), K::Code, true },
    { "expected", QT_TRANSLATE_NOOP("hubreg::SessionsReport", "Expected"), K::Number, true },
    { "attended", QT_TRANSLATE_NOOP("hubreg::SessionsReport", "Attended"), K::Number, true },
    { "apologies", QT_TRANSLATE_NOOP("hubreg::SessionsReport", "Apologies"), K::Number, true },
    { "absent", QT_TRANSLATE_NOOP("hubreg::SessionsReport", "Absent"), K::Number, true },
    { "not_expected", QT_TRANSLATE_NOOP("hubreg::SessionsReport", "Not expected"), K::Number,
      false },
    { "unrecorded", QT_TRANSLATE_NOOP("hubreg::SessionsReport", "Not recorded"), K::Number, false },
    { "schools_attended", QT_TRANSLATE_NOOP("hubreg::SessionsReport", "Schools attended"),
      K::Number, false },
};
constexpr int kColumnCount = int(std::size(kColumns));
} // namespace

QList<ReportColumn> SessionsReport::columns(const ExportFilter &) const
{
    return columnsFrom(kColumns, kColumnCount, kContext);
}

QList<ExportColumn> SessionsReport::defaultLayout() const
{
    return layoutFrom(kColumns, kColumnCount, kContext);
}

void SessionsReport::rows(const ExportFilter &filter,
                          const std::function<bool(const QList<CsvCell> &)> &row) const
{
    // Planned and cancelled sessions are listed too, with no figures: they leave every rate.
    SqlQuery query(
        m_db,
        reportsql::withClause(reportsql::Reads::ParticipantSessions)
            + QStringLiteral(
                ", session_totals AS ("
                "  SELECT session_id, sum(expected) AS expected, sum(attended) AS attended,"
                "   sum(CASE WHEN mark = 'A' THEN 1 ELSE 0 END) AS apologies,"
                "   sum(CASE WHEN mark = 'X' THEN 1 ELSE 0 END) AS absent,"
                "   sum(CASE WHEN mark = 'N' THEN 1 ELSE 0 END) AS not_expected,"
                "   sum(CASE WHEN mark IS NULL AND expected <> 0 THEN 1 ELSE 0 END) AS unrecorded,"
                // A school attended when one of its participants did (docs/domain.md), and a
                // participant's school is always enrolled (a foreign key), so this is the count
                // of school_sessions without working that out again for each session: as a
                // subquery per session it took minutes on a national file.
                "   count(DISTINCT CASE WHEN attended <> 0 THEN school_id END) AS schools_attended"
                "  FROM participant_sessions GROUP BY session_id)"
                " SELECT hb.name AS hub_name, y.label AS academic_year, pr.code AS "
                "programme_code, w.code AS work_group_code, s.number, s.title, s.held_on,"
                "  s.start_time, s.end_time, s.mode, s.kind, s.venue, s.status,"
                "  coalesce(t.expected, 0) AS expected, coalesce(t.attended, 0) AS attended,"
                "  coalesce(t.apologies, 0) AS apologies, coalesce(t.absent, 0) AS absent,"
                "  coalesce(t.not_expected, 0) AS not_expected,"
                "  coalesce(t.unrecorded, 0) AS unrecorded,"
                "  coalesce(t.schools_attended, 0) AS schools_attended"
                " FROM sessions s"
                " JOIN selected w ON w.id = s.work_group_id"
                " JOIN hubs hb ON hb.id = w.hub_id"
                " JOIN academic_years y ON y.id = w.academic_year_id"
                " JOIN programmes pr ON pr.id = w.programme_id"
                " LEFT JOIN session_totals t ON t.session_id = s.id"
                " WHERE ")
            + reportsql::sessionInRange(QStringLiteral("s"))
            + QStringLiteral(" ORDER BY y.label, w.code COLLATE NOCASE, s.number"));
    reportsql::bindFilter(query, filter);
    query.exec();
    // Each column's place, found once by name: a national return has 180,000 rows.
    const int hub = query.column("hub_name"), year = query.column("academic_year"),
              programmeCode = query.column("programme_code"),
              groupCode = query.column("work_group_code"), number = query.column("number"),
              title = query.column("title"), heldOn = query.column("held_on"),
              startTime = query.column("start_time"), endTime = query.column("end_time"),
              mode = query.column("mode"), kind = query.column("kind"),
              venue = query.column("venue"), status = query.column("status"),
              expected = query.column("expected"), attended = query.column("attended"),
              apologies = query.column("apologies"), absent = query.column("absent"),
              notExpected = query.column("not_expected"), unrecorded = query.column("unrecorded"),
              schoolsAttended = query.column("schools_attended");
    while (query.next()) {
        const QTime start = timeFrom(query.value(startTime));
        const QTime end = timeFrom(query.value(endTime));
        const bool timed = start.isValid() && end.isValid();
        const QList<CsvCell> cells = {
            CsvCell(query.value(hub).toString()),
            reportsql::code(query.value(year).toString()),
            CsvCell(query.value(programmeCode).toString()),
            CsvCell(query.value(groupCode).toString()),
            CsvCell::number(query.value(number).toLongLong()),
            CsvCell(query.value(title).toString()),
            CsvCell::date(dateFrom(query.value(heldOn))),
            CsvCell::time(start),
            CsvCell::time(end),
            timed ? CsvCell::number(start.secsTo(end) / 60) : CsvCell::empty(),
            reportsql::code(displayName(sessionModeFromStorage(query.value(mode).toString()))),
            reportsql::code(displayName(sessionKindFromStorage(query.value(kind).toString()))),
            CsvCell(query.value(venue).toString()),
            reportsql::code(displayName(sessionStatusFromStorage(query.value(status).toString()))),
            CsvCell::number(query.value(expected).toLongLong()),
            CsvCell::number(query.value(attended).toLongLong()),
            CsvCell::number(query.value(apologies).toLongLong()),
            CsvCell::number(query.value(absent).toLongLong()),
            CsvCell::number(query.value(notExpected).toLongLong()),
            CsvCell::number(query.value(unrecorded).toLongLong()),
            CsvCell::number(query.value(schoolsAttended).toLongLong()),
        };
        Q_ASSERT(cells.size() == kColumnCount);
        if (!row(cells))
            break;
    }
}

qint64 SessionsReport::expectedRows(const ExportFilter &filter) const
{
    return reportsql::countRows(
        m_db, filter,
        QStringLiteral("FROM sessions s JOIN selected w ON w.id = s.work_group_id WHERE ")
            + reportsql::sessionInRange(QStringLiteral("s")));
}

} // namespace hubreg
