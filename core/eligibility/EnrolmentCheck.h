#pragma once

#include "database/Entity.h"

#include <QStringList>

namespace hubreg {

class Database;
struct School;
struct WorkGroup;

// Everything that argues against enrolling a school in a Work Group: the group is full, the
// school is not open, its history makes it ineligible for the programme (EligibilityChecker),
// or its phase is not the programme's (phasefit). The Enrol dialog and the participant import
// show the same sentences, and EligibleEnrolment enrols such a school only with a reason.
class EnrolmentCheck
{
public:
    explicit EnrolmentCheck(Database &db)
        : m_db(db)
    { }

    // `alsoJoining` counts schools not enrolled yet that join before this one (an import's
    // earlier rows), for the capacity. An eligibility check that cannot be made is a warning
    // too, naming why. Empty when nothing argues against the school.
    QStringList warnings(const School &school, const WorkGroup &workGroup,
                         int alsoJoining = 0) const;
    // Throws StoreError(NotFound) for an unknown school or Work Group.
    QStringList warnings(RecordId schoolId, RecordId workGroupId, int alsoJoining = 0) const;

private:
    Database &m_db;
};

} // namespace hubreg
