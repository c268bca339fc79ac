#include "ParticipantsReport.h"

#include "ReportSql.h"
#include "database/SqlQuery.h"
#include "figures/AttendanceRules.h"

#include <QCoreApplication>

namespace hubreg {

namespace {
constexpr const char *kContext = "hubreg::ParticipantsReport";
using K = CsvCellKind;

// The order here is the order of the cells rows() makes.
const ColumnSpec kColumns[] = {
    { "hub", QT_TRANSLATE_NOOP("hubreg::ParticipantsReport", "Hub"), K::Text, true },
    { "academic_year", QT_TRANSLATE_NOOP("hubreg::ParticipantsReport", "Academic year"), K::Code,
      true },
    { "programme_code", QT_TRANSLATE_NOOP("hubreg::ParticipantsReport", "Programme code"), K::Text,
      true },
    { "programme_title", QT_TRANSLATE_NOOP("hubreg::ParticipantsReport", "Programme"), K::Text,
      true },
    { "work_group", QT_TRANSLATE_NOOP("hubreg::ParticipantsReport", "Work Group"), K::Text, true },
    { "work_group_title", QT_TRANSLATE_NOOP("hubreg::ParticipantsReport", "Work Group title"),
      K::Text, false },
    { "lead", QT_TRANSLATE_NOOP("hubreg::ParticipantsReport", "Work Group Lead"), K::Text, true },
    { "school_urn", QT_TRANSLATE_NOOP("hubreg::ParticipantsReport", "URN"), K::Code, true },
    { "school_name", QT_TRANSLATE_NOOP("hubreg::ParticipantsReport", "School"), K::Text, true },
    { "la_code", QT_TRANSLATE_NOOP("hubreg::ParticipantsReport", "LA code"), K::Code, false },
    { "la", QT_TRANSLATE_NOOP("hubreg::ParticipantsReport", "Local authority"), K::Text, true },
    { "phase", QT_TRANSLATE_NOOP("hubreg::ParticipantsReport", "Phase"), K::Text, true },
    { "participant_name", QT_TRANSLATE_NOOP("hubreg::ParticipantsReport", "Participant"), K::Text,
      true },
    { "first_name", QT_TRANSLATE_NOOP("hubreg::ParticipantsReport", "First name"), K::Text, false },
    { "last_name", QT_TRANSLATE_NOOP("hubreg::ParticipantsReport", "Last name"), K::Text, false },
    { "role", QT_TRANSLATE_NOOP("hubreg::ParticipantsReport", "Role"), K::Text, true },
    { "email", QT_TRANSLATE_NOOP("hubreg::ParticipantsReport", "Email"), K::Text, true },
    { "trn", QT_TRANSLATE_NOOP("hubreg::ParticipantsReport", "TRN"), K::Code, true },
    { "lead_participant", QT_TRANSLATE_NOOP("hubreg::ParticipantsReport", "Lead participant"),
      K::Code, false },
    { "joined_on", QT_TRANSLATE_NOOP("hubreg::ParticipantsReport", "Joined"), K::Date, false },
    { "left_on", QT_TRANSLATE_NOOP("hubreg::ParticipantsReport", "Left"), K::Date, false },
    { "sessions_held", QT_TRANSLATE_NOOP("hubreg::ParticipantsReport", "Sessions held"), K::Number,
      true },
    { "sessions_attended", QT_TRANSLATE_NOOP("hubreg::ParticipantsReport", "Sessions attended"),
      K::Number, true },
    { "attendance_pct", QT_TRANSLATE_NOOP("hubreg::ParticipantsReport", "Attendance %"), K::Number,
      true },
    { "apologies", QT_TRANSLATE_NOOP("hubreg::ParticipantsReport", "Apologies"), K::Number, false },
    { "absences", QT_TRANSLATE_NOOP("hubreg::ParticipantsReport", "Absences"), K::Number, false },
    { "completed", QT_TRANSLATE_NOOP("hubreg::ParticipantsReport", "Completed"), K::Code, true },
    { "on_track", QT_TRANSLATE_NOOP("hubreg::ParticipantsReport", "On track"), K::Code, false },
};
constexpr int kColumnCount = int(std::size(kColumns));
} // namespace

QList<ReportColumn> ParticipantsReport::columns(const ExportFilter &) const
{
    return columnsFrom(kColumns, kColumnCount, kContext);
}

QList<ExportColumn> ParticipantsReport::defaultLayout() const
{
    return layoutFrom(kColumns, kColumnCount, kContext);
}

void ParticipantsReport::rows(const ExportFilter &filter,
                              const std::function<bool(const QList<CsvCell> &)> &row) const
{
    // "Sessions held" are the held sessions the participant was expected at (docs/domain.md's
    // rules: not after they left, not marked "not expected"), so the percentage is of them.
    SqlQuery query(
        m_db,
        reportsql::withClause(reportsql::Reads::ParticipantSessions)
            + QStringLiteral(
                ", participant_totals AS ("
                "  SELECT participant_id, sum(expected) AS expected, sum(attended) AS attended,"
                "   sum(CASE WHEN mark = 'A' THEN 1 ELSE 0 END) AS apologies,"
                "   sum(CASE WHEN mark = 'X' THEN 1 ELSE 0 END) AS absent"
                "  FROM participant_sessions GROUP BY participant_id)"
                " SELECT hb.name AS hub_name, y.label AS academic_year, pr.code AS "
                "programme_code, pr.title AS programme_title, w.code AS work_group_code, w.title "
                "AS work_group_title,"
                "  trim(coalesce(ld.first_name, '') || ' ' || coalesce(ld.last_name, '')) AS "
                "lead_name,"
                "  s.urn, s.name AS school_name, s.la_code, s.la_name, s.phase,"
                "  pe.first_name, pe.last_name, coalesce(nullif(p.role, ''), pe.role) AS role,"
                "  pe.email, pe.trn, p.is_lead_participant, p.joined_on, p.left_on,"
                "  coalesce(t.expected, 0) AS expected, coalesce(t.attended, 0) AS attended,"
                "  coalesce(t.apologies, 0) AS apologies, coalesce(t.absent, 0) AS absent,"
                "  pr.completion_threshold, ")
            + reportsql::workGroupOver()
            + QStringLiteral(" AS work_group_over FROM work_group_participants p"
                             " JOIN selected w ON w.id = p.work_group_id"
                             " JOIN hubs hb ON hb.id = w.hub_id"
                             " JOIN academic_years y ON y.id = w.academic_year_id"
                             " JOIN programmes pr ON pr.id = w.programme_id"
                             " LEFT JOIN people ld ON ld.id = w.lead_person_id"
                             " JOIN people pe ON pe.id = p.person_id"
                             " JOIN schools s ON s.id = p.school_id"
                             " LEFT JOIN participant_totals t ON t.participant_id = p.id"
                             " ORDER BY y.label, w.code COLLATE NOCASE, s.name COLLATE NOCASE,"
                             "  pe.last_name COLLATE NOCASE, pe.first_name COLLATE NOCASE, p.id"));
    reportsql::bindFilter(query, filter);
    query.exec();
    // Each column's place, found once by name: a national return has 400,000 rows.
    const int hub
        = query.column("hub_name"),
        year = query.column("academic_year"), programmeCode = query.column("programme_code"),
        programmeTitle = query.column("programme_title"),
        groupCode = query.column("work_group_code"), groupTitle = query.column("work_group_title"),
        lead = query.column("lead_name"), urn = query.column("urn"),
        school = query.column("school_name"), laCode = query.column("la_code"),
        laName = query.column("la_name"), phase = query.column("phase"),
        firstName = query.column("first_name"), lastName = query.column("last_name"),
        role = query.column("role"), email = query.column("email"), trn = query.column("trn"),
        leadParticipant = query.column("is_lead_participant"), joinedOn = query.column("joined_on"),
        leftOn = query.column("left_on"), expectedAt = query.column("expected"),
        attendedAt = query.column("attended"), apologies = query.column("apologies"),
        absent = query.column("absent"), thresholdAt = query.column("completion_threshold"),
        over = query.column("work_group_over");
    while (query.next()) {
        const QString first = query.value(firstName).toString();
        const QString last = query.value(lastName).toString();
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
            CsvCell((first + QLatin1Char(' ') + last).trimmed()),
            CsvCell(first),
            CsvCell(last),
            CsvCell(query.value(role).toString()),
            CsvCell(query.value(email).toString()),
            reportsql::code(query.value(trn).toString()),
            reportsql::yesNo(query.value(leadParticipant).toInt() != 0),
            CsvCell::date(dateFrom(query.value(joinedOn))),
            CsvCell::date(dateFrom(query.value(leftOn))),
            CsvCell::number(expected),
            CsvCell::number(attended),
            reportsql::percent(attended, expected),
            CsvCell::number(query.value(apologies).toLongLong()),
            CsvCell::number(query.value(absent).toLongLong()),
            reportsql::yesNo(rules::completes(int(attended), int(expected), threshold,
                                              query.value(over).toInt() != 0)),
            reportsql::onTrack(attended, expected, threshold),
        };
        Q_ASSERT(cells.size() == kColumnCount);
        if (!row(cells))
            break;
    }
}

qint64 ParticipantsReport::expectedRows(const ExportFilter &filter) const
{
    return reportsql::countRows(
        m_db, filter,
        QStringLiteral("FROM work_group_participants p JOIN selected w ON w.id = p.work_group_id"));
}

} // namespace hubreg
