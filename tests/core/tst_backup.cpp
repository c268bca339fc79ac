#include "TestSupport.h"

#include "store/Backup.h"
#include "store/Database.h"
#include "store/SqlQuery.h"
#include "store/StoreError.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace hubreg;

class TestBackup : public QObject
{
    Q_OBJECT

private slots:
    void copyHoldsEverythingAndIsPrivate();
    void neverOverwritesAFile();
    void failedCopyLeavesNoFile();
    void upgradeBackupGoesToTheBackupsFolder();
    void dailyBackupOncePerDayKeepingTheNewest();
};

void TestBackup::copyHoldsEverythingAndIsPrivate()
{
    test::TempDatabase temp;
    test::buildSmallWorkGroup(temp.db());
    const QString target = QDir(temp.folder()).filePath(QStringLiteral("copy.sqlite"));
    Backup::copyVerified(temp.db(), target);
    QVERIFY(QFileInfo::exists(target));
    QCOMPARE(QFileInfo(target).permissions()
                 & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteOther),
             QFileDevice::Permissions());
    const QString original = test::dumpContents(temp.db());
    temp.close();
    auto copy = Database::open(target);
    QCOMPARE(test::dumpContents(*copy), original);
}

void TestBackup::neverOverwritesAFile()
{
    test::TempDatabase temp;
    const QString target = QDir(temp.folder()).filePath(QStringLiteral("precious.txt"));
    QFile file(target);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("keep me");
    file.close();
    try {
        Backup::copyVerified(temp.db(), target);
        QFAIL("a backup overwrote a file");
    } catch (const StoreError &error) {
        QCOMPARE(error.kind(), StoreError::Kind::Io);
    }
    QCOMPARE(test::fileBytes(target), QByteArray("keep me"));
}

void TestBackup::failedCopyLeavesNoFile()
{
    test::TempDatabase temp;
    // A "folder" that is really a file: nothing can be created inside it.
    const QString blocker = QDir(temp.folder()).filePath(QStringLiteral("blocker"));
    QFile file(blocker);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    const QString target = blocker + QStringLiteral("/copy.sqlite");
    QVERIFY_THROWS_EXCEPTION(StoreError, Backup::copyVerified(temp.db(), target));
    QVERIFY(!QFileInfo::exists(target));
}

void TestBackup::upgradeBackupGoesToTheBackupsFolder()
{
    test::TempDatabase temp;
    test::buildSmallWorkGroup(temp.db());
    const QString first = Backup::beforeUpgrade(temp.db(), 1);
    const QString second = Backup::beforeUpgrade(temp.db(), 1); // same second: a new name, not an overwrite
    QVERIFY(first != second);
    for (const QString &path : {first, second}) {
        QCOMPARE(QFileInfo(path).absolutePath(), QFileInfo(Backup::folderFor(temp.path())).absoluteFilePath());
        QVERIFY(QFileInfo(path).fileName().contains(QStringLiteral("schema1")));
    }
    QCOMPARE(QFileInfo(Backup::folderFor(temp.path())).permissions()
                 & (QFileDevice::ReadOther | QFileDevice::ExeOther | QFileDevice::ReadGroup),
             QFileDevice::Permissions());
}

void TestBackup::dailyBackupOncePerDayKeepingTheNewest()
{
    test::TempDatabase temp;
    test::buildSmallWorkGroup(temp.db());
    const QString manual = Backup::beforeUpgrade(temp.db(), 1); // not a daily copy: never rotated
    QStringList made;
    for (int day = 1; day <= 5; ++day) {
        temp.clock().setNow(QDateTime(QDate(2025, 3, day), QTime(8, 0), Qt::UTC));
        const QString first = Backup::dailyIfDue(temp.db(), 3);
        QVERIFY(!first.isEmpty());
        QVERIFY(first.contains(QStringLiteral("-daily-202503%1").arg(day, 2, 10, QLatin1Char('0'))));
        QVERIFY(Backup::dailyIfDue(temp.db(), 3).isEmpty()); // the same day: nothing more
        made << QFileInfo(first).fileName();
    }
    QCOMPARE(Backup::dailyBackups(temp.path()), (QStringList{made.at(4), made.at(3), made.at(2)}));
    QVERIFY(QFileInfo::exists(manual));
    auto copy = Database::open(QDir(Backup::folderFor(temp.path())).filePath(made.at(4)), Database::Access::ReadOnly);
    QCOMPARE(test::dumpContents(*copy), test::dumpContents(temp.db()));
}

QTEST_GUILESS_MAIN(TestBackup)
#include "tst_backup.moc"
