#include "AreaBuilder.h"
#include "TestSupport.h"
#include "engagement/EngagementFigures.h"
#include "figures/AttendanceFigures.h"
#include "records/ProgrammeStore.h"

#include <QTest>

using namespace hubreg;

namespace {
QList<AttendanceMark> marksFrom(const QString &codes)
{
    QList<AttendanceMark> marks;
    for (QChar code : codes)
        marks << *markFromCode(code);
    return marks;
}
} // namespace

// A school completes a Work Group at the programme's threshold of the held sessions it was
// expected at, counted under docs/domain.md's rules: the same answer from the Work Group's figures
// and from the engagement figures.
class TestCompletion : public QObject
{
    Q_OBJECT

private slots:
    void thresholdEdges_data();
    void thresholdEdges();
    void participantCompletionIsTheirOwn();
};

void TestCompletion::thresholdEdges_data()
{
    QTest::addColumn<int>("threshold");
    QTest::addColumn<int>("cancelled");
    QTest::addColumn<QString>("first"); // the first participant's marks, one per held session
    QTest::addColumn<QString>("second"); // a second participant's, or empty
    QTest::addColumn<int>("expected");
    QTest::addColumn<int>("attended");
    QTest::addColumn<bool>("completes");

    QTest::newRow("exactly at 75%") << 75 << 0 << "PPPA"
                                    << "" << 4 << 3 << true;
    QTest::newRow("one attendance below") << 75 << 0 << "PPAA"
                                          << "" << 4 << 2 << false;
    QTest::newRow("2 of 3 at 66%") << 66 << 0 << "PPA"
                                   << "" << 3 << 2 << true;
    QTest::newRow("2 of 3 one point below 67%") << 67 << 0 << "PPA"
                                                << "" << 3 << 2 << false;
    QTest::newRow("4 of 5 at 80%") << 80 << 0 << "PPPPX"
                                   << "" << 5 << 4 << true;
    QTest::newRow("3 of 4 below 80%") << 80 << 0 << "PPPX"
                                      << "" << 4 << 3 << false;
    QTest::newRow("cancelled sessions leave the rate") << 75 << 2 << "PPPA"
                                                       << "" << 4 << 3 << true;
    QTest::newRow("not expected leaves the rate") << 75 << 0 << "PPPAN"
                                                  << "" << 4 << 3 << true;
    QTest::newRow("substitutes attend") << 75 << 0 << "PSSA"
                                        << "" << 4 << 3 << true;
    QTest::newRow("late and left early attend") << 75 << 0 << "LEPX"
                                                << "" << 4 << 3 << true;
    QTest::newRow("apologies and absence do not") << 50 << 0 << "PAXA"
                                                  << "" << 4 << 1 << false;
    QTest::newRow("either participant attends for the school") << 75 << 0 << "PAAA"
                                                               << "APPA" << 4 << 3 << true;
    QTest::newRow("all not expected: the school is not expected") << 75 << 0 << "PPPNA"
                                                                  << "AAANA" << 4 << 3 << true;
    QTest::newRow("one not expected, one absent: expected") << 75 << 0 << "PPPNA"
                                                            << "AAAAA" << 5 << 3 << false;
    QTest::newRow("nothing held completes nothing") << 75 << 3 << ""
                                                    << "" << 0 << 0 << false;
}

void TestCompletion::thresholdEdges()
{
    QFETCH(int, threshold);
    QFETCH(int, cancelled);
    QFETCH(QString, first);
    QFETCH(QString, second);
    QFETCH(int, expected);
    QFETCH(int, attended);
    QFETCH(bool, completes);

    test::TempDatabase temp;
    test::AreaBuilder area(temp.db(), { QStringLiteral("801") });
    ProgrammeStore programmes(temp.db());
    Programme programme = *programmes.findByCode(QStringLiteral("TFM-EMB"));
    programme.completionThreshold = threshold;
    programmes.update(programme);
    const RecordId school = area.school(310001, QStringLiteral("Quince Primary School"),
                                        QStringLiteral("801"), QStringLiteral("Primary"));
    const RecordId wg = area.workGroup(QStringLiteral("EMB 24-01"), QStringLiteral("TFM-EMB"),
                                       QStringLiteral("2024/25"), WorkGroupStatus::Completed,
                                       int(first.size()), 0, cancelled);
    area.enrol(wg, school, 0, marksFrom(first));
    if (!second.isEmpty())
        area.addParticipant(wg, school, marksFrom(second));

    const QList<SchoolFigures> figures = AttendanceFigures(temp.db()).schools(wg);
    QCOMPARE(figures.size(), 1);
    QCOMPARE(figures.at(0).expected, expected);
    QCOMPARE(figures.at(0).attended, attended);
    QCOMPARE(figures.at(0).completed, completes);

    const PhaseEngagement primary
        = EngagementFigures(temp.db()).byPhase(area.hubId(), QStringLiteral("2024/25")).at(0);
    QCOMPARE(primary.tookPart, 1);
    QCOMPARE(primary.completed, completes ? 1 : 0);
}

void TestCompletion::participantCompletionIsTheirOwn()
{
    test::TempDatabase temp;
    test::AreaBuilder area(temp.db(), { QStringLiteral("801") });
    const RecordId school = area.school(310002, QStringLiteral("Rowan Primary School"),
                                        QStringLiteral("801"), QStringLiteral("Primary"));
    const RecordId wg
        = area.workGroup(QStringLiteral("EMB 24-02"), QStringLiteral("TFM-EMB"),
                         QStringLiteral("2024/25"), WorkGroupStatus::Completed, 5, 0, 1);
    area.enrol(wg, school, 0, marksFrom(QStringLiteral("PSPNL"))); // 4 of 4 expected
    area.addParticipant(wg, school, marksFrom(QStringLiteral("APAAP"))); // 2 of 5

    const QList<ParticipantFigures> people = AttendanceFigures(temp.db()).participants(wg);
    QCOMPARE(people.size(), 2);
    QCOMPARE(people.at(0).expected, 4);
    QCOMPARE(people.at(0).attended, 4);
    QVERIFY(people.at(0).completed);
    QCOMPARE(people.at(1).expected, 5);
    QCOMPARE(people.at(1).attended, 2);
    QCOMPARE(people.at(1).apologies, 3);
    QVERIFY(!people.at(1).completed);
    // The school attended four of five: at session 4 one was not expected and the other absent.
    const SchoolFigures schoolFigures = AttendanceFigures(temp.db()).schools(wg).at(0);
    QCOMPARE(schoolFigures.expected, 5);
    QCOMPARE(schoolFigures.attended, 4);
    QVERIFY(schoolFigures.completed);
}

QTEST_GUILESS_MAIN(TestCompletion)
#include "tst_completion.moc"
