#include "TestSupport.h"
#include "database/Backup.h"
#include "database/Database.h"
#include "database/SqlQuery.h"
#include "database/StoreError.h"
#include "records/SchoolStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
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
    void twoBackupsAtOneMomentAreBothKept();
    void aChangeCommittedDuringTheCopyIsNoFailure();
    void theCopyHasItsNameOnlyWhenWhole();
    void refusesAMissingFolderAndALink();
    void refusesAFileOnlyTheFullCheckFindsDamaged();
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
    const QString second
        = Backup::beforeUpgrade(temp.db(), 1); // same second: a new name, not an overwrite
    QVERIFY(first != second);
    for (const QString &path : { first, second }) {
        QCOMPARE(QFileInfo(path).absolutePath(),
                 QFileInfo(Backup::folderFor(temp.path())).absoluteFilePath());
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
        QVERIFY(
            first.contains(QStringLiteral("-daily-202503%1").arg(day, 2, 10, QLatin1Char('0'))));
        QVERIFY(Backup::dailyIfDue(temp.db(), 3).isEmpty()); // the same day: nothing more
        made << QFileInfo(first).fileName();
    }
    QCOMPARE(Backup::dailyBackups(temp.path()),
             (QStringList { made.at(4), made.at(3), made.at(2) }));
    QVERIFY(QFileInfo::exists(manual));
    auto copy = Database::open(QDir(Backup::folderFor(temp.path())).filePath(made.at(4)),
                               Database::Access::ReadOnly);
    QCOMPARE(test::dumpContents(*copy), test::dumpContents(temp.db()));
}

void TestBackup::twoBackupsAtOneMomentAreBothKept()
{
    test::TempDatabase temp;
    test::buildSmallWorkGroup(temp.db());
    const QString first = Backup::takeNow(temp.db());
    const QString second = Backup::takeNow(temp.db());
    QVERIFY(first != second);
    // Named to the millisecond, in local time as the person taking it reads it.
    QVERIFY2(QFileInfo(first).fileName().startsWith(QStringLiteral("test-")
                                                    + temp.clock().nowUtc().toLocalTime().toString(
                                                        QStringLiteral("yyyyMMdd-HHmmss-zzz"))),
             qPrintable(first));
    // The clock put back an hour and forward again: the name it gives is taken, so another.
    temp.clock().setNow(temp.clock().nowUtc().addSecs(-3600));
    const QString earlier = Backup::takeNow(temp.db());
    temp.clock().setNow(temp.clock().nowUtc().addSecs(3600));
    const QString third = Backup::takeNow(temp.db());
    const QSet<QString> names { first, second, earlier, third };
    QCOMPARE(names.size(), 4);
    QCOMPARE(Backup::allBackups(temp.path()).size(), 4);
    for (const QString &path : names) {
        auto copy = Database::open(path, Database::Access::ReadOnly);
        QCOMPARE(test::dumpContents(*copy), test::dumpContents(temp.db()));
    }
}

void TestBackup::aChangeCommittedDuringTheCopyIsNoFailure()
{
    // `hubregister backup` reads while the window or an import writes: a commit between the
    // copy and its comparison with the file must not make a good backup fail.
    test::TempDatabase temp;
    test::buildSmallWorkGroup(temp.db());
    auto reader = Database::open(temp.path(), Database::Access::ReadOnly);
    const QString target = QDir(temp.folder()).filePath(QStringLiteral("copy.sqlite"));
    int copies = 0;
    Backup::copyVerified(*reader, target, [&] {
        if (copies++ > 0)
            return;
        School late;
        late.urn = *Urn::fromInt(100100);
        late.name = QStringLiteral("Late Primary School");
        SchoolStore(temp.db()).add(late);
    });
    QVERIFY(copies >= 2);
    reader.reset();
    auto copy = Database::open(target, Database::Access::ReadOnly);
    QCOMPARE(SchoolStore(*copy).count(), 3);
}

void TestBackup::theCopyHasItsNameOnlyWhenWhole()
{
    test::TempDatabase temp;
    test::buildSmallWorkGroup(temp.db());
    const QString target = QDir(temp.folder()).filePath(QStringLiteral("copy.sqlite"));
    // What a backup killed half way leaves: its partial copy, under a name of its own.
    const QString left
        = QDir(temp.folder()).filePath(QStringLiteral(".old.sqlite.hubregister-partial-999999"));
    {
        QFile file(left);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("half a hub");
    }
    bool sawPartial = false;
    Backup::copyVerified(temp.db(), target, [&] {
        QVERIFY(!QFileInfo::exists(target));
        const QStringList partial
            = QDir(temp.folder())
                  .entryList({ QStringLiteral(".copy.sqlite.hubregister-partial-*") },
                             QDir::Files | QDir::Hidden);
        sawPartial = partial.size() == 1;
    });
    QVERIFY(sawPartial);
    QVERIFY(QFileInfo::exists(target));
    QVERIFY(!QFileInfo::exists(left));
    QCOMPARE(QDir(temp.folder())
                 .entryList({ QStringLiteral("*partial*") }, QDir::Files | QDir::Hidden)
                 .size(),
             0);
}

void TestBackup::refusesAMissingFolderAndALink()
{
    test::TempDatabase temp;
    const QString missing = QDir(temp.folder()).filePath(QStringLiteral("new/copy.sqlite"));
    try {
        Backup::copyVerified(temp.db(), missing);
        QFAIL("a backup made a folder");
    } catch (const StoreError &error) {
        QVERIFY2(error.message().contains(QLatin1String("folder")), qPrintable(error.message()));
    }
    QVERIFY(!QFileInfo::exists(QDir(temp.folder()).filePath(QStringLiteral("new"))));

    // A link to a file that does not exist yet: writing through it would put the copy wherever
    // it points.
    const QString elsewhere = QDir(temp.folder()).filePath(QStringLiteral("elsewhere.sqlite"));
    const QString link = QDir(temp.folder()).filePath(QStringLiteral("link.sqlite"));
    QVERIFY(QFile::link(elsewhere, link));
    QVERIFY_THROWS_EXCEPTION(StoreError, Backup::copyVerified(temp.db(), link));
    QVERIFY(!QFileInfo::exists(elsewhere));
    QVERIFY(QFileInfo(link).isSymLink());
}

void TestBackup::refusesAFileOnlyTheFullCheckFindsDamaged()
{
    test::TempDatabase temp;
    test::buildSmallWorkGroup(temp.db());
    temp.close();
    QVERIFY(test::unsettleIndex(temp.path(), QStringLiteral("schools_name")));
    auto db = Database::open(temp.path(), Database::Access::ReadOnly);
    const QString target = QDir(temp.folder()).filePath(QStringLiteral("copy.sqlite"));
    try {
        Backup::copyVerified(*db, target);
        QFAIL("a damaged file was backed up as good");
    } catch (const StoreError &error) {
        QCOMPARE(error.kind(), StoreError::Kind::Corrupt);
        QVERIFY2(error.message().contains(QLatin1String("damaged")), qPrintable(error.message()));
    }
    QVERIFY(!QFileInfo::exists(target));
}

QTEST_GUILESS_MAIN(TestBackup)
#include "tst_backup.moc"
