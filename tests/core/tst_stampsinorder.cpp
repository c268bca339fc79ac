// A clock put back (a wrong date corrected, a machine whose clock battery died) never stamps a
// change before its record was made, on a file and on a server alike, for every table that
// keeps both stamps, and a hub from before the rule gains it on upgrade.
#include "TestSupport.h"
#include "database/Catalogue.h"
#include "database/Migrator.h"
#include "database/SqlQuery.h"
#include "demo/DemoHub.h"
#include "domain/School.h"
#include "records/SchoolStore.h"

#include <QTest>

using namespace hubreg;

namespace {

const QString kLongAgo = QStringLiteral("2000-01-01T00:00:00.000Z");

// The tables whose records carry id, created_at and updated_at.
QStringList stampedTables(Database &db)
{
    QStringList stamped;
    for (const QString &table : catalogue::tables(db)) {
        const QStringList columns = catalogue::columns(db, table);
        if (columns.contains(QLatin1String("id")) && columns.contains(QLatin1String("created_at"))
            && columns.contains(QLatin1String("updated_at")))
            stamped << table;
    }
    return stamped;
}

bool hasStampTrigger(Database &db, const QString &table)
{
    SqlQuery query(db,
                   db.isServer()
                       ? QStringLiteral("SELECT count(*) FROM pg_trigger WHERE tgname = :name "
                                        "AND tgrelid = to_regclass(:table)")
                       : QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = "
                                        "'trigger' AND name = :name AND tbl_name = :table"));
    query.bind(QStringLiteral(":name"), table + QStringLiteral("_stamps_in_order"))
        .bind(QStringLiteral(":table"), table);
    return query.scalar().toInt() == 1;
}

// Sets the first record of `table` updated long before it was made, as a writer with its
// clock put back would; returns its created_at and updated_at afterwards, or nothing when
// the table is empty.
std::optional<QPair<QString, QString>> stampLongAgo(Database &db, const QString &table)
{
    const QString name = catalogue::quoted(table);
    execSql(db,
            QStringLiteral("UPDATE %1 SET updated_at = '%2' WHERE id = (SELECT min(id) FROM %1)")
                .arg(name, kLongAgo));
    SqlQuery stamps(db,
                    QStringLiteral("SELECT created_at, updated_at FROM %1 WHERE id = (SELECT "
                                   "min(id) FROM %1)")
                        .arg(name));
    stamps.exec();
    if (!stamps.next())
        return std::nullopt;
    return qMakePair(stamps.value(0).toString(), stamps.value(1).toString());
}

// The schema version that brought the rule.
int ruleVersion()
{
    const QStringList files = Migrator::migrationFiles();
    for (int i = 0; i < files.size(); ++i)
        if (files.at(i).endsWith(QLatin1String("_stamps_in_order.sql")))
            return i + 1;
    return 0;
}

} // namespace

class TestStampsInOrder : public QObject
{
    Q_OBJECT

private slots:
    void aChangeWithTheClockPutBackIsNotStampedBeforeItsRecord()
    {
        test::TempDatabase temp;
        School school;
        school.urn = *Urn::fromInt(100100);
        school.name = QStringLiteral("Clock Primary School");
        SchoolStore(temp.db()).add(school);
        temp.clock().setNow(temp.clock().nowUtc().addDays(-400));
        school.name = QStringLiteral("Clock Primary Academy");
        SchoolStore(temp.db()).update(school);
        SqlQuery stamps(temp.db(), QStringLiteral("SELECT created_at, updated_at FROM schools"));
        stamps.exec();
        QVERIFY(stamps.next());
        QCOMPARE(stamps.value(1).toString(), stamps.value(0).toString());
        QCOMPARE(SchoolStore(temp.db()).findByUrn(school.urn)->name, school.name);
        // A change with the clock right again is stamped with its own time.
        temp.clock().setNow(temp.clock().nowUtc().addDays(401));
        school.name = QStringLiteral("Clock Primary");
        SchoolStore(temp.db()).update(school);
        stamps.exec();
        QVERIFY(stamps.next());
        QVERIFY2(stamps.value(1).toString() > stamps.value(0).toString(),
                 qPrintable(stamps.value(1).toString()));
    }

    void everyTableWithStampsKeepsTheRule()
    {
        test::TempDatabase temp;
        DemoHub::create(temp.db(), QDate(2025, 3, 12));
        const QStringList tables = stampedTables(temp.db());
        QVERIFY(tables.contains(QLatin1String("attendance_marks")));
        QVERIFY(tables.contains(QLatin1String("export_templates")));
        int tried = 0;
        for (const QString &table : tables) {
            // In the schema itself: every writer is held to it, not only this program.
            QVERIFY2(hasStampTrigger(temp.db(), table), qPrintable(table));
            const auto stamps = stampLongAgo(temp.db(), table);
            if (!stamps)
                continue;
            QCOMPARE(stamps->second, stamps->first);
            QVERIFY(stamps->first > kLongAgo);
            ++tried;
        }
        // The demo hub fills most of them.
        QVERIFY2(tried >= tables.size() - 4, qPrintable(QString::number(tried)));
    }

    void aStampLaterThanTheRecordIsKept()
    {
        test::TempDatabase temp;
        DemoHub::create(temp.db(), QDate(2025, 3, 12));
        execSql(temp.db(),
                QStringLiteral("UPDATE people SET updated_at = '2099-12-31T23:59:59.999Z'"));
        SqlQuery later(temp.db(),
                       QStringLiteral("SELECT count(*) FROM people WHERE updated_at <> "
                                      "'2099-12-31T23:59:59.999Z'"));
        QCOMPARE(later.scalar().toInt(), 0);
    }

    void aHubFromBeforeTheRuleGainsItOnUpgrade()
    {
        test::TempDatabase temp;
        const int version = ruleVersion();
        QVERIFY(version >= 6);
        test::buildSmallWorkGroup(temp.db());
        // Back to the schema before the rule, as an older HubRegister left it.
        const QStringList tables = stampedTables(temp.db());
        if (temp.db().isServer()) {
            execSql(temp.db(), QStringLiteral("DROP FUNCTION keep_stamps_in_order() CASCADE"));
        } else {
            for (const QString &table : tables)
                execSql(temp.db(),
                        QStringLiteral("DROP TRIGGER %1")
                            .arg(catalogue::quoted(table + QStringLiteral("_stamps_in_order"))));
        }
        temp.db().setSchemaVersion(version - 1);
        QVERIFY(!hasStampTrigger(temp.db(), QStringLiteral("schools")));
        const QString before = test::dumpContents(temp.db());
        // This upgrade alone: later ones' changes are still there.
        Migrator(temp.db()).migrate(version - 1, version);
        QCOMPARE(temp.db().schemaVersion(), version);
        // No record changed, and every stamped table has the rule.
        QCOMPARE(test::dumpContents(temp.db()), before);
        for (const QString &table : tables)
            QVERIFY2(hasStampTrigger(temp.db(), table), qPrintable(table));
        const auto stamps = stampLongAgo(temp.db(), QStringLiteral("schools"));
        QVERIFY(stamps);
        QCOMPARE(stamps->second, stamps->first);
    }
};

QTEST_GUILESS_MAIN(TestStampsInOrder)
#include "tst_stampsinorder.moc"
