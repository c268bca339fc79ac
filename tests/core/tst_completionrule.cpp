// Completion follows one rule everywhere (docs/eligibility-and-engagement.md): a school completes
// a Work Group only when the group is over and it met the programme's threshold. Checked against
// a hand-computed hub with a finished and a running group, in the Participants and Schools
// returns, the Work Group's figures, the school and person pages' history, the engagement
// figures and the Engagement return.
#include "AreaBuilder.h"
#include "TestSupport.h"
#include "engagement/EngagementFigures.h"
#include "export/Exporter.h"
#include "figures/AttendanceFigures.h"
#include "figures/AttendanceRules.h"
#include "history/ParticipationHistory.h"

#include <QTest>

using namespace hubreg;

namespace {
using M = AttendanceMark;

// The hub, worked out by hand (threshold 75% for both programmes):
//
//   DEV 24-01 (TFM-DEV): 3 held, 1 cancelled, none planned: over, though still "running".
//     Ash Primary  P P A  2 of 3 = 66.7%  below 75%: not on track, not completed
//     Beech Primary P P P 3 of 3 = 100%   completed
//   EMB 24-02 (TFM-EMB): 2 held, 4 planned: running.
//     Ash Primary  P P    2 of 2 = 100%   on track, not completed (the group is not over)
//     Cedar Primary P A   1 of 2 = 50%    not on track, not completed
//
// Engagement 2024/25 (LA 801, three primary schools): all three took part; only Beech
// completed a Work Group, so one is engaged. TFM-DEV: 2 taking part, 1 completing; TFM-EMB: 2
// taking part, none completing.
struct HandHub
{
    RecordId hubId = 0;
    RecordId finished = 0;
    RecordId running = 0;
    RecordId ash = 0;
    RecordId beech = 0;
    RecordId cedar = 0;
};

HandHub buildHub(Database &db)
{
    test::AreaBuilder area(db, { QStringLiteral("801") });
    HandHub hub;
    hub.hubId = area.hubId();
    hub.ash = area.school(401001, QStringLiteral("Ash Primary School"), QStringLiteral("801"),
                          QStringLiteral("Primary"));
    hub.beech = area.school(401002, QStringLiteral("Beech Primary School"), QStringLiteral("801"),
                            QStringLiteral("Primary"));
    hub.cedar = area.school(401003, QStringLiteral("Cedar Primary School"), QStringLiteral("801"),
                            QStringLiteral("Primary"));
    hub.finished = area.workGroup(QStringLiteral("DEV 24-01"), QStringLiteral("TFM-DEV"),
                                  QStringLiteral("2024/25"), WorkGroupStatus::Running, 3, 0, 1);
    area.enrol(hub.finished, hub.ash, 0, { M::Present, M::Present, M::Apologies });
    area.enrol(hub.finished, hub.beech, 3);
    hub.running = area.workGroup(QStringLiteral("EMB 24-02"), QStringLiteral("TFM-EMB"),
                                 QStringLiteral("2024/25"), WorkGroupStatus::Running, 2, 4);
    area.enrol(hub.running, hub.ash, 2);
    area.enrol(hub.running, hub.cedar, 0, { M::Present, M::Absent });
    return hub;
}

const QList<ExportColumn> kLayout = {
    { QStringLiteral("work_group"), QStringLiteral("Work Group") },
    { QStringLiteral("school_urn"), QStringLiteral("URN") },
    { QStringLiteral("sessions_held"), QStringLiteral("Held") },
    { QStringLiteral("sessions_attended"), QStringLiteral("Attended") },
    { QStringLiteral("attendance_pct"), QStringLiteral("%") },
    { QStringLiteral("completed"), QStringLiteral("Completed") },
    { QStringLiteral("on_track"), QStringLiteral("On track") },
};

// The rows of a return as "Work Group|URN|held|attended|%|completed|on track".
QStringList returnRows(Database &db, ReportKind kind)
{
    QStringList rows;
    for (const QStringList &row : Exporter(db).preview(kind, {}, kLayout, 100).rows)
        rows << row.join(QLatin1Char('|'));
    return rows;
}

const QStringList kExpectedRows = {
    QStringLiteral("DEV 24-01|401001|3|2|66.7|N|N"),
    QStringLiteral("DEV 24-01|401002|3|3|100.0|Y|Y"),
    QStringLiteral("EMB 24-02|401001|2|2|100.0|N|Y"),
    QStringLiteral("EMB 24-02|401003|2|1|50.0|N|N"),
};
} // namespace

class TestCompletionRule : public QObject
{
    Q_OBJECT

private slots:
    void theRule();
    void schoolsReturnSaysCompletedOnlyWhenTheGroupIsOver();
    void participantsReturnLikewise();
    void figuresAndHistoryAgree();
    void engagementFiguresAndReturnAgree();
    void aGroupMarkedCompletedIsOverWithSessionsLeft();
    void aCancelledGroupCompletesNobody();
};

void TestCompletionRule::theRule()
{
    QVERIFY(rules::meetsThreshold(3, 4, 75));
    QVERIFY(!rules::meetsThreshold(2, 3, 75));
    QVERIFY(!rules::meetsThreshold(0, 0, 75));
    QVERIFY(rules::completes(3, 4, 75, true));
    QVERIFY(!rules::completes(3, 4, 75, false));
    QVERIFY(!rules::completes(2, 4, 75, true));
}

void TestCompletionRule::schoolsReturnSaysCompletedOnlyWhenTheGroupIsOver()
{
    test::TempDatabase temp;
    buildHub(temp.db());
    QCOMPARE(returnRows(temp.db(), ReportKind::Schools), kExpectedRows);
    // On track is a column of its own, left out of the default layout.
    bool inDefault = false;
    for (const ExportColumn &column : Exporter(temp.db()).defaultLayout(ReportKind::Schools))
        inDefault = inDefault || column.key == QLatin1String("on_track");
    QVERIFY(!inDefault);
}

void TestCompletionRule::participantsReturnLikewise()
{
    test::TempDatabase temp;
    buildHub(temp.db());
    // One participant per school here, so the participants' figures are the schools'.
    QCOMPARE(returnRows(temp.db(), ReportKind::Participants), kExpectedRows);
}

void TestCompletionRule::figuresAndHistoryAgree()
{
    test::TempDatabase temp;
    const HandHub hub = buildHub(temp.db());
    const AttendanceFigures figures(temp.db());
    QHash<RecordId, SchoolFigures> running;
    for (const SchoolFigures &f : figures.schools(hub.running))
        running.insert(f.schoolId, f);
    QVERIFY(running.value(hub.ash).onTrack);
    QVERIFY(!running.value(hub.ash).completed);
    QVERIFY(!running.value(hub.cedar).onTrack);
    for (const ParticipantFigures &f : figures.participants(hub.running)) {
        QCOMPARE(f.completed, false);
        QCOMPARE(f.onTrack, f.schoolId == hub.ash);
    }
    QHash<RecordId, SchoolFigures> finished;
    for (const SchoolFigures &f : figures.schools(hub.finished))
        finished.insert(f.schoolId, f);
    QVERIFY(finished.value(hub.beech).completed);
    QVERIFY(!finished.value(hub.ash).completed);

    const ParticipationHistory history(temp.db());
    QHash<QString, bool> ash;
    for (const SchoolParticipation &row : history.forSchool(hub.ash))
        ash.insert(row.workGroupCode, row.completed);
    QCOMPARE(ash.value(QStringLiteral("EMB 24-02"), true), false);
    QCOMPARE(ash.value(QStringLiteral("DEV 24-01"), true), false);
    QCOMPARE(history.forSchool(hub.beech).value(0).completed, true);
    const RecordId ashPerson = [&] {
        for (const ParticipantListing &p : WorkGroupStore(temp.db()).participants(hub.running)) {
            if (p.enrolment.schoolId == hub.ash)
                return p.enrolment.personId;
        }
        return RecordId(0);
    }();
    const QList<PersonParticipation> person = history.forPerson(ashPerson);
    QCOMPARE(person.size(), 1);
    QCOMPARE(person.at(0).attended, 2);
    QVERIFY(!person.at(0).completed);
}

void TestCompletionRule::engagementFiguresAndReturnAgree()
{
    test::TempDatabase temp;
    const HandHub hub = buildHub(temp.db());
    const PhaseEngagement primary
        = EngagementFigures(temp.db()).byPhase(hub.hubId, QStringLiteral("2024/25")).at(0);
    QCOMPARE(primary.schools, 3);
    QCOMPARE(primary.tookPart, 3);
    QCOMPARE(primary.completed, 1);

    ExportFilter filter;
    filter.academicYear = QStringLiteral("2024/25");
    const QList<ExportColumn> layout
        = { { QStringLiteral("group"), QStringLiteral("Group") },
            { QStringLiteral("phase"), QStringLiteral("Phase") },
            { QStringLiteral("programme_code"), QStringLiteral("Programme") },
            { QStringLiteral("schools_taking_part"), QStringLiteral("Taking part") },
            { QStringLiteral("schools_engaged"), QStringLiteral("Engaged") } };
    QStringList rows;
    for (const QStringList &row :
         Exporter(temp.db()).preview(ReportKind::Engagement, filter, layout, 100).rows)
        rows << row.join(QLatin1Char('|'));
    QCOMPARE(
        rows,
        QStringList({ QStringLiteral("Phase|Primary||3|1"), QStringLiteral("Phase|Secondary||0|0"),
                      QStringLiteral("Programme|Primary|TFM-DEV|2|1"),
                      QStringLiteral("Programme|Primary|TFM-EMB|2|0") }));
}

void TestCompletionRule::aGroupMarkedCompletedIsOverWithSessionsLeft()
{
    test::TempDatabase temp;
    const HandHub hub = buildHub(temp.db());
    WorkGroupStore groups(temp.db());
    WorkGroup running = *groups.find(hub.running);
    running.status = WorkGroupStatus::Completed;
    groups.update(running);
    const QStringList rows = returnRows(temp.db(), ReportKind::Schools);
    QCOMPARE(rows.at(2), QStringLiteral("EMB 24-02|401001|2|2|100.0|Y|Y"));
    QCOMPARE(rows.at(3), QStringLiteral("EMB 24-02|401003|2|1|50.0|N|N"));
}

void TestCompletionRule::aCancelledGroupCompletesNobody()
{
    test::TempDatabase temp;
    const HandHub hub = buildHub(temp.db());
    WorkGroupStore groups(temp.db());
    WorkGroup finished = *groups.find(hub.finished);
    finished.status = WorkGroupStatus::Cancelled;
    groups.update(finished);
    QCOMPARE(returnRows(temp.db(), ReportKind::Schools).at(1),
             QStringLiteral("DEV 24-01|401002|3|3|100.0|N|Y"));
    QVERIFY(!AttendanceFigures(temp.db()).schools(hub.finished).at(1).completed);
}

QTEST_GUILESS_MAIN(TestCompletionRule)
#include "tst_completionrule.moc"
