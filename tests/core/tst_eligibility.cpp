#include "StoreTestHelpers.h"
#include "TestSupport.h"
#include "database/StoreError.h"
#include "eligibility/EligibilityChecker.h"
#include "eligibility/EligibleEnrolment.h"
#include "records/AcademicYearStore.h"
#include "records/HubStore.h"
#include "records/PersonStore.h"
#include "records/ProgrammeStore.h"
#include "records/SchoolStore.h"
#include "records/WorkGroupStore.h"

#include <QTest>

using namespace hubreg;

namespace {

// Schools, GIAS links and Work Groups made to order, so each test states the history it checks.
class Histories
{
public:
    explicit Histories(Database &db)
        : m_db(db)
    {
        Hub hub;
        hub.name = QStringLiteral("Eligibility Test Hub");
        HubStore(db).add(hub);
        m_hubId = hub.id;
    }

    RecordId school(int urn, const QString &name)
    {
        School s;
        s.urn = *Urn::fromInt(urn);
        s.name = name;
        s.phase = QStringLiteral("Primary");
        SchoolStore(m_db).add(s);
        return s.id;
    }

    // One GIAS row: `urn`'s link to `linked`, as GIAS words it from `urn`'s side.
    void link(int urn, int linked, const QString &type)
    {
        SchoolLink l;
        l.urn = *Urn::fromInt(urn);
        l.linkedUrn = *Urn::fromInt(linked);
        l.linkType = type;
        SchoolStore(m_db).upsertLink(l);
    }

    RecordId workGroup(const QString &code, const QString &programme, const QString &year,
                       WorkGroupStatus status = WorkGroupStatus::Completed)
    {
        WorkGroup wg;
        wg.hubId = m_hubId;
        wg.programmeId = programmeId(programme);
        wg.academicYearId = AcademicYearStore(m_db).ensure(year).id;
        wg.code = code;
        wg.status = status;
        WorkGroupStore(m_db).add(wg);
        return wg.id;
    }

    RecordId enrol(RecordId workGroupId, RecordId schoolId, const QDate &withdrawnOn = {})
    {
        SchoolEnrolment e;
        e.workGroupId = workGroupId;
        e.schoolId = schoolId;
        e.withdrawnOn = withdrawnOn;
        return WorkGroupStore(m_db).enrolSchool(e).id;
    }

    RecordId programmeId(const QString &code) const
    {
        return ProgrammeStore(m_db).findByCode(code)->id;
    }

    EligibilityVerdict check(RecordId schoolId, const QString &programme, const QString &year = {})
    {
        return EligibilityChecker(m_db).check(schoolId, programmeId(programme), year);
    }

private:
    Database &m_db;
    RecordId m_hubId = 0;
};

bool anyReasonContains(const EligibilityVerdict &verdict, const QString &text)
{
    for (const QString &reason : verdict.reasons) {
        if (reason.contains(text))
            return true;
    }
    return false;
}

} // namespace

class TestEligibility : public QObject
{
    Q_OBJECT

private slots:
    void developmentOnlyOnce();
    void embeddingNeedsDevelopmentThroughOneLink();
    void embeddingThroughTwoLinks();
    void mergedSchoolKeepsEachPredecessorsHistory();
    void successorHistoryDoesNotPassBackwards();
    void sustainingByHistoryOrMasterySpecialist();
    void masteringNumberOnlyOnce();
    void masteryReadinessNeedsBarrier();
    void secondaryDevelopmentAndEmbedding();
    void openProgrammeAdmitsEveryone();
    void cancelledAndWithdrawnDoNotCount();
    void workGroupScopeCountsEarlierYearsAndOtherGroups();
    void programmeScopeByYear();
    void allGroupNeedsEveryCondition();
    void unknownSchoolOrProgrammeIsNotFound();
    void overrideNeedsReasonAndIsStored();
    void eligibleEnrolmentRecordsNoOverride();
};

void TestEligibility::developmentOnlyOnce()
{
    test::TempDatabase temp;
    Histories h(temp.db());
    const RecordId fresh = h.school(110001, QStringLiteral("Fresh Primary School"));
    const RecordId veteran = h.school(110002, QStringLiteral("Veteran Primary School"));
    h.enrol(h.workGroup(QStringLiteral("DEV 23-01"), QStringLiteral("TFM-DEV"),
                        QStringLiteral("2023/24")),
            veteran);

    const EligibilityVerdict yes = h.check(fresh, QStringLiteral("TFM-DEV"));
    QVERIFY(yes.eligible);
    QCOMPARE(yes.rule, QStringLiteral("has not taken part in TFM-DEV"));
    QCOMPARE(yes.reasons, QStringList { QStringLiteral("Has not taken part in TFM-DEV.") });

    const EligibilityVerdict no = h.check(veteran, QStringLiteral("TFM-DEV"));
    QVERIFY(!no.eligible);
    QCOMPARE(
        no.reasons,
        QStringList { QStringLiteral(
            "Took part in DEV 23-01 (Teaching for Mastery Development Work Group) in 2023/24.") });
}

void TestEligibility::embeddingNeedsDevelopmentThroughOneLink()
{
    test::TempDatabase temp;
    Histories h(temp.db());
    const RecordId old = h.school(120001, QStringLiteral("Oak Primary School"));
    const RecordId academy = h.school(120002, QStringLiteral("Oak Primary Academy"));
    // Only the old URN's side of the link is recorded: the "Successor" arm must carry it.
    h.link(120001, 120002, QStringLiteral("Successor"));
    h.enrol(h.workGroup(QStringLiteral("DEV 24-01"), QStringLiteral("TFM-DEV"),
                        QStringLiteral("2024/25")),
            old);
    const RecordId stranger = h.school(120003, QStringLiteral("Elm Primary School"));

    const EligibilityVerdict yes = h.check(academy, QStringLiteral("TFM-EMB"));
    QVERIFY(yes.eligible);
    QCOMPARE(yes.reasons,
             QStringList { QStringLiteral("Took part in DEV 24-01 (Teaching for Mastery "
                                          "Development Work Group) in 2024/25 as URN "
                                          "120001 (Oak Primary School), its predecessor.") });
    // And the academy may not do Development again: its predecessor did.
    QVERIFY(!h.check(academy, QStringLiteral("TFM-DEV")).eligible);

    const EligibilityVerdict no = h.check(stranger, QStringLiteral("TFM-EMB"));
    QVERIFY(!no.eligible);
    QCOMPARE(no.reasons, QStringList { QStringLiteral("Has not taken part in TFM-DEV.") });
}

void TestEligibility::embeddingThroughTwoLinks()
{
    test::TempDatabase temp;
    Histories h(temp.db());
    const RecordId first = h.school(130001, QStringLiteral("Ash Primary School"));
    h.school(130002, QStringLiteral("Ash Primary Academy"));
    const RecordId third = h.school(130003, QStringLiteral("Ash Primary Academy (re-brokered)"));
    // Each link recorded from the newer URN's side only: the "Predecessor" arm, twice.
    h.link(130002, 130001, QStringLiteral("Predecessor"));
    h.link(130003, 130002, QStringLiteral("Predecessor"));
    h.enrol(h.workGroup(QStringLiteral("DEV 22-01"), QStringLiteral("TFM-DEV"),
                        QStringLiteral("2022/23")),
            first);

    const EligibilityVerdict verdict = h.check(third, QStringLiteral("TFM-EMB"));
    QVERIFY(verdict.eligible);
    QCOMPARE(verdict.reasons,
             QStringList { QStringLiteral(
                 "Took part in DEV 22-01 (Teaching for Mastery Development Work Group) in 2022/23 "
                 "as URN "
                 "130001 (Ash Primary School), an earlier predecessor (through URN 130002).") });

    // Without the second link the history stops at the middle URN.
    test::TempDatabase other;
    Histories broken(other.db());
    const RecordId a = broken.school(130001, QStringLiteral("Ash Primary School"));
    broken.school(130002, QStringLiteral("Ash Primary Academy"));
    const RecordId c = broken.school(130003, QStringLiteral("Ash Primary Academy (re-brokered)"));
    broken.link(130002, 130001, QStringLiteral("Predecessor"));
    broken.enrol(broken.workGroup(QStringLiteral("DEV 22-01"), QStringLiteral("TFM-DEV"),
                                  QStringLiteral("2022/23")),
                 a);
    QVERIFY(!broken.check(c, QStringLiteral("TFM-EMB")).eligible);
}

void TestEligibility::mergedSchoolKeepsEachPredecessorsHistory()
{
    test::TempDatabase temp;
    Histories h(temp.db());
    const RecordId infant = h.school(140001, QStringLiteral("Hill Infant School"));
    const RecordId junior = h.school(140002, QStringLiteral("Hill Junior School"));
    const RecordId merged = h.school(140003, QStringLiteral("Hill Primary School"));
    for (int old : { 140001, 140002 }) {
        h.link(old, 140003, QStringLiteral("Successor - merged"));
        h.link(140003, old, QStringLiteral("Predecessor - merged"));
    }
    h.enrol(h.workGroup(QStringLiteral("DEV 23-02"), QStringLiteral("TFM-DEV"),
                        QStringLiteral("2023/24")),
            infant);
    h.enrol(
        h.workGroup(QStringLiteral("MN 23-01"), QStringLiteral("MN"), QStringLiteral("2023/24")),
        junior);

    const EligibilityVerdict embedding = h.check(merged, QStringLiteral("TFM-EMB"));
    QVERIFY(embedding.eligible);
    QVERIFY(anyReasonContains(
        embedding,
        QStringLiteral("as URN 140001 (Hill Infant School), a school that merged into it.")));

    const EligibilityVerdict mastering = h.check(merged, QStringLiteral("MN"));
    QVERIFY(!mastering.eligible);
    QCOMPARE(mastering.reasons,
             QStringList { QStringLiteral("Took part in MN 23-01 (Mastering Number) in 2023/24 as "
                                          "URN 140002 (Hill Junior School), "
                                          "a school that merged into it.") });
}

void TestEligibility::successorHistoryDoesNotPassBackwards()
{
    test::TempDatabase temp;
    Histories h(temp.db());
    const RecordId old = h.school(150001, QStringLiteral("Yew Primary School"));
    const RecordId academy = h.school(150002, QStringLiteral("Yew Primary Academy"));
    h.link(150001, 150002, QStringLiteral("Successor"));
    h.link(150002, 150001, QStringLiteral("Predecessor"));
    h.enrol(h.workGroup(QStringLiteral("DEV 25-01"), QStringLiteral("TFM-DEV"),
                        QStringLiteral("2025/26")),
            academy);
    // The closed school did not take part; its successor did after it closed.
    QVERIFY(!h.check(old, QStringLiteral("TFM-EMB")).eligible);
    QVERIFY(h.check(old, QStringLiteral("TFM-DEV")).eligible);
}

void TestEligibility::sustainingByHistoryOrMasterySpecialist()
{
    test::TempDatabase temp;
    Histories h(temp.db());
    const RecordId embedded = h.school(160001, QStringLiteral("Rowan Primary School"));
    const RecordId flagged = h.school(160002, QStringLiteral("Maple Primary School"));
    const RecordId staffed = h.school(160003, QStringLiteral("Cedar Primary School"));
    const RecordId neither = h.school(160004, QStringLiteral("Holly Primary School"));
    h.enrol(h.workGroup(QStringLiteral("EMB 24-01"), QStringLiteral("TFM-EMB"),
                        QStringLiteral("2024/25")),
            embedded);
    School flag = *SchoolStore(temp.db()).find(flagged);
    flag.hasMasterySpecialist = true;
    SchoolStore(temp.db()).update(flag);
    Person specialist;
    specialist.firstName = QStringLiteral("Priya");
    specialist.lastName = QStringLiteral("Shah");
    specialist.schoolId = staffed;
    specialist.isMasterySpecialist = true;
    PersonStore(temp.db()).add(specialist);
    // A person who is not a Mastery Specialist makes no difference.
    Person teacher;
    teacher.firstName = QStringLiteral("Tom");
    teacher.lastName = QStringLiteral("Reed");
    teacher.schoolId = neither;
    PersonStore(temp.db()).add(teacher);

    const EligibilityVerdict byHistory = h.check(embedded, QStringLiteral("TFM-SUS"));
    QVERIFY(byHistory.eligible);
    QCOMPARE(
        byHistory.reasons,
        QStringList { QStringLiteral(
            "Took part in EMB 24-01 (Teaching for Mastery Embedding Work Group) in 2024/25.") });

    const EligibilityVerdict byFlag = h.check(flagged, QStringLiteral("TFM-SUS"));
    QVERIFY(byFlag.eligible);
    QCOMPARE(byFlag.reasons,
             QStringList { QStringLiteral("Is recorded as a Mastery Specialist school.") });

    const EligibilityVerdict byStaff = h.check(staffed, QStringLiteral("TFM-SUS"));
    QVERIFY(byStaff.eligible);
    QCOMPARE(byStaff.reasons,
             QStringList { QStringLiteral("Has a Mastery Specialist on its staff: Priya Shah.") });

    const EligibilityVerdict no = h.check(neither, QStringLiteral("TFM-SUS"));
    QVERIFY(!no.eligible);
    QCOMPARE(no.rule,
             QStringLiteral("took part in TFM-DEV or TFM-EMB or has a Mastery Specialist"));
    QCOMPARE(no.reasons.size(), 2);
    QCOMPARE(no.reasons.at(0), QStringLiteral("Has not taken part in TFM-DEV or TFM-EMB."));
    QVERIFY(no.reasons.at(1).startsWith(QStringLiteral("Has no Mastery Specialist")));
}

void TestEligibility::masteringNumberOnlyOnce()
{
    test::TempDatabase temp;
    Histories h(temp.db());
    const RecordId old = h.school(170001, QStringLiteral("Birch Primary School"));
    const RecordId academy = h.school(170002, QStringLiteral("Birch Primary Academy"));
    h.link(170002, 170001, QStringLiteral("Predecessor"));
    h.enrol(
        h.workGroup(QStringLiteral("MN 24-01"), QStringLiteral("MN"), QStringLiteral("2024/25")),
        old);
    const RecordId fresh = h.school(170003, QStringLiteral("Willow Primary School"));

    const EligibilityVerdict no = h.check(academy, QStringLiteral("MN"));
    QVERIFY(!no.eligible);
    QCOMPARE(no.reasons,
             QStringList { QStringLiteral("Took part in MN 24-01 (Mastering Number) in 2024/25 as "
                                          "URN 170001 (Birch Primary School), "
                                          "its predecessor.") });
    const EligibilityVerdict yes = h.check(fresh, QStringLiteral("MN"));
    QVERIFY(yes.eligible);
    QCOMPARE(yes.reasons, QStringList { QStringLiteral("Has not taken part in MN.") });
}

void TestEligibility::masteryReadinessNeedsBarrier()
{
    test::TempDatabase temp;
    Histories h(temp.db());
    const RecordId ready = h.school(180001, QStringLiteral("Pine Primary School"));
    const RecordId blank = h.school(180002, QStringLiteral("Fir Primary School"));
    School s = *SchoolStore(temp.db()).find(ready);
    s.barrier = QStringLiteral("Ofsted: requires improvement");
    SchoolStore(temp.db()).update(s);
    School spaces = *SchoolStore(temp.db()).find(blank);
    spaces.barrier = QStringLiteral("   ");
    SchoolStore(temp.db()).update(spaces);

    const EligibilityVerdict yes = h.check(ready, QStringLiteral("MR"));
    QVERIFY(yes.eligible);
    QCOMPARE(
        yes.reasons,
        QStringList { QStringLiteral("Has a recorded barrier: “Ofsted: requires improvement”.") });
    const EligibilityVerdict no = h.check(blank, QStringLiteral("MR"));
    QVERIFY(!no.eligible);
    QCOMPARE(no.reasons, QStringList { QStringLiteral("Has no recorded barrier.") });
}

void TestEligibility::secondaryDevelopmentAndEmbedding()
{
    test::TempDatabase temp;
    Histories h(temp.db());
    const RecordId advocate = h.school(190001, QStringLiteral("Kelder High School"));
    const RecordId fresh = h.school(190002, QStringLiteral("Moor High School"));
    h.enrol(h.workGroup(QStringLiteral("SDEV 24-01"), QStringLiteral("S-TFM-DEV"),
                        QStringLiteral("2024/25")),
            advocate);
    QVERIFY(!h.check(advocate, QStringLiteral("S-TFM-DEV")).eligible);
    QVERIFY(h.check(advocate, QStringLiteral("S-TFM-ES")).eligible);
    QVERIFY(h.check(fresh, QStringLiteral("S-TFM-DEV")).eligible);
    QVERIFY(!h.check(fresh, QStringLiteral("S-TFM-ES")).eligible);
}

void TestEligibility::openProgrammeAdmitsEveryone()
{
    test::TempDatabase temp;
    Histories h(temp.db());
    const RecordId school = h.school(191001, QStringLiteral("Lime Primary School"));
    const EligibilityVerdict verdict = h.check(school, QStringLiteral("TFM-INTRO"));
    QVERIFY(verdict.eligible);
    QCOMPARE(verdict.rule, QStringLiteral("open to every school"));
    QCOMPARE(verdict.reasons, QStringList { QStringLiteral("Open to every school.") });
}

void TestEligibility::cancelledAndWithdrawnDoNotCount()
{
    test::TempDatabase temp;
    Histories h(temp.db());
    const RecordId school = h.school(192001, QStringLiteral("Hazel Primary School"));
    h.enrol(h.workGroup(QStringLiteral("DEV 23-09"), QStringLiteral("TFM-DEV"),
                        QStringLiteral("2023/24"), WorkGroupStatus::Cancelled),
            school);
    h.enrol(h.workGroup(QStringLiteral("DEV 24-02"), QStringLiteral("TFM-DEV"),
                        QStringLiteral("2024/25")),
            school, QDate(2024, 11, 12));

    const EligibilityVerdict embedding = h.check(school, QStringLiteral("TFM-EMB"));
    QVERIFY(!embedding.eligible);
    QCOMPARE(
        embedding.reasons,
        (QStringList { QStringLiteral("Has not taken part in TFM-DEV."),
                       QStringLiteral("Withdrew from DEV 24-02 (Teaching for Mastery Development "
                                      "Work Group) in 2024/25 on 12/11/2024, which does not "
                                      "count as taking part.") }));
    QVERIFY(h.check(school, QStringLiteral("TFM-DEV")).eligible);
}

void TestEligibility::workGroupScopeCountsEarlierYearsAndOtherGroups()
{
    test::TempDatabase temp;
    Histories h(temp.db());
    const RecordId school = h.school(193001, QStringLiteral("Alder Primary School"));
    const RecordId thisYear = h.workGroup(QStringLiteral("MN 25-01"), QStringLiteral("MN"),
                                          QStringLiteral("2025/26"), WorkGroupStatus::Running);
    const RecordId sibling = h.workGroup(QStringLiteral("MN 25-02"), QStringLiteral("MN"),
                                         QStringLiteral("2025/26"), WorkGroupStatus::Running);
    const RecordId nextYear = h.workGroup(QStringLiteral("MN 26-01"), QStringLiteral("MN"),
                                          QStringLiteral("2026/27"), WorkGroupStatus::Planned);
    EligibilityChecker checker(temp.db());

    // Enrolled in this year's group: the group itself does not count against it.
    h.enrol(thisYear, school);
    QVERIFY(checker.checkForWorkGroup(school, thisYear).eligible);
    // ... but it does count against joining a second group the same year, and a later one.
    const EligibilityVerdict second = checker.checkForWorkGroup(school, sibling);
    QVERIFY(!second.eligible);
    QCOMPARE(
        second.reasons,
        QStringList { QStringLiteral("Took part in MN 25-01 (Mastering Number) in 2025/26.") });
    QVERIFY(!checker.checkForWorkGroup(school, nextYear).eligible);

    // A later year's group does not count when checking an earlier one.
    test::TempDatabase other;
    Histories later(other.db());
    const RecordId s = later.school(193001, QStringLiteral("Alder Primary School"));
    const RecordId early = later.workGroup(QStringLiteral("EMB 24-01"), QStringLiteral("TFM-EMB"),
                                           QStringLiteral("2024/25"));
    later.enrol(later.workGroup(QStringLiteral("DEV 25-01"), QStringLiteral("TFM-DEV"),
                                QStringLiteral("2025/26")),
                s);
    QVERIFY(!EligibilityChecker(other.db()).checkForWorkGroup(s, early).eligible);
}

void TestEligibility::programmeScopeByYear()
{
    test::TempDatabase temp;
    Histories h(temp.db());
    const RecordId school = h.school(194001, QStringLiteral("Poplar Primary School"));
    h.enrol(h.workGroup(QStringLiteral("DEV 25-03"), QStringLiteral("TFM-DEV"),
                        QStringLiteral("2025/26")),
            school);
    QVERIFY(!h.check(school, QStringLiteral("TFM-DEV")).eligible);
    QVERIFY(!h.check(school, QStringLiteral("TFM-DEV"), QStringLiteral("2025/26")).eligible);
    QVERIFY(h.check(school, QStringLiteral("TFM-DEV"), QStringLiteral("2024/25")).eligible);
    const auto error = test::storeErrorFrom(
        [&] { h.check(school, QStringLiteral("TFM-DEV"), QStringLiteral("2025-26")); });
    QVERIFY(error);
    QCOMPARE(error->kind(), StoreError::Kind::Invalid);
}

void TestEligibility::allGroupNeedsEveryCondition()
{
    test::TempDatabase temp;
    Histories h(temp.db());
    const RecordId school = h.school(195001, QStringLiteral("Beech Primary School"));
    h.enrol(h.workGroup(QStringLiteral("DEV 23-04"), QStringLiteral("TFM-DEV"),
                        QStringLiteral("2023/24")),
            school);
    const EligibilityRule rule = EligibilityRule::fromJson(QStringLiteral(
        R"({"kind":"all","rules":[{"kind":"tookPartIn","programmes":["TFM-DEV"]},{"kind":"barrier"}]})"));
    EligibilityChecker checker(temp.db());

    const EligibilityVerdict no = checker.checkRule(school, rule, {});
    QVERIFY(!no.eligible);
    // Only the failing condition explains an "all" that fails.
    QCOMPARE(no.reasons, QStringList { QStringLiteral("Has no recorded barrier.") });

    School s = *SchoolStore(temp.db()).find(school);
    s.barrier = QStringLiteral("Low progress in maths");
    SchoolStore(temp.db()).update(s);
    const EligibilityVerdict yes = checker.checkRule(school, rule, {});
    QVERIFY(yes.eligible);
    QCOMPARE(yes.reasons.size(), 2);
}

void TestEligibility::unknownSchoolOrProgrammeIsNotFound()
{
    test::TempDatabase temp;
    Histories h(temp.db());
    const RecordId school = h.school(196001, QStringLiteral("Larch Primary School"));
    EligibilityChecker checker(temp.db());
    for (const auto &call : QList<std::function<void()>> {
             [&] { checker.check(school + 100, h.programmeId(QStringLiteral("MN"))); },
             [&] { checker.check(school, 99999); },
             [&] { checker.checkForWorkGroup(school, 99999); } }) {
        const auto error = test::storeErrorFrom(call);
        QVERIFY(error);
        QCOMPARE(error->kind(), StoreError::Kind::NotFound);
    }
}

void TestEligibility::overrideNeedsReasonAndIsStored()
{
    test::TempDatabase temp;
    Histories h(temp.db());
    const RecordId school = h.school(197001, QStringLiteral("Sycamore Primary School"));
    const RecordId embedding = h.workGroup(QStringLiteral("EMB 25-01"), QStringLiteral("TFM-EMB"),
                                           QStringLiteral("2025/26"), WorkGroupStatus::Recruiting);
    SchoolEnrolment enrolment;
    enrolment.workGroupId = embedding;
    enrolment.schoolId = school;

    for (const QString &blank : { QString(), QStringLiteral("  ") }) {
        const auto error
            = test::storeErrorFrom([&] { EligibleEnrolment::enrol(temp.db(), enrolment, blank); });
        QVERIFY(error);
        QCOMPARE(error->kind(), StoreError::Kind::Conflict);
        QCOMPARE(error->field(), QStringLiteral("eligibilityOverride"));
        QVERIFY(error->message().contains(QStringLiteral("Has not taken part in TFM-DEV.")));
    }
    QVERIFY(WorkGroupStore(temp.db()).schools(embedding).isEmpty());

    const QString reason
        = QStringLiteral("Took part in a Development group run by another hub in 2019");
    const EnrolmentOutcome outcome
        = EligibleEnrolment::enrol(temp.db(), enrolment, QLatin1Char(' ') + reason);
    QVERIFY(!outcome.verdict.eligible);
    const auto stored = WorkGroupStore(temp.db()).findSchoolEnrolment(outcome.enrolment.id);
    QVERIFY(stored);
    QCOMPARE(stored->eligibilityOverride, reason);
    QCOMPARE(stored->schoolId, school);
}

void TestEligibility::eligibleEnrolmentRecordsNoOverride()
{
    test::TempDatabase temp;
    Histories h(temp.db());
    const RecordId school = h.school(198001, QStringLiteral("Walnut Primary School"));
    const RecordId development
        = h.workGroup(QStringLiteral("DEV 25-09"), QStringLiteral("TFM-DEV"),
                      QStringLiteral("2025/26"), WorkGroupStatus::Recruiting);
    SchoolEnrolment enrolment;
    enrolment.workGroupId = development;
    enrolment.schoolId = school;
    const EnrolmentOutcome outcome
        = EligibleEnrolment::enrol(temp.db(), enrolment, QStringLiteral("not needed"));
    QVERIFY(outcome.verdict.eligible);
    QCOMPARE(
        WorkGroupStore(temp.db()).findSchoolEnrolment(outcome.enrolment.id)->eligibilityOverride,
        QString());
}

QTEST_GUILESS_MAIN(TestEligibility)
#include "tst_eligibility.moc"
