#include "TestSupport.h"
#include "database/Backup.h"
#include "database/Database.h"
#include "database/Migrator.h"
#include "database/SqlQuery.h"
#include "database/StoreError.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

using namespace hubreg;

namespace {
qint64 countOf(Database &db, const QString &table)
{
    SqlQuery query(db, QStringLiteral("SELECT count(*) FROM %1").arg(table));
    return query.scalar().toLongLong();
}

QString writeMigration(const QTemporaryDir &dir, const QString &name, const QString &sql)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(sql.toUtf8());
    return path;
}

bool tableExists(Database &db, const QString &table)
{
    SqlQuery query(
        db, QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = :name"));
    query.bind(QStringLiteral(":name"), table);
    return query.scalar().isValid();
}
} // namespace

class TestMigrator : public QObject
{
    Q_OBJECT

private slots:
    void migrationFilesAreNumberedWithoutGaps();
    void aServersOwnMigrationReplacesASharedOne();
    void upgradesTheVersionOneFixture();
    void appliesANewMigrationInOneStep();
    void failingMigrationLeavesDatabaseAsItWas();
    void foreignKeysOffMigrationIsCheckedBeforeCommit();
    void missingMigrationIsReported();
};

void TestMigrator::migrationFilesAreNumberedWithoutGaps()
{
    const QStringList shipped
        = QDir(QStringLiteral(":/migrations")).entryList(QDir::Files, QDir::Name);
    QCOMPARE(Migrator::migrationFiles().size(), shipped.size());
    for (int i = 0; i < shipped.size(); ++i)
        QVERIFY2(
            shipped.at(i).startsWith(QStringLiteral("%1_").arg(i + 1, 4, 10, QLatin1Char('0'))),
            qPrintable(shipped.at(i)));
}

void TestMigrator::aServersOwnMigrationReplacesASharedOne()
{
    // The Migrator takes versions from the shared files alone and, on a server, runs the file
    // of the same name in pgsql/ instead where there is one: a file there with no shared file
    // of its name (a version one backend alone needs, or a name mistyped) would never run.
    const QStringList own = QDir(QStringLiteral(":/migrations/pgsql")).entryList(QDir::Files);
    QVERIFY(!own.isEmpty());
    for (const QString &name : own)
        QVERIFY2(QFile::exists(QStringLiteral(":/migrations/") + name), qPrintable(name));
}

void TestMigrator::upgradesTheVersionOneFixture()
{
    // tests/data/schema-v1.sqlite was written by schema version 1 (a demo hub); every later
    // migration must bring it up to date without losing a record.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("hub.sqlite"));
    QVERIFY(QFile::copy(test::testDataPath(QStringLiteral("schema-v1.sqlite")), path));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);

    auto db = Database::open(path);
    QCOMPARE(db->schemaVersion(), Migrator::latestVersion());
    SqlQuery integrity(*db, QStringLiteral("PRAGMA integrity_check"));
    QCOMPARE(integrity.scalar().toString(), QStringLiteral("ok"));
    SqlQuery foreignKeys(*db, QStringLiteral("PRAGMA foreign_key_check"));
    QVERIFY(!foreignKeys.scalar().isValid());
    QCOMPARE(countOf(*db, QStringLiteral("schools")), 61);
    QCOMPARE(countOf(*db, QStringLiteral("people")), 155);
    QCOMPARE(countOf(*db, QStringLiteral("work_groups")), 12);
    QCOMPARE(countOf(*db, QStringLiteral("work_group_participants")), 148);
    QCOMPARE(countOf(*db, QStringLiteral("attendance_marks")), 621);
    QCOMPARE(countOf(*db, QStringLiteral("school_links")), 8);
    QCOMPARE(countOf(*db, QStringLiteral("tombstones")), 0);
    SqlQuery school(*db, QStringLiteral("SELECT name FROM schools WHERE urn = 139000"));
    QCOMPARE(school.scalar().toString(), QStringLiteral("Oakfield Primary School"));

    if (Migrator::latestVersion() > 1) {
        // An upgrade happened, so a verified copy of the version-1 file was kept first.
        const QString backup = db->upgradeBackupPath();
        QVERIFY(QFileInfo::exists(backup));
        QCOMPARE(QFileInfo(backup).absolutePath(), QDir(Backup::folderFor(path)).absolutePath());
        const QByteArray header = test::fileBytes(backup).left(100);
        QCOMPARE(qFromBigEndian<quint32>(header.constData() + 60), 1u); // still schema 1
        QCOMPARE(QFileInfo(backup).permissions()
                     & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
                 QFileDevice::Permissions());
    } else {
        QVERIFY(db->upgradeBackupPath().isEmpty());
    }
}

void TestMigrator::appliesANewMigrationInOneStep()
{
    test::TempDatabase temp;
    QTemporaryDir dir;
    const int latest = Migrator::latestVersion();
    const QString next = writeMigration(
        dir, QStringLiteral("9999_extra.sql"),
        QStringLiteral(
            "-- a migration with a trigger whose body holds semicolons\n"
            "CREATE TABLE extra (id INTEGER PRIMARY KEY, note TEXT NOT NULL DEFAULT 'a;b');\n"
            "CREATE TRIGGER extra_guard BEFORE INSERT ON extra WHEN NEW.note = 'x' BEGIN\n"
            "    SELECT RAISE(ABORT, 'no x; ever');\n"
            "END;\n"
            "INSERT INTO extra (note) VALUES ('it''s fine; really');\n"));
    Migrator(temp.db(), Migrator::migrationFiles() << next).migrate(latest, latest + 1);
    QCOMPARE(temp.db().schemaVersion(), latest + 1);
    SqlQuery note(temp.db(), QStringLiteral("SELECT note FROM extra"));
    QCOMPARE(note.scalar().toString(), QStringLiteral("it's fine; really"));
    try {
        execSql(temp.db(), QStringLiteral("INSERT INTO extra (note) VALUES ('x')"));
        QFAIL("the trigger from the migration did not run");
    } catch (const StoreError &error) {
        QVERIFY(error.message().contains(QStringLiteral("no x; ever")));
    }
}

void TestMigrator::failingMigrationLeavesDatabaseAsItWas()
{
    test::TempDatabase temp;
    test::buildSmallWorkGroup(temp.db());
    const QString before = test::dumpContents(temp.db());
    QTemporaryDir dir;
    const int latest = Migrator::latestVersion();
    const QString broken
        = writeMigration(dir, QStringLiteral("9999_broken.sql"),
                         QStringLiteral("CREATE TABLE half_done (id INTEGER);\n"
                                        "UPDATE schools SET name = 'Overwritten';\n"
                                        "INSERT INTO no_such_table VALUES (1);\n"));
    try {
        Migrator(temp.db(), Migrator::migrationFiles() << broken).migrate(latest, latest + 1);
        QFAIL("a broken migration was applied");
    } catch (const StoreError &error) {
        QVERIFY2(error.message().contains(QStringLiteral("left as it was")),
                 qPrintable(error.message()));
    }
    QCOMPARE(temp.db().schemaVersion(), latest);
    QVERIFY(!tableExists(temp.db(), QStringLiteral("half_done")));
    QCOMPARE(test::dumpContents(temp.db()), before);
}

void TestMigrator::foreignKeysOffMigrationIsCheckedBeforeCommit()
{
    test::TempDatabase temp;
    test::buildSmallWorkGroup(temp.db());
    const QString before = test::dumpContents(temp.db());
    QTemporaryDir dir;
    const int latest = Migrator::latestVersion();
    // Rebuilding a table with foreign keys off, as SQLite advises; this one breaks references.
    const QString breaking = writeMigration(
        dir, QStringLiteral("9999_rebuild.sql"),
        QStringLiteral("-- hubreg: foreign-keys-off\n"
                       "CREATE TABLE schools_new AS SELECT * FROM schools WHERE 0;\n"
                       "DROP TABLE schools;\n"
                       "ALTER TABLE schools_new RENAME TO schools;\n"));
    QVERIFY_THROWS_EXCEPTION(
        StoreError,
        Migrator(temp.db(), Migrator::migrationFiles() << breaking).migrate(latest, latest + 1));
    QCOMPARE(temp.db().schemaVersion(), latest);
    QCOMPARE(test::dumpContents(temp.db()), before);
    SqlQuery fk(temp.db(), QStringLiteral("PRAGMA foreign_keys"));
    QCOMPARE(fk.scalar().toInt(), 1);
}

void TestMigrator::missingMigrationIsReported()
{
    test::TempDatabase temp;
    const int latest = Migrator::latestVersion();
    QVERIFY_THROWS_EXCEPTION(StoreError, Migrator(temp.db()).migrate(latest, latest + 1));
    QCOMPARE(temp.db().schemaVersion(), latest);
}

QTEST_GUILESS_MAIN(TestMigrator)
#include "tst_migrator.moc"
