#include "ParticipationHistory.h"

#include "database/Database.h"
#include "database/SqlQuery.h"
#include "figures/AttendanceRules.h"
#include "records/SchoolStore.h"

namespace hubreg {

QList<SchoolParticipation> ParticipationHistory::forSchool(RecordId schoolId) const
{
    const auto school = SchoolStore(const_cast<Database &>(m_db)).find(schoolId);
    if (!school)
        return {};
    const QList<Urn> urns = SchoolStore(const_cast<Database &>(m_db)).historyUrns(school->urn);
    QStringList placeholders;
    for (int i = 0; i < urns.size(); ++i)
        placeholders << QStringLiteral(":u%1").arg(i);
    const QString urnList = placeholders.join(QStringLiteral(", "));
    const QString groups
        = QStringLiteral(
              "AND h.work_group_id IN (SELECT e2.work_group_id FROM work_group_schools e2 "
              "JOIN schools s2 ON s2.id = e2.school_id WHERE s2.urn IN (%1))")
              .arg(urnList);

    SqlQuery query(
        m_db,
        QStringLiteral("WITH ") + rules::participantSessionsCte(groups) + QStringLiteral(", ")
            + rules::schoolSessionsCte(groups)
            + QStringLiteral(
                  ", figures AS (SELECT work_group_id, school_id, sum(expected) AS expected, "
                  " sum(attended) AS attended FROM school_sessions GROUP BY work_group_id, "
                  "school_id)"
                  " SELECT s.id AS school_id, s.urn, s.name AS school_name, w.id AS "
                  "work_group_id, w.code AS work_group_code, pr.code AS programme_code, pr.title "
                  "AS programme_title, y.label AS academic_year, e.joined_on, e.withdrawn_on,"
                  "  (SELECT count(*) FROM work_group_participants p WHERE p.work_group_id = w.id"
                  "   AND p.school_id = s.id) AS participants,"
                  "  coalesce(f.expected, 0) AS expected, coalesce(f.attended, 0) AS attended,"
                  "  pr.completion_threshold, %2 AS work_group_over"
                  " FROM work_group_schools e JOIN schools s ON s.id = e.school_id"
                  " JOIN work_groups w ON w.id = e.work_group_id"
                  " JOIN programmes pr ON pr.id = w.programme_id"
                  " JOIN academic_years y ON y.id = w.academic_year_id"
                  " LEFT JOIN figures f ON f.work_group_id = w.id AND f.school_id = s.id"
                  " WHERE s.urn IN (%1)"
                  " ORDER BY y.start_date DESC, pr.code COLLATE NOCASE, w.code COLLATE NOCASE, "
                  "e.id")
                  .arg(urnList, rules::workGroupOverSql(QStringLiteral("w"))));
    for (int i = 0; i < urns.size(); ++i)
        query.bind(placeholders.at(i), urns.at(i).value());
    query.exec();
    QList<SchoolParticipation> rows;
    while (query.next()) {
        SchoolParticipation row;
        row.schoolId = query.value("school_id").toLongLong();
        row.urn = Urn::fromInt(query.value("urn").toInt()).value_or(Urn());
        row.schoolName = query.value("school_name").toString();
        row.workGroupId = query.value("work_group_id").toLongLong();
        row.workGroupCode = query.value("work_group_code").toString();
        row.programmeCode = query.value("programme_code").toString();
        row.programmeTitle = query.value("programme_title").toString();
        row.academicYear = query.value("academic_year").toString();
        row.joinedOn = dateFrom(query.value("joined_on"));
        row.withdrawnOn = dateFrom(query.value("withdrawn_on"));
        row.participants = query.value("participants").toInt();
        row.expected = query.value("expected").toInt();
        row.attended = query.value("attended").toInt();
        row.completed = rules::completes(row.attended, row.expected,
                                         query.value("completion_threshold").toInt(),
                                         query.value("work_group_over").toBool());
        rows << row;
    }
    return rows;
}

QList<PersonParticipation> ParticipationHistory::forPerson(RecordId personId) const
{
    const QString groups = QStringLiteral(
        "AND h.work_group_id IN (SELECT work_group_id FROM work_group_participants WHERE "
        "person_id = :person)");
    SqlQuery query(
        m_db,
        QStringLiteral("WITH ") + rules::participantSessionsCte(groups)
            + QStringLiteral(
                  " SELECT p.id AS participant_id, w.id AS work_group_id, w.code AS "
                  "work_group_code, pr.code AS programme_code, pr.title AS programme_title, "
                  "y.label AS academic_year, s.id AS school_id, s.urn, s.name AS school_name, "
                  "p.role, p.is_lead_participant, p.joined_on, p.left_on,"
                  "  coalesce(sum(ps.expected), 0) AS expected,"
                  "  coalesce(sum(ps.attended), 0) AS attended,"
                  "  coalesce(sum(CASE WHEN ps.mark = 'A' THEN 1 ELSE 0 END), 0) AS apologies,"
                  "  coalesce(sum(CASE WHEN ps.mark = 'X' THEN 1 ELSE 0 END), 0) AS absent,"
                  "  pr.completion_threshold, %1 AS work_group_over"
                  " FROM work_group_participants p JOIN work_groups w ON w.id = p.work_group_id"
                  " JOIN programmes pr ON pr.id = w.programme_id"
                  " JOIN academic_years y ON y.id = w.academic_year_id"
                  " JOIN schools s ON s.id = p.school_id"
                  " LEFT JOIN participant_sessions ps ON ps.participant_id = p.id"
                  " WHERE p.person_id = :person GROUP BY p.id, w.id, pr.id, y.id, s.id"
                  " ORDER BY y.start_date DESC, w.code COLLATE NOCASE, p.id")
                  .arg(rules::workGroupOverSql(QStringLiteral("w"))));
    query.bind(QStringLiteral(":person"), personId).exec();
    QList<PersonParticipation> rows;
    while (query.next()) {
        PersonParticipation row;
        row.participantId = query.value("participant_id").toLongLong();
        row.workGroupId = query.value("work_group_id").toLongLong();
        row.workGroupCode = query.value("work_group_code").toString();
        row.programmeCode = query.value("programme_code").toString();
        row.programmeTitle = query.value("programme_title").toString();
        row.academicYear = query.value("academic_year").toString();
        row.schoolId = query.value("school_id").toLongLong();
        row.schoolUrn = Urn::fromInt(query.value("urn").toInt()).value_or(Urn());
        row.schoolName = query.value("school_name").toString();
        row.role = query.value("role").toString();
        row.isLeadParticipant = query.value("is_lead_participant").toInt() != 0;
        row.joinedOn = dateFrom(query.value("joined_on"));
        row.leftOn = dateFrom(query.value("left_on"));
        row.expected = query.value("expected").toInt();
        row.attended = query.value("attended").toInt();
        row.apologies = query.value("apologies").toInt();
        row.absent = query.value("absent").toInt();
        row.completed = rules::completes(row.attended, row.expected,
                                         query.value("completion_threshold").toInt(),
                                         query.value("work_group_over").toBool());
        rows << row;
    }
    return rows;
}

QList<PersonSessionMark> ParticipationHistory::marksForPerson(RecordId personId) const
{
    SqlQuery query(
        m_db,
        QStringLiteral(
            "SELECT h.id AS session_id, w.id AS work_group_id, w.code AS work_group_code,"
            " h.number, h.title, h.held_on, h.status, m.mark, m.substitute_name, m.note"
            " FROM work_group_participants p JOIN work_groups w ON w.id = p.work_group_id"
            " JOIN sessions h ON h.work_group_id = p.work_group_id"
            "  AND (h.kind <> 'school_visit' OR h.visit_school_id = p.school_id)"
            " LEFT JOIN attendance_marks m ON m.session_id = h.id AND m.participant_id = p.id"
            " WHERE p.person_id = :person"
            " ORDER BY h.held_on NULLS LAST, w.code COLLATE NOCASE, h.number"));
    query.bind(QStringLiteral(":person"), personId).exec();
    QList<PersonSessionMark> rows;
    while (query.next()) {
        PersonSessionMark row;
        row.sessionId = query.value("session_id").toLongLong();
        row.workGroupId = query.value("work_group_id").toLongLong();
        row.workGroupCode = query.value("work_group_code").toString();
        row.sessionNumber = query.value("number").toInt();
        row.sessionTitle = query.value("title").toString();
        row.date = dateFrom(query.value("held_on"));
        row.status = sessionStatusFromStorage(query.value("status").toString());
        const QString code = query.value("mark").toString();
        if (!code.isEmpty())
            row.mark = markFromCode(code.at(0));
        row.substituteName = query.value("substitute_name").toString();
        row.note = query.value("note").toString();
        rows << row;
    }
    return rows;
}

} // namespace hubreg
