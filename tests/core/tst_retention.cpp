// The retention policy: a period per hub, who is past it, and a purge that anonymises them as
// an erasure does while the figures of the purged years stay the same.
#include "FigureSnapshot.h"
#include "StoreTestHelpers.h"
#include "TestSupport.h"
#include "demo/DemoHub.h"
#include "privacy/Erasure.h"
#include "privacy/Retention.h"
#include "records/AcademicYearStore.h"
#include "records/PersonStore.h"
#include "records/WorkGroupStore.h"

#include <QTest>

using namespace hubreg;

namespace {

QList<RecordId> idsOf(const QList<RetentionCandidate> &due)
{
    QList<RecordId> ids;
    for (const RetentionCandidate &candidate : due)
        ids << candidate.personId;
    return ids;
}

// A Work Group of 2017/18 with Olga (only there) and Ann (also in 2024/25), led by Lars (who
// leads nothing else), and Nell, in no group, whose record was last changed in 2015.
struct OldYear
{
    test::SmallWorkGroup w;
    RecordId olga = 0;
    RecordId lars = 0;
    RecordId nell = 0;
};

OldYear buildOldYear(test::TempDatabase &temp)
{
    OldYear o;
    Database &db = temp.db();
    o.w = test::buildSmallWorkGroup(db);
    PersonStore people(db);
    temp.clock().setNow(QDateTime(QDate(2015, 3, 1), QTime(9, 0), Qt::UTC));
    Person nell;
    nell.firstName = QStringLiteral("Nell");
    nell.lastName = QStringLiteral("Nowhere");
    people.add(nell);
    o.nell = nell.id;
    temp.clock().setNow(QDateTime(QDate(2024, 10, 1), QTime(9, 0), Qt::UTC));
    Person olga;
    olga.firstName = QStringLiteral("Olga");
    olga.lastName = QStringLiteral("Old");
    olga.schoolId = o.w.schoolA;
    people.add(olga);
    o.olga = olga.id;
    Person lars;
    lars.firstName = QStringLiteral("Lars");
    lars.lastName = QStringLiteral("Led");
    lars.isWorkGroupLead = true;
    people.add(lars);
    o.lars = lars.id;
    WorkGroupStore groups(db);
    WorkGroup old;
    old.hubId = o.w.hubId;
    old.programmeId = o.w.programmeId;
    old.academicYearId = AcademicYearStore(db).ensure(QStringLiteral("2017/18")).id;
    old.code = QStringLiteral("OLD-01");
    old.leadPersonId = lars.id;
    old.status = WorkGroupStatus::Completed;
    groups.add(old);
    SchoolEnrolment school;
    school.workGroupId = old.id;
    school.schoolId = o.w.schoolA;
    groups.enrolSchool(school);
    for (RecordId person : { olga.id, o.w.personA1 }) {
        ParticipantEnrolment e;
        e.workGroupId = old.id;
        e.personId = person;
        groups.enrolParticipant(e);
    }
    return o;
}

} // namespace

class TestRetention : public QObject
{
    Q_OBJECT

private slots:
    void periodIsPerHubAndSettable();
    void dueAreThoseWhoseLastGroupEndedLongAgo();
    void purgeKeepsTheFiguresOfThePurgedYears();
};

void TestRetention::periodIsPerHubAndSettable()
{
    test::TempDatabase temp;
    const test::SmallWorkGroup w = test::buildSmallWorkGroup(temp.db());
    Retention retention(temp.db());
    QCOMPARE(retention.hubs().size(), 1);
    QCOMPARE(retention.hubs().first().years, Retention::kDefaultYears);
    QCOMPARE(retention.hubs().first().hubName, QStringLiteral("Test Maths Hub"));
    retention.setYears(w.hubId, 3);
    QCOMPARE(retention.hubs().first().years, 3);
    QCOMPARE(retention.longestYears(), 3);
    const QString before = test::dumpContents(temp.db());
    for (int years : { 0, 51 }) {
        const auto error = test::storeErrorFrom([&] { retention.setYears(w.hubId, years); });
        QVERIFY(error);
        QCOMPARE(error->kind(), StoreError::Kind::Invalid);
    }
    const auto missing = test::storeErrorFrom([&] { retention.setYears(w.hubId + 9, 4); });
    QVERIFY(missing);
    QCOMPARE(missing->kind(), StoreError::Kind::NotFound);
    QCOMPARE(test::dumpContents(temp.db()), before);
}

void TestRetention::dueAreThoseWhoseLastGroupEndedLongAgo()
{
    test::TempDatabase temp;
    const OldYear o = buildOldYear(temp);
    Retention retention(temp.db());
    const QDate today = temp.clock().today(); // 01/10/2024
    // 2017/18 ended on 31/08/2018: six years on is 31/08/2024, past by today. Ann, who is in a
    // 2024/25 group too, is not due; Nell's record last changed on 01/03/2015.
    QList<RetentionCandidate> due = retention.due(today);
    QCOMPARE(idsOf(due), QList<RecordId>({ o.nell, o.lars, o.olga }));
    QCOMPARE(due.at(2).lastYear, QStringLiteral("2017/18"));
    QCOMPARE(due.at(2).keptUntil, QDate(2024, 8, 31));
    QCOMPARE(due.at(2).school, QStringLiteral("Alder Primary School (URN 100001)"));
    QVERIFY(due.at(0).lastYear.isEmpty());
    QCOMPARE(due.at(0).keptUntil, QDate(2021, 3, 1));
    // The day the period ends, nobody of that year is due yet.
    QCOMPARE(idsOf(retention.due(QDate(2024, 8, 31))), QList<RecordId>({ o.nell }));
    // A longer period for the hub keeps them; --older-than applies to every hub.
    retention.setYears(o.w.hubId, 7);
    QCOMPARE(idsOf(retention.due(today)), QList<RecordId>({ o.nell }));
    QCOMPARE(idsOf(retention.due(today, 6)), QList<RecordId>({ o.nell, o.lars, o.olga }));
    QCOMPARE(retention.due(today, 1).size(), 3);
    QCOMPARE(retention.due(QDate(2026, 9, 1), 1).size(), 6);
    // Once anonymised, nobody is due again.
    QVERIFY(Erasure(temp.db()).erase(idsOf(retention.due(today, 6))));
    QVERIFY(retention.due(today, 6).isEmpty());
    QCOMPARE(retention.keptUntil(o.w.personA1), QDate(2032, 8, 31));
}

void TestRetention::purgeKeepsTheFiguresOfThePurgedYears()
{
    test::TempDatabase temp;
    DemoHub::create(temp.db(), temp.clock().today());
    // A year on, with a one-year period: the people of 2023/24 only are past it.
    temp.clock().setNow(QDateTime(QDate(2025, 10, 1), QTime(9, 0), Qt::UTC));
    const QList<RetentionCandidate> due = Retention(temp.db()).due(temp.clock().today(), 1);
    QVERIFY(due.size() > 5);
    PersonQuery everyone;
    const int named = PersonStore(temp.db()).count(everyone);
    QVERIFY(named > due.size());
    for (const RetentionCandidate &candidate : due)
        QCOMPARE(candidate.lastYear, QStringLiteral("2023/24"));
    const QStringList figures = test::figureSnapshot(temp.db());
    const QStringList returns = test::returnSnapshot(temp.db(), true);

    const auto outcome = Erasure(temp.db()).erase(idsOf(due));
    QVERIFY(outcome);
    QVERIFY2(outcome->residue.clean(), qPrintable(outcome->residue.summary()));
    QCOMPARE(test::figureSnapshot(temp.db()), figures);
    QCOMPARE(test::returnSnapshot(temp.db(), true), returns);
    QCOMPARE(PersonStore(temp.db()).count(everyone), named - int(due.size()));
    for (const RetentionCandidate &candidate : due) {
        const Person person = *PersonStore(temp.db()).find(candidate.personId);
        QVERIFY(person.isErased());
        QVERIFY(person.email.isEmpty());
    }
    QVERIFY(Retention(temp.db()).due(temp.clock().today(), 1).isEmpty());
}

QTEST_GUILESS_MAIN(TestRetention)
#include "tst_retention.moc"
