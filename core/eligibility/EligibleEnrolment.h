#pragma once

#include "EligibilityChecker.h"
#include "domain/WorkGroup.h"

namespace hubreg {

class Database;

// A school enrolled under its Work Group's eligibility rule, with the verdict that applied.
struct EnrolmentOutcome
{
    SchoolEnrolment enrolment;
    EligibilityVerdict verdict;
    QStringList warnings; // EnrolmentCheck's, which the reason answered; empty when none
};

// Enrolling a school in a Work Group with what argues against it checked (EnrolmentCheck: the
// group full, the school not open, the programme's prerequisites, the programme's phase). A
// school nothing argues against is enrolled as asked (no override is recorded, as none was
// needed); any other only with an administrator's reason, stored as the enrolment's
// eligibility override.
class EligibleEnrolment
{
public:
    // Throws StoreError: Conflict (field "eligibilityOverride") when something argues against
    // the school and `overrideReason` is blank, with the warnings in the message; anything
    // WorkGroupStore::enrolSchool throws. Nothing is written unless the enrolment is made.
    // `alsoJoining` as for EnrolmentCheck::warnings.
    static EnrolmentOutcome enrol(Database &db, SchoolEnrolment enrolment,
                                  const QString &overrideReason = {}, int alsoJoining = 0);
};

} // namespace hubreg
