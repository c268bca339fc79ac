#pragma once

#include "domain/Person.h"
#include "domain/Validation.h"
#include "domain/WorkGroup.h"

#include <QHash>
#include <QList>

#include <optional>

namespace hubreg {

class Database;

// Which Work Groups to list, in what order, and which page of them. Sorting and paging happen
// in SQL, and attendance is computed for the rows of the page only (unless sorting by it), so
// the list opens as quickly on a national file as on a hub's.
struct WorkGroupQuery
{
    enum class SortColumn {
        Default,
        Code,
        Title,
        Programme,
        Year,
        Lead,
        Status,
        Schools,
        Participants,
        Sessions,
        Attendance
    };

    RecordId academicYearId = 0; // 0: any
    RecordId programmeId = 0;
    RecordId leadPersonId = 0;
    std::optional<WorkGroupStatus> status;
    QString text; // matches code, title, programme or Lead
    SortColumn sortColumn = SortColumn::Default; // newest year first, then code
    bool descending = false;
    int offset = 0;
    int limit = -1; // -1: every matching Work Group
    // False: the rows come without their attendance (attendanceCounted false), for
    // WorkGroupStore::attendance() to give later, so a list can be shown first. Sorting by
    // attendance counts it whatever this says.
    bool withAttendance = true;
};

// A Work Group with the figures its list shows.
struct WorkGroupOverview
{
    WorkGroup workGroup;
    QString programmeCode;
    QString programmeTitle;
    QString academicYear;
    QString leadName;
    int schools = 0; // enrolled and not withdrawn
    int participants = 0; // enrolled and not left
    int sessionsHeld = 0;
    int sessionsPlanned = 0; // every session not cancelled
    int marksExpected = 0;
    int marksAttended = 0;
    bool attendanceCounted = true; // false: the two above are not known yet

    // Share of expected attendances that happened; -1 before any register is taken.
    double attendanceRate() const
    {
        return marksExpected > 0 ? double(marksAttended) / marksExpected : -1.0;
    }
};

// The attendances a Work Group expected and had, over its held sessions.
struct WorkGroupAttendance
{
    int expected = 0;
    int attended = 0;
};

struct SchoolEnrolmentListing
{
    SchoolEnrolment enrolment;
    Urn urn;
    QString schoolName;
    QString laName;
    QString phase;
};

struct ParticipantListing
{
    ParticipantEnrolment enrolment;
    QString firstName;
    QString lastName;
    QString email;
    Urn schoolUrn;
    QString schoolName;

    QString fullName() const { return (firstName + QLatin1Char(' ') + lastName).trimmed(); }
};

// Work Groups with the schools and participants enrolled in them.
// A participant to enrol: the person (added first when new) and their enrolment, whose
// personId the new person's id fills in.
struct NewParticipant
{
    Person person;
    bool isNewPerson = false;
    ParticipantEnrolment enrolment;
};

class WorkGroupStore
{
public:
    explicit WorkGroupStore(Database &db)
        : m_db(db)
    { }

    void add(WorkGroup &workGroup);
    void update(WorkGroup &workGroup);
    // Refused once attendance has been taken (cancel the Work Group instead); otherwise its
    // enrolments and sessions go with it.
    void remove(RecordId id);
    std::optional<WorkGroup> find(RecordId id) const;
    std::optional<WorkGroup> findByCode(const QString &code) const;
    QList<WorkGroupOverview> overview(const WorkGroupQuery &query = {}) const;
    // The attendance of each of these Work Groups, as overview() counts it, in one query; a
    // Work Group with no held session is left out.
    QHash<RecordId, WorkGroupAttendance> attendance(const QList<RecordId> &workGroupIds) const;
    int count() const;
    // How many Work Groups match the query's filters (its order and page are ignored).
    int count(const WorkGroupQuery &query) const;

    SchoolEnrolment enrolSchool(SchoolEnrolment enrolment);
    void updateSchoolEnrolment(SchoolEnrolment &enrolment);
    void withdrawSchool(RecordId enrolmentId, const QDate &on);
    // Refused while the school has participants in the group (withdraw it instead).
    void removeSchoolEnrolment(RecordId enrolmentId);
    std::optional<SchoolEnrolment> findSchoolEnrolment(RecordId enrolmentId) const;
    QList<SchoolEnrolmentListing> schools(RecordId workGroupId) const;

    // The person's school is used when the enrolment names none; it must be in the group.
    ParticipantEnrolment enrolParticipant(ParticipantEnrolment enrolment);
    void updateParticipant(ParticipantEnrolment &enrolment);
    // A participant changed together with the person's own details: both or neither.
    void updateParticipant(ParticipantEnrolment &enrolment, Person &person);
    // Adds the new people and enrols every participant, all or none (a pasted block is one
    // step); fills in the ids and uuids stored.
    void enrolParticipants(QList<NewParticipant> &participants);
    // Takes the participants out, last first, all or none.
    void removeParticipants(const QList<RecordId> &participantIds);
    void leave(RecordId participantId, const QDate &on);
    // Refused once the participant has attendance marks (record that they left instead).
    void removeParticipant(RecordId participantId);
    std::optional<ParticipantEnrolment> findParticipant(RecordId participantId) const;
    QList<ParticipantListing> participants(RecordId workGroupId) const;

    // A Work Group planned or recruiting has started once one of its sessions is held: it
    // becomes running. Returns whether it moved. The stores that make a session held call it.
    bool startOnceHeld(RecordId workGroupId);
    // Undo's side of startOnceHeld: a running Work Group none of whose sessions is held any more
    // goes back to `before`, when that was planned or recruiting.
    void restoreBeforeStart(RecordId workGroupId, WorkGroupStatus before);
    // The Joined date someone (or a school) added to the Work Group gets when none is given:
    // today once one of its sessions is held (the year's last day for a past year), so the
    // sessions held before do not count against them or their school; none before the first
    // session is held (they are expected from the start). The import, the Add Participant
    // dialog, paste and the Enrol dialog give it; the enrol calls themselves store what they get.
    QDate defaultJoinedOn(RecordId workGroupId) const;

private:
    void validate(const WorkGroup &workGroup) const;
    void checkParticipant(const ParticipantEnrolment &enrolment) const;
    QString describe(RecordId workGroupId) const;
    Database &m_db;
};

} // namespace hubreg
