#include "AttendanceFigures.h"

#include "AttendanceRules.h"
#include "database/Database.h"
#include "database/SqlQuery.h"

namespace hubreg {

namespace {
const QString kWorkGroupFilter = QStringLiteral("AND h.work_group_id = :wg");

// What completion needs besides the counts: the programme's threshold and whether the Work
// Group is over.
struct CompletionTerms
{
    int threshold = 75;
    bool over = false;
};

CompletionTerms termsOf(const Database &db, RecordId workGroupId)
{
    SqlQuery query(db,
                   QStringLiteral("SELECT pr.completion_threshold, %1 AS work_group_over FROM "
                                  "work_groups w JOIN programmes pr ON pr.id = w.programme_id "
                                  "WHERE w.id = :wg")
                       .arg(rules::flagSql(rules::workGroupOverSql(QStringLiteral("w")))));
    query.bind(QStringLiteral(":wg"), workGroupId).exec();
    CompletionTerms terms;
    if (query.next()) {
        terms.threshold = query.value("completion_threshold").toInt();
        terms.over = query.value("work_group_over").toInt() != 0;
    }
    return terms;
}
} // namespace

QList<ParticipantFigures> AttendanceFigures::participants(RecordId workGroupId) const
{
    const CompletionTerms terms = termsOf(m_db, workGroupId);
    SqlQuery query(
        m_db,
        QStringLiteral("WITH ") + rules::participantSessionsCte(kWorkGroupFilter)
            + QStringLiteral(
                " SELECT p.id AS participant_id, p.school_id,"
                "  coalesce(sum(ps.expected), 0) AS expected,"
                "  coalesce(sum(ps.attended), 0) AS attended,"
                "  coalesce(sum(CASE WHEN ps.mark = 'A' THEN 1 ELSE 0 END), 0) AS apologies,"
                "  coalesce(sum(CASE WHEN ps.mark = 'X' THEN 1 ELSE 0 END), 0) AS absent,"
                "  coalesce(sum(CASE WHEN ps.mark IS NULL AND ps.expected <> 0 THEN 1 ELSE 0"
                "   END), 0) AS unrecorded"
                " FROM work_group_participants p"
                " LEFT JOIN participant_sessions ps ON ps.participant_id = p.id"
                " WHERE p.work_group_id = :wg GROUP BY p.id, p.school_id ORDER BY p.id"));
    query.bind(QStringLiteral(":wg"), workGroupId).exec();
    QList<ParticipantFigures> rows;
    while (query.next()) {
        ParticipantFigures f;
        f.participantId = query.value("participant_id").toLongLong();
        f.schoolId = query.value("school_id").toLongLong();
        f.expected = query.value("expected").toInt();
        f.attended = query.value("attended").toInt();
        f.apologies = query.value("apologies").toInt();
        f.absent = query.value("absent").toInt();
        f.unrecorded = query.value("unrecorded").toInt();
        f.onTrack = rules::meetsThreshold(f.attended, f.expected, terms.threshold);
        f.completed = rules::completes(f.attended, f.expected, terms.threshold, terms.over);
        rows << f;
    }
    return rows;
}

QList<SchoolFigures> AttendanceFigures::schools(RecordId workGroupId) const
{
    const CompletionTerms terms = termsOf(m_db, workGroupId);
    SqlQuery query(
        m_db,
        QStringLiteral("WITH ") + rules::participantSessionsCte(kWorkGroupFilter)
            + QStringLiteral(", ") + rules::schoolSessionsCte(kWorkGroupFilter)
            + QStringLiteral(
                " SELECT e.school_id, coalesce(sum(ss.expected), 0) AS expected,"
                "  coalesce(sum(ss.attended), 0) AS attended"
                " FROM work_group_schools e"
                " LEFT JOIN school_sessions ss ON ss.school_id = e.school_id"
                "  AND ss.work_group_id = e.work_group_id"
                " WHERE e.work_group_id = :wg GROUP BY e.school_id ORDER BY e.school_id"));
    query.bind(QStringLiteral(":wg"), workGroupId).exec();
    QList<SchoolFigures> rows;
    while (query.next()) {
        SchoolFigures f;
        f.schoolId = query.value("school_id").toLongLong();
        f.expected = query.value("expected").toInt();
        f.attended = query.value("attended").toInt();
        f.onTrack = rules::meetsThreshold(f.attended, f.expected, terms.threshold);
        f.completed = rules::completes(f.attended, f.expected, terms.threshold, terms.over);
        rows << f;
    }
    return rows;
}

QList<SessionFigures> AttendanceFigures::sessions(RecordId workGroupId) const
{
    SqlQuery query(
        m_db,
        QStringLiteral("WITH ") + rules::participantSessionsCte(kWorkGroupFilter)
            + QStringLiteral(", ") + rules::schoolSessionsCte(kWorkGroupFilter)
            + QStringLiteral(
                " SELECT s.id AS session_id,"
                "  coalesce(sum(ps.expected), 0) AS expected,"
                "  coalesce(sum(ps.attended), 0) AS attended,"
                "  coalesce(sum(CASE WHEN ps.mark = 'A' THEN 1 ELSE 0 END), 0) AS apologies,"
                "  coalesce(sum(CASE WHEN ps.mark = 'X' THEN 1 ELSE 0 END), 0) AS absent,"
                "  coalesce(sum(CASE WHEN ps.expected = 0 THEN 1 ELSE 0 END), 0) AS not_expected,"
                "  coalesce(sum(CASE WHEN ps.mark IS NULL AND ps.expected <> 0 THEN 1 ELSE 0"
                "   END), 0) AS unrecorded,"
                "  (SELECT count(*) FROM school_sessions ss WHERE ss.session_id = s.id"
                "   AND ss.attended = 1) AS schools_attended"
                " FROM sessions s LEFT JOIN participant_sessions ps ON ps.session_id = s.id"
                " WHERE s.work_group_id = :wg GROUP BY s.id, s.number ORDER BY s.number"));
    query.bind(QStringLiteral(":wg"), workGroupId).exec();
    QList<SessionFigures> rows;
    while (query.next()) {
        SessionFigures f;
        f.sessionId = query.value("session_id").toLongLong();
        f.expected = query.value("expected").toInt();
        f.attended = query.value("attended").toInt();
        f.apologies = query.value("apologies").toInt();
        f.absent = query.value("absent").toInt();
        f.notExpected = query.value("not_expected").toInt();
        f.unrecorded = query.value("unrecorded").toInt();
        f.schoolsAttended = query.value("schools_attended").toInt();
        rows << f;
    }
    return rows;
}

QList<ParticipantSessionFigure> AttendanceFigures::participantSessions(RecordId workGroupId) const
{
    SqlQuery query(m_db,
                   QStringLiteral("WITH ") + rules::participantSessionsCte(kWorkGroupFilter)
                       + QStringLiteral(" SELECT participant_id, session_id,"
                                        " CASE WHEN mark IS NOT NULL THEN 1 ELSE 0 END AS marked,"
                                        " expected, attended FROM participant_sessions"
                                        " ORDER BY participant_id, session_id"));
    query.bind(QStringLiteral(":wg"), workGroupId).exec();
    QList<ParticipantSessionFigure> rows;
    while (query.next()) {
        ParticipantSessionFigure f;
        f.participantId = query.value("participant_id").toLongLong();
        f.sessionId = query.value("session_id").toLongLong();
        f.marked = query.value("marked").toInt() != 0;
        f.expected = query.value("expected").toInt() != 0;
        f.attended = query.value("attended").toInt() != 0;
        rows << f;
    }
    return rows;
}

} // namespace hubreg
