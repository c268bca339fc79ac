// A hub on a server left by an older HubRegister: upgraded on open with every record kept, once
// however many programs open it at that moment, and a newer HubRegister's hub refused
// unchanged. Runs only as tst_serverupgrade_pgsql, against the test server.
#include "PlainConnection.h"
#include "TestServer.h"
#include "TestSupport.h"
#include "database/Catalogue.h"
#include "database/HubCopy.h"
#include "database/Migrator.h"
#include "database/SqlQuery.h"
#include "database/StoreError.h"
#include "records/AttendanceStore.h"
#include "records/SessionStore.h"

#include <QDeadlineTimer>
#include <QSqlRecord>
#include <QTest>
#include <QThread>

using namespace hubreg;

namespace {

constexpr int kOldVersion = 3;
const QString kStamp = QStringLiteral("2024-09-02T09:00:00.000Z");

// A hub of schema `version` in a new database on the test server, as a HubRegister of that
// version left it: only the first `version` migrations, run by the Migrator.
struct OldHub
{
    QString address;
    std::unique_ptr<Database> db; // still open, at that version
};

OldHub hubAtVersion(int version)
{
    OldHub hub;
    hub.address = test::testserver::createDatabase();
    hub.db = Database::open(hub.address);
    // Back to nothing but an empty schema record, then forward again, only so far. The roles'
    // schema (version 8) goes too.
    for (const QString &sql :
         { QStringLiteral("DROP SCHEMA public CASCADE"),
           QStringLiteral("DROP SCHEMA IF EXISTS hub_access CASCADE"),
           QStringLiteral("CREATE SCHEMA public"),
           QStringLiteral("CREATE TABLE hubregister_schema (application_id BIGINT NOT NULL, "
                          "version INTEGER NOT NULL)"),
           QStringLiteral("INSERT INTO hubregister_schema VALUES (%1, 0)")
               .arg(Database::kApplicationId) })
        execSql(*hub.db, sql);
    Migrator(*hub.db).migrate(0, version);
    return hub;
}

// Records of every kind a schema 3 hub holds, written as that version wrote them: a Work Group
// with its school, participant, a session held with its register and one cancelled.
void addOldRecords(Database &db)
{
    const QString at = QStringLiteral("'%1', '%1'").arg(kStamp);
    const QStringList statements = {
        QStringLiteral("INSERT INTO hubs (uuid, name, contact_name, retention_years, created_at, "
                       "updated_at) VALUES ('hub-1', 'North Maths Hub', 'Ann Lead', 7, %1)")
            .arg(at),
        QStringLiteral("INSERT INTO academic_years (uuid, label, start_date, end_date, "
                       "created_at, updated_at) VALUES ('year-1', '2024/25', '2024-09-01', "
                       "'2025-08-31', %1)")
            .arg(at),
        QStringLiteral("INSERT INTO schools (uuid, urn, name, la_code, phase, created_at, "
                       "updated_at) VALUES ('school-1', 100001, 'Hilltop Primary School', "
                       "'201', 'Primary', %1)")
            .arg(at),
        QStringLiteral("INSERT INTO people (uuid, first_name, last_name, email, school_id, "
                       "is_work_group_lead, created_at, updated_at) VALUES ('lead-1', 'Ann', "
                       "'Lead', 'ann@example.org', NULL, 1, %1), ('person-1', 'Ben', 'Hill', "
                       "'ben@example.org', (SELECT id FROM schools WHERE uuid = 'school-1'), 0, "
                       "%1)")
            .arg(at),
        QStringLiteral(
            "INSERT INTO work_groups (uuid, hub_id, programme_id, academic_year_id, code, title, "
            "lead_person_id, status, created_at, updated_at) VALUES ('wg-1', (SELECT id FROM "
            "hubs), (SELECT min(id) FROM programmes), (SELECT id FROM academic_years), "
            "'24-25-01', 'Mastery Readiness', (SELECT id FROM people WHERE uuid = 'lead-1'), "
            "'running', %1)")
            .arg(at),
        QStringLiteral("INSERT INTO work_group_schools (uuid, work_group_id, school_id, "
                       "created_at, updated_at) VALUES ('enrol-1', (SELECT id FROM work_groups), "
                       "(SELECT id FROM schools), %1)")
            .arg(at),
        QStringLiteral("INSERT INTO work_group_participants (uuid, work_group_id, person_id, "
                       "school_id, created_at, updated_at) VALUES ('part-1', (SELECT id FROM "
                       "work_groups), (SELECT id FROM people WHERE uuid = 'person-1'), (SELECT "
                       "id FROM schools), %1)")
            .arg(at),
        QStringLiteral("INSERT INTO sessions (uuid, work_group_id, number, held_on, status, "
                       "created_at, updated_at) VALUES ('session-1', (SELECT id FROM "
                       "work_groups), 1, '2024-10-01', 'held', %1), ('session-2', (SELECT id "
                       "FROM work_groups), 2, '2024-11-05', 'planned', %1)")
            .arg(at),
        QStringLiteral("INSERT INTO attendance_marks (uuid, session_id, participant_id, mark, "
                       "recorded_at, created_at, updated_at) VALUES ('mark-1', (SELECT id FROM "
                       "sessions WHERE number = 1), (SELECT id FROM work_group_participants), "
                       "'L', '%1', %2)")
            .arg(kStamp, at),
        QStringLiteral("UPDATE sessions SET status = 'cancelled' WHERE uuid = 'session-2'"),
        // A record deleted: its tombstone must survive the upgrade too.
        QStringLiteral("INSERT INTO schools (uuid, urn, name, created_at, updated_at) VALUES "
                       "('school-gone', 100002, 'Closed School', %1)")
            .arg(at),
        QStringLiteral("DELETE FROM schools WHERE uuid = 'school-gone'"),
    };
    for (const QString &statement : statements)
        execSql(db, statement);
}

// Every row of the tables `columnsOf` names, those columns only, in order: what the hub held
// at its old version, to compare with what it holds after the upgrade.
QString snapshot(Database &db, const QMap<QString, QStringList> &columnsOf)
{
    QString out;
    for (auto it = columnsOf.cbegin(); it != columnsOf.cend(); ++it) {
        QStringList quoted;
        for (const QString &column : it.value())
            quoted << catalogue::quoted(column);
        SqlQuery rows(db,
                      QStringLiteral("SELECT %1 FROM %2 ORDER BY 1, 2")
                          .arg(quoted.join(QLatin1String(", ")), catalogue::quoted(it.key())));
        rows.exec();
        out += QStringLiteral("## %1\n").arg(it.key());
        while (rows.next()) {
            QStringList fields;
            for (int i = 0; i < it.value().size(); ++i)
                fields << (rows.value(i).isNull() ? QStringLiteral("NULL")
                                                  : rows.value(i).toString());
            out += fields.join(QLatin1Char('|')) + QLatin1Char('\n');
        }
    }
    return out;
}

// The tables of `db` and their columns.
QMap<QString, QStringList> layout(Database &db)
{
    QMap<QString, QStringList> columnsOf;
    for (const QString &table : catalogue::tables(db))
        columnsOf.insert(table, catalogue::columns(db, table));
    return columnsOf;
}

int versionOf(const QString &address)
{
    return test::plainValue(address, QStringLiteral("SELECT version FROM hubregister_schema"))
        .toInt();
}

// Database::open on a thread of its own, as a second program would.
class Opener : public QThread
{
public:
    explicit Opener(const QString &address)
        : m_address(address)
    { }
    QString error;
    int version = -1;

protected:
    void run() override
    {
        try {
            auto db = Database::open(m_address);
            version = db->schemaVersion();
        } catch (const StoreError &e) {
            error = e.message();
        }
    }

private:
    QString m_address;
};

} // namespace

class TestServerUpgrade : public QObject
{
    Q_OBJECT

private slots:
    void anOldHubIsUpgradedWithEveryRecord()
    {
        QVERIFY(Migrator::latestVersion() > kOldVersion);
        OldHub old = hubAtVersion(kOldVersion);
        const QString address = old.address;
        QCOMPARE(versionOf(address), kOldVersion);
        // Schema 3 has no exchange tables and no cancellation reasons yet.
        QVERIFY(!test::execPlain(address, { QStringLiteral("SELECT 1 FROM exchange_packs") }));
        addOldRecords(*old.db);
        const QMap<QString, QStringList> oldLayout = layout(*old.db);
        const QString before = snapshot(*old.db, oldLayout);
        old.db.reset();
        QVERIFY(before.contains(QLatin1String("Hilltop Primary School")));
        QVERIFY(before.contains(QLatin1String("school|school-gone|")));
        QVERIFY(!oldLayout.value(QStringLiteral("sessions"))
                     .contains(QLatin1String("cancellation_reason")));

        auto db = Database::open(address);
        QCOMPARE(db->schemaVersion(), Migrator::latestVersion());
        QCOMPARE(versionOf(address), Migrator::latestVersion());
        QVERIFY(!db->isNew());
        // Every record of the old schema, every value, as it was.
        QCOMPARE(snapshot(*db, oldLayout), before);
        // And the stores read them through the new schema.
        SqlQuery group(*db, QStringLiteral("SELECT id FROM work_groups"));
        const QList<Session> sessions = SessionStore(*db).list(group.scalar().toLongLong());
        QCOMPARE(sessions.size(), 2);
        QCOMPARE(sessions.at(1).status, SessionStatus::Cancelled);
        QCOMPARE(sessions.at(1).cancellationReason, QString());
        const QList<AttendanceRecord> marks
            = AttendanceStore(*db).marksForSession(sessions.at(0).id);
        QCOMPARE(marks.size(), 1);
        QCOMPARE(marks.at(0).mark, AttendanceMark::Late);
        // The later versions' rules hold on the upgraded hub: a change is never stamped
        // before its record was made (schema 6).
        execSql(*db, QStringLiteral("UPDATE schools SET updated_at = '2000-01-01T00:00:00.000Z'"));
        SqlQuery stamp(*db, QStringLiteral("SELECT updated_at FROM schools"));
        QCOMPARE(stamp.scalar().toString(), kStamp);
        db.reset();
        test::testserver::dropDatabase(address);
    }

    void aNewerHubIsRefusedUnchanged()
    {
        const QString address = test::testserver::createDatabase();
        QList<HubCopy::Table> before;
        {
            test::TempDatabase filled; // a hub's records, copied to this database
            test::buildSmallWorkGroup(filled.db());
            HubCopy::copyTo(filled.db(), address);
            auto db = Database::open(address, Database::Access::ReadOnly);
            before = HubCopy::fingerprint(*db);
        }
        const int newer = Migrator::latestVersion() + 1;
        QVERIFY(test::execPlain(
            address, { QStringLiteral("UPDATE hubregister_schema SET version = %1").arg(newer) }));
        for (const auto access : { Database::Access::ReadWrite, Database::Access::ReadOnly }) {
            try {
                Database::open(address, access);
                QFAIL("a newer HubRegister's hub was opened");
            } catch (const StoreError &error) {
                QCOMPARE(error.kind(), StoreError::Kind::NewerSchema);
                QVERIFY2(error.message().contains(QString::number(newer)),
                         qPrintable(error.message()));
            }
        }
        QCOMPARE(versionOf(address), newer);
        // Every table as it was: counts and checksums.
        QVERIFY(test::execPlain(address,
                                { QStringLiteral("UPDATE hubregister_schema SET version = %1")
                                      .arg(Migrator::latestVersion()) }));
        {
            auto db = Database::open(address, Database::Access::ReadOnly);
            const QList<HubCopy::Table> after = HubCopy::fingerprint(*db);
            QCOMPARE(after.size(), before.size());
            for (int i = 0; i < before.size(); ++i) {
                QCOMPARE(after.at(i).name, before.at(i).name);
                QCOMPARE(after.at(i).rows, before.at(i).rows);
                QCOMPARE(after.at(i).checksum, before.at(i).checksum);
            }
        }
        test::testserver::dropDatabase(address);
    }

    void twoProgramsOpeningAnOldHubUpgradeItOnce()
    {
        OldHub old = hubAtVersion(kOldVersion);
        const QString address = old.address;
        addOldRecords(*old.db);
        old.db.reset();
        const QString lockKey = QString::number(Database::kApplicationId);
        {
            test::PlainConnection upgrader(address);
            // A third program is upgrading the hub: it holds the upgrade's lock.
            QVERIFY(upgrader.exec({ QStringLiteral("SELECT pg_advisory_lock(%1)").arg(lockKey) }));
            Opener first(address);
            Opener second(address);
            first.start();
            second.start();
            // Both wait for the lock before their first step: seen on the server, not guessed
            // from time.
            const QString waitingSql = QStringLiteral(
                "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted AND "
                "database = (SELECT oid FROM pg_database WHERE datname = current_database())");
            QDeadlineTimer deadline(std::chrono::minutes(2));
            while (upgrader.value(waitingSql).toInt() < 2 && !deadline.hasExpired())
                QThread::yieldCurrentThread();
            const int waiting = upgrader.value(waitingSql).toInt();
            const int versionWhileWaiting = versionOf(address);
            QVERIFY(
                upgrader.exec({ QStringLiteral("SELECT pg_advisory_unlock(%1)").arg(lockKey) }));
            QVERIFY(first.wait(QDeadlineTimer(std::chrono::minutes(2))));
            QVERIFY(second.wait(QDeadlineTimer(std::chrono::minutes(2))));
            QCOMPARE(waiting, 2);
            QCOMPARE(versionWhileWaiting, kOldVersion);
            // Each step ran once: a step run twice would fail on what the first made.
            QVERIFY2(first.error.isEmpty(), qPrintable(first.error));
            QVERIFY2(second.error.isEmpty(), qPrintable(second.error));
            QCOMPARE(first.version, Migrator::latestVersion());
            QCOMPARE(second.version, Migrator::latestVersion());
            QCOMPARE(versionOf(address), Migrator::latestVersion());
            QCOMPARE(upgrader.value(QStringLiteral("SELECT count(*) FROM people")).toInt(), 2);
            QCOMPARE(
                upgrader.value(QStringLiteral("SELECT count(*) FROM attendance_marks")).toInt(), 1);
        }
        test::testserver::dropDatabase(address);
    }
};

QTEST_GUILESS_MAIN(TestServerUpgrade)
#include "tst_serverupgrade.moc"
