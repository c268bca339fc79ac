#include "TestSupport.h"
#include "store/Backup.h"
#include "store/Restore.h"
#include "store/StoreError.h"
#include "stores/PersonStore.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
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

QTEST_GUILESS_MAIN(TestRestore)
#include "tst_restore.moc"
