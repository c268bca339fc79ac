#pragma once

#include "SchoolHistory.h"
#include "domain/EligibilityRule.h"

#include <QStringList>

namespace hubreg {

class Database;

// The answer to "may this school join?": the rule in words and the evidence, one sentence each.
struct EligibilityVerdict
{
    bool eligible = true;
    QString rule; // the prerequisite in words ("took part in TFM-DEV")
    // One sentence per piece of evidence, such as "Took part in TFM-DEV 24-01 (…) in 2024/25 as
    // URN 123456 (…), its predecessor."
    QStringList reasons;
};

// Checks a school against a programme's prerequisites (EligibilityRule) using its history across
// URN changes. What counts as having taken part: an enrolment, under the school's URN or a
// predecessor's, in a Work Group that was not cancelled; a withdrawn enrolment does not count
// (the verdict mentions it). A Mastery Specialist school is one flagged so, or with a person on
// its staff marked as a Mastery Specialist; a barrier is a non-empty barrier note. Both look at
// the school itself only, as a closed predecessor's staff and notes are out of date.
class EligibilityChecker
{
public:
    explicit EligibilityChecker(Database &db)
        : m_db(db)
    { }

    // Against a programme. Every Work Group counts; with `academicYear` ("2025/26"), only those of
    // that year and earlier ones. Throws StoreError: NotFound for an unknown school or programme,
    // Invalid for a malformed year.
    EligibilityVerdict check(RecordId schoolId, RecordId programmeId,
                             const QString &academicYear = {}) const;
    // Against a Work Group's programme: Work Groups of earlier years count, and other Work Groups
    // of the same year (so a school cannot join two Mastering Number groups at once); the Work
    // Group itself and later years do not.
    EligibilityVerdict checkForWorkGroup(RecordId schoolId, RecordId workGroupId) const;
    // Any rule, within `scope`.
    EligibilityVerdict checkRule(RecordId schoolId, const EligibilityRule &rule,
                                 const EligibilityScope &scope) const;

private:
    Database &m_db;
};

} // namespace hubreg
