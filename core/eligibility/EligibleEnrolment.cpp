#include "EligibleEnrolment.h"

#include "EnrolmentCheck.h"
#include "database/Database.h"
#include "database/StoreError.h"
#include "database/Transaction.h"
#include "records/SchoolStore.h"
#include "records/WorkGroupStore.h"

#include <QCoreApplication>

namespace hubreg {

namespace {
// Gives lupdate and the translator the same context for this file's strings.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(hubreg::EligibleEnrolment)
};
} // namespace

EnrolmentOutcome EligibleEnrolment::enrol(Database &db, SchoolEnrolment enrolment,
                                          const QString &overrideReason, int alsoJoining)
{
    // One transaction: the verdict stands for the data the enrolment is written against.
    Transaction transaction(db);
    EnrolmentOutcome outcome;
    outcome.verdict
        = EligibilityChecker(db).checkForWorkGroup(enrolment.schoolId, enrolment.workGroupId);
    outcome.warnings
        = EnrolmentCheck(db).warnings(enrolment.schoolId, enrolment.workGroupId, alsoJoining);
    if (outcome.warnings.isEmpty()) {
        enrolment.eligibilityOverride.clear();
    } else {
        if (overrideReason.trimmed().isEmpty()) {
            const auto school = SchoolStore(db).find(enrolment.schoolId);
            const auto workGroup = WorkGroupStore(db).find(enrolment.workGroupId);
            const QString record
                = Tr::tr("Work Group %1").arg(workGroup ? workGroup->code : QString());
            const QString name = school ? school->name : Tr::tr("The school");
            throw StoreError(StoreError::Kind::Conflict,
                             Tr::tr("%1 can join %2 only with a reason to go ahead: %3")
                                 .arg(name, record, outcome.warnings.join(QLatin1Char(' '))),
                             record, QStringLiteral("eligibilityOverride"));
        }
        enrolment.eligibilityOverride = overrideReason.trimmed();
    }
    outcome.enrolment = WorkGroupStore(db).enrolSchool(enrolment);
    transaction.commit();
    return outcome;
}

} // namespace hubreg
