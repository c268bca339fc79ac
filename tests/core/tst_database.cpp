#include "TestSupport.h"

#include "store/Database.h"
#include "store/Migrator.h"
#include "store/SqlQuery.h"
#include "store/StoreError.h"

#include <QFile>
#include <QFileInfo>
#include <QTest>

using namespace hubreg;

class TestDatabase : public QObject
{
    Q_OBJECT

private slots:
    void createsFreshFileWithPragmas();
};

void TestDatabase::createsFreshFileWithPragmas()
{
    test::TempDatabase temp;
    Database &db = temp.db();
    QCOMPARE(db.schemaVersion(), Migrator::latestVersion());
    SqlQuery fk(db, QStringLiteral("PRAGMA foreign_keys"));
    QCOMPARE(fk.scalar().toInt(), 1);
    SqlQuery journal(db, QStringLiteral("PRAGMA journal_mode"));
    QCOMPARE(journal.scalar().toString(), QStringLiteral("wal"));
    SqlQuery programmes(db, QStringLiteral("SELECT count(*) FROM programmes"));
    QCOMPARE(programmes.scalar().toInt(), 23);
    test::buildSmallWorkGroup(db);
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
