#pragma once

#include "domain/Session.h"
#include "domain/WorkGroup.h"

#include <QDate>
#include <QList>
#include <QString>

namespace hubreg {

class Database;

struct StatusCount
{
    WorkGroupStatus status = WorkGroupStatus::Planned;
    int workGroups = 0;
};

// One held session's register in numbers.
struct SessionAttendance
{
    RecordId sessionId = 0;
    RecordId workGroupId = 0;
    QString workGroupCode;
    int number = 0;
    QDate date; // invalid when the date was not recorded
    SessionKind kind = SessionKind::Workshop;
    int expected = 0; // participants expected
    int attended = 0; // ... who attended
    int schoolsExpected = 0;
    int schoolsAttended = 0;

    double rate() const { return expected > 0 ? double(attended) / expected : -1.0; }
};

// The held sessions of one calendar month, added up.
struct MonthAttendance
{
    QDate month; // the first of the month
    int sessions = 0;
    int expected = 0;
    int attended = 0;

    double rate() const { return expected > 0 ? double(attended) / expected : -1.0; }
};

// What the hub's own Work Groups did in a year: how many are at each status, and attendance at
// each held session under the counting rules (figures/AttendanceRules.h).
class HubActivity
{
public:
    explicit HubActivity(const Database &db)
        : m_db(db)
    { }

    // Every status, in allWorkGroupStatuses() order, zeros included.
    QList<StatusCount> workGroupsByStatus(RecordId hubId, const QString &academicYear) const;
    // Held sessions of the hub's Work Groups of the year, by date (undated last).
    QList<SessionAttendance> attendanceBySession(RecordId hubId, const QString &academicYear) const;
    // Dated sessions added up by month, in order; months without sessions are left out.
    static QList<MonthAttendance> byMonth(const QList<SessionAttendance> &sessions);

private:
    const Database &m_db;
};

} // namespace hubreg
