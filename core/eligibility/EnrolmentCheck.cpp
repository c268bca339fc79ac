#include "EnrolmentCheck.h"

#include "EligibilityChecker.h"
#include "PhaseFit.h"
#include "database/Database.h"
#include "database/StoreError.h"
#include "domain/School.h"
#include "domain/WorkGroup.h"
#include "records/ProgrammeStore.h"
#include "records/SchoolStore.h"
#include "records/WorkGroupStore.h"

#include <QCoreApplication>

namespace hubreg {

namespace {
// Gives lupdate and the translator the same context for this file's strings.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(hubreg::EnrolmentCheck)
};
} // namespace

QStringList EnrolmentCheck::warnings(const School &school, const WorkGroup &workGroup,
                                     int alsoJoining) const
{
    QStringList warnings;
    int active = 0;
    for (const SchoolEnrolmentListing &enrolled : WorkGroupStore(m_db).schools(workGroup.id))
        active += enrolled.enrolment.isWithdrawn() ? 0 : 1;
    active += alsoJoining;
    if (active >= workGroup.capacity)
        warnings << Tr::tr("The Work Group is full: it has %1 schools and room for %2.")
                        .arg(active)
                        .arg(workGroup.capacity);
    if (!school.isOpen())
        warnings << Tr::tr("%1 is %2 in the register.").arg(school.name, school.status.toLower());
    if (const auto programme = ProgrammeStore(m_db).find(workGroup.programmeId)) {
        const QString phase = phasefit::warning(school, programme->code, programme->phase);
        if (!phase.isEmpty())
            warnings << phase;
    }
    try {
        const EligibilityVerdict verdict
            = EligibilityChecker(m_db).checkForWorkGroup(school.id, workGroup.id);
        if (!verdict.eligible) {
            warnings << Tr::tr("%1 is not eligible for this programme, whose rule is: %2.")
                            .arg(school.name, verdict.rule);
            warnings << verdict.reasons;
        }
    } catch (const StoreError &error) {
        // The check could not be made: say so, and let the administrator decide.
        warnings << Tr::tr("Eligibility could not be checked: %1").arg(error.message());
    }
    return warnings;
}

QStringList EnrolmentCheck::warnings(RecordId schoolId, RecordId workGroupId, int alsoJoining) const
{
    const auto school = SchoolStore(m_db).find(schoolId);
    if (!school)
        throw StoreError(StoreError::Kind::NotFound, Tr::tr("The school no longer exists."));
    const auto workGroup = WorkGroupStore(m_db).find(workGroupId);
    if (!workGroup)
        throw StoreError(StoreError::Kind::NotFound, Tr::tr("The Work Group no longer exists."));
    return warnings(*school, *workGroup, alsoJoining);
}

} // namespace hubreg
