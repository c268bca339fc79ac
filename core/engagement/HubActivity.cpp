#include "HubActivity.h"

#include "database/Database.h"
#include "database/SqlQuery.h"
#include "figures/AttendanceRules.h"

#include <QMap>

namespace hubreg {

namespace {
const QString kHubYearGroups = QStringLiteral(
    "SELECT w.id FROM work_groups w JOIN academic_years y ON y.id = w.academic_year_id "
    "WHERE w.hub_id = :hub AND y.label = :year");
} // namespace

QList<StatusCount> HubActivity::workGroupsByStatus(RecordId hubId,
                                                   const QString &academicYear) const
{
    QList<StatusCount> counts;
    for (WorkGroupStatus status : allWorkGroupStatuses())
        counts << StatusCount { status, 0 };
    SqlQuery query(m_db,
                   QStringLiteral("SELECT status, count(*) FROM work_groups WHERE id IN (")
                       + kHubYearGroups + QStringLiteral(") GROUP BY status"));
    query.bind(QStringLiteral(":hub"), hubId).bind(QStringLiteral(":year"), academicYear).exec();
    while (query.next()) {
        const WorkGroupStatus status = workGroupStatusFromStorage(query.value(0).toString());
        for (StatusCount &count : counts) {
            if (count.status == status)
                count.workGroups = query.value(1).toInt();
        }
    }
    return counts;
}

QList<SessionAttendance> HubActivity::attendanceBySession(RecordId hubId,
                                                          const QString &academicYear) const
{
    const QString groups = QStringLiteral("AND h.work_group_id IN (%1)").arg(kHubYearGroups);
    SqlQuery query(
        m_db,
        QStringLiteral("WITH ") + rules::participantSessionsCte(groups) + QStringLiteral(", ")
            + rules::schoolSessionsCte(groups)
            + QStringLiteral(", people AS (SELECT session_id, sum(expected) AS expected, "
                             "sum(attended) AS attended"
                             "  FROM participant_sessions GROUP BY session_id),"
                             " schools AS (SELECT session_id, sum(expected) AS expected, "
                             "sum(attended) AS attended"
                             "  FROM school_sessions GROUP BY session_id)"
                             " SELECT s.id AS session_id, s.work_group_id, w.code, s.number,"
                             "  s.held_on, s.kind, coalesce(pe.expected, 0) AS expected,"
                             "  coalesce(pe.attended, 0) AS attended,"
                             "  coalesce(sc.expected, 0) AS schools_expected,"
                             "  coalesce(sc.attended, 0) AS schools_attended"
                             " FROM sessions s JOIN work_groups w ON w.id = s.work_group_id"
                             " LEFT JOIN people pe ON pe.session_id = s.id"
                             " LEFT JOIN schools sc ON sc.session_id = s.id"
                             " WHERE s.status = 'held' AND s.work_group_id IN (")
            + kHubYearGroups
            + QStringLiteral(") ORDER BY s.held_on NULLS LAST, w.code COLLATE NOCASE, s.number"));
    query.bind(QStringLiteral(":hub"), hubId).bind(QStringLiteral(":year"), academicYear).exec();
    QList<SessionAttendance> rows;
    while (query.next()) {
        SessionAttendance row;
        row.sessionId = query.value("session_id").toLongLong();
        row.workGroupId = query.value("work_group_id").toLongLong();
        row.workGroupCode = query.value("code").toString();
        row.number = query.value("number").toInt();
        row.date = dateFrom(query.value("held_on"));
        row.kind = sessionKindFromStorage(query.value("kind").toString());
        row.expected = query.value("expected").toInt();
        row.attended = query.value("attended").toInt();
        row.schoolsExpected = query.value("schools_expected").toInt();
        row.schoolsAttended = query.value("schools_attended").toInt();
        rows << row;
    }
    return rows;
}

QList<MonthAttendance> HubActivity::byMonth(const QList<SessionAttendance> &sessions)
{
    QMap<QDate, MonthAttendance> months;
    for (const SessionAttendance &session : sessions) {
        if (!session.date.isValid())
            continue;
        const QDate first(session.date.year(), session.date.month(), 1);
        MonthAttendance &month = months[first];
        month.month = first;
        ++month.sessions;
        month.expected += session.expected;
        month.attended += session.attended;
    }
    return months.values();
}

} // namespace hubreg
