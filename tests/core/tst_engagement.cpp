#include "AreaBuilder.h"
#include "StoreTestHelpers.h"
#include "TestSupport.h"
#include "database/StoreError.h"
#include "engagement/CompletionRisk.h"
#include "engagement/CsvExport.h"
#include "engagement/EngagementFigures.h"
#include "engagement/EngagementGoals.h"
#include "engagement/HubActivity.h"
#include "engagement/WorkGroupWarnings.h"
#include "figures/AttendanceFigures.h"

#include <QTest>

using namespace hubreg;

namespace {

using Mark = AttendanceMark;

// What a phase's figures should be: schools, took part, completed, took part ever, engaged ever.
using Expected = std::array<int, 5>;

std::array<int, 5> figures(const PhaseEngagement &p)
{
    return { p.schools, p.tookPart, p.completed, p.tookPartEver, p.engagedEver };
}

// A small area worked out by hand (see each school's comment).
struct HandArea
{
    explicit HandArea(Database &db)
        : area(db, { QStringLiteral("801"), QStringLiteral("802") })
    {
        const QString primary = QStringLiteral("Primary");
        const QString closed = QStringLiteral("Closed");
        // Primary population (8): P1 P2 P3 P4 P5 P6 P7 P8.
        p1 = area.school(300001, QStringLiteral("Alder Primary School"), QStringLiteral("801"),
                         primary);
        p2 = area.school(300002, QStringLiteral("Birch Primary Academy"), QStringLiteral("801"),
                         primary, QStringLiteral("Open"), QStringLiteral("Academies"));
        p3 = area.school(300003, QStringLiteral("Cedar Primary School"), QStringLiteral("802"),
                         primary, QStringLiteral("Open, but proposed to close"));
        const RecordId p4old = area.school(300004, QStringLiteral("Damson Primary School"),
                                           QStringLiteral("802"), primary, closed);
        p4 = area.school(300005, QStringLiteral("Damson Primary Academy"), QStringLiteral("802"),
                         primary, QStringLiteral("Open"), QStringLiteral("Academies"));
        area.link(300005, 300004);
        p5 = area.school(300006, QStringLiteral("Elm Middle School"), QStringLiteral("801"),
                         QStringLiteral("Middle deemed primary"));
        const RecordId infant = area.school(300007, QStringLiteral("Fir Infant School"),
                                            QStringLiteral("801"), primary, closed);
        const RecordId junior = area.school(300008, QStringLiteral("Fir Junior School"),
                                            QStringLiteral("801"), primary, closed);
        p6 = area.school(300009, QStringLiteral("Fir Primary School"), QStringLiteral("801"),
                         primary);
        area.link(300009, 300007, QStringLiteral("Predecessor - merged"));
        area.link(300009, 300008, QStringLiteral("Predecessor - merged"));
        p7 = area.school(300010, QStringLiteral("Gorse Primary School"), QStringLiteral("801"),
                         primary);
        p8 = area.school(300011, QStringLiteral("Hazel Primary School"), QStringLiteral("801"),
                         primary);
        // Outside the population: independent, nursery, another LA, closed without successor.
        const RecordId independent
            = area.school(300012, QStringLiteral("Ivy Preparatory School"), QStringLiteral("801"),
                          primary, QStringLiteral("Open"), QStringLiteral("Independent schools"));
        area.school(300013, QStringLiteral("Juniper Nursery School"), QStringLiteral("801"),
                    QStringLiteral("Nursery"));
        const RecordId elsewhere = area.school(300014, QStringLiteral("Kale Primary School"),
                                               QStringLiteral("803"), primary);
        area.school(300015, QStringLiteral("Larch Primary School"), QStringLiteral("801"), primary,
                    closed);
        // Secondary population (3): S1 S2 S3.
        s1 = area.school(300016, QStringLiteral("Maple Academy"), QStringLiteral("801"),
                         QStringLiteral("Secondary"), QStringLiteral("Open"),
                         QStringLiteral("Academies"));
        s2 = area.school(300017, QStringLiteral("Nettle All-through School"), QStringLiteral("802"),
                         QStringLiteral("All-through"));
        s3 = area.school(300018, QStringLiteral("Oak High School"), QStringLiteral("801"),
                         QStringLiteral("Secondary"));

        // 2023/24: the predecessors of P4 and of P6 (both) complete Development.
        const RecordId dev23
            = area.workGroup(QStringLiteral("DEV 23-01"), QStringLiteral("TFM-DEV"),
                             QStringLiteral("2023/24"), WorkGroupStatus::Completed, 4);
        area.enrol(dev23, p4old, 4);
        area.enrol(dev23, infant, 3);
        area.enrol(dev23, junior, 4);
        // 2024/25: P1 exactly at 75% completes; P2 at 50% does not; P7 withdraws; the independent
        // school and the other LA's school do not count however well they do.
        dev24 = area.workGroup(QStringLiteral("DEV 24-01"), QStringLiteral("TFM-DEV"),
                               QStringLiteral("2024/25"), WorkGroupStatus::Completed, 4);
        area.enrol(dev24, p1, 3);
        area.enrol(dev24, p2, 2);
        area.enrol(dev24, p7, 4);
        area.withdraw(dev24, p7, QDate(2025, 6, 1));
        area.enrol(dev24, independent, 4);
        area.enrol(dev24, elsewhere, 4);
        // P8's group was cancelled.
        const RecordId cancelled
            = area.workGroup(QStringLiteral("DEV 24-09"), QStringLiteral("TFM-DEV"),
                             QStringLiteral("2024/25"), WorkGroupStatus::Cancelled, 0, 0, 2);
        area.enrol(cancelled, p8, 0);
        const RecordId sdev
            = area.workGroup(QStringLiteral("SDEV 24-01"), QStringLiteral("S-TFM-DEV"),
                             QStringLiteral("2024/25"), WorkGroupStatus::Completed, 4);
        area.enrol(sdev, s1, 4);
        // S3 attended everything so far, but its group still has a session planned: not completed.
        const RecordId unfinished
            = area.workGroup(QStringLiteral("SDEV 24-02"), QStringLiteral("S-TFM-DEV"),
                             QStringLiteral("2024/25"), WorkGroupStatus::Running, 3, 1);
        area.enrol(unfinished, s3, 3);
        // 2025/26, running: P5 on track, P3 cannot reach 75%, P8 below it but able to.
        mn25 = area.workGroup(QStringLiteral("MN 25-01"), QStringLiteral("MN"),
                              QStringLiteral("2025/26"), WorkGroupStatus::Running, 2, 4);
        area.enrol(mn25, p5, 2);
        area.enrol(mn25, p3, 0);
        area.enrol(mn25, p8, 1);
    }

    test::AreaBuilder area;
    RecordId p1 = 0, p2 = 0, p3 = 0, p4 = 0, p5 = 0, p6 = 0, p7 = 0, p8 = 0;
    RecordId s1 = 0, s2 = 0, s3 = 0;
    RecordId dev24 = 0, mn25 = 0;
};

} // namespace

class TestEngagement : public QObject
{
    Q_OBJECT

private slots:
    void handCheckedAreaByYear_data();
    void handCheckedAreaByYear();
    void goalsAndProgress();
    void overYearsIsCumulative();
    void notYetEngagedList();
    void workGroupsByStatus();
    void attendanceBySessionAndMonth();
    void schoolsAtRisk();
    void riskRule_data();
    void riskRule();
    void workGroupWarnings();
    void completionAgreesWithAttendanceFigures();
    void csvIsRfc4180WithGuards();
    void csvSaveReportsFailure();
    void giasWordsCountInAnyCase();
};

void TestEngagement::handCheckedAreaByYear_data()
{
    QTest::addColumn<QString>("year");
    QTest::addColumn<Expected>("primary");
    QTest::addColumn<Expected>("secondary");
    QTest::newRow("2023/24") << QStringLiteral("2023/24") << Expected { 8, 2, 2, 2, 2 }
                             << Expected { 3, 0, 0, 0, 0 };
    QTest::newRow("2024/25") << QStringLiteral("2024/25") << Expected { 8, 2, 1, 4, 3 }
                             << Expected { 3, 2, 1, 2, 1 };
    QTest::newRow("2025/26") << QStringLiteral("2025/26") << Expected { 8, 3, 0, 7, 3 }
                             << Expected { 3, 0, 0, 2, 1 };
}

void TestEngagement::handCheckedAreaByYear()
{
    QFETCH(QString, year);
    QFETCH(Expected, primary);
    QFETCH(Expected, secondary);
    test::TempDatabase temp;
    HandArea hand(temp.db());
    const QList<PhaseEngagement> phases
        = EngagementFigures(temp.db()).byPhase(hand.area.hubId(), year);
    QCOMPARE(phases.size(), 2);
    QCOMPARE(phases.at(0).phase, Phase::Primary);
    QCOMPARE(phases.at(1).phase, Phase::Secondary);
    QCOMPARE(figures(phases.at(0)), primary);
    QCOMPARE(figures(phases.at(1)), secondary);
}

void TestEngagement::goalsAndProgress()
{
    test::TempDatabase temp;
    HandArea hand(temp.db());
    EngagementFigures engagement(temp.db());
    QList<PhaseEngagement> phases
        = engagement.byPhase(hand.area.hubId(), QStringLiteral("2024/25"));
    QCOMPARE(phases.at(0).goalPercent, 75);
    QCOMPARE(phases.at(1).goalPercent, 65);
    QCOMPARE(phases.at(0).share(phases.at(0).engagedEver), 0.375);
    QCOMPARE(phases.at(0).progress(), 0.5); // 37.5% of a 75% goal
    QCOMPARE(phases.at(0).schoolsToGoal(), 3); // 75% of 8 is 6; 3 engaged
    QCOMPARE(phases.at(1).schoolsToGoal(), 1); // 65% of 3 rounds up to 2; 1 engaged

    EngagementGoals::setPercent(temp.db(), Phase::Primary, 40);
    phases = engagement.byPhase(hand.area.hubId(), QStringLiteral("2024/25"));
    QCOMPARE(phases.at(0).goalPercent, 40);
    QCOMPARE(phases.at(0).schoolsToGoal(), 1); // 40% of 8 rounds up to 4
    QCOMPARE(phases.at(1).goalPercent, 65);
    temp.reopen();
    QCOMPARE(EngagementGoals::percent(temp.db(), Phase::Primary), 40);
    for (int bad : { 0, 101 }) {
        const auto error = test::storeErrorFrom(
            [&] { EngagementGoals::setPercent(temp.db(), Phase::Secondary, bad); });
        QVERIFY(error);
        QCOMPARE(error->kind(), StoreError::Kind::Invalid);
    }
    QCOMPARE(EngagementGoals::percent(temp.db(), Phase::Secondary), 65);
}

void TestEngagement::overYearsIsCumulative()
{
    test::TempDatabase temp;
    HandArea hand(temp.db());
    const QList<YearEngagement> years
        = EngagementFigures(temp.db()).overYears(hand.area.hubId(), QStringLiteral("2025/26"));
    QCOMPARE(years.size(), 3);
    QCOMPARE(years.at(0).academicYear, QStringLiteral("2023/24"));
    QCOMPARE(years.at(2).academicYear, QStringLiteral("2025/26"));
    QCOMPARE(years.at(0).phases.at(0).engagedEver, 2);
    QCOMPARE(years.at(1).phases.at(0).engagedEver, 3);
    QCOMPARE(years.at(2).phases.at(0).tookPartEver, 7);
    // A year with no Work Groups yet still gets its own row when asked for.
    QCOMPARE(
        EngagementFigures(temp.db()).overYears(hand.area.hubId(), QStringLiteral("2026/27")).size(),
        4);
}

void TestEngagement::notYetEngagedList()
{
    test::TempDatabase temp;
    HandArea hand(temp.db());
    const QList<AreaSchool> schools
        = EngagementFigures(temp.db()).notYetEngaged(hand.area.hubId(), QStringLiteral("2024/25"));
    QStringList names;
    QStringList lastYears;
    for (const AreaSchool &s : schools) {
        names << s.name;
        lastYears << s.lastTookPart;
    }
    // Oak High School's 2024/25 group is still under way: it is on its way to being engaged,
    // not a school still to reach. Birch took part in a group that is over without completing.
    QCOMPARE(
        names,
        (QStringList {
            QStringLiteral("Birch Primary Academy"), QStringLiteral("Cedar Primary School"),
            QStringLiteral("Elm Middle School"), QStringLiteral("Gorse Primary School"),
            QStringLiteral("Hazel Primary School"), QStringLiteral("Nettle All-through School") }));
    QCOMPARE(lastYears,
             (QStringList { QStringLiteral("2024/25"), QString(), QString(), QString(), QString(),
                            QString() }));
    QCOMPARE(schools.at(0).schoolId, hand.p2);
    QCOMPARE(schools.at(0).urn.value(), 300002);

    const QByteArray csv = notYetEngagedCsv(schools);
    QVERIFY(csv.startsWith("\xEF\xBB\xBFURN,School,Local authority,Phase,Town,Postcode,Last took "
                           "part\r\n300002,Birch Primary Academy,LA 801,Primary,,,2024/25\r\n"));
    QCOMPARE(csv.count("\r\n"), 7);

    // In 2025/26 the schools of the running Mastering Number group (Elm, Cedar, Hazel) are under
    // way, and Oak High School still is: its group of the year before is not over yet.
    names.clear();
    for (const AreaSchool &s :
         EngagementFigures(temp.db()).notYetEngaged(hand.area.hubId(), QStringLiteral("2025/26")))
        names << s.name;
    QCOMPARE(names,
             (QStringList { QStringLiteral("Birch Primary Academy"),
                            QStringLiteral("Gorse Primary School"),
                            QStringLiteral("Nettle All-through School") }));
}

void TestEngagement::workGroupsByStatus()
{
    test::TempDatabase temp;
    HandArea hand(temp.db());
    const QList<StatusCount> counts
        = HubActivity(temp.db()).workGroupsByStatus(hand.area.hubId(), QStringLiteral("2024/25"));
    QCOMPARE(counts.size(), 5);
    QList<int> numbers;
    for (const StatusCount &c : counts)
        numbers << c.workGroups;
    // planned, recruiting, running, completed, cancelled
    QCOMPARE(numbers, (QList<int> { 0, 0, 1, 2, 1 }));
    QCOMPARE(counts.at(3).status, WorkGroupStatus::Completed);
}

void TestEngagement::attendanceBySessionAndMonth()
{
    test::TempDatabase temp;
    HandArea hand(temp.db());
    const QList<SessionAttendance> sessions
        = HubActivity(temp.db()).attendanceBySession(hand.area.hubId(), QStringLiteral("2024/25"));
    // DEV 24-01: 4 held; SDEV 24-01: 4; SDEV 24-02: 3. The cancelled group had none held.
    QCOMPARE(sessions.size(), 11);
    QList<int> devAttended;
    for (const SessionAttendance &s : sessions) {
        QVERIFY(s.date.isValid());
        if (s.workGroupId == hand.dev24) {
            QCOMPARE(s.expected, 5);
            QCOMPARE(s.schoolsExpected, 5);
            devAttended << s.attended;
        }
    }
    QCOMPARE(devAttended, (QList<int> { 5, 5, 4, 3 }));
    for (int i = 1; i < sessions.size(); ++i)
        QVERIFY(sessions.at(i - 1).date <= sessions.at(i).date);

    const QList<MonthAttendance> months = HubActivity::byMonth(sessions);
    QCOMPARE(months.size(), 4);
    QCOMPARE(months.at(0).month, QDate(2024, 10, 1));
    QCOMPARE(months.at(0).sessions, 3);
    QCOMPARE(months.at(0).expected, 7);
    QCOMPARE(months.at(0).attended, 7);
    QCOMPARE(months.at(2).attended, 6);
    QCOMPARE(months.at(3).sessions, 2);
    QCOMPARE(months.at(3).expected, 6);
    QCOMPARE(months.at(3).attended, 4);
}

void TestEngagement::schoolsAtRisk()
{
    test::TempDatabase temp;
    HandArea hand(temp.db());
    CompletionRisk risk(temp.db());
    QVERIFY(risk.forHub(hand.area.hubId(), QStringLiteral("2024/25")).isEmpty());
    const QList<SchoolAtRisk> rows = risk.forHub(hand.area.hubId(), QStringLiteral("2025/26"));
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0).schoolId, hand.p3);
    QCOMPARE(rows.at(0).level, RiskLevel::CannotComplete);
    QCOMPARE(rows.at(0).expected, 2);
    QCOMPARE(rows.at(0).attended, 0);
    QCOMPARE(rows.at(0).remaining, 4);
    QCOMPARE(rows.at(0).attendancesNeeded(), 5); // more than the 4 left
    QCOMPARE(rows.at(1).schoolId, hand.p8);
    QCOMPARE(rows.at(1).level, RiskLevel::BelowThreshold);
    QCOMPARE(rows.at(1).attendancesNeeded(), 4); // 5 of 6 reaches 75%; 4 of 6 does not
    QCOMPARE(rows.at(1).workGroupCode, QStringLiteral("MN 25-01"));
    QCOMPARE(rows.at(1).programmeCode, QStringLiteral("MN"));
}

void TestEngagement::riskRule_data()
{
    QTest::addColumn<int>("attended");
    QTest::addColumn<int>("expected");
    QTest::addColumn<int>("remaining");
    QTest::addColumn<int>("threshold");
    QTest::addColumn<int>("level"); // -1 on track, else RiskLevel
    const int below = int(RiskLevel::BelowThreshold);
    const int cannot = int(RiskLevel::CannotComplete);
    QTest::newRow("nothing yet") << 0 << 0 << 6 << 75 << -1;
    QTest::newRow("nothing at all") << 0 << 0 << 0 << 75 << -1;
    QTest::newRow("on track") << 3 << 4 << 2 << 75 << -1;
    QTest::newRow("below, can recover") << 1 << 2 << 4 << 75 << below;
    QTest::newRow("exactly reachable") << 0 << 1 << 3 << 75 << below;
    QTest::newRow("one short of reachable") << 0 << 2 << 4 << 75 << cannot;
    QTest::newRow("finished below") << 2 << 4 << 0 << 75 << cannot;
    QTest::newRow("finished at") << 3 << 4 << 0 << 75 << -1;
}

void TestEngagement::riskRule()
{
    QFETCH(int, attended);
    QFETCH(int, expected);
    QFETCH(int, remaining);
    QFETCH(int, threshold);
    QFETCH(int, level);
    const auto assessed = CompletionRisk::assess(attended, expected, remaining, threshold);
    QCOMPARE(assessed ? int(*assessed) : -1, level);
}

void TestEngagement::workGroupWarnings()
{
    test::TempDatabase temp;
    HandArea hand(temp.db());
    // MN 25-01 sessions: held 1 Oct and 1 Nov 2025; planned 1 Dec, 1 Jan, 1 Feb, 1 Mar.
    temp.clock().setNow(QDateTime(QDate(2026, 1, 15), QTime(12, 0), Qt::UTC));
    const QList<WorkGroupWarning> warnings = WorkGroupWarnings::of(temp.db(), hand.mn25);
    QCOMPARE(warnings.size(), 4);
    QCOMPARE(warnings.at(0).kind, WorkGroupWarning::Kind::CannotComplete);
    QCOMPARE(warnings.at(0).schoolId, hand.p3);
    QCOMPARE(
        warnings.at(0).text,
        QStringLiteral("Cedar Primary School can no longer reach the 75% completion threshold: "
                       "attended 0 of 2 held, 4 planned to come."));
    QCOMPARE(warnings.at(1).kind, WorkGroupWarning::Kind::BelowThreshold);
    QCOMPARE(
        warnings.at(1).text,
        QStringLiteral("Hazel Primary School is below the 75% completion threshold: attended 1 of "
                       "2 held; needs 4 of the 4 planned to come."));
    QCOMPARE(warnings.at(2).kind, WorkGroupWarning::Kind::RegisterMissing);
    QCOMPARE(warnings.at(2).sessionId, hand.area.sessions(hand.mn25).at(2));
    QCOMPARE(warnings.at(2).text,
             QStringLiteral("Session 3 (“Session 3”) on 01/12/2025 has no register: "
                            "its date has passed and no attendance was recorded."));
    QCOMPARE(warnings.at(3).sessionId, hand.area.sessions(hand.mn25).at(3));

    // On the session's own date it is not yet missing.
    temp.clock().setNow(QDateTime(QDate(2025, 12, 1), QTime(18, 0), Qt::UTC));
    QCOMPARE(WorkGroupWarnings::of(temp.db(), hand.mn25).size(), 2);
}

void TestEngagement::completionAgreesWithAttendanceFigures()
{
    test::TempDatabase temp;
    HandArea hand(temp.db());
    for (const SchoolFigures &f : AttendanceFigures(temp.db()).schools(hand.dev24)) {
        if (f.schoolId == hand.p1)
            QVERIFY(f.completed);
        if (f.schoolId == hand.p2)
            QVERIFY(!f.completed);
    }
}

void TestEngagement::csvIsRfc4180WithGuards()
{
    AreaSchool awkward;
    awkward.urn = *Urn::fromInt(300009);
    awkward.name = QStringLiteral("St Mary's, Upper \"Hill\"");
    awkward.laName = QStringLiteral("=HYPERLINK(\"x\")");
    awkward.phase = QStringLiteral("Primary");
    awkward.town = QStringLiteral("Ærø");
    awkward.postcode = QStringLiteral("-1+2");
    QCOMPARE(
        notYetEngagedCsv({ awkward }),
        QByteArray("\xEF\xBB\xBF"
                   "URN,School,Local authority,Phase,Town,Postcode,Last took part\r\n"
                   "300009,\"St Mary's, Upper \"\"Hill\"\"\",\"'=HYPERLINK(\"\"x\"\")\",Primary,"
                   "\xC3\x86r\xC3\xB8,'-1+2,\r\n"));
}

void TestEngagement::csvSaveReportsFailure()
{
    test::TempDatabase temp;
    const QString path = temp.folder() + QStringLiteral("/list.csv");
    csvexport::save(path, QByteArray("a\r\n"));
    QCOMPARE(test::fileBytes(path), QByteArray("a\r\n"));
    const auto error = test::storeErrorFrom([&] {
        csvexport::save(temp.folder() + QStringLiteral("/missing/folder/list.csv"),
                        QByteArray("a"));
    });
    QVERIFY(error);
    QCOMPARE(error->kind(), StoreError::Kind::Io);
}

void TestEngagement::giasWordsCountInAnyCase()
{
    // GIAS writes "Open", "Predecessor" and "Successor"; a school or link typed in by hand may
    // spell them in another case, and counts the same. By hand: three open primary schools in
    // the area (the two closed ones are not); Ash and Beech took part and completed through the
    // schools they replaced, Cedar did not.
    test::TempDatabase temp;
    test::AreaBuilder area(temp.db(), { QStringLiteral("801") });
    const QString la = QStringLiteral("801");
    const QString primary = QStringLiteral("Primary");
    const QString closed = QStringLiteral("Closed");
    const RecordId ashOld
        = area.school(310001, QStringLiteral("Ash Infant School"), la, primary, closed);
    area.school(310002, QStringLiteral("Ash Primary Academy"), la, primary, QStringLiteral("OPEN"),
                QStringLiteral("Academies"));
    area.link(310002, 310001, QStringLiteral("predecessor"));
    const RecordId beechOld
        = area.school(310003, QStringLiteral("Beech Junior School"), la, primary, closed);
    area.school(310004, QStringLiteral("Beech Primary School"), la, primary,
                QStringLiteral("open, but proposed to close"));
    // Recorded on the old URN's side only: 310003's successor is 310004.
    area.link(310003, 310004, QStringLiteral("SUCCESSOR - merged"));
    area.school(310005, QStringLiteral("Cedar Primary School"), la, primary);
    const RecordId dev = area.workGroup(QStringLiteral("DEV 24-01"), QStringLiteral("TFM-DEV"),
                                        QStringLiteral("2024/25"), WorkGroupStatus::Completed, 4);
    area.enrol(dev, ashOld, 4);
    area.enrol(dev, beechOld, 3);

    const QList<PhaseEngagement> phases
        = EngagementFigures(temp.db()).byPhase(area.hubId(), QStringLiteral("2024/25"));
    QCOMPARE(figures(phases.at(0)), (Expected { 3, 2, 2, 2, 2 }));
    QStringList names;
    for (const AreaSchool &s :
         EngagementFigures(temp.db()).notYetEngaged(area.hubId(), QStringLiteral("2024/25")))
        names << s.name;
    QCOMPARE(names, QStringList { QStringLiteral("Cedar Primary School") });
}

QTEST_GUILESS_MAIN(TestEngagement)
#include "tst_engagement.moc"
