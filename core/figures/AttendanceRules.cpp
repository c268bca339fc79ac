#include "AttendanceRules.h"

namespace hubreg::rules {

QString participantSessionsCte(const QString &sessionFilter)
{
    return QStringLiteral(
               "participant_sessions AS ("
               " SELECT h.work_group_id, p.id AS participant_id, p.school_id,"
               "  h.id AS session_id, m.mark,"
               "  CASE WHEN m.mark IS NOT NULL THEN CASE WHEN m.mark <> 'N' THEN 1 ELSE 0 END"
               "   WHEN (p.joined_on IS NULL OR h.held_on IS NULL OR h.held_on >= p.joined_on)"
               "     AND (p.left_on IS NULL OR h.held_on IS NULL OR h.held_on <= p.left_on)"
               "     AND (e.joined_on IS NULL OR h.held_on IS NULL OR h.held_on >= e.joined_on)"
               "     AND (e.withdrawn_on IS NULL OR h.held_on IS NULL"
               "      OR h.held_on <= e.withdrawn_on) THEN 1"
               "   ELSE 0 END AS expected,"
               "  CASE WHEN m.mark IN ('P', 'L', 'E', 'S') THEN 1 ELSE 0 END AS attended"
               " FROM sessions h"
               " JOIN work_group_participants p ON p.work_group_id = h.work_group_id"
               "  AND (h.kind <> 'school_visit' OR h.visit_school_id = p.school_id)"
               " LEFT JOIN work_group_schools e ON e.work_group_id = p.work_group_id"
               "  AND e.school_id = p.school_id"
               " LEFT JOIN attendance_marks m ON m.session_id = h.id AND m.participant_id = p.id"
               " WHERE h.status = 'held' %1)")
        .arg(sessionFilter);
}

QString schoolSessionsCte(const QString &sessionFilter)
{
    // Grouped by every column the CASE reads too, which PostgreSQL asks for.
    return QStringLiteral(
               "school_sessions AS ("
               " SELECT h.work_group_id, e.school_id, h.id AS session_id,"
               "  CASE WHEN coalesce(max(ps.attended), 0) = 1 THEN 1"
               "   WHEN count(ps.participant_id) > 0 AND max(ps.expected) = 0 THEN 0"
               "   WHEN h.held_on IS NOT NULL"
               "    AND ((e.joined_on IS NOT NULL AND h.held_on < e.joined_on)"
               "     OR (e.withdrawn_on IS NOT NULL AND h.held_on > e.withdrawn_on)) THEN 0"
               "   ELSE 1 END AS expected,"
               "  coalesce(max(ps.attended), 0) AS attended"
               " FROM sessions h"
               " JOIN work_group_schools e ON e.work_group_id = h.work_group_id"
               "  AND (h.kind <> 'school_visit' OR h.visit_school_id = e.school_id)"
               " LEFT JOIN participant_sessions ps ON ps.session_id = h.id"
               "  AND ps.school_id = e.school_id"
               " WHERE h.status = 'held' %1"
               " GROUP BY h.work_group_id, e.school_id, h.id, h.held_on, e.joined_on,"
               "  e.withdrawn_on)")
        .arg(sessionFilter);
}

bool meetsThreshold(int attended, int expected, int thresholdPercent)
{
    return expected > 0 && qint64(attended) * 100 >= qint64(thresholdPercent) * expected;
}

QString meetsThresholdSql(const QString &attended, const QString &expected,
                          const QString &threshold)
{
    return QStringLiteral("(%2 > 0 AND %1 * 100 >= %3 * %2)").arg(attended, expected, threshold);
}

QString workGroupOverSql(const QString &workGroup)
{
    return QStringLiteral(
               "(%1.status = 'completed' OR (%1.status <> 'cancelled' AND NOT EXISTS ("
               "SELECT 1 FROM sessions planned_session WHERE planned_session.work_group_id"
               " = %1.id AND planned_session.status = 'planned')))")
        .arg(workGroup);
}

bool completes(int attended, int expected, int thresholdPercent, bool workGroupOver)
{
    return workGroupOver && meetsThreshold(attended, expected, thresholdPercent);
}

QString completesSql(const QString &attended, const QString &expected, const QString &threshold,
                     const QString &workGroupOver)
{
    return QStringLiteral("(%1 AND %2)")
        .arg(workGroupOver, meetsThresholdSql(attended, expected, threshold));
}

QString flagSql(const QString &condition)
{
    return QStringLiteral("CASE WHEN %1 THEN 1 ELSE 0 END").arg(condition);
}

} // namespace hubreg::rules
