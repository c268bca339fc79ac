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
};

// Enrolling a school in a Work Group with the programme's prerequisites checked. An eligible
// school is enrolled as asked (no override is recorded, as none was needed); an ineligible one
// only with an administrator's reason, stored as the enrolment's eligibility override.
class EligibleEnrolment
{
public:
    // Throws StoreError: Conflict (field "eligibilityOverride") when the school is not eligible
    // and `overrideReason` is blank, with the verdict's reasons in the message; anything
    // WorkGroupStore::enrolSchool throws. Nothing is written unless the enrolment is made.
    static EnrolmentOutcome enrol(Database &db, SchoolEnrolment enrolment,
                                  const QString &overrideReason = {});
};

} // namespace hubreg
