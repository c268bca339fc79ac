#include "SessionsReport.h"

#include "ReportSql.h"
#include "domain/Session.h"
#include "store/SqlQuery.h"

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
        reportsql::withClause()
            + QStringLiteral(
                " SELECT hb.name, y.label, pr.code, w.code, s.number, s.title, s.held_on, "
                "s.start_time,"
                "  s.end_time, s.mode, s.kind, s.venue, s.status,"
                "  coalesce(sum(ps.expected), 0), coalesce(sum(ps.attended), 0),"
                "  coalesce(sum(ps.mark = 'A'), 0), coalesce(sum(ps.mark = 'X'), 0),"
                "  coalesce(sum(ps.mark = 'N'), 0), coalesce(sum(ps.mark IS NULL AND ps.expected), "
                "0),"
                // A school attended when one of its participants did (docs/domain.md), and a
                // participant's school is always enrolled (a foreign key), so this is the count
                // of school_sessions without working that out again for each session: as a
                // subquery per session it took minutes on a national file.
                "  count(DISTINCT CASE WHEN ps.attended THEN ps.school_id END)"
                " FROM sessions s"
                " JOIN selected w ON w.id = s.work_group_id"
                " JOIN hubs hb ON hb.id = w.hub_id"
                " JOIN academic_years y ON y.id = w.academic_year_id"
                " JOIN programmes pr ON pr.id = w.programme_id"
                " LEFT JOIN participant_sessions ps ON ps.session_id = s.id"
                " WHERE (:from IS NULL OR s.held_on >= :from) AND (:to IS NULL OR s.held_on <= :to)"
                " GROUP BY s.id"
                " ORDER BY y.label, w.code COLLATE NOCASE, s.number"));
    reportsql::bindFilter(query, filter);
    query.exec();
    while (query.next()) {
        const QTime start = timeFrom(query.value(7));
        const QTime end = timeFrom(query.value(8));
        const bool timed = start.isValid() && end.isValid();
        const QList<CsvCell> cells = {
            CsvCell(query.value(0).toString()),
            reportsql::code(query.value(1).toString()),
            CsvCell(query.value(2).toString()),
            CsvCell(query.value(3).toString()),
            CsvCell::number(query.value(4).toLongLong()),
            CsvCell(query.value(5).toString()),
            CsvCell::date(dateFrom(query.value(6))),
            CsvCell::time(start),
            CsvCell::time(end),
            timed ? CsvCell::number(start.secsTo(end) / 60) : CsvCell::empty(),
            reportsql::code(displayName(sessionModeFromStorage(query.value(9).toString()))),
            reportsql::code(displayName(sessionKindFromStorage(query.value(10).toString()))),
            CsvCell(query.value(11).toString()),
            reportsql::code(displayName(sessionStatusFromStorage(query.value(12).toString()))),
            CsvCell::number(query.value(13).toLongLong()),
            CsvCell::number(query.value(14).toLongLong()),
            CsvCell::number(query.value(15).toLongLong()),
            CsvCell::number(query.value(16).toLongLong()),
            CsvCell::number(query.value(17).toLongLong()),
            CsvCell::number(query.value(18).toLongLong()),
            CsvCell::number(query.value(19).toLongLong()),
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
        QStringLiteral("FROM sessions s JOIN selected w ON w.id = s.work_group_id WHERE (:from IS "
                       "NULL OR s.held_on >= :from) AND (:to IS NULL OR s.held_on <= :to)"));
}

} // namespace hubreg
