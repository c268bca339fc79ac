#include "TestSupport.h"
#include "database/Migrator.h"
#include "database/SqlQuery.h"

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
    // Turn the new file back into a schema 1 file, as an older HubRegister left it.
    for (const char *sql :
         { "DROP TABLE import_mappings", "DROP TABLE export_templates", "PRAGMA user_version = 1" })
        execSql(temp.db(), QString::fromLatin1(sql));
    const QString before = test::dumpContents(temp.db());
    // Only upgrade 2 runs: the later ones' changes are still in the file.
    Migrator(temp.db()).migrate(1, 2);
    QCOMPARE(temp.db().schemaVersion(), 2);
    SqlQuery tables(temp.db(),
                    QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = "
                                   "'table' AND name IN ('import_mappings', "
                                   "'export_templates')"));
    QCOMPARE(tables.scalar().toInt(), 2);
    // Everything of schema 1 is still there, unchanged.
    QString after = test::dumpContents(temp.db());
    after.remove(QStringLiteral("## export_templates\n"));
    after.remove(QStringLiteral("## import_mappings\n"));
    QCOMPARE(after, before);
}

QTEST_GUILESS_MAIN(TestSchemaVersion2)
#include "tst_schemaversion2.moc"
