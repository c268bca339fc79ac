#include "TestSupport.h"
#include "records/AcademicYearStore.h"
#include "records/HubStore.h"
#include "records/ProgrammeStore.h"
#include "records/SchoolStore.h"
#include "records/WorkGroupStore.h"

#include <QProcess>
#include <QTest>

using namespace hubreg;

// `hubregister eligibility` run as a script would run it: its output and exit status.
class TestEligibilityCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void eligibleExitsZeroWithReasons();
    void notEligibleExitsOne();
    void yearLimitsTheHistory();
    void unknownUrnOrProgrammeExitsTwo();
    void malformedUrnExitsTwo();
    void missingDatabaseExitsTwo();
    void missingProgrammeIsAUsageError();

private:
    struct Result
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Result run(const QStringList &arguments) const;

    test::TempDatabase m_temp;
};

void TestEligibilityCli::initTestCase()
{
    Database &db = m_temp.db();
    Hub hub;
    hub.name = QStringLiteral("CLI Test Hub");
    HubStore(db).add(hub);
    SchoolStore schools(db);
    for (const auto &[urn, name] :
         QList<QPair<int, QString>> { { 141001, QStringLiteral("Oak Primary School") },
                                      { 141002, QStringLiteral("Oak Primary Academy") },
                                      { 141003, QStringLiteral("Elm Primary School") } }) {
        School s;
        s.urn = *Urn::fromInt(urn);
        s.name = name;
        schools.add(s);
    }
    SchoolLink link;
    link.urn = *Urn::fromInt(141002);
    link.linkedUrn = *Urn::fromInt(141001);
    link.linkType = QStringLiteral("Predecessor");
    schools.upsertLink(link);
    WorkGroup wg;
    wg.hubId = hub.id;
    wg.programmeId = ProgrammeStore(db).findByCode(QStringLiteral("TFM-DEV"))->id;
    wg.academicYearId = AcademicYearStore(db).ensure(QStringLiteral("2024/25")).id;
    wg.code = QStringLiteral("DEV 24-01");
    wg.status = WorkGroupStatus::Completed;
    WorkGroupStore(db).add(wg);
    SchoolEnrolment enrolment;
    enrolment.workGroupId = wg.id;
    enrolment.schoolId = schools.findByUrn(*Urn::fromInt(141001))->id;
    WorkGroupStore(db).enrolSchool(enrolment);
    m_temp.close();
}

TestEligibilityCli::Result TestEligibilityCli::run(const QStringList &arguments) const
{
    QProcess process;
    process.start(QStringLiteral(HUBREGISTER_EXECUTABLE),
                  QStringList { QStringLiteral("eligibility") } + arguments);
    if (!process.waitForFinished(60000))
        return {};
    return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
             QString::fromUtf8(process.readAllStandardOutput()),
             QString::fromUtf8(process.readAllStandardError()) };
}

void TestEligibilityCli::eligibleExitsZeroWithReasons()
{
    const Result result
        = run({ QStringLiteral("141002"), QStringLiteral("--programme"), QStringLiteral("tfm-emb"),
                QStringLiteral("--database"), m_temp.path() });
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.err, QString());
    QCOMPARE(
        result.out,
        QStringLiteral("Oak Primary Academy (URN 141002) is eligible for TFM-EMB (Teaching for "
                       "Mastery Embedding Work Group).\n"
                       "Rule: took part in TFM-DEV\n"
                       "- Took part in DEV 24-01 (Teaching for Mastery Development Work Group) "
                       "in 2024/25 as URN 141001 (Oak Primary School), its predecessor.\n"));
}

void TestEligibilityCli::notEligibleExitsOne()
{
    const Result embedding
        = run({ QStringLiteral("141003"), QStringLiteral("--programme"), QStringLiteral("TFM-EMB"),
                QStringLiteral("--database"), m_temp.path() });
    QCOMPARE(embedding.exitCode, 1);
    QVERIFY(embedding.out.startsWith(
        QStringLiteral("Elm Primary School (URN 141003) is not eligible for TFM-EMB")));
    QVERIFY(embedding.out.contains(QStringLiteral("- Has not taken part in TFM-DEV.\n")));

    const Result again = run({ QStringLiteral("141002"), QStringLiteral("--programme=TFM-DEV"),
                               QStringLiteral("--database"), m_temp.path() });
    QCOMPARE(again.exitCode, 1);
}

void TestEligibilityCli::yearLimitsTheHistory()
{
    const Result before
        = run({ QStringLiteral("141002"), QStringLiteral("--programme"), QStringLiteral("TFM-EMB"),
                QStringLiteral("--year"), QStringLiteral("2023/24"), QStringLiteral("--database"),
                m_temp.path() });
    QCOMPARE(before.exitCode, 1);
    const Result badYear
        = run({ QStringLiteral("141002"), QStringLiteral("--programme"), QStringLiteral("TFM-EMB"),
                QStringLiteral("--year"), QStringLiteral("last year"), QStringLiteral("--database"),
                m_temp.path() });
    QCOMPARE(badYear.exitCode, 2);
    QVERIFY(badYear.err.contains(QStringLiteral("is not an academic year")));
}

void TestEligibilityCli::unknownUrnOrProgrammeExitsTwo()
{
    const Result urn
        = run({ QStringLiteral("999999"), QStringLiteral("--programme"), QStringLiteral("TFM-EMB"),
                QStringLiteral("--database"), m_temp.path() });
    QCOMPARE(urn.exitCode, 2);
    QCOMPARE(urn.out, QString());
    QVERIFY(urn.err.contains(QStringLiteral("no school with URN 999999")));

    const Result programme
        = run({ QStringLiteral("141002"), QStringLiteral("--programme"), QStringLiteral("NO-SUCH"),
                QStringLiteral("--database"), m_temp.path() });
    QCOMPARE(programme.exitCode, 2);
    QCOMPARE(programme.out, QString());
    QVERIFY(programme.err.contains(QStringLiteral("no programme with the code “NO-SUCH”")));
}

void TestEligibilityCli::malformedUrnExitsTwo()
{
    const Result result
        = run({ QStringLiteral("14100"), QStringLiteral("--programme"), QStringLiteral("TFM-EMB"),
                QStringLiteral("--database"), m_temp.path() });
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.err.contains(QStringLiteral("“14100” is not a URN")));
}

void TestEligibilityCli::missingDatabaseExitsTwo()
{
    const Result result
        = run({ QStringLiteral("141002"), QStringLiteral("--programme"), QStringLiteral("TFM-EMB"),
                QStringLiteral("--database"), m_temp.folder() + QStringLiteral("/absent.sqlite") });
    QCOMPARE(result.exitCode, 2);
    QVERIFY(!result.err.isEmpty());
}

void TestEligibilityCli::missingProgrammeIsAUsageError()
{
    const Result result
        = run({ QStringLiteral("141002"), QStringLiteral("--database"), m_temp.path() });
    QCOMPARE(result.exitCode, 64);
    QVERIFY(result.err.contains(QStringLiteral("--programme CODE")));
}

QTEST_GUILESS_MAIN(TestEligibilityCli)
#include "tst_eligibilitycli.moc"
