// The disk says no: a read-only file, a folder that cannot be written, a disk that fills up.
// Each is run through the command line in a child process, and each must end in a clear
// error with the file exactly as it was.
//
// CI and the development machines run as root, whom file permissions do not stop, so the
// child drops to the unprivileged user "nobody" (65534) before it starts; run as anyone else,
// it keeps its own user. The full disk is a file size limit (RLIMIT_FSIZE) on the child, with
// SIGXFSZ ignored so a write past it fails instead of killing the program.
#include "TestSupport.h"
#include "database/SqlQuery.h"
#include "demo/ScaleGenerator.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <grp.h>
#include <sys/resource.h>
#include <unistd.h>

using namespace hubreg;

namespace {

constexpr uid_t kNobody = 65534;
constexpr int kCannotDropPrivileges = 120;

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

struct Child
{
    bool unprivileged = false; // as nobody when we are root
    rlim_t fileSizeLimit = RLIM_INFINITY;
};

Run run(const QStringList &arguments, Child child)
{
    QProcess process;
    const bool root = geteuid() == 0;
    process.setChildProcessModifier([child, root] {
        // Between fork and exec: only calls that are safe there.
        if (child.fileSizeLimit != RLIM_INFINITY) {
            ::signal(SIGXFSZ, SIG_IGN);
            const rlimit limit { child.fileSizeLimit, child.fileSizeLimit };
            if (::setrlimit(RLIMIT_FSIZE, &limit) != 0)
                ::_exit(kCannotDropPrivileges);
        }
        if (child.unprivileged && root
            && (::setgroups(0, nullptr) != 0 || ::setgid(kNobody) != 0 || ::setuid(kNobody) != 0))
            ::_exit(kCannotDropPrivileges);
    });
    process.start(QStringLiteral(HUBREGISTER_EXECUTABLE), arguments);
    Run result;
    if (!process.waitForStarted(120000)) {
        // As nobody, the program cannot be reached when a folder above it is private (a
        // checkout under a 0700 temporary folder): the same as not being able to drop to nobody.
        if (child.unprivileged && root)
            result.exitCode = kCannotDropPrivileges;
        return result;
    }
    if (!process.waitForFinished(120000))
        return result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

// Gives a file or folder to the child's user (nobody, when we are root).
bool giveToChild(const QString &path)
{
    return geteuid() != 0 || ::chown(QFile::encodeName(path).constData(), kNobody, kNobody) == 0;
}

QString contentsOf(const QString &path)
{
    auto db = Database::open(path, Database::Access::ReadOnly);
    return test::dumpContents(*db);
}

} // namespace

class TestCliRefusals : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void readOnlyFile();
    void folderThatCannotBeWritten();
    void readingInAFolderThatCannotBeWritten();
    void fullDiskDuringAnImport();
    void fullDiskDuringAnExportAndABackup();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_extract;
    QString m_database;
    QString m_before;
};

void TestCliRefusals::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    // QTemporaryDir is private to us; the child needs to pass through it.
    QVERIFY(QFile::setPermissions(m_dir->path(),
                                  QFile::permissions(m_dir->path()) | QFileDevice::ExeOther
                                      | QFileDevice::ExeGroup));
    const QString world = m_dir->filePath(QStringLiteral("world"));
    QVERIFY(QDir().mkpath(world));
    QVERIFY(QFile::setPermissions(world,
                                  QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                      | QFileDevice::ExeOwner | QFileDevice::ReadOther
                                      | QFileDevice::ExeOther | QFileDevice::ReadGroup
                                      | QFileDevice::ExeGroup));
    ScaleOptions options;
    options.shareDivisor = 20; // 2,600 schools: several megabytes to write
    m_extract = QDir(world).filePath(QStringLiteral("extract.csv"));
    QVERIFY(ScaleGenerator::writeGiasEstablishments(m_extract, options));
    QVERIFY(QFile::setPermissions(
        m_extract, QFileDevice::ReadOwner | QFileDevice::ReadOther | QFileDevice::ReadGroup));

    m_database = QDir(world).filePath(QStringLiteral("data/hub.sqlite"));
    {
        auto db = Database::open(m_database);
        test::buildSmallWorkGroup(*db);
        db->checkpoint();
    }
    m_before = contentsOf(m_database);
    // Our read-only look left SQLite's companions behind, ours; the child must make its own.
    for (const QString &suffix : { QStringLiteral("-wal"), QStringLiteral("-shm") })
        QFile::remove(m_database + suffix);
}

void TestCliRefusals::readOnlyFile()
{
    const QString folder = QFileInfo(m_database).absolutePath();
    QVERIFY(giveToChild(folder));
    QVERIFY(giveToChild(m_database));
    QVERIFY(QFile::setPermissions(m_database, QFileDevice::ReadOwner));
    const Run import = run({ QStringLiteral("import"), QStringLiteral("gias"), m_extract,
                             QStringLiteral("--database"), m_database },
                           { true });
    if (import.exitCode == kCannotDropPrivileges)
        QSKIP("cannot run the program as nobody here, and root ignores file permissions");
    QCOMPARE(import.exitCode, 2);
    QVERIFY2(import.err.contains(QLatin1String("cannot be written")), qPrintable(import.err));
    QCOMPARE(QFile::permissions(m_database) & QFileDevice::WriteOwner, QFileDevice::Permissions());
    QCOMPARE(contentsOf(m_database), m_before);
}

void TestCliRefusals::folderThatCannotBeWritten()
{
    // The file is the child's to write, but its folder is not: no lock, no WAL.
    QVERIFY(giveToChild(m_database));
    const Run import = run({ QStringLiteral("import"), QStringLiteral("gias"), m_extract,
                             QStringLiteral("--database"), m_database },
                           { true });
    if (import.exitCode == kCannotDropPrivileges)
        QSKIP("cannot run the program as nobody here, and root ignores file permissions");
    QCOMPARE(import.exitCode, 2);
    QVERIFY2(import.err.contains(QLatin1String("is not writable")), qPrintable(import.err));
    QVERIFY(import.err.contains(QDir::toNativeSeparators(m_database)));
    QCOMPARE(contentsOf(m_database), m_before);
    QVERIFY(!QFileInfo::exists(m_database + QStringLiteral(".lock")));
}

void TestCliRefusals::readingInAFolderThatCannotBeWritten()
{
    // An intact file on a read-only share or a locked-down folder: the commands that only read
    // must read it, and none may call it damaged.
    QVERIFY(giveToChild(m_database));
    const QString out = m_dir->filePath(QStringLiteral("out"));
    QVERIFY(QDir().mkpath(out));
    QVERIFY(giveToChild(out));
    const QList<QStringList> commands = {
        { QStringLiteral("info") },
        { QStringLiteral("check") },
        { QStringLiteral("check"), QStringLiteral("--full") },
        { QStringLiteral("export"), QStringLiteral("schools"), QStringLiteral("-o"),
          QDir(out).filePath(QStringLiteral("schools.csv")) },
        { QStringLiteral("backup"), QStringLiteral("-o"),
          QDir(out).filePath(QStringLiteral("copy.sqlite")) },
        { QStringLiteral("eligibility"), QStringLiteral("100001"), QStringLiteral("--programme"),
          QStringLiteral("TFM-DEV") },
    };
    for (const QStringList &command : commands) {
        const Run read
            = run(command + QStringList { QStringLiteral("--database"), m_database }, { true });
        if (read.exitCode == kCannotDropPrivileges)
            QSKIP("cannot run the program as nobody here, and root ignores file permissions");
        QVERIFY2(read.exitCode == 0
                     || (command.first() == QLatin1String("eligibility") && read.exitCode == 1),
                 qPrintable(command.join(QLatin1Char(' ')) + QStringLiteral(": ") + read.err));
        QVERIFY2(!read.err.contains(QLatin1String("damaged")), qPrintable(read.err));
    }
    QVERIFY(test::fileBytes(QDir(out).filePath(QStringLiteral("schools.csv")))
                .contains("Alder Primary School"));
    QCOMPARE(contentsOf(QDir(out).filePath(QStringLiteral("copy.sqlite"))), m_before);
    QCOMPARE(contentsOf(m_database), m_before);
}

void TestCliRefusals::fullDiskDuringAnImport()
{
    // No file may grow past 256 KiB: the import's write-ahead log soon does.
    const Run import = run({ QStringLiteral("import"), QStringLiteral("gias"), m_extract,
                             QStringLiteral("--database"), m_database },
                           { false, 256 * 1024 });
    QCOMPARE(import.exitCode, 2);
    QVERIFY2(import.err.contains(QLatin1String("disk")), qPrintable(import.err));
    QVERIFY(!import.out.contains(QLatin1String("added")));
    QCOMPARE(contentsOf(m_database), m_before);
    auto db = Database::open(m_database);
    QCOMPARE(SqlQuery(*db, QStringLiteral("PRAGMA integrity_check")).scalar().toString(),
             QStringLiteral("ok"));
}

void TestCliRefusals::fullDiskDuringAnExportAndABackup()
{
    // Scale data goes into an empty file: this test's file holds it instead of the Work Group.
    for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
        QFile::remove(m_database + suffix);
    {
        auto db = Database::open(m_database);
        ScaleOptions options;
        options.shareDivisor = 100;
        ScaleGenerator::populate(*db, options); // a register return of about 250 kB
        db->checkpoint();
    }
    const QString folder = QFileInfo(m_database).absolutePath();
    const QString target = QDir(folder).filePath(QStringLiteral("register.csv"));
    for (const QString &suffix : { QStringLiteral("-wal"), QStringLiteral("-shm") })
        QFile::remove(m_database + suffix);
    const Run exported
        = run({ QStringLiteral("export"), QStringLiteral("register"), QStringLiteral("-o"), target,
                QStringLiteral("--database"), m_database },
              { false, 64 * 1024 });
    QCOMPARE(exported.exitCode, 2);
    QVERIFY2(exported.err.contains(QLatin1String("register.csv")), qPrintable(exported.err));
    QVERIFY(!QFileInfo::exists(target)); // whole or not at all

    const QString copy = QDir(folder).filePath(QStringLiteral("copy.sqlite"));
    const Run backup = run({ QStringLiteral("backup"), QStringLiteral("-o"), copy,
                             QStringLiteral("--database"), m_database },
                           { false, 64 * 1024 });
    QCOMPARE(backup.exitCode, 2);
    QVERIFY2(backup.err.contains(QDir::toNativeSeparators(copy)), qPrintable(backup.err));
    QVERIFY(!QFileInfo::exists(copy));
    const QStringList left = QDir(folder).entryList(QDir::Files | QDir::Hidden);
    for (const QString &name : left)
        QVERIFY2(name.startsWith(QLatin1String("hub.sqlite")), qPrintable(name));
}

QTEST_GUILESS_MAIN(TestCliRefusals)
#include "tst_cli_refusals.moc"
