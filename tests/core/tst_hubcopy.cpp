// Copying a whole hub: every table identical after a round trip, all or nothing, and never
// over anything. In the suite's server run the middle stop is a database on the test server
// (file → server → file); otherwise another file.
#include "PlainConnection.h"
#include "TestServer.h"
#include "TestSupport.h"
#include "database/HubCopy.h"
#include "database/SqlQuery.h"
#include "database/StoreError.h"
#include "demo/DemoHub.h"
#include "domain/Hub.h"
#include "records/HubStore.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace hubreg;

namespace {

// Where the middle copy goes: a new database on the server, or a new file.
QString middleLocation(const QTemporaryDir &dir)
{
    return test::testserver::inUse() ? test::testserver::createDatabase()
                                     : dir.filePath(QStringLiteral("middle.sqlite"));
}

void dropMiddle(const QString &location)
{
    if (test::testserver::inUse())
        test::testserver::dropDatabase(location);
}

} // namespace

class TestHubCopy : public QObject
{
    Q_OBJECT

private slots:
    void aRoundTripLeavesEveryTableIdentical()
    {
        QTemporaryDir dir;
        const QString original = dir.filePath(QStringLiteral("hub.sqlite"));
        {
            auto db = Database::open(original);
            DemoHub::create(*db, QDate(2025, 3, 12));
            // A session cancelled after its register was taken keeps its marks.
            execSql(*db,
                    QStringLiteral("UPDATE sessions SET status = 'cancelled' WHERE id = (SELECT "
                                   "max(session_id) FROM attendance_marks)"));
            // A deleted record travels as its tombstone.
            execSql(*db,
                    QStringLiteral("DELETE FROM attendance_marks WHERE id = (SELECT min(id) "
                                   "FROM attendance_marks)"));
        }
        const auto source = Database::open(original, Database::Access::ReadOnly);
        const QString before = test::dumpContents(*source);
        QVERIFY(before.contains(QLatin1String("attendance_mark|")));
        QVERIFY(before.contains(QLatin1String("|cancelled|")));

        const QString middle = middleLocation(dir);
        const QList<HubCopy::Table> there = HubCopy::copyTo(*source, middle);
        const QString back = dir.filePath(QStringLiteral("back.sqlite"));
        {
            const auto server = Database::open(middle, Database::Access::ReadOnly);
            QCOMPARE(HubCopy::fingerprint(*server).size(), there.size());
            HubCopy::copyTo(*server, back);
        }
        const auto returned = Database::open(back, Database::Access::ReadOnly);
        QCOMPARE(test::dumpContents(*returned), before);
        // Counts and checksums name every table, and the hub's people are in them.
        qint64 people = 0;
        for (const HubCopy::Table &table : there)
            if (table.name == QLatin1String("people"))
                people = table.rows;
        QCOMPARE(people, 155);
        QCOMPARE(QFile::permissions(back) & (QFile::ReadGroup | QFile::ReadOther),
                 QFileDevice::Permissions());
        dropMiddle(middle);
    }

    void newRecordsAfterACopyGetNewIds()
    {
        QTemporaryDir dir;
        test::TempDatabase temp;
        const auto group = test::buildSmallWorkGroup(temp.db());
        const QString middle = middleLocation(dir);
        HubCopy::copyTo(temp.db(), middle);
        auto copy = Database::open(middle);
        SqlQuery insert(*copy,
                        QStringLiteral("INSERT INTO hubs (uuid, name, created_at, updated_at) "
                                       "VALUES ('u-new', 'Another Hub', 'x', 'x')"));
        insert.exec();
        QVERIFY(insert.lastInsertId() > group.hubId);
        copy.reset();
        dropMiddle(middle);
    }

    void anExistingFileIsNeverOverwritten()
    {
        QTemporaryDir dir;
        test::TempDatabase temp;
        test::buildSmallWorkGroup(temp.db());
        const QString target = dir.filePath(QStringLiteral("taken.sqlite"));
        QFile file(target);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("someone's notes");
        file.close();
        QVERIFY_THROWS_EXCEPTION(StoreError, HubCopy::copyTo(temp.db(), target));
        QCOMPARE(test::fileBytes(target), QByteArray("someone's notes"));
        // No working file is left beside it.
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 1);
    }

    void aHubIsNeverCopiedOverAnother()
    {
        QTemporaryDir dir;
        test::TempDatabase temp;
        test::buildSmallWorkGroup(temp.db());
        const QString middle = middleLocation(dir);
        HubCopy::copyTo(temp.db(), middle);
        const QString before = [&] {
            auto copy = Database::open(middle, Database::Access::ReadOnly);
            return test::dumpContents(*copy);
        }();
        try {
            HubCopy::copyTo(temp.db(), middle);
            QFAIL("a hub was copied over another");
        } catch (const StoreError &error) {
            QVERIFY2(error.message().contains(QLatin1String("already")),
                     qPrintable(error.message()));
        }
        auto copy = Database::open(middle, Database::Access::ReadOnly);
        QCOMPARE(test::dumpContents(*copy), before);
        copy.reset();
        dropMiddle(middle);
    }

    void aCancelledCopyKeepsNothing()
    {
        QTemporaryDir dir;
        test::TempDatabase temp;
        DemoHub::create(temp.db(), QDate(2025, 3, 12));
        const QString middle = middleLocation(dir);
        int calls = 0;
        QVERIFY_THROWS_EXCEPTION(
            StoreError,
            HubCopy::copyTo(temp.db(), middle, [&](qint64, qint64) { return ++calls < 2; }));
        QCOMPARE(calls, 2);
        if (test::testserver::inUse()) {
            // Not even the hub's schema is left: the database is as empty as it was given.
            QCOMPARE(test::plainValue(middle,
                                      QStringLiteral("SELECT count(*) FROM pg_class c JOIN "
                                                     "pg_namespace n ON n.oid = c.relnamespace "
                                                     "WHERE n.nspname = current_schema()"))
                         .toInt(),
                     0);
        } else {
            QVERIFY(!QFile::exists(middle));
            QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 0);
        }
        // So the next copy goes into the same place, whole and verified.
        const QList<HubCopy::Table> copied = HubCopy::copyTo(temp.db(), middle);
        {
            auto copy = Database::open(middle, Database::Access::ReadOnly);
            const QList<HubCopy::Table> found = HubCopy::fingerprint(*copy);
            QCOMPARE(found.size(), copied.size());
            for (int i = 0; i < copied.size(); ++i) {
                QCOMPARE(found.at(i).name, copied.at(i).name);
                QCOMPARE(found.at(i).rows, copied.at(i).rows);
                QCOMPARE(found.at(i).checksum, copied.at(i).checksum);
            }
            QCOMPARE(test::dumpContents(*copy), test::dumpContents(temp.db()));
        }
        dropMiddle(middle);
    }

    void aCopyOntoAServerIsReadyToQuery()
    {
        if (!test::testserver::inUse())
            QSKIP("About a server's planner statistics; a file has none to keep.");
        test::TempDatabase temp;
        DemoHub::create(temp.db(), QDate(2025, 3, 12));
        const QString middle = test::testserver::createDatabase();
        HubCopy::copyTo(temp.db(), middle);
        // The server knows how many rows each table holds as soon as the copy is kept, without
        // waiting for its own analysis.
        for (const char *table : { "people", "attendance_marks", "sessions" }) {
            const QString name = QLatin1String(table);
            const int rows
                = test::plainValue(middle, QStringLiteral("SELECT count(*) FROM %1").arg(name))
                      .toInt();
            QVERIFY(rows > 0);
            QCOMPARE(test::plainValue(middle,
                                      QStringLiteral("SELECT reltuples::integer FROM pg_class "
                                                     "WHERE oid = '%1'::regclass")
                                          .arg(name))
                         .toInt(),
                     rows);
        }
        dropMiddle(middle);
    }

    void aCopyTheServerRefusesLeavesItsDatabaseEmpty()
    {
        if (!test::testserver::inUse())
            QSKIP("About a server's stricter rules; a file's failed copy leaves no file "
                  "(aCancelledCopyKeepsNothing).");
        // Two hubs whose names differ only in the case of a letter beyond A to Z: a file
        // holds both, a server's case-insensitive index refuses the second, half-way through
        // the copy.
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("hub.sqlite"));
        auto source = Database::open(file);
        test::buildSmallWorkGroup(*source);
        HubStore hubs(*source);
        Hub first;
        first.name = QStringLiteral("École Hub");
        hubs.add(first);
        Hub second;
        second.name = QStringLiteral("éCOLE HUB");
        hubs.add(second);
        const QString middle = test::testserver::createDatabase();
        QVERIFY_THROWS_EXCEPTION(StoreError, HubCopy::copyTo(*source, middle));
        QCOMPARE(test::plainValue(middle,
                                  QStringLiteral("SELECT count(*) FROM pg_class c JOIN "
                                                 "pg_namespace n ON n.oid = c.relnamespace "
                                                 "WHERE n.nspname = current_schema()"))
                     .toInt(),
                 0);
        // Put right in the file, the hub goes to the same database.
        second.name = QStringLiteral("École Hub South");
        hubs.update(second);
        const QList<HubCopy::Table> copied = HubCopy::copyTo(*source, middle);
        {
            auto copy = Database::open(middle, Database::Access::ReadOnly);
            QCOMPARE(test::dumpContents(*copy), test::dumpContents(*source));
        }
        QVERIFY(!copied.isEmpty());
        dropMiddle(middle);
    }
};

QTEST_GUILESS_MAIN(TestHubCopy)
#include "tst_hubcopy.moc"
