#include "TestSupport.h"
#include "store/Migrator.h"
#include "store/SqlQuery.h"

#include <QTest>

using namespace hubreg;

// Schema 2 adds import_mappings and export_templates; a file of schema 1 upgrades to it.
class TestSchemaVersion2 : public QObject
{
    Q_OBJECT

private slots:
    void upgradesAVersionOneFile();
};

void TestSchemaVersion2::upgradesAVersionOneFile()
{
    test::TempDatabase temp;
    QVERIFY(Migrator::latestVersion() >= 2);
    test::buildSmallWorkGroup(temp.db());
    // Turn the new file back into a schema 1 file, as an older HubRegister left it: without the
    // tables of schema 2 and of every later schema.
    const QStringList later {
        QStringLiteral("import_mappings"),   QStringLiteral("export_templates"),
        QStringLiteral("exchange_identity"), QStringLiteral("exchange_leads"),
        QStringLiteral("exchange_packs"),    QStringLiteral("exchange_versions"),
        QStringLiteral("exchange_base"),     QStringLiteral("exchange_aliases")
    };
    for (const QString &table : later)
        execSql(temp.db(), QStringLiteral("DROP TABLE IF EXISTS ") + table);
    execSql(temp.db(), QStringLiteral("PRAGMA user_version = 1"));
    const QString before = test::dumpContents(temp.db());
    temp.reopen();
    QCOMPARE(temp.db().schemaVersion(), Migrator::latestVersion());
    QVERIFY(!temp.db().upgradeBackupPath().isEmpty());
    SqlQuery tables(temp.db(),
                    QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = "
                                   "'table' AND name IN ('import_mappings', "
                                   "'export_templates')"));
    QCOMPARE(tables.scalar().toInt(), 2);
    // Everything of schema 1 is still there, unchanged.
    QString after = test::dumpContents(temp.db());
    for (const QString &table : later)
        after.remove(QStringLiteral("## %1\n").arg(table));
    QCOMPARE(after, before);
}

QTEST_GUILESS_MAIN(TestSchemaVersion2)
#include "tst_schemaversion2.moc"
