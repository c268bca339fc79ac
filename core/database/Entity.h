#pragma once

#include <QMetaType>

namespace hubreg {

// The kinds of record the store keeps; change notifications name one of these.
enum class Entity {
    Hub,
    AcademicYear,
    Programme,
    School,
    SchoolLink,
    Person,
    WorkGroup,
    SchoolEnrolment,
    ParticipantEnrolment,
    Session,
    AttendanceMark,
    Setting,
};

using RecordId = qint64;

} // namespace hubreg

Q_DECLARE_METATYPE(hubreg::Entity)
