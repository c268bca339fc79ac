#pragma once

#include "database/Entity.h"
#include "domain/Validation.h"

#include <QList>
#include <QString>

#include <optional>

namespace hubreg {

class Database;

// How a school stands against its Work Group's completion threshold while sessions remain.
enum class RiskLevel {
    BelowThreshold, // attended less than the threshold of the held sessions so far, but can still
                    // reach it
    CannotComplete, // even attending every remaining planned session would leave it below
};

// A school enrolled (not withdrawn) in a Work Group that may not complete it.
struct SchoolAtRisk
{
    RecordId workGroupId = 0;
    QString workGroupCode;
    QString programmeCode;
    int threshold = 75; // percent
    RecordId schoolId = 0;
    Urn urn;
    QString schoolName;
    int expected = 0; // held sessions the school was expected at
    int attended = 0; // ... and attended
    int remaining = 0; // planned sessions still to come that concern the school
    RiskLevel level = RiskLevel::BelowThreshold;

    // Attendances needed at the remaining sessions to reach the threshold (more than `remaining`
    // when it cannot be done).
    int attendancesNeeded() const;
};

// Schools at risk of not completing, under the counting rules (figures/AttendanceRules.h). A
// remaining session is a planned one (not held, not cancelled) that concerns the school: every
// workshop and the school's own visit. A school with nothing held and nothing left is not judged.
class CompletionRisk
{
public:
    explicit CompletionRisk(const Database &db)
        : m_db(db)
    { }

    // In the hub's Work Groups of `academicYear` that are neither completed nor cancelled,
    // worst first.
    QList<SchoolAtRisk> forHub(RecordId hubId, const QString &academicYear) const;
    // In one Work Group, whatever its status, worst first.
    QList<SchoolAtRisk> forWorkGroup(RecordId workGroupId) const;

    // The rule itself: nullopt when the school is on track (or there is nothing to judge).
    static std::optional<RiskLevel> assess(int attended, int expected, int remaining,
                                           int threshold);

private:
    QList<SchoolAtRisk> query(const QString &workGroupFilter, RecordId id,
                              const QString &academicYear) const;
    const Database &m_db;
};

} // namespace hubreg
