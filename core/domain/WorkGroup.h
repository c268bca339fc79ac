#pragma once

#include "Record.h"

#include <QDate>
#include <QList>
#include <QString>

namespace hubreg {

enum class WorkGroupStatus { Planned, Recruiting, Running, Completed, Cancelled };

QString toStorage(WorkGroupStatus status);
WorkGroupStatus workGroupStatusFromStorage(const QString &text);
QString displayName(WorkGroupStatus status);
QList<WorkGroupStatus> allWorkGroupStatuses();

// One running instance of a programme, in one hub and one academic year, led by one Lead.
struct WorkGroup : Record
{
    RecordId hubId = 0;
    RecordId programmeId = 0;
    RecordId academicYearId = 0;
    QString code; // the hub's reference, e.g. "NCP 24-11 YH03"
    QString title;
    RecordId leadPersonId = 0;
    WorkGroupStatus status = WorkGroupStatus::Planned;
    int capacity = 7; // schools
    QString notes;
};

// A school taking part in a Work Group.
struct SchoolEnrolment : Record
{
    RecordId workGroupId = 0;
    RecordId schoolId = 0;
    QDate joinedOn;
    QDate withdrawnOn; // invalid while the school takes part
    bool headCommitment = false;
    QString eligibilityOverride; // why it was enrolled despite an eligibility warning
    QString notes;

    bool isWithdrawn() const { return withdrawnOn.isValid(); }
};

// A person taking part in a Work Group on behalf of one of its schools.
struct ParticipantEnrolment : Record
{
    RecordId workGroupId = 0;
    RecordId personId = 0;
    RecordId schoolId = 0;
    bool isLeadParticipant = false;
    QString role; // role in this group, e.g. "Reception Lead Teacher"
    QDate joinedOn;
    QDate leftOn;

    bool hasLeft() const { return leftOn.isValid(); }
};

} // namespace hubreg
