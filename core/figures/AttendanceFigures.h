#pragma once

#include "database/Entity.h"

#include <QList>

namespace hubreg {

class Database;

// Attendance of one participant over a Work Group's held sessions.
struct ParticipantFigures
{
    RecordId participantId = 0;
    RecordId schoolId = 0;
    int expected = 0;
    int attended = 0;
    int apologies = 0;
    int absent = 0;
    int unrecorded = 0; // expected, but no mark taken
    bool onTrack = false; // meets the programme's threshold so far
    bool completed = false; // ... and the Work Group is over
    double rate() const { return expected > 0 ? double(attended) / expected : -1.0; }
};

// Attendance of one school: held sessions it was expected at, and how many it attended.
struct SchoolFigures
{
    RecordId schoolId = 0;
    int expected = 0;
    int attended = 0;
    bool onTrack = false; // meets the programme's threshold so far
    bool completed = false; // ... and the Work Group is over
    double rate() const { return expected > 0 ? double(attended) / expected : -1.0; }
};

// One participant at one held session that concerns them: expected or not (by their mark, or
// with none by the dates they and their school were in the group), and attended.
struct ParticipantSessionFigure
{
    RecordId participantId = 0;
    RecordId sessionId = 0;
    bool marked = false;
    bool expected = false;
    bool attended = false;
};

// One session's register in numbers.
struct SessionFigures
{
    RecordId sessionId = 0;
    int expected = 0;
    int attended = 0;
    int apologies = 0;
    int absent = 0;
    int notExpected = 0; // marked N, or not in the group that day (joined later, had left)
    int unrecorded = 0;
    int schoolsAttended = 0;
};

// Derived figures, computed in SQL under the counting rules of figures/AttendanceRules.h.
// Completion is rules::completes: the Work Group is over, and attended * 100 >= threshold *
// expected with the programme's threshold (percent), at least one held session expected. While
// the group runs, meeting the threshold is only "on track".
class AttendanceFigures
{
public:
    explicit AttendanceFigures(const Database &db)
        : m_db(db)
    { }

    QList<ParticipantFigures> participants(RecordId workGroupId) const;
    QList<SchoolFigures> schools(RecordId workGroupId) const;
    QList<SessionFigures> sessions(RecordId workGroupId) const;
    // Every participant at every held session of the Work Group that concerns them.
    QList<ParticipantSessionFigure> participantSessions(RecordId workGroupId) const;

private:
    const Database &m_db;
};

} // namespace hubreg
