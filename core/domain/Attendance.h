#pragma once

#include "Record.h"

#include <QChar>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace hubreg {

// The mark a participant gets for a session, with docs/domain.md's counting rules.
enum class AttendanceMark {
    Present,     // P: attended
    Late,        // L: attended
    LeftEarly,   // E: attended
    Substitute,  // S: attended (a colleague from the same school came instead)
    Apologies,   // A: absent, notice given
    Absent,      // X: absent, no notice
    NotExpected, // N: left out of every rate
};

QChar codeOf(AttendanceMark mark);
std::optional<AttendanceMark> markFromCode(QChar code);
QString displayName(AttendanceMark mark);
QList<AttendanceMark> allAttendanceMarks();
bool countsAsAttended(AttendanceMark mark);
bool countsAsExpected(AttendanceMark mark);

// One participant's mark at one session, with who recorded it and when.
struct AttendanceRecord : Record
{
    RecordId sessionId = 0;
    RecordId participantId = 0; // a ParticipantEnrolment
    AttendanceMark mark = AttendanceMark::Present;
    QString substituteName; // for a substitute only
    QString note;
    QString recordedBy;
    QDateTime recordedAt;
};

} // namespace hubreg
