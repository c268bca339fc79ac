#include "AttendanceFigures.h"

#include "AttendanceRules.h"
#include "store/Database.h"
#include "store/SqlQuery.h"

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
                   QStringLiteral("SELECT pr.completion_threshold, %1 FROM work_groups w JOIN "
                                  "programmes pr ON pr.id = w.programme_id WHERE w.id = :wg")
                       .arg(rules::flagSql(rules::workGroupOverSql(QStringLiteral("w")))));
    query.bind(QStringLiteral(":wg"), workGroupId).exec();
    CompletionTerms terms;
    if (query.next()) {
        terms.threshold = query.value(0).toInt();
        terms.over = query.value(1).toInt() != 0;
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
                " SELECT p.id, p.school_id,"
                "  coalesce(sum(ps.expected), 0), coalesce(sum(ps.attended), 0),"
                "  coalesce(sum(CASE WHEN ps.mark = 'A' THEN 1 ELSE 0 END), 0),"
                "  coalesce(sum(CASE WHEN ps.mark = 'X' THEN 1 ELSE 0 END), 0),"
                "  coalesce(sum(CASE WHEN ps.mark IS NULL AND ps.expected <> 0 THEN 1 ELSE 0"
                "   END), 0)"
                " FROM work_group_participants p"
                " LEFT JOIN participant_sessions ps ON ps.participant_id = p.id"
                " WHERE p.work_group_id = :wg GROUP BY p.id, p.school_id ORDER BY p.id"));
    query.bind(QStringLiteral(":wg"), workGroupId).exec();
    QList<ParticipantFigures> rows;
    while (query.next()) {
        ParticipantFigures f;
        f.participantId = query.value(0).toLongLong();
        f.schoolId = query.value(1).toLongLong();
        f.expected = query.value(2).toInt();
        f.attended = query.value(3).toInt();
        f.apologies = query.value(4).toInt();
        f.absent = query.value(5).toInt();
        f.unrecorded = query.value(6).toInt();
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
                " SELECT e.school_id, coalesce(sum(ss.expected), 0), coalesce(sum(ss.attended), 0)"
                " FROM work_group_schools e"
                " LEFT JOIN school_sessions ss ON ss.school_id = e.school_id"
                "  AND ss.work_group_id = e.work_group_id"
                " WHERE e.work_group_id = :wg GROUP BY e.school_id ORDER BY e.school_id"));
    query.bind(QStringLiteral(":wg"), workGroupId).exec();
    QList<SchoolFigures> rows;
    while (query.next()) {
        SchoolFigures f;
        f.schoolId = query.value(0).toLongLong();
        f.expected = query.value(1).toInt();
        f.attended = query.value(2).toInt();
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
                " SELECT s.id,"
                "  coalesce(sum(ps.expected), 0), coalesce(sum(ps.attended), 0),"
                "  coalesce(sum(CASE WHEN ps.mark = 'A' THEN 1 ELSE 0 END), 0),"
                "  coalesce(sum(CASE WHEN ps.mark = 'X' THEN 1 ELSE 0 END), 0),"
                "  coalesce(sum(CASE WHEN ps.expected = 0 THEN 1 ELSE 0 END), 0),"
                "  coalesce(sum(CASE WHEN ps.mark IS NULL AND ps.expected <> 0 THEN 1 ELSE 0"
                "   END), 0),"
                "  (SELECT count(*) FROM school_sessions ss WHERE ss.session_id = s.id"
                "   AND ss.attended = 1)"
                " FROM sessions s LEFT JOIN participant_sessions ps ON ps.session_id = s.id"
                " WHERE s.work_group_id = :wg GROUP BY s.id, s.number ORDER BY s.number"));
    query.bind(QStringLiteral(":wg"), workGroupId).exec();
    QList<SessionFigures> rows;
    while (query.next()) {
        SessionFigures f;
        f.sessionId = query.value(0).toLongLong();
        f.expected = query.value(1).toInt();
        f.attended = query.value(2).toInt();
        f.apologies = query.value(3).toInt();
        f.absent = query.value(4).toInt();
        f.notExpected = query.value(5).toInt();
        f.unrecorded = query.value(6).toInt();
        f.schoolsAttended = query.value(7).toInt();
        rows << f;
    }
    return rows;
}

QList<ParticipantSessionFigure> AttendanceFigures::participantSessions(RecordId workGroupId) const
{
    SqlQuery query(m_db,
                   QStringLiteral("WITH ") + rules::participantSessionsCte(kWorkGroupFilter)
                       + QStringLiteral(" SELECT participant_id, session_id,"
                                        " CASE WHEN mark IS NOT NULL THEN 1 ELSE 0 END,"
                                        " expected, attended FROM participant_sessions"
                                        " ORDER BY participant_id, session_id"));
    query.bind(QStringLiteral(":wg"), workGroupId).exec();
    QList<ParticipantSessionFigure> rows;
    while (query.next()) {
        ParticipantSessionFigure f;
        f.participantId = query.value(0).toLongLong();
        f.sessionId = query.value(1).toLongLong();
        f.marked = query.value(2).toInt() != 0;
        f.expected = query.value(3).toInt() != 0;
        f.attended = query.value(4).toInt() != 0;
        rows << f;
    }
    return rows;
}

} // namespace hubreg
