#include "EligibilityChecker.h"

#include "database/Database.h"
#include "database/SqlQuery.h"
#include "database/StoreError.h"
#include "domain/AcademicYear.h"
#include "records/AcademicYearStore.h"
#include "records/ProgrammeStore.h"
#include "records/SchoolStore.h"
#include "records/WorkGroupStore.h"

#include <QCoreApplication>

namespace hubreg {

namespace {
// Gives lupdate and the translator the same context for this file's strings.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(hubreg::EligibilityChecker)
};

struct Outcome
{
    bool holds = true;
    QStringList reasons;
};

// What the rules look at beyond the participation history.
struct SchoolFacts
{
    const SchoolHistory &history;
    QStringList masterySpecialists; // names of staff marked as Mastery Specialists
};

QString codesText(const QStringList &codes)
{
    return codes.join(Tr::tr(" or "));
}

QString tookPartSentence(const Participation &p, const SchoolHistory &history)
{
    if (p.urn == history.school().urn)
        return Tr::tr("Took part in %1 (%2) in %3.")
            .arg(p.workGroupCode, p.programmeTitle, p.academicYear);
    return Tr::tr("Took part in %1 (%2) in %3 as URN %4 (%5), %6.")
        .arg(p.workGroupCode, p.programmeTitle, p.academicYear, p.urn.toString(), p.schoolName,
             history.relationOf(p.urn));
}

QString withdrewSentence(const Participation &p, const SchoolHistory &history)
{
    const QString date = p.withdrawnOn.toString(QStringLiteral("dd/MM/yyyy"));
    if (p.urn == history.school().urn)
        return Tr::tr("Withdrew from %1 (%2) in %3 on %4, which does not count as taking part.")
            .arg(p.workGroupCode, p.programmeTitle, p.academicYear, date);
    return Tr::tr("Withdrew from %1 (%2) in %3 on %4 as URN %5 (%6), %7, which does not count as "
                  "taking part.")
        .arg(p.workGroupCode, p.programmeTitle, p.academicYear, date, p.urn.toString(),
             p.schoolName, history.relationOf(p.urn));
}

QString neverTookPartSentence(const QStringList &codes, const SchoolHistory &history)
{
    const QString predecessors = history.predecessorList();
    if (predecessors.isEmpty())
        return Tr::tr("Has not taken part in %1.").arg(codesText(codes));
    return Tr::tr("Has not taken part in %1, under URN %2 or its predecessors (URN %3).")
        .arg(codesText(codes), history.school().urn.toString(), predecessors);
}

Outcome evaluate(const EligibilityRule &rule, const SchoolFacts &facts)
{
    const SchoolHistory &history = facts.history;
    Outcome outcome;
    switch (rule.kind) {
    case EligibilityRule::Kind::None:
        outcome.reasons << Tr::tr("Open to every school.");
        break;
    case EligibilityRule::Kind::All:
    case EligibilityRule::Kind::Any: {
        const bool all = rule.kind == EligibilityRule::Kind::All;
        QStringList held;
        QStringList failed;
        int holding = 0;
        for (const EligibilityRule &sub : rule.rules) {
            const Outcome part = evaluate(sub, facts);
            (part.holds ? held : failed) << part.reasons;
            holding += part.holds ? 1 : 0;
        }
        outcome.holds = all ? holding == rule.rules.size() : holding > 0;
        // Say what decided it: when the group holds, what held (for "all" that is everything);
        // when it fails, what failed (for "any" that is everything).
        outcome.reasons = outcome.holds ? held : failed;
        break;
    }
    case EligibilityRule::Kind::TookPartIn:
    case EligibilityRule::Kind::NotTakenPartIn: {
        const QList<Participation> took = history.tookPartIn(rule.programmes);
        const bool tookPart = !took.isEmpty();
        outcome.holds = rule.kind == EligibilityRule::Kind::TookPartIn ? tookPart : !tookPart;
        if (tookPart) {
            for (const Participation &p : took)
                outcome.reasons << tookPartSentence(p, history);
        } else {
            outcome.reasons << neverTookPartSentence(rule.programmes, history);
        }
        for (const Participation &p : history.withdrewFrom(rule.programmes))
            outcome.reasons << withdrewSentence(p, history);
        break;
    }
    case EligibilityRule::Kind::MasterySpecialist:
        outcome.holds
            = history.school().hasMasterySpecialist || !facts.masterySpecialists.isEmpty();
        if (history.school().hasMasterySpecialist)
            outcome.reasons << Tr::tr("Is recorded as a Mastery Specialist school.");
        if (!facts.masterySpecialists.isEmpty())
            outcome.reasons << Tr::tr("Has a Mastery Specialist on its staff: %1.")
                                   .arg(facts.masterySpecialists.join(QStringLiteral(", ")));
        if (!outcome.holds)
            outcome.reasons << Tr::tr(
                "Has no Mastery Specialist: the school is not marked as a Mastery "
                "Specialist school and nobody on its staff is marked as one.");
        break;
    case EligibilityRule::Kind::Barrier:
        outcome.holds = !history.school().barrier.trimmed().isEmpty();
        outcome.reasons << (outcome.holds ? Tr::tr("Has a recorded barrier: “%1”.")
                                                .arg(history.school().barrier.trimmed())
                                          : Tr::tr("Has no recorded barrier."));
        break;
    }
    return outcome;
}

QStringList masterySpecialistsAt(const Database &db, RecordId schoolId)
{
    SqlQuery query(
        db,
        QStringLiteral("SELECT trim(first_name || ' ' || last_name) FROM people "
                       "WHERE school_id = :school AND is_mastery_specialist = 1 "
                       "ORDER BY last_name COLLATE NOCASE, first_name COLLATE NOCASE, id"));
    query.bind(QStringLiteral(":school"), schoolId).exec();
    QStringList names;
    while (query.next())
        names << query.value(0).toString();
    return names;
}
} // namespace

EligibilityVerdict EligibilityChecker::checkRule(RecordId schoolId, const EligibilityRule &rule,
                                                 const EligibilityScope &scope) const
{
    const auto school = SchoolStore(m_db).find(schoolId);
    if (!school)
        throw StoreError(StoreError::Kind::NotFound, Tr::tr("The school does not exist."));
    const SchoolHistory history = SchoolHistory::load(m_db, *school, scope);
    const SchoolFacts facts { history, masterySpecialistsAt(m_db, schoolId) };
    const Outcome outcome = evaluate(rule, facts);
    EligibilityVerdict verdict;
    verdict.eligible = outcome.holds;
    verdict.rule = rule.describe();
    verdict.reasons = outcome.reasons;
    verdict.reasons.removeDuplicates();
    return verdict;
}

EligibilityVerdict EligibilityChecker::check(RecordId schoolId, RecordId programmeId,
                                             const QString &academicYear) const
{
    const auto programme = ProgrammeStore(m_db).find(programmeId);
    if (!programme)
        throw StoreError(StoreError::Kind::NotFound, Tr::tr("The programme does not exist."));
    EligibilityScope scope;
    if (!academicYear.trimmed().isEmpty()) {
        if (!AcademicYear::isValidLabel(academicYear.trimmed()))
            throw StoreError(
                StoreError::Kind::Invalid,
                Tr::tr("“%1” is not an academic year; write it as 2025/26.").arg(academicYear),
                QString(), QStringLiteral("academicYear"));
        scope.upToYear = academicYear.trimmed();
    }
    return checkRule(schoolId, programme->prerequisites, scope);
}

EligibilityVerdict EligibilityChecker::checkForWorkGroup(RecordId schoolId,
                                                         RecordId workGroupId) const
{
    const auto workGroup = WorkGroupStore(m_db).find(workGroupId);
    if (!workGroup)
        throw StoreError(StoreError::Kind::NotFound, Tr::tr("The Work Group does not exist."));
    const auto programme = ProgrammeStore(m_db).find(workGroup->programmeId);
    const auto year = AcademicYearStore(m_db).find(workGroup->academicYearId);
    if (!programme || !year)
        throw StoreError(StoreError::Kind::NotFound,
                         Tr::tr("The Work Group's programme or academic year does not exist."));
    EligibilityScope scope;
    scope.upToYear = year->label;
    scope.workGroupId = workGroupId;
    return checkRule(schoolId, programme->prerequisites, scope);
}

} // namespace hubreg
