#include "EligibleEnrolment.h"

#include "store/Database.h"
#include "store/StoreError.h"
#include "store/Transaction.h"
#include "stores/SchoolStore.h"
#include "stores/WorkGroupStore.h"

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
                                          const QString &overrideReason)
{
    // One transaction: the verdict stands for the data the enrolment is written against.
    Transaction transaction(db);
    EnrolmentOutcome outcome;
    outcome.verdict
        = EligibilityChecker(db).checkForWorkGroup(enrolment.schoolId, enrolment.workGroupId);
    if (outcome.verdict.eligible) {
        enrolment.eligibilityOverride.clear();
    } else {
        if (overrideReason.trimmed().isEmpty()) {
            const auto school = SchoolStore(db).find(enrolment.schoolId);
            const auto workGroup = WorkGroupStore(db).find(enrolment.workGroupId);
            const QString record
                = Tr::tr("Work Group %1").arg(workGroup ? workGroup->code : QString());
            throw StoreError(
                StoreError::Kind::Conflict,
                Tr::tr("%1 is not eligible for %2. Its rule: %3. %4 Give a reason to enrol "
                       "it anyway.")
                    .arg(school ? school->name : Tr::tr("The school"), record, outcome.verdict.rule,
                         outcome.verdict.reasons.join(QLatin1Char(' '))),
                record, QStringLiteral("eligibilityOverride"));
        }
        enrolment.eligibilityOverride = overrideReason.trimmed();
    }
    outcome.enrolment = WorkGroupStore(db).enrolSchool(enrolment);
    transaction.commit();
    return outcome;
}

} // namespace hubreg
