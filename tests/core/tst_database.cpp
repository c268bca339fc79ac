#include "TestSupport.h"
#include "database/Database.h"
#include "database/Migrator.h"
#include "database/SqlQuery.h"
#include "database/StoreError.h"
#include "records/SchoolStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

#include <filesystem>

using namespace hubreg;

namespace {
constexpr QFileDevice::Permissions kNotOwner = QFileDevice::ReadGroup | QFileDevice::WriteGroup
    | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::WriteOther
    | QFileDevice::ExeOther;

QVariant pragma(Database &db, const QString &name)
{
    SqlQuery query(db, QStringLiteral("PRAGMA ") + name);
    return query.scalar();
}

StoreError::Kind openFailure(const QString &path,
                             Database::Access access = Database::Access::ReadWrite,
                             QString *message = nullptr)
{
    try {
        Database::open(path, access);
    } catch (const StoreError &error) {
        if (message)
            *message = error.message();
        return error.kind();
    }
    return StoreError::Kind::Internal; // opened: callers compare against the kind they expect
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private slots:
    void createsFreshFileWithPragmas();
    void createsPrivateFiles();
    void reopensExistingFile();
    void emptyFileIsInitialised();
    void secondWriterIsToldWhoHoldsTheFile();
    void readOnlyOpenWhileLockedCannotWrite();
    void staleLockIsTakenOver();
    void askingWhoHoldsTheFileNeverTakesTheLock();
    void newerSchemaIsRefusedAndFileUntouched();
    void foreignSqliteFileIsRefusedAndUntouched();
    void nonSqliteFileIsRefused();
    void folderIsRefused();
    void newFileInANewFolder();
    void readOnlyOpenOfMissingFileIsRefused();
    void settingsRoundTrip();
    void changesAreSignalledAfterCommit();
    void aFileWithTwoNamesIsRefusedForWriting();
    void aLinkToTheFileSharesItsLock();
    void anEmptyOrGarbledLockIsTakenOver_data();
    void anEmptyOrGarbledLockIsTakenOver();
    void aLockThatCannotBeTakenOverIsNamed();
    void copiesLeftByAKilledRestoreAreRemoved();
};

void TestDatabase::createsFreshFileWithPragmas()
{
    test::TempDatabase temp;
    Database &db = temp.db();
    QCOMPARE(db.schemaVersion(), Migrator::latestVersion());
    QVERIFY(Migrator::latestVersion() >= 1);
    QCOMPARE(pragma(db, QStringLiteral("foreign_keys")).toInt(), 1);
    QCOMPARE(pragma(db, QStringLiteral("journal_mode")).toString(), QStringLiteral("wal"));
    QCOMPARE(pragma(db, QStringLiteral("synchronous")).toInt(), 1); // NORMAL
    QVERIFY(pragma(db, QStringLiteral("busy_timeout")).toInt() >= 1000);
    QCOMPARE(pragma(db, QStringLiteral("application_id")).toUInt(), 0x48554252u);
    QCOMPARE(pragma(db, QStringLiteral("secure_delete")).toInt(), 1);
    QCOMPARE(pragma(db, QStringLiteral("integrity_check")).toString(), QStringLiteral("ok"));
    SqlQuery programmes(db, QStringLiteral("SELECT count(*) FROM programmes"));
    QCOMPARE(programmes.scalar().toInt(), 23);
    QVERIFY(db.upgradeBackupPath().isEmpty());
}

void TestDatabase::createsPrivateFiles()
{
    test::TempDatabase temp;
    temp.db().setSetting(QStringLiteral("probe"),
                         QStringLiteral("1")); // makes SQLite write the WAL
    for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") }) {
        const QFileInfo info(temp.path() + suffix);
        QVERIFY2(info.exists(), qPrintable(info.filePath()));
        QCOMPARE(info.permissions() & kNotOwner, QFileDevice::Permissions());
    }
}

void TestDatabase::reopensExistingFile()
{
    test::TempDatabase temp;
    test::buildSmallWorkGroup(temp.db());
    const QString before = test::dumpContents(temp.db());
    temp.reopen();
    QCOMPARE(test::dumpContents(temp.db()), before);
    QVERIFY(temp.db().upgradeBackupPath().isEmpty());
}

void TestDatabase::emptyFileIsInitialised()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("empty.sqlite"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    auto db = Database::open(path);
    QCOMPARE(db->schemaVersion(), Migrator::latestVersion());
}

void TestDatabase::secondWriterIsToldWhoHoldsTheFile()
{
    test::TempDatabase temp;
    QString message;
    QCOMPARE(openFailure(temp.path(), Database::Access::ReadWrite, &message),
             StoreError::Kind::Locked);
    QVERIFY2(message.contains(QString::number(QCoreApplication::applicationPid())),
             qPrintable(message));
    QVERIFY2(message.contains(QSysInfo::machineHostName()), qPrintable(message));
    QVERIFY(message.contains(QStringLiteral("read-only")));
    QCOMPARE(Database::lockHolder(temp.path()), message);
    temp.close();
    QVERIFY(Database::lockHolder(temp.path()).isEmpty());
    auto again = Database::open(temp.path());
    QVERIFY(!again->isReadOnly());
}

void TestDatabase::readOnlyOpenWhileLockedCannotWrite()
{
    test::TempDatabase temp;
    School school;
    school.urn = *Urn::fromInt(123456);
    school.name = QStringLiteral("Read Only Primary School");
    SchoolStore(temp.db()).add(school);

    auto reader = Database::open(temp.path(), Database::Access::ReadOnly);
    QVERIFY(reader->isReadOnly());
    QCOMPARE(SchoolStore(*reader).findByUrn(school.urn)->name, school.name);
    School another;
    another.urn = *Urn::fromInt(123457);
    another.name = QStringLiteral("Never Written School");
    try {
        SchoolStore(*reader).add(another);
        QFAIL("a read-only connection wrote a school");
    } catch (const StoreError &error) {
        QCOMPARE(error.kind(), StoreError::Kind::ReadOnly);
    }
    QVERIFY(!SchoolStore(temp.db()).findByUrn(another.urn));
}

void TestDatabase::staleLockIsTakenOver()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("crashed.sqlite"));
    Database::open(path).reset();
    // What a HubRegister killed by a power cut leaves: a lock naming a process that is gone.
    QFile lock(path + QStringLiteral(".lock"));
    QVERIFY(lock.open(QIODevice::WriteOnly));
    lock.write(QByteArray::number(999999) + '\n' + QCoreApplication::applicationName().toUtf8()
               + '\n' + QSysInfo::machineHostName().toUtf8() + '\n');
    lock.close();
    auto db = Database::open(path);
    QVERIFY(!db->isReadOnly());
}

void TestDatabase::askingWhoHoldsTheFileNeverTakesTheLock()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("probe.sqlite"));
    Database::open(path).reset();
    QVERIFY(Database::lockHolder(path).isEmpty());
    QVERIFY(!QFileInfo::exists(path + QStringLiteral(".lock"))); // looking made no lock
    const QByteArray stale = QByteArray::number(999999) + '\n'
        + QCoreApplication::applicationName().toUtf8() + '\n' + QSysInfo::machineHostName().toUtf8()
        + '\n';
    QFile lock(path + QStringLiteral(".lock"));
    QVERIFY(lock.open(QIODevice::WriteOnly));
    lock.write(stale);
    lock.close();
    QVERIFY(Database::lockHolder(path).isEmpty()); // its process has ended
    QCOMPARE(test::fileBytes(path + QStringLiteral(".lock")), stale); // and it was not touched
}

void TestDatabase::newerSchemaIsRefusedAndFileUntouched()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("future.sqlite"));
    {
        auto db = Database::open(path);
        execSql(*db, QStringLiteral("PRAGMA user_version = %1").arg(Migrator::latestVersion() + 5));
        // A single self-contained file, as a newer HubRegister would leave after closing.
        execSql(*db, QStringLiteral("PRAGMA journal_mode = DELETE"));
    }
    QFile::remove(path + QStringLiteral(".lock"));
    const QByteArray before = test::fileBytes(path);
    const QStringList filesBefore = QDir(dir.path()).entryList(QDir::Files);

    QString message;
    QCOMPARE(openFailure(path, Database::Access::ReadWrite, &message),
             StoreError::Kind::NewerSchema);
    QVERIFY2(message.contains(QStringLiteral("newer version")), qPrintable(message));
    QVERIFY(message.contains(QString::number(Migrator::latestVersion() + 5)));
    QCOMPARE(openFailure(path, Database::Access::ReadOnly), StoreError::Kind::NewerSchema);
    QCOMPARE(test::fileBytes(path), before);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), filesBefore);
}

void TestDatabase::foreignSqliteFileIsRefusedAndUntouched()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("recipes.sqlite"));
    test::writeForeignSqlite(path);
    const QByteArray before = test::fileBytes(path);
    QString message;
    QCOMPARE(openFailure(path, Database::Access::ReadWrite, &message),
             StoreError::Kind::NotHubRegister);
    QVERIFY2(message.contains(QStringLiteral("another program")), qPrintable(message));
    QCOMPARE(test::fileBytes(path), before);
}

void TestDatabase::nonSqliteFileIsRefused()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.sqlite"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, 'x'));
    file.close();
    QString message;
    QCOMPARE(openFailure(path, Database::Access::ReadWrite, &message),
             StoreError::Kind::NotHubRegister);
    QVERIFY(message.contains(QStringLiteral("not an SQLite file")));
    QCOMPARE(test::fileBytes(path), QByteArray(4096, 'x'));
}

void TestDatabase::folderIsRefused()
{
    QTemporaryDir dir;
    QCOMPARE(openFailure(dir.path()), StoreError::Kind::Io);
}

void TestDatabase::newFileInANewFolder()
{
    // The lock sits beside the file, so the folder must exist before it is taken.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new/folder/hub.sqlite"));
    auto db = Database::open(path);
    QVERIFY(QFileInfo::exists(path));
    QVERIFY(QFileInfo::exists(path + QStringLiteral(".lock")));
}

void TestDatabase::readOnlyOpenOfMissingFileIsRefused()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing.sqlite"));
    QCOMPARE(openFailure(path, Database::Access::ReadOnly), StoreError::Kind::Io);
    QVERIFY(!QFileInfo::exists(path));
}

void TestDatabase::settingsRoundTrip()
{
    test::TempDatabase temp;
    QCOMPARE(temp.db().setting(QStringLiteral("goal/primary"), QStringLiteral("75")),
             QStringLiteral("75"));
    temp.db().setSetting(QStringLiteral("goal/primary"), QStringLiteral("80"));
    temp.db().setSetting(QStringLiteral("goal/primary"), QStringLiteral("85"));
    temp.reopen();
    QCOMPARE(temp.db().setting(QStringLiteral("goal/primary")), QStringLiteral("85"));
}

void TestDatabase::changesAreSignalledAfterCommit()
{
    test::TempDatabase temp;
    QList<Entity> seen;
    connect(&temp.db(), &Database::changed, this,
            [&](const Change &change) { seen << change.entity; });
    School school;
    school.urn = *Urn::fromInt(100100);
    school.name = QStringLiteral("Signal Primary School");
    SchoolStore(temp.db()).add(school);
    QCOMPARE(seen, QList<Entity> { Entity::School });
}

void TestDatabase::aFileWithTwoNamesIsRefusedForWriting()
{
    // SQLite names its log and our lock after the path: two programs writing the file under two
    // names would never see each other, and one import would be lost.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("hub.sqlite"));
    const QString second = dir.filePath(QStringLiteral("hard.sqlite"));
    Database::open(path).reset();
    std::error_code error;
    std::filesystem::create_hard_link(std::filesystem::path(path.toStdString()),
                                      std::filesystem::path(second.toStdString()), error);
    QVERIFY2(!error, error.message().c_str());
    const QByteArray before = test::fileBytes(path);
    for (const QString &name : { path, second }) {
        QString message;
        QCOMPARE(openFailure(name, Database::Access::ReadWrite, &message),
                 StoreError::Kind::Invalid);
        QVERIFY2(message.contains(QLatin1String("2 names")), qPrintable(message));
        QVERIFY2(message.contains(QDir::toNativeSeparators(name)), qPrintable(message));
    }
    QCOMPARE(test::fileBytes(path), before);
    QVERIFY(!QFileInfo::exists(path + QStringLiteral(".lock")));
    // Reading is still possible, and once the second name is gone, so is writing.
    Database::open(second, Database::Access::ReadOnly).reset();
    QVERIFY(QFile::remove(second));
    Database::open(path).reset();
}

void TestDatabase::aLinkToTheFileSharesItsLock()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("hub.sqlite"));
    const QString link = dir.filePath(QStringLiteral("link.sqlite"));
    auto db = Database::open(path);
    QVERIFY(QFile::link(path, link));
    QCOMPARE(openFailure(link), StoreError::Kind::Locked);
    QVERIFY(!QFileInfo::exists(link + QStringLiteral(".lock")));
    db.reset();
    auto through = Database::open(link);
    QCOMPARE(through->path(), QFileInfo(path).canonicalFilePath());
    QCOMPARE(openFailure(path), StoreError::Kind::Locked);
}

void TestDatabase::anEmptyOrGarbledLockIsTakenOver_data()
{
    QTest::addColumn<QByteArray>("contents");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("garbage") << QByteArray("\x89PNG\r\n\x1a\n not a lock at all");
    QTest::newRow("half written") << QByteArray("12");
}

void TestDatabase::anEmptyOrGarbledLockIsTakenOver()
{
    QFETCH(QByteArray, contents);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("hub.sqlite"));
    Database::open(path).reset();
    QFile lock(path + QStringLiteral(".lock"));
    QVERIFY(lock.open(QIODevice::WriteOnly));
    lock.write(contents);
    lock.close();
    QVERIFY(Database::lockHolder(path).isEmpty()); // nobody holds it
    auto db = Database::open(path);
    QVERIFY(!db->isReadOnly());
    QCOMPARE(openFailure(path), StoreError::Kind::Locked); // and now it is really held
}

void TestDatabase::aLockThatCannotBeTakenOverIsNamed()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("hub.sqlite"));
    Database::open(path).reset();
    // A lock file that is not a lock file: a folder of that name.
    QVERIFY(QDir().mkdir(path + QStringLiteral(".lock")));
    QString message;
    const StoreError::Kind kind = openFailure(path, Database::Access::ReadWrite, &message);
    QVERIFY(kind != StoreError::Kind::Internal);
    QVERIFY2(message.contains(QDir::toNativeSeparators(path + QStringLiteral(".lock"))),
             qPrintable(message));
}

void TestDatabase::copiesLeftByAKilledRestoreAreRemoved()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("hub.sqlite"));
    Database::open(path).reset();
    // A restore killed half way leaves its checked copy beside the file: a whole hub's
    // personal data under a hidden name.
    const QStringList left
        = { QStringLiteral(".hub.sqlite.restoring"), QStringLiteral(".hub.sqlite.restoring-999999"),
            QStringLiteral(".hub.sqlite.restoring-999999-wal") };
    for (const QString &name : left) {
        QFile file(dir.filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("personal data");
    }
    Database::open(path).reset();
    for (const QString &name : left)
        QVERIFY2(!QFileInfo::exists(dir.filePath(name)), qPrintable(name));
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
