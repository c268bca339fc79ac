#pragma once

#include "ExportFilter.h"
#include "csv/CsvWriter.h"

#include <QString>

namespace hubreg {

class Database;
class SqlQuery;

// What the reports share: the selection of Work Groups and sessions as SQL, and the way
// figures are written.
namespace reportsql {

// What a report's query reads of withClause() besides `selected`.
enum class Reads {
    ParticipantSessions, // participant_sessions only
    SchoolSessions, // school_sessions too (which reads participant_sessions)
};
// "WITH selected AS (...), participant_sessions AS (...)[, school_sessions AS (...)]": the Work
// Groups the filter selects (id, hub_id, programme_id, academic_year_id, code, title,
// lead_person_id, status) and the counting rules over their sessions in the date range.
// school_sessions only when the query reads it: PostgreSQL computes participant_sessions apart
// once two tables read it, even one nobody reads, and plans what reads it without its
// statistics (the sessions return then took hours on a national hub instead of seconds).
QString withClause(Reads reads = Reads::SchoolSessions);
// Binds the filter's values to the placeholders withClause() uses.
void bindFilter(SqlQuery &query, const ExportFilter &filter);
// "SELECT count(*)" of `fromWhere` (which may use withClause()'s tables and placeholders): the
// rows a report will give, for progress.
qint64 countRows(const Database &db, const ExportFilter &filter, const QString &fromWhere);

// attended / expected as a percentage with one decimal; empty when nothing was expected.
CsvCell percent(qint64 part, qint64 whole);
// Whether the selected Work Group aliased `w` is over (rules::workGroupOverSql), as a flag column
// (INTEGER 0/1) for rules::completes: the one completion rule, applied as AttendanceFigures
// applies it.
QString workGroupOver();
// The condition that the session aliased `session` falls in the filter's date range, with
// withClause()'s :from and :to.
QString sessionInRange(const QString &session);
CsvCell yesNo(bool value);
// Y when the threshold is met so far (rules::meetsThreshold), N when not, empty when nothing
// was expected yet.
CsvCell onTrack(qint64 attended, qint64 expected, int threshold);
CsvCell code(const QString &value);

} // namespace reportsql
} // namespace hubreg
