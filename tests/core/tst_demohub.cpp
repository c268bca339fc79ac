#include "TestSupport.h"
#include "database/SqlQuery.h"
#include "database/StoreError.h"
#include "demo/DemoHub.h"
#include "records/SchoolStore.h"

#include <QSet>
#include <QTest>

using namespace hubreg;

namespace {
// The demo's content without the values that differ by design (uuids, timestamps).
QString content(Database &db)
{
    QString text;
    for (const QString &sql :
         { QStringLiteral(
               "SELECT urn, name, phase, status, la_code, postcode FROM schools ORDER BY urn"),
           QStringLiteral("SELECT first_name, last_name, email, trn FROM people ORDER BY email"),
           QStringLiteral("SELECT code, title, status FROM work_groups ORDER BY code"),
           QStringLiteral(
               "SELECT w.code, s.number, s.held_on, s.status, s.kind FROM sessions s JOIN "
               "work_groups w ON w.id = s.work_group_id ORDER BY w.code, s.number"),
           QStringLiteral("SELECT w.code, s.number, pe.email, m.mark FROM attendance_marks m "
                          "JOIN sessions s ON s.id = m.session_id JOIN work_groups w ON w.id = "
                          "s.work_group_id "
                          "JOIN work_group_participants p ON p.id = m.participant_id "
                          "JOIN people pe ON pe.id = p.person_id ORDER BY 1, 2, 3") }) {
        SqlQuery query(db, sql);
        query.exec();
        while (query.next()) {
            QStringList fields;
            for (int i = 0; i < query.record().count(); ++i)
                fields << query.value(i).toString();
            text += fields.join(QLatin1Char('|')) + QLatin1Char('\n');
        }
    }
    return text;
}

int scalar(Database &db, const QString &sql)
{
    SqlQuery query(db, sql);
    return query.scalar().toInt();
}
} // namespace

class TestDemoHub : public QObject
{
    Q_OBJECT

private slots:
    void createsARealisticHub();
    void sameSeedSameHub();
    void otherSeedOtherHub();
    void refusesAFileWithData();
    void academyKeepsItsPredecessorsHistory();
};

void TestDemoHub::createsARealisticHub()
{
    test::TempDatabase temp;
    QVERIFY(DemoHub::isEmpty(temp.db()));
    const DemoSummary summary = DemoHub::create(temp.db(), QDate(2026, 11, 24));
    QVERIFY(!DemoHub::isEmpty(temp.db()));
    QVERIFY(summary.schools >= 55 && summary.schools <= 65);
    QCOMPARE(summary.workGroups,
             scalar(temp.db(), QStringLiteral("SELECT count(*) FROM work_groups")));
    QCOMPARE(summary.marks,
             scalar(temp.db(), QStringLiteral("SELECT count(*) FROM attendance_marks")));
    // Two academic years: the one of the reference date and the one before.
    QCOMPARE(scalar(temp.db(),
                    QStringLiteral("SELECT count(DISTINCT academic_year_id) FROM work_groups")),
             2);
    for (const char *code : { "TFM-DEV", "TFM-EMB", "TFM-SUS", "MN" }) {
        QVERIFY2(scalar(temp.db(),
                        QStringLiteral("SELECT count(*) FROM work_groups w JOIN programmes p ON "
                                       "p.id = w.programme_id WHERE p.code = '%1'")
                            .arg(QLatin1String(code)))
                     >= 2,
                 code);
    }
    // Registers exist only for sessions before the reference date, and every mark is on a held
    // session.
    QCOMPARE(
        scalar(temp.db(),
               QStringLiteral(
                   "SELECT count(*) FROM attendance_marks m JOIN sessions s ON "
                   "s.id = m.session_id WHERE s.held_on >= '2026-11-24' OR s.status <> 'held'")),
        0);
    QVERIFY(scalar(temp.db(),
                   QStringLiteral("SELECT count(*) FROM sessions WHERE status = 'planned' AND "
                                  "held_on > '2026-11-24'"))
            > 0);
    // Every mark code of the register appears, so reports have something to show.
    QVERIFY(scalar(temp.db(), QStringLiteral("SELECT count(DISTINCT mark) FROM attendance_marks"))
            >= 6);
    QVERIFY(scalar(temp.db(),
                   QStringLiteral("SELECT count(*) FROM sessions WHERE kind = 'school_visit'"))
            > 0);
    QCOMPARE(scalar(temp.db(), QStringLiteral("SELECT count(*) FROM hub_local_authorities")), 3);
}

void TestDemoHub::sameSeedSameHub()
{
    test::TempDatabase first;
    test::TempDatabase second;
    DemoHub::create(first.db(), QDate(2026, 11, 24), 42);
    DemoHub::create(second.db(), QDate(2026, 11, 24), 42);
    QCOMPARE(content(first.db()), content(second.db()));
}

void TestDemoHub::otherSeedOtherHub()
{
    test::TempDatabase first;
    test::TempDatabase second;
    DemoHub::create(first.db(), QDate(2026, 11, 24), 1);
    DemoHub::create(second.db(), QDate(2026, 11, 24), 2);
    QVERIFY(content(first.db()) != content(second.db()));
}

void TestDemoHub::refusesAFileWithData()
{
    test::TempDatabase temp;
    test::buildSmallWorkGroup(temp.db());
    const QString before = test::dumpContents(temp.db());
    try {
        DemoHub::create(temp.db(), QDate(2026, 11, 24));
        QFAIL("the demo hub was added to a file with data");
    } catch (const StoreError &error) {
        QCOMPARE(error.kind(), StoreError::Kind::Conflict);
    }
    QCOMPARE(test::dumpContents(temp.db()), before);
}

void TestDemoHub::academyKeepsItsPredecessorsHistory()
{
    test::TempDatabase temp;
    DemoHub::create(temp.db(), QDate(2026, 11, 24));
    // A school in this year's Embedding group that opened under a new URN this September: its
    // history (through GIAS links) includes last year's Development Work Group.
    SqlQuery academies(
        temp.db(),
        QStringLiteral(
            "SELECT s.urn FROM work_group_schools e JOIN schools s ON s.id = e.school_id "
            "JOIN work_groups w ON w.id = e.work_group_id JOIN programmes p ON p.id = "
            "w.programme_id "
            "WHERE p.code = 'TFM-EMB' AND s.open_date = '2026-09-01'"));
    academies.exec();
    int found = 0;
    SchoolStore schools(temp.db());
    while (academies.next()) {
        const Urn urn = *Urn::fromInt(academies.value(0).toInt());
        const QList<Urn> history = schools.historyUrns(urn);
        QVERIFY(history.size() >= 2);
        SqlQuery developed(
            temp.db(),
            QStringLiteral(
                "SELECT count(*) FROM work_group_schools e JOIN schools s ON s.id = e.school_id "
                "JOIN work_groups w ON w.id = e.work_group_id JOIN programmes p ON p.id = "
                "w.programme_id "
                "WHERE p.code = 'TFM-DEV' AND s.urn = :urn"));
        developed.bind(QStringLiteral(":urn"), history.at(1).value());
        QCOMPARE(developed.scalar().toInt(), 1);
        ++found;
    }
    QVERIFY(found >= 1);
}

QTEST_GUILESS_MAIN(TestDemoHub)
#include "tst_demohub.moc"
