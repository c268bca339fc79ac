#include "RegisterReport.h"

#include "ReportSql.h"
#include "database/Database.h"
#include "database/SqlQuery.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QSet>

namespace hubreg {

namespace {
constexpr const char *kContext = "hubreg::RegisterReport";
using K = CsvCellKind;

const QLatin1String kSessionsGroup("sessions");
// What keeps one participant's cells apart in SQL: the ASCII unit separator (30), which no mark
// holds and typed names have replaced. A literal, as SQLite writes it char(30) and PostgreSQL
// chr(30).
const QString kSeparator = QString(QLatin1Char('\'')) + QChar(30) + QLatin1Char('\'');
const char *const kSessionHeading = QT_TRANSLATE_NOOP("hubreg::RegisterReport", "Session %1 %2");

// The columns before and after the sessions; the order is the order of the cells rows() makes.
const ColumnSpec kLeading[] = {
    { "hub", QT_TRANSLATE_NOOP("hubreg::RegisterReport", "Hub"), K::Text, false },
    { "academic_year", QT_TRANSLATE_NOOP("hubreg::RegisterReport", "Academic year"), K::Code,
      false },
    { "programme_code", QT_TRANSLATE_NOOP("hubreg::RegisterReport", "Programme code"), K::Text,
      false },
    { "work_group", QT_TRANSLATE_NOOP("hubreg::RegisterReport", "Work Group"), K::Text, true },
    { "school_urn", QT_TRANSLATE_NOOP("hubreg::RegisterReport", "URN"), K::Code, true },
    { "school_name", QT_TRANSLATE_NOOP("hubreg::RegisterReport", "School"), K::Text, true },
    { "participant_name", QT_TRANSLATE_NOOP("hubreg::RegisterReport", "Participant"), K::Text,
      true },
    { "first_name", QT_TRANSLATE_NOOP("hubreg::RegisterReport", "First name"), K::Text, false },
    { "last_name", QT_TRANSLATE_NOOP("hubreg::RegisterReport", "Last name"), K::Text, false },
    { "role", QT_TRANSLATE_NOOP("hubreg::RegisterReport", "Role"), K::Text, false },
};
const ColumnSpec kTrailing[] = {
    { "sessions_attended", QT_TRANSLATE_NOOP("hubreg::RegisterReport", "Attended"), K::Number,
      true },
    { "sessions_expected", QT_TRANSLATE_NOOP("hubreg::RegisterReport", "Expected"), K::Number,
      true },
};
constexpr int kLeadingCount = int(std::size(kLeading));
constexpr int kTrailingCount = int(std::size(kTrailing));

// The session numbers of the selected Work Groups, each with its date when every group that
// has that session held it on the same day.
QMap<int, QString> sessionNumbers(const Database &db, const ExportFilter &filter)
{
    SqlQuery query(db,
                   reportsql::withClause()
                       + QStringLiteral(" SELECT s.number, s.held_on FROM sessions s"
                                        " JOIN selected w ON w.id = s.work_group_id WHERE ")
                       + reportsql::sessionInRange(QStringLiteral("s"))
                       + QStringLiteral(" ORDER BY s.number"));
    reportsql::bindFilter(query, filter);
    query.exec();
    QMap<int, QSet<QString>> dates;
    while (query.next())
        dates[query.value(0).toInt()].insert(query.value(1).toString());
    QMap<int, QString> numbers;
    for (auto it = dates.cbegin(); it != dates.cend(); ++it)
        numbers.insert(it.key(), it.value().size() == 1 ? *it.value().cbegin() : QString());
    return numbers;
}
} // namespace

QList<ReportColumn> RegisterReport::columns(const ExportFilter &filter) const
{
    QList<ReportColumn> columns = columnsFrom(kLeading, kLeadingCount, kContext);
    const QString pattern = QCoreApplication::translate(kContext, kSessionHeading);
    const QMap<int, QString> numbers = sessionNumbers(m_db, filter);
    for (auto it = numbers.cbegin(); it != numbers.cend(); ++it) {
        const QString number = QString::number(it.key());
        columns << ReportColumn { QStringLiteral("session_%1").arg(number),
                                  pattern.arg(number, it.value()).simplified(),
                                  K::Code,
                                  kSessionsGroup,
                                  { number, it.value() } };
    }
    columns << columnsFrom(kTrailing, kTrailingCount, kContext);
    return columns;
}

QList<ExportColumn> RegisterReport::defaultLayout() const
{
    QList<ExportColumn> layout = layoutFrom(kLeading, kLeadingCount, kContext);
    layout << ExportColumn { kSessionsGroup,
                             QCoreApplication::translate(kContext, kSessionHeading) };
    layout << layoutFrom(kTrailing, kTrailingCount, kContext);
    return layout;
}

void RegisterReport::rows(const ExportFilter &filter,
                          const std::function<bool(const QList<CsvCell> &)> &row) const
{
    const QList<int> numbers = sessionNumbers(m_db, filter).keys();

    // Each participant's cell for each session comes with their row, as "number=cell" pairs
    // apart by kSeparator: the mark code, with the substitute's name for S ("S (Sam Stand-in)");
    // C for a cancelled session; "-" for a school visit to another school; N for a held session
    // they were not expected at without a mark (before they joined, after they left); empty
    // when no mark was taken. (Holding every participant's cells at once took 700 MB for a
    // national file.)
    SqlQuery query(
        m_db,
        reportsql::withClause(reportsql::Reads::ParticipantSessions)
            + QStringLiteral(", cells AS (SELECT p.id AS participant_id, ")
            + m_db.dialect().joinedText(
                QStringLiteral(
                    "CAST(s.number AS TEXT) || '=' ||"
                    "   CASE WHEN s.status = 'cancelled' THEN 'C'"
                    "    WHEN s.kind = 'school_visit' AND s.visit_school_id <> p.school_id THEN '-'"
                    "    WHEN m.mark = 'S' AND m.substitute_name <> '' THEN"
                    "     'S (' || replace(m.substitute_name, %1, ' ') || ')'"
                    "    WHEN m.mark IS NULL AND ps.expected = 0 THEN 'N'"
                    "    ELSE coalesce(m.mark, '') END")
                    .arg(kSeparator),
                kSeparator, QStringLiteral("s.number"))
            // The totals come from the same rows: a second pass over participant_sessions
            // had PostgreSQL keep it apart and join the two by a loop over both (hours on a
            // national hub instead of seconds).
            + QStringLiteral(
                " AS cells, sum(ps.attended) AS attended, sum(ps.expected) AS expected"
                "  FROM work_group_participants p"
                "  JOIN selected w ON w.id = p.work_group_id"
                "  JOIN sessions s ON s.work_group_id = p.work_group_id"
                "  LEFT JOIN attendance_marks m ON m.session_id = s.id AND m.participant_id = p.id"
                "  LEFT JOIN participant_sessions ps ON ps.session_id = s.id"
                "   AND ps.participant_id = p.id"
                "  WHERE ")
            + reportsql::sessionInRange(QStringLiteral("s"))
            + QStringLiteral(
                "  GROUP BY p.id)"
                " SELECT hb.name AS hub_name, y.label AS academic_year, pr.code AS "
                "programme_code, w.code AS work_group_code, s.urn, s.name AS school_name,"
                "  pe.first_name, pe.last_name, coalesce(nullif(p.role, ''), pe.role) AS role,"
                "  coalesce(c.attended, 0) AS attended, coalesce(c.expected, 0) AS expected,"
                "  c.cells"
                " FROM work_group_participants p"
                " JOIN selected w ON w.id = p.work_group_id"
                " JOIN hubs hb ON hb.id = w.hub_id"
                " JOIN academic_years y ON y.id = w.academic_year_id"
                " JOIN programmes pr ON pr.id = w.programme_id"
                " JOIN people pe ON pe.id = p.person_id"
                " JOIN schools s ON s.id = p.school_id"
                " LEFT JOIN cells c ON c.participant_id = p.id"
                " ORDER BY y.label, w.code COLLATE NOCASE, s.name COLLATE NOCASE,"
                "  pe.last_name COLLATE NOCASE, pe.first_name COLLATE NOCASE, p.id"));
    reportsql::bindFilter(query, filter);
    query.exec();
    // Each column's place, found once by name: a national register has 400,000 rows.
    const int hub = query.column("hub_name"), year = query.column("academic_year"),
              programmeCode = query.column("programme_code"),
              groupCode = query.column("work_group_code"), urn = query.column("urn"),
              school = query.column("school_name"), firstName = query.column("first_name"),
              lastName = query.column("last_name"), role = query.column("role"),
              attended = query.column("attended"), expected = query.column("expected"),
              sessionCells = query.column("cells");
    QHash<int, QString> mine;
    while (query.next()) {
        const QString first = query.value(firstName).toString();
        const QString last = query.value(lastName).toString();
        QList<CsvCell> cells = {
            CsvCell(query.value(hub).toString()),
            reportsql::code(query.value(year).toString()),
            CsvCell(query.value(programmeCode).toString()),
            CsvCell(query.value(groupCode).toString()),
            reportsql::code(query.value(urn).toString()),
            CsvCell(query.value(school).toString()),
            CsvCell((first + QLatin1Char(' ') + last).trimmed()),
            CsvCell(first),
            CsvCell(last),
            CsvCell(query.value(role).toString()),
        };
        mine.clear();
        for (const QString &pair :
             query.value(sessionCells).toString().split(QChar(30), Qt::SkipEmptyParts)) {
            const qsizetype equals = pair.indexOf(QLatin1Char('='));
            mine.insert(pair.left(equals).toInt(), pair.mid(equals + 1));
        }
        for (int number : numbers) {
            // A substitute's name is free text typed by people; a bare code is the program's.
            const QString cell = mine.value(number);
            cells << (cell.size() > 1 ? CsvCell(cell) : reportsql::code(cell));
        }
        cells << CsvCell::number(query.value(attended).toLongLong())
              << CsvCell::number(query.value(expected).toLongLong());
        if (!row(cells))
            break;
    }
}

qint64 RegisterReport::expectedRows(const ExportFilter &filter) const
{
    return reportsql::countRows(
        m_db, filter,
        QStringLiteral("FROM work_group_participants p JOIN selected w ON w.id = p.work_group_id"));
}

} // namespace hubreg
