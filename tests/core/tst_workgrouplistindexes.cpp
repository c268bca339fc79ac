// Schema 11's indexes for the Work Groups list: a new hub has them, a hub of schema 10 gains
// them on upgrade with every record kept, and a year's Work Groups still come a page at a time
// in order of code, whatever its case, on a file and on a server alike.
#include "TestSupport.h"
#include "database/Migrator.h"
#include "database/SqlQuery.h"
#include "records/AcademicYearStore.h"
#include "records/WorkGroupStore.h"

#include <QTest>

using namespace hubreg;

namespace {

const QStringList kNewIndexes
    = { QStringLiteral("work_groups_year_code"), QStringLiteral("work_group_schools_current"),
        QStringLiteral("work_group_participants_current"),
        QStringLiteral("sessions_work_group_status") };

bool hasIndex(Database &db, const QString &name)
{
    SqlQuery query(db,
                   db.isServer()
                       ? QStringLiteral("SELECT count(*) FROM pg_indexes WHERE indexname = :name")
                       : QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = "
                                        "'index' AND name = :name"));
    query.bind(QStringLiteral(":name"), name);
    return query.scalar().toInt() == 1;
}

// The schema version that brought the indexes.
int indexesVersion()
{
    const QStringList files = Migrator::migrationFiles();
    for (int i = 0; i < files.size(); ++i)
        if (files.at(i).endsWith(QLatin1String("_work_group_list_indexes.sql")))
            return i + 1;
    return 0;
}

RecordId addWorkGroup(Database &db, const test::SmallWorkGroup &w, RecordId yearId,
                      const QString &code)
{
    WorkGroup wg;
    wg.hubId = w.hubId;
    wg.programmeId = w.programmeId;
    wg.academicYearId = yearId;
    wg.code = code;
    wg.title = QStringLiteral("Work Group ") + code;
    WorkGroupStore(db).add(wg);
    return wg.id;
}

} // namespace

class TestWorkGroupListIndexes : public QObject
{
    Q_OBJECT

private slots:
    void aNewHubHasThem()
    {
        test::TempDatabase temp;
        QCOMPARE(indexesVersion(), 11);
        for (const QString &name : kNewIndexes)
            QVERIFY2(hasIndex(temp.db(), name), qPrintable(name));
        // The index of a year alone is replaced: the new one starts with the year.
        QVERIFY(!hasIndex(temp.db(), QStringLiteral("work_groups_year")));
    }

    void aHubOfSchema10GainsThemOnUpgrade()
    {
        test::TempDatabase temp;
        const int version = indexesVersion();
        test::buildSmallWorkGroup(temp.db());
        // Back to schema 10, as an older HubRegister left it.
        for (const QString &name : kNewIndexes)
            execSql(temp.db(), QStringLiteral("DROP INDEX %1").arg(name));
        execSql(temp.db(),
                QStringLiteral("CREATE INDEX work_groups_year ON work_groups "
                               "(academic_year_id)"));
        temp.db().setSchemaVersion(version - 1);
        const QString before = test::dumpContents(temp.db());
        // This upgrade alone: later ones' changes are still there.
        Migrator(temp.db()).migrate(version - 1, version);
        QCOMPARE(temp.db().schemaVersion(), version);
        QCOMPARE(test::dumpContents(temp.db()), before);
        for (const QString &name : kNewIndexes)
            QVERIFY2(hasIndex(temp.db(), name), qPrintable(name));
        QVERIFY(!hasIndex(temp.db(), QStringLiteral("work_groups_year")));
    }

    void aYearComesAPageAtATimeInOrderOfCode()
    {
        test::TempDatabase temp;
        const test::SmallWorkGroup w = test::buildSmallWorkGroup(temp.db()); // TEST-01
        const RecordId otherYear
            = AcademicYearStore(temp.db()).ensure(QStringLiteral("2023/24")).id;
        // Made out of order, in both cases, and some in another year.
        for (const QString &code :
             { QStringLiteral("mn-03"), QStringLiteral("AB-02"), QStringLiteral("Zz-01"),
               QStringLiteral("ab-01"), QStringLiteral("MN-01"), QStringLiteral("test-00") })
            addWorkGroup(temp.db(), w, w.yearId, code);
        for (const QString &code : { QStringLiteral("AA-00"), QStringLiteral("zz-99") })
            addWorkGroup(temp.db(), w, otherYear, code);

        WorkGroupQuery query;
        query.academicYearId = w.yearId;
        query.sortColumn = WorkGroupQuery::SortColumn::Code;
        query.limit = 3;
        QStringList pages;
        for (query.offset = 0; query.offset < 9; query.offset += query.limit) {
            QStringList page;
            for (const WorkGroupOverview &row : WorkGroupStore(temp.db()).overview(query))
                page << row.workGroup.code;
            pages << page.join(QLatin1Char(' '));
        }
        QCOMPARE(pages,
                 QStringList({ QStringLiteral("ab-01 AB-02 MN-01"),
                               QStringLiteral("mn-03 test-00 TEST-01"), QStringLiteral("Zz-01") }));
        QCOMPARE(WorkGroupStore(temp.db()).count(query), 7);
        query.descending = true;
        query.offset = 0;
        QStringList descending;
        for (const WorkGroupOverview &row : WorkGroupStore(temp.db()).overview(query))
            descending << row.workGroup.code;
        QCOMPARE(descending,
                 QStringList({ QStringLiteral("Zz-01"), QStringLiteral("TEST-01"),
                               QStringLiteral("test-00") }));
    }
};

QTEST_GUILESS_MAIN(TestWorkGroupListIndexes)
#include "tst_workgrouplistindexes.moc"
