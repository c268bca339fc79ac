#include "TestSupport.h"
#include "database/Backup.h"
#include "database/Restore.h"
#include "database/StoreError.h"
#include "records/PersonStore.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace hubreg;

class TestRestore : public QObject
{
    Q_OBJECT

private slots:
    void replacesTheFileWithTheBackup();
    void refusesWhatIsNotAHubRegisterFile();
    void refusesTheOpenFileItself();
    void refusesWhileTheFileIsOpen();
    void discardLeavesNothingBehind();
    void keepDamagedCopiesTheFileAside();
    void refusesAnEmptyFileAndAnEmptyDatabase();
    void replaceRefusesWhatIsNotAHubRegisterFile();
    void replaceKeepsTheFileItReplaces();
    void aLinkToTheFileIsFollowedNotReplaced();
};

void TestRestore::replacesTheFileWithTheBackup()
{
    test::TempDatabase temp;
    test::buildSmallWorkGroup(temp.db());
    const QString backup = QDir(temp.folder()).filePath(QStringLiteral("backup.sqlite"));
    Backup::copyVerified(temp.db(), backup);
    const QString atBackup = test::dumpContents(temp.db());
    Person late;
    late.lastName = QStringLiteral("Late");
    PersonStore(temp.db()).add(late);

    const StagedRestore staged = Restore::prepare(backup, temp.path());
    QVERIFY(QFileInfo::exists(staged.stagedPath));
    QCOMPARE(staged.info.path, QFileInfo(backup).absoluteFilePath());
    bool sawPeople = false;
    for (const auto &count : staged.info.counts) {
        if (count.first == QStringLiteral("People")) {
            QCOMPARE(count.second, 3);
            sawPeople = true;
        }
    }
    QVERIFY(sawPeople);
    // Nothing has changed yet: the open file still has the later person.
    QCOMPARE(PersonStore(temp.db()).count(), 4);

    temp.close();
    Restore::replace(staged, temp.path());
    QVERIFY(!QFileInfo::exists(staged.stagedPath));
    temp.reopen();
    QCOMPARE(test::dumpContents(temp.db()), atBackup);
    // The backup itself is untouched and can be restored again.
    QVERIFY(QFileInfo::exists(backup));
}

void TestRestore::refusesWhatIsNotAHubRegisterFile()
{
    test::TempDatabase temp;
    const QString junk = QDir(temp.folder()).filePath(QStringLiteral("junk.sqlite"));
    QFile file(junk);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(8192, 'j'));
    file.close();
    try {
        Restore::prepare(junk, temp.path());
        QFAIL("a file of junk was accepted");
    } catch (const StoreError &error) {
        QCOMPARE(error.kind(), StoreError::Kind::NotHubRegister);
    }
    // Nothing is left beside the file.
    QCOMPARE(QDir(temp.folder())
                 .entryList({ QStringLiteral(".*restoring*") }, QDir::Files | QDir::Hidden)
                 .size(),
             0);
    try {
        Restore::prepare(QDir(temp.folder()).filePath(QStringLiteral("missing.sqlite")),
                         temp.path());
        QFAIL("a missing file was accepted");
    } catch (const StoreError &error) {
        QCOMPARE(error.kind(), StoreError::Kind::Io);
    }
}

void TestRestore::refusesTheOpenFileItself()
{
    test::TempDatabase temp;
    QVERIFY_THROWS_EXCEPTION(StoreError, Restore::prepare(temp.path(), temp.path()));
}

void TestRestore::refusesWhileTheFileIsOpen()
{
    test::TempDatabase temp;
    const QString backup = QDir(temp.folder()).filePath(QStringLiteral("backup.sqlite"));
    Backup::copyVerified(temp.db(), backup);
    const StagedRestore staged = Restore::prepare(backup, temp.path());
    try {
        Restore::replace(staged, temp.path());
        QFAIL("an open file was replaced");
    } catch (const StoreError &error) {
        QCOMPARE(error.kind(), StoreError::Kind::Locked);
    }
    // The staged copy is kept for another try.
    QVERIFY(QFileInfo::exists(staged.stagedPath));
    Restore::discard(staged);
}

void TestRestore::discardLeavesNothingBehind()
{
    test::TempDatabase temp;
    const QString backup = QDir(temp.folder()).filePath(QStringLiteral("backup.sqlite"));
    Backup::copyVerified(temp.db(), backup);
    const StagedRestore staged = Restore::prepare(backup, temp.path());
    Restore::discard(staged);
    QVERIFY(!QFileInfo::exists(staged.stagedPath));
    QVERIFY(!QFileInfo::exists(staged.stagedPath + QStringLiteral("-wal")));
}

void TestRestore::keepDamagedCopiesTheFileAside()
{
    test::TempDatabase temp;
    test::buildSmallWorkGroup(temp.db());
    temp.close();
    const QByteArray bytes = test::fileBytes(temp.path());
    const QDateTime now(QDate(2024, 10, 1), QTime(9, 30, 5), Qt::UTC);
    const QString kept = Restore::keepDamaged(temp.path(), now);
    QCOMPARE(QFileInfo(kept).fileName(),
             QStringLiteral("%1.damaged-20241001-093005.sqlite")
                 .arg(QFileInfo(temp.path()).completeBaseName()));
    QCOMPARE(QFileInfo(kept).absolutePath(),
             QFileInfo(Backup::folderFor(temp.path())).absoluteFilePath());
    QCOMPARE(test::fileBytes(kept), bytes);
    QCOMPARE(test::fileBytes(temp.path()), bytes); // a copy: the file itself is untouched
    QCOMPARE(QFileInfo(kept).permissions()
                 & (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther
                    | QFileDevice::WriteOther),
             QFileDevice::Permissions());
    // Not one of the backups offered for a restore.
    QVERIFY(!Backup::allBackups(temp.path()).contains(kept));
    QVERIFY(Backup::latestGood(temp.path()).isEmpty());
}

void TestRestore::refusesAnEmptyFileAndAnEmptyDatabase()
{
    test::TempDatabase temp;
    test::buildSmallWorkGroup(temp.db());
    const QString empty = QDir(temp.folder()).filePath(QStringLiteral("empty.sqlite"));
    {
        QFile file(empty);
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    QVERIFY_THROWS_EXCEPTION(StoreError, Restore::prepare(empty, temp.path()));
    QCOMPARE(QFileInfo(empty).size(), 0); // the backup itself is never changed

    // SQLite's, with nothing of ours in it.
    const QString bare = QDir(temp.folder()).filePath(QStringLiteral("bare.sqlite"));
    {
        QSqlDatabase connection
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bare"));
        connection.setDatabaseName(bare);
        QVERIFY(connection.open());
        QSqlQuery(connection).exec(QStringLiteral("VACUUM"));
        connection.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bare"));
    try {
        Restore::prepare(bare, temp.path());
        QFAIL("an empty database was accepted as a backup");
    } catch (const StoreError &error) {
        QCOMPARE(error.kind(), StoreError::Kind::NotHubRegister);
    }
    QCOMPARE(QDir(temp.folder())
                 .entryList({ QStringLiteral(".*restoring*") }, QDir::Files | QDir::Hidden)
                 .size(),
             0);
}

void TestRestore::replaceRefusesWhatIsNotAHubRegisterFile()
{
    test::TempDatabase temp;
    test::buildSmallWorkGroup(temp.db());
    const QString backup = QDir(temp.folder()).filePath(QStringLiteral("backup.sqlite"));
    Backup::copyVerified(temp.db(), backup);

    const QString text = QDir(temp.folder()).filePath(QStringLiteral("notes.txt"));
    {
        QFile file(text);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("my notes\n");
    }
    const QString newer = QDir(temp.folder()).filePath(QStringLiteral("newer.sqlite"));
    temp.close();
    QVERIFY(QFile::copy(temp.path(), newer));
    {
        QFile file(newer);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.seek(60)); // the header's user_version: our schema version
        QCOMPARE(file.write(QByteArray("\0\0\x03\xe7", 4)), 4);
    }
    for (const QString &target : { text, newer }) {
        const QByteArray before = test::fileBytes(target);
        const StagedRestore staged = Restore::prepare(backup, target);
        try {
            Restore::replace(staged, target);
            QFAIL("a file that is not a HubRegister file this version writes was replaced");
        } catch (const StoreError &error) {
            QVERIFY(error.kind() == StoreError::Kind::NotHubRegister
                    || error.kind() == StoreError::Kind::NewerSchema);
        }
        Restore::discard(staged);
        QCOMPARE(test::fileBytes(target), before);
    }
}

void TestRestore::replaceKeepsTheFileItReplaces()
{
    test::TempDatabase temp;
    test::buildSmallWorkGroup(temp.db());
    const QString backup = QDir(temp.folder()).filePath(QStringLiteral("backup.sqlite"));
    Backup::copyVerified(temp.db(), backup);
    Person late;
    late.lastName = QStringLiteral("Late");
    PersonStore(temp.db()).add(late);
    const QString before = test::dumpContents(temp.db());
    const StagedRestore staged = Restore::prepare(backup, temp.path());
    temp.close();
    const QString kept = Restore::replace(staged, temp.path());
    QVERIFY2(QFileInfo(kept).fileName().startsWith(QStringLiteral("test-before-restore-")),
             qPrintable(kept));
    QCOMPARE(QFileInfo(kept).absolutePath(),
             QFileInfo(Backup::folderPath(temp.path())).absoluteFilePath());
    QCOMPARE(QFileInfo(kept).permissions()
                 & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteOther),
             QFileDevice::Permissions());
    QVERIFY(Backup::allBackups(temp.path()).contains(kept)); // offered for a restore in turn
    {
        auto keptDb = Database::open(kept, Database::Access::ReadOnly);
        QCOMPARE(test::dumpContents(*keptDb), before);
    }
    temp.reopen();
    QCOMPARE(PersonStore(temp.db()).count(), 3);
}

void TestRestore::aLinkToTheFileIsFollowedNotReplaced()
{
    test::TempDatabase temp;
    test::buildSmallWorkGroup(temp.db());
    const QString backup = QDir(temp.folder()).filePath(QStringLiteral("backup.sqlite"));
    Backup::copyVerified(temp.db(), backup);
    Person late;
    late.lastName = QStringLiteral("Late");
    PersonStore(temp.db()).add(late);
    temp.close();
    const QString link = QDir(temp.folder()).filePath(QStringLiteral("link.sqlite"));
    QVERIFY(QFile::link(temp.path(), link));
    const StagedRestore staged = Restore::prepare(backup, link);
    Restore::replace(staged, link);
    QVERIFY(QFileInfo(link).isSymLink());
    temp.reopen();
    QCOMPARE(PersonStore(temp.db()).count(), 3);
}

QTEST_GUILESS_MAIN(TestRestore)
#include "tst_restore.moc"
