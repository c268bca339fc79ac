#include "ParticipationHistory.h"

#include "figures/AttendanceRules.h"
#include "store/Database.h"
#include "store/SqlQuery.h"
#include "stores/SchoolStore.h"

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
                  " SELECT s.id, s.urn, s.name, w.id, w.code, pr.code, pr.title, y.label, "
                  "e.joined_on,"
                  "  e.withdrawn_on,"
                  "  (SELECT count(*) FROM work_group_participants p WHERE p.work_group_id = w.id"
                  "   AND p.school_id = s.id),"
                  "  coalesce(f.expected, 0), coalesce(f.attended, 0), pr.completion_threshold, "
                  "%2"
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
        row.schoolId = query.value(0).toLongLong();
        row.urn = Urn::fromInt(query.value(1).toInt()).value_or(Urn());
        row.schoolName = query.value(2).toString();
        row.workGroupId = query.value(3).toLongLong();
        row.workGroupCode = query.value(4).toString();
        row.programmeCode = query.value(5).toString();
        row.programmeTitle = query.value(6).toString();
        row.academicYear = query.value(7).toString();
        row.joinedOn = dateFrom(query.value(8));
        row.withdrawnOn = dateFrom(query.value(9));
        row.participants = query.value(10).toInt();
        row.expected = query.value(11).toInt();
        row.attended = query.value(12).toInt();
        row.completed = rules::completes(row.attended, row.expected, query.value(13).toInt(),
                                         query.value(14).toBool());
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
                  " SELECT p.id, w.id, w.code, pr.code, pr.title, y.label, s.id, s.urn, s.name, "
                  "p.role,"
                  "  p.is_lead_participant, p.joined_on, p.left_on,"
                  "  coalesce(sum(ps.expected), 0), coalesce(sum(ps.attended), 0),"
                  "  coalesce(sum(CASE WHEN ps.mark = 'A' THEN 1 ELSE 0 END), 0),"
                  "  coalesce(sum(CASE WHEN ps.mark = 'X' THEN 1 ELSE 0 END), 0),"
                  "  pr.completion_threshold, %1"
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
        row.participantId = query.value(0).toLongLong();
        row.workGroupId = query.value(1).toLongLong();
        row.workGroupCode = query.value(2).toString();
        row.programmeCode = query.value(3).toString();
        row.programmeTitle = query.value(4).toString();
        row.academicYear = query.value(5).toString();
        row.schoolId = query.value(6).toLongLong();
        row.schoolUrn = Urn::fromInt(query.value(7).toInt()).value_or(Urn());
        row.schoolName = query.value(8).toString();
        row.role = query.value(9).toString();
        row.isLeadParticipant = query.value(10).toBool();
        row.joinedOn = dateFrom(query.value(11));
        row.leftOn = dateFrom(query.value(12));
        row.expected = query.value(13).toInt();
        row.attended = query.value(14).toInt();
        row.apologies = query.value(15).toInt();
        row.absent = query.value(16).toInt();
        row.completed = rules::completes(row.attended, row.expected, query.value(17).toInt(),
                                         query.value(18).toBool());
        rows << row;
    }
    return rows;
}

QList<PersonSessionMark> ParticipationHistory::marksForPerson(RecordId personId) const
{
    SqlQuery query(
        m_db,
        QStringLiteral(
            "SELECT h.id, w.id, w.code, h.number, h.title, h.held_on, h.status, m.mark,"
            " m.substitute_name, m.note"
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
        row.sessionId = query.value(0).toLongLong();
        row.workGroupId = query.value(1).toLongLong();
        row.workGroupCode = query.value(2).toString();
        row.sessionNumber = query.value(3).toInt();
        row.sessionTitle = query.value(4).toString();
        row.date = dateFrom(query.value(5));
        row.status = sessionStatusFromStorage(query.value(6).toString());
        const QString code = query.value(7).toString();
        if (!code.isEmpty())
            row.mark = markFromCode(code.at(0));
        row.substituteName = query.value(8).toString();
        row.note = query.value(9).toString();
        rows << row;
    }
    return rows;
}

} // namespace hubreg
