// A school's phase against its programme's: which suit, the warning's words, and enrolment
// refused without a reason (kept once given), as the eligibility warnings are.
#include "StoreTestHelpers.h"
#include "TestSupport.h"
#include "eligibility/EligibleEnrolment.h"
#include "eligibility/EnrolmentCheck.h"
#include "eligibility/PhaseFit.h"
#include "records/AcademicYearStore.h"
#include "records/HubStore.h"
#include "records/ProgrammeStore.h"
#include "records/SchoolStore.h"
#include "records/WorkGroupStore.h"

#include <QTest>

using namespace hubreg;

namespace {
struct Fixture
{
    explicit Fixture(Database &db)
    {
        Hub hub;
        hub.name = QStringLiteral("Phase Test Hub");
        HubStore(db).add(hub);
        WorkGroup wg;
        wg.hubId = hub.id;
        wg.programmeId = ProgrammeStore(db).findByCode(QStringLiteral("S-TFM-DEV"))->id;
        wg.academicYearId = AcademicYearStore(db).ensure(QStringLiteral("2024/25")).id;
        wg.code = QStringLiteral("SEC-DEV-01");
        WorkGroupStore(db).add(wg);
        secondaryGroup = wg.id;
        auto school = [&](int urn, const char *name, const char *phase, int low, int high) {
            School s;
            s.urn = *Urn::fromInt(urn);
            s.name = QLatin1String(name);
            s.phase = QLatin1String(phase);
            s.statutoryLowAge = low;
            s.statutoryHighAge = high;
            SchoolStore(db).add(s);
            return s.id;
        };
        primary = school(120001, "Oak Primary School", "Primary", 4, 11);
        secondary = school(120002, "Elm Academy", "Secondary", 11, 16);
        special = school(120003, "Ash Special School", "Not applicable", 2, 19);
    }

    RecordId secondaryGroup = 0, primary = 0, secondary = 0, special = 0;
};
} // namespace

class TestPhaseFit : public QObject
{
    Q_OBJECT

private slots:
    void phasesOfEducationSuitTheirProgrammes_data();
    void phasesOfEducationSuitTheirProgrammes();
    void theWarningSaysWhy();
    void aPrimarySchoolNeedsAReasonToJoinASecondaryProgramme();
};

void TestPhaseFit::phasesOfEducationSuitTheirProgrammes_data()
{
    QTest::addColumn<QString>("schoolPhase");
    QTest::addColumn<int>("low");
    QTest::addColumn<int>("high");
    QTest::addColumn<int>("programme");
    QTest::addColumn<bool>("fits");
    const int primary = int(Phase::Primary);
    const int secondary = int(Phase::Secondary);
    const int early = int(Phase::EarlyYears);
    const int post16 = int(Phase::Post16);
    const int cross = int(Phase::CrossPhase);
    QTest::newRow("primary in primary") << "Primary" << -1 << -1 << primary << true;
    QTest::newRow("primary in secondary") << "Primary" << -1 << -1 << secondary << false;
    QTest::newRow("primary in early years") << "Primary" << -1 << -1 << early << true;
    QTest::newRow("secondary in primary") << "Secondary" << -1 << -1 << primary << false;
    QTest::newRow("secondary in post-16") << "Secondary" << -1 << -1 << post16 << true;
    QTest::newRow("middle in secondary")
        << "Middle deemed primary" << -1 << -1 << secondary << true;
    QTest::newRow("all-through anywhere") << "All-through" << -1 << -1 << early << true;
    QTest::newRow("16 plus in secondary") << "16 plus" << -1 << -1 << secondary << false;
    QTest::newRow("nursery in primary") << "Nursery" << -1 << -1 << primary << false;
    QTest::newRow("unknown phase") << "" << -1 << -1 << secondary << true;
    QTest::newRow("not applicable") << "Not applicable" << -1 << -1 << primary << true;
    QTest::newRow("cross-phase takes all") << "Nursery" << -1 << -1 << cross << true;
    // The ages decide when known.
    QTest::newRow("infants 4-7 in primary") << "Primary" << 4 << 7 << primary << true;
    QTest::newRow("juniors 7-11 in early years") << "Primary" << 7 << 11 << early << false;
    QTest::newRow("primary 4-11 in secondary") << "Primary" << 4 << 11 << secondary << false;
    QTest::newRow("secondary 11-16 in post-16") << "Secondary" << 11 << 16 << post16 << false;
    QTest::newRow("secondary 11-18 in post-16") << "Secondary" << 11 << 18 << post16 << true;
    QTest::newRow("special 2-19 in secondary") << "Not applicable" << 2 << 19 << secondary << true;
}

void TestPhaseFit::phasesOfEducationSuitTheirProgrammes()
{
    QFETCH(QString, schoolPhase);
    QFETCH(int, low);
    QFETCH(int, high);
    QFETCH(int, programme);
    QFETCH(bool, fits);
    QCOMPARE(phasefit::fits(schoolPhase, low, high, Phase(programme)), fits);
}

void TestPhaseFit::theWarningSaysWhy()
{
    School oak;
    oak.name = QStringLiteral("Oak Primary School");
    oak.phase = QStringLiteral("Primary");
    QCOMPARE(phasefit::warning(oak, QStringLiteral("S-TFM-DEV"), Phase::Secondary),
             QStringLiteral("S-TFM-DEV is for secondary schools, and Oak Primary School is a "
                            "school of phase “Primary”."));
    oak.statutoryLowAge = 4;
    oak.statutoryHighAge = 11;
    QCOMPARE(phasefit::warning(oak, QStringLiteral("S-TFM-DEV"), Phase::Secondary),
             QStringLiteral("S-TFM-DEV is for secondary schools, and Oak Primary School is a "
                            "school of phase “Primary” (ages 4 to 11)."));
    QVERIFY(phasefit::warning(oak, QStringLiteral("MN"), Phase::Primary).isEmpty());
}

void TestPhaseFit::aPrimarySchoolNeedsAReasonToJoinASecondaryProgramme()
{
    test::TempDatabase temp;
    const Fixture f(temp.db());
    const QStringList warnings = EnrolmentCheck(temp.db()).warnings(f.primary, f.secondaryGroup);
    QCOMPARE(warnings.size(), 1);
    QVERIFY2(warnings.first().contains(QLatin1String("S-TFM-DEV is for secondary schools")),
             qPrintable(warnings.first()));
    QVERIFY(EnrolmentCheck(temp.db()).warnings(f.secondary, f.secondaryGroup).isEmpty());
    QVERIFY(EnrolmentCheck(temp.db()).warnings(f.special, f.secondaryGroup).isEmpty());

    SchoolEnrolment enrolment;
    enrolment.workGroupId = f.secondaryGroup;
    enrolment.schoolId = f.primary;
    const auto refused
        = test::storeErrorFrom([&] { EligibleEnrolment::enrol(temp.db(), enrolment); });
    QVERIFY(refused);
    QCOMPARE(refused->kind(), StoreError::Kind::Conflict);
    QCOMPARE(refused->field(), QStringLiteral("eligibilityOverride"));
    QVERIFY(refused->message().contains(QLatin1String("secondary schools")));
    QVERIFY(WorkGroupStore(temp.db()).schools(f.secondaryGroup).isEmpty());

    const QString reason = QStringLiteral("Year 6 teachers join the transition project");
    const EnrolmentOutcome outcome = EligibleEnrolment::enrol(temp.db(), enrolment, reason);
    QCOMPARE(outcome.warnings, warnings);
    QCOMPARE(
        WorkGroupStore(temp.db()).findSchoolEnrolment(outcome.enrolment.id)->eligibilityOverride,
        reason);

    // A school nothing argues against needs no reason, and keeps none.
    enrolment.schoolId = f.secondary;
    const EnrolmentOutcome plain = EligibleEnrolment::enrol(temp.db(), enrolment, reason);
    QCOMPARE(WorkGroupStore(temp.db()).findSchoolEnrolment(plain.enrolment.id)->eligibilityOverride,
             QString());
}

QTEST_GUILESS_MAIN(TestPhaseFit)
#include "tst_phasefit.moc"
