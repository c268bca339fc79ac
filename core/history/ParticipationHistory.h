#pragma once

#include "database/Entity.h"
#include "domain/Attendance.h"
#include "domain/Session.h"
#include "domain/Validation.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace hubreg {

class Database;

// One Work Group a school took part in, under its own URN or a predecessor's.
struct SchoolParticipation
{
    RecordId schoolId = 0;
    Urn urn; // the URN it took part under
    QString schoolName; // that URN's name in the register
    RecordId workGroupId = 0;
    QString workGroupCode;
    QString programmeCode;
    QString programmeTitle;
    QString academicYear;
    QDate joinedOn;
    QDate withdrawnOn;
    int participants = 0;
    int expected = 0; // held sessions the school was expected at
    int attended = 0;
    bool completed = false;
};

// One Work Group a person took part in, with their attendance figures.
struct PersonParticipation
{
    RecordId participantId = 0;
    RecordId workGroupId = 0;
    QString workGroupCode;
    QString programmeCode;
    QString programmeTitle;
    QString academicYear;
    RecordId schoolId = 0;
    Urn schoolUrn;
    QString schoolName;
    QString role;
    bool isLeadParticipant = false;
    QDate joinedOn;
    QDate leftOn;
    int expected = 0;
    int attended = 0;
    int apologies = 0;
    int absent = 0;
    bool completed = false;
};

// A session that concerned a person, and the mark they got, if any.
struct PersonSessionMark
{
    RecordId sessionId = 0;
    RecordId workGroupId = 0;
    QString workGroupCode;
    int sessionNumber = 0;
    QString sessionTitle;
    QDate date;
    SessionStatus status = SessionStatus::Planned;
    std::optional<AttendanceMark> mark;
    QString substituteName;
    QString note;
};

// What a school or a person has taken part in across years and programmes, for their pages.
// Figures follow the counting rules of figures/AttendanceRules.h and the completion rule of
// AttendanceFigures, so they match the Work Group's own figures.
class ParticipationHistory
{
public:
    explicit ParticipationHistory(const Database &db)
        : m_db(db)
    { }

    // The school's Work Groups and those of every URN whose history passes to it (GIAS
    // predecessors, merged schools), newest year first.
    QList<SchoolParticipation> forSchool(RecordId schoolId) const;
    // The person's Work Groups, newest year first.
    QList<PersonParticipation> forPerson(RecordId personId) const;
    // Every session of the person's Work Groups that concerned them, oldest first.
    QList<PersonSessionMark> marksForPerson(RecordId personId) const;

private:
    const Database &m_db;
};

} // namespace hubreg
