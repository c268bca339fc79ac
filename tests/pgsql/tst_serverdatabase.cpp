// A hub on a PostgreSQL server: set up on first open, told apart from other programs'
// databases and from a newer HubRegister's, shared by several programs at once, and read-only
// when asked. Runs only as tst_serverdatabase_pgsql, against the test server.
#include "PlainConnection.h"
#include "TestServer.h"
#include "TestSupport.h"
#include "database/DatabaseInfo.h"
#include "database/Migrator.h"
#include "database/ServerPassword.h"
#include "database/SqlQuery.h"
#include "database/StoreError.h"
#include "domain/Hub.h"
#include "records/HubStore.h"

#include <QTest>

using namespace hubreg;

namespace {

int countOf(Database &db, const QString &sql)
{
    SqlQuery query(db, sql);
    return query.scalar().toInt();
}

} // namespace

class TestServerDatabase : public QObject
{
    Q_OBJECT

private slots:
    void aNewDatabaseGetsTheWholeSchema()
    {
        test::TempDatabase temp;
        QVERIFY(temp.db().isServer());
        QVERIFY(temp.db().dialect().isPostgres());
        QCOMPARE(temp.db().schemaVersion(), Migrator::latestVersion());
        QVERIFY(temp.db().path().startsWith(QLatin1String("postgresql://")));
        QVERIFY(temp.db().displayName().contains(QLatin1String("127.0.0.1")));
        // The tables the file has, on the server.
        for (const char *table : { "hubs", "schools", "people", "work_groups", "sessions",
                                   "attendance_marks", "tombstones", "settings" })
            QCOMPARE(countOf(temp.db(),
                             QStringLiteral("SELECT count(*) FROM information_schema.tables WHERE "
                                            "table_schema = current_schema() AND table_name = '%1'")
                                 .arg(QLatin1String(table))),
                     1);
    }

    void idsComeBackFromInserts()
    {
        test::TempDatabase temp;
        HubStore hubs(temp.db());
        Hub first;
        first.name = QStringLiteral("North Hub");
        hubs.add(first);
        Hub second;
        second.name = QStringLiteral("South Hub");
        hubs.add(second);
        QVERIFY(first.id > 0);
        QCOMPARE(second.id, first.id + 1);
        QCOMPARE(hubs.find(second.id)->name, QStringLiteral("South Hub"));
    }

    void aDuplicateIsReportedAsOne()
    {
        test::TempDatabase temp;
        temp.db().setSetting(QStringLiteral("k"), QStringLiteral("v"));
        try {
            execSql(temp.db(),
                    QStringLiteral("INSERT INTO settings (key, value) VALUES ('k', 'w')"));
            QFAIL("a second row with the same key was stored");
        } catch (const StoreError &error) {
            QCOMPARE(error.kind(), StoreError::Kind::Duplicate);
            QVERIFY2(!error.message().contains(QLatin1String("ERROR:")),
                     qPrintable(error.message()));
        }
        QCOMPARE(temp.db().setting(QStringLiteral("k")), QStringLiteral("v"));
    }

    void anotherProgramsDatabaseIsLeftAlone()
    {
        const QString address = test::testserver::createDatabase();
        QVERIFY(test::execPlain(address, { QStringLiteral("CREATE TABLE invoices (id INTEGER)") }));
        try {
            Database::open(address);
            QFAIL("another program's database was opened");
        } catch (const StoreError &error) {
            QCOMPARE(error.kind(), StoreError::Kind::NotHubRegister);
        }
        // Nothing of ours was added.
        QVERIFY(!test::execPlain(address, { QStringLiteral("SELECT 1 FROM hubregister_schema") }));
        test::testserver::dropDatabase(address);
    }

    void aNewerHubRegistersDatabaseIsRefusedUnchanged()
    {
        const QString address = test::testserver::createDatabase();
        Database::open(address).reset();
        const int newer = Migrator::latestVersion() + 1;
        QVERIFY(test::execPlain(
            address, { QStringLiteral("UPDATE hubregister_schema SET version = %1").arg(newer) }));
        try {
            Database::open(address);
            QFAIL("a newer schema was opened");
        } catch (const StoreError &error) {
            QCOMPARE(error.kind(), StoreError::Kind::NewerSchema);
            QVERIFY(error.message().contains(QString::number(newer)));
        }
        // Still the newer version's: nothing was migrated or marked.
        QCOMPARE(test::plainValue(address, QStringLiteral("SELECT version FROM hubregister_schema"))
                     .toInt(),
                 newer);
        test::testserver::dropDatabase(address);
    }

    void severalProgramsShareOneDatabase()
    {
        test::TempDatabase temp;
        // A file would refuse a second writer; a server is made for several.
        auto second = Database::open(temp.path());
        temp.db().setSetting(QStringLiteral("goal"), QStringLiteral("40"));
        QCOMPARE(second->setting(QStringLiteral("goal")), QStringLiteral("40"));
        second->setSetting(QStringLiteral("goal"), QStringLiteral("45"));
        QCOMPARE(temp.db().setting(QStringLiteral("goal")), QStringLiteral("45"));
    }

    void readOnlyMeansNoWrites()
    {
        test::TempDatabase temp;
        temp.db().setSetting(QStringLiteral("goal"), QStringLiteral("40"));
        auto reader = Database::open(temp.path(), Database::Access::ReadOnly);
        QVERIFY(reader->isReadOnly());
        QCOMPARE(reader->setting(QStringLiteral("goal")), QStringLiteral("40"));
        try {
            reader->setSetting(QStringLiteral("goal"), QStringLiteral("99"));
            QFAIL("a read-only connection wrote");
        } catch (const StoreError &error) {
            QCOMPARE(error.kind(), StoreError::Kind::ReadOnly);
        }
        QCOMPARE(temp.db().setting(QStringLiteral("goal")), QStringLiteral("40"));
    }

    void anEmptyDatabaseIsNotSetUpReadOnly()
    {
        const QString address = test::testserver::createDatabase();
        try {
            Database::open(address, Database::Access::ReadOnly);
            QFAIL("an empty database was opened read-only");
        } catch (const StoreError &error) {
            QCOMPARE(error.kind(), StoreError::Kind::ReadOnly);
        }
        QVERIFY(!test::execPlain(address, { QStringLiteral("SELECT 1 FROM hubregister_schema") }));
        test::testserver::dropDatabase(address);
    }

    void aPasswordGoesToTheOpensOfItsAddressOnly()
    {
        // The test server trusts this machine and ignores any password: what is checked is
        // where the password went, and where it did not.
        const QString address = test::testserver::createDatabase();
        const QString password = QStringLiteral("s3cret-for-this-server");
        {
            // The same server however the address is written (prefer is the default mode).
            const ServerPassword given(address + QStringLiteral("?sslmode=prefer"), password);
            auto db = Database::open(address);
            QCOMPARE(db->connection().password(), password);
            QVERIFY(!db->path().contains(password));
            QVERIFY(!db->displayName().contains(password));
            {
                // A password for another server changes nothing here.
                const ServerPassword other(QStringLiteral("postgresql://hub@elsewhere/hub"),
                                           QStringLiteral("not-this-one"));
                auto again = Database::open(address, Database::Access::ReadOnly);
                QCOMPARE(again->connection().password(), password);
                QVERIFY(!DatabaseInfo::of(*again).path.contains(password));
            }
        }
        // Once it is gone, libpq is left to find its own (~/.pgpass, a service file).
        {
            auto db = Database::open(address);
            QCOMPARE(db->connection().password(), QString());
        }
        test::testserver::dropDatabase(address);
    }

    void infoNamesTheServerDatabaseUserAndTls()
    {
        test::TempDatabase temp;
        const DatabaseInfo info = DatabaseInfo::of(temp.db());
        const auto server = ServerAddress::parse(temp.db().path(), nullptr);
        QVERIFY(server);
        QVERIFY(info.onServer);
        QCOMPARE(info.database, server->database);
        QCOMPARE(info.user, server->user);
        // The test server offers no TLS: the connection is told as it is.
        QVERIFY(!info.tls);
        QVERIFY2(info.sqliteVersion.startsWith(QLatin1String("PostgreSQL ")),
                 qPrintable(info.sqliteVersion));
        const auto lines = info.lines();
        QVERIFY(lines.contains(qMakePair(QStringLiteral("Server"), temp.db().path())));
        QVERIFY(lines.contains(qMakePair(QStringLiteral("Database"), server->database)));
        QVERIFY(lines.contains(qMakePair(QStringLiteral("User"), server->user)));
        QVERIFY(lines.contains(
            qMakePair(QStringLiteral("Connection"), QStringLiteral("not encrypted (no TLS)"))));
        QVERIFY(lines.contains(qMakePair(QStringLiteral("Schema version"),
                                         QString::number(Migrator::latestVersion()))));
    }

    void anUnreachableServerIsNamed()
    {
        // Port 1 on this machine: nothing listens there.
        try {
            Database::open(QStringLiteral("postgresql://hub@127.0.0.1:1/hub"));
            QFAIL("opened a server that is not there");
        } catch (const StoreError &error) {
            QCOMPARE(error.kind(), StoreError::Kind::Io);
            QVERIFY2(error.message().contains(QLatin1String("hub on 127.0.0.1")),
                     qPrintable(error.message()));
        }
    }
};

QTEST_GUILESS_MAIN(TestServerDatabase)
#include "tst_serverdatabase.moc"
