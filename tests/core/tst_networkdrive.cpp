#include "database/Database.h"
#include "database/FileSafety.h"

#include <QStorageInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace hubreg;

// A HubRegister file on a network or cloud drive is refused for writing (SQLite's locks and log
// are not safe there); these hold which file systems count as such, and that a file on this
// machine's own disk is told apart and opens as before.
class TestNetworkDrive : public QObject
{
    Q_OBJECT

private slots:
    void networkFileSystemsAreKnown_data();
    void networkFileSystemsAreKnown();
    void aLocalFolderIsLocal();
    void aFileNotYetMadeIsJudgedByItsFolder();
};

void TestNetworkDrive::networkFileSystemsAreKnown_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<bool>("network");
    // As Linux, macOS and our Windows check name them.
    for (const char *type :
         { "nfs", "nfs4", "cifs", "smb3", "smbfs", "afpfs", "webdav", "fuse.sshfs", "fuse.rclone",
           "fuse.gvfsd-fuse", "FUSE.SSHFS", "macfuse", "vboxsf", "remote" })
        QTest::newRow(type) << QString::fromLatin1(type) << true;
    // Local disks, including NTFS on a USB drive through a user-space driver.
    for (const char *type : { "ext4", "xfs", "btrfs", "tmpfs", "overlay", "apfs", "hfs", "NTFS",
                              "vfat", "exfat", "fuseblk", "zfs", "" })
        QTest::newRow(*type ? type : "(unknown)") << QString::fromLatin1(type) << false;
}

void TestNetworkDrive::networkFileSystemsAreKnown()
{
    QFETCH(QString, type);
    QFETCH(bool, network);
    QCOMPARE(filesafety::isNetworkFileSystem(type), network);
}

void TestNetworkDrive::aLocalFolderIsLocal()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("hub.sqlite"));
    const QString type = filesafety::fileSystemTypeOf(dir.path());
    QCOMPARE(type, QString::fromUtf8(QStorageInfo(dir.path()).fileSystemType()));
    if (filesafety::isNetworkFileSystem(type))
        QSKIP("The temporary folder is on a network drive here.");
    auto db = Database::open(path);
    QVERIFY(!db->isReadOnly());
}

void TestNetworkDrive::aFileNotYetMadeIsJudgedByItsFolder()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString type = filesafety::fileSystemTypeOf(dir.path());
    QCOMPARE(filesafety::fileSystemTypeOf(dir.filePath(QStringLiteral("a/b/hub.sqlite"))), type);
    QCOMPARE(filesafety::fileSystemTypeOf(dir.filePath(QStringLiteral("hub.sqlite"))), type);
}

QTEST_GUILESS_MAIN(TestNetworkDrive)
#include "tst_networkdrive.moc"
