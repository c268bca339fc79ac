#include "TestSupport.h"
#include "database/Backup.h"
#include "database/SqlQuery.h"
#include "database/StoreError.h"
#include "demo/ScaleGenerator.h"
#include "records/SchoolStore.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace hubreg;

namespace {

// How a run of the program ended.
struct Ending
{
    bool killed = false; // SIGKILL reached it before it ended
    int changes = 0; // changes to the watched folders seen while it ran
    int exitCode = -1;
};

// Runs the program and kills it with SIGKILL at the `killAt`-th change it makes to the watched
// folders (a file made, renamed or removed): the moments come from what the program does, not
// from a clock. A run that makes fewer changes ends by itself.
Ending runKilledAt(const QStringList &arguments, const QStringList &folders, int killAt)
{
    QFileSystemWatcher watcher;
    if (!folders.isEmpty())
        watcher.addPaths(folders);
    QProcess process;
    QEventLoop loop;
    Ending ending;
    QObject::connect(&watcher, &QFileSystemWatcher::directoryChanged, &loop, [&] {
        if (++ending.changes == killAt && process.state() == QProcess::Running) {
            process.kill(); // SIGKILL: no handler, no clean-up
            ending.killed = true;
        }
    });
    QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    process.start(QStringLiteral(HUBREGISTER_EXECUTABLE), arguments);
    if (!process.waitForStarted(60000))
        return ending;
    if (process.state() != QProcess::NotRunning)
        loop.exec();
    ending.killed = ending.killed && process.exitStatus() == QProcess::CrashExit;
    ending.exitCode = process.exitCode();
    return ending;
}

// What the file holds; for a file that cannot be opened, why.
QString contentsOf(const QString &path)
{
    try {
        auto db = Database::open(path, Database::Access::ReadOnly);
        return test::dumpContents(*db);
    } catch (const StoreError &error) {
        return QStringLiteral("cannot be opened: ") + error.message();
    }
}

bool intact(const QString &path)
{
    try {
        auto db = Database::open(path, Database::Access::ReadOnly);
        return SqlQuery(*db, QStringLiteral("PRAGMA integrity_check")).scalar().toString()
            == QLatin1String("ok");
    } catch (const StoreError &) {
        return false;
    }
}

// Files in a folder that are neither the ones named nor SQLite's companions of them.
QStringList strays(const QString &folder, const QStringList &expected)
{
    QStringList found;
    for (const QString &name : QDir(folder).entryList(QDir::Files | QDir::Hidden)) {
        bool known = false;
        for (const QString &keep : expected)
            known = known || name == keep || name.startsWith(keep + QLatin1Char('-'))
                || name == keep + QStringLiteral(".lock");
        if (!known)
            found << name;
    }
    return found;
}

} // namespace

// A backup or a restore killed at any moment leaves no half-made file under a name anyone
// trusts (a backup's, the hub's own), and the copies it was working on are cleared away by the
// next run: a restore's copy holds a whole hub's personal data.
class TestBackupCrash : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void killedBackupLeavesNothingHalfMade();
    void killedRestoreLeavesTheFileWholeAndNoCopies();

private:
    QTemporaryDir m_dir;
    QString m_source;
    QString m_contents;
    QString m_backup;
    QString m_changed;
    QString m_changedContents;
};

void TestBackupCrash::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_source = m_dir.filePath(QStringLiteral("source.sqlite"));
    {
        auto db = Database::open(m_source);
        ScaleOptions options;
        options.shareDivisor = 200; // a few megabytes: copies take a while to write
        ScaleGenerator::populate(*db, options);
        m_contents = test::dumpContents(*db);
        m_backup = m_dir.filePath(QStringLiteral("backup.sqlite"));
        Backup::copyVerified(*db, m_backup);
        db->checkpoint();
    }
    m_changed = m_dir.filePath(QStringLiteral("changed.sqlite"));
    QVERIFY(QFile::copy(m_source, m_changed));
    {
        auto db = Database::open(m_changed);
        School late;
        late.urn = *Urn::fromInt(999990);
        late.name = QStringLiteral("Late Primary School");
        SchoolStore(*db).add(late);
        m_changedContents = test::dumpContents(*db);
        db->checkpoint();
    }
    QVERIFY(m_changedContents != m_contents);
}

void TestBackupCrash::killedBackupLeavesNothingHalfMade()
{
    const QByteArray source = test::fileBytes(m_source);
    int kills = 0;
    for (int killAt = 1; killAt <= 12; ++killAt) {
        const QString folder = m_dir.filePath(QStringLiteral("backup-%1").arg(killAt));
        QVERIFY(QDir().mkpath(folder));
        const QString target = QDir(folder).filePath(QStringLiteral("copy.sqlite"));
        const Ending ending = runKilledAt({ QStringLiteral("backup"), QStringLiteral("-o"), target,
                                            QStringLiteral("--database"), m_source },
                                          { folder }, 1 + (killAt - 1) % 4);
        kills += ending.killed ? 1 : 0;
        if (!ending.killed)
            QCOMPARE(ending.exitCode, 0);
        // Under its name: the whole verified copy, or nothing.
        if (QFileInfo::exists(target)) {
            QVERIFY(intact(target));
            QCOMPARE(contentsOf(target), m_contents);
        } else {
            QVERIFY2(ending.killed, "a backup that ended by itself left no copy");
        }
        QCOMPARE(test::fileBytes(m_source), source);
        // The next backup into the folder clears what the killed one left.
        const Ending next = runKilledAt({ QStringLiteral("backup"), QStringLiteral("-o"),
                                          QDir(folder).filePath(QStringLiteral("next.sqlite")),
                                          QStringLiteral("--database"), m_source },
                                        {}, 0);
        QCOMPARE(next.exitCode, 0);
        const QStringList left
            = strays(folder, { QStringLiteral("copy.sqlite"), QStringLiteral("next.sqlite") });
        QVERIFY2(left.isEmpty(), qPrintable(left.join(QLatin1Char(' '))));
    }
    qInfo("%d of 12 backups killed", kills);
    QVERIFY2(kills >= 6, "enough kills fell while the copy was being made");
}

void TestBackupCrash::killedRestoreLeavesTheFileWholeAndNoCopies()
{
    int kills = 0;
    int restored = 0;
    for (int killAt = 1; killAt <= 16; ++killAt) {
        const QString folder = m_dir.filePath(QStringLiteral("restore-%1").arg(killAt));
        QVERIFY(QDir().mkpath(folder));
        const QString work = QDir(folder).filePath(QStringLiteral("hub.sqlite"));
        QVERIFY(QFile::copy(m_changed, work));
        const QString backups = Backup::folderFor(work);
        const Ending ending = runKilledAt(
            { QStringLiteral("restore"), m_backup, QStringLiteral("--database"), work },
            { folder, backups }, 1 + (killAt - 1) % 8);
        kills += ending.killed ? 1 : 0;
        if (!ending.killed)
            QCOMPARE(ending.exitCode, 0);

        // The next start of the program: the file is whole, either as it was or as the backup.
        try {
            auto db = Database::open(work);
            QCOMPARE(SqlQuery(*db, QStringLiteral("PRAGMA integrity_check")).scalar().toString(),
                     QStringLiteral("ok"));
            const QString held = test::dumpContents(*db);
            QVERIFY2(held == m_contents || held == m_changedContents,
                     "a killed restore left a file that is neither the old one nor the backup");
            restored += held == m_contents ? 1 : 0;
        } catch (const StoreError &error) {
            QFAIL(qPrintable(QStringLiteral("a killed restore left a file that cannot be opened: ")
                             + error.message()));
        }
        // No copy of the backup is left beside the file, and what the backups folder holds
        // under a backup's name is the whole file the restore replaced.
        const QStringList beside = strays(folder, { QStringLiteral("hub.sqlite") });
        QVERIFY2(beside.isEmpty(), qPrintable(beside.join(QLatin1Char(' '))));
        for (const QString &name : QDir(backups).entryList(QDir::Files | QDir::Hidden)) {
            QVERIFY2(name.startsWith(QLatin1String("hub-before-restore-"))
                         && name.endsWith(QLatin1String(".sqlite")),
                     qPrintable(name));
            QCOMPARE(contentsOf(QDir(backups).filePath(name)), m_changedContents);
        }
    }
    qInfo("%d of 16 restores killed; %d files restored", kills, restored);
    QVERIFY2(kills >= 8, "enough kills fell while the restore was under way");
}

QTEST_GUILESS_MAIN(TestBackupCrash)
#include "tst_backupcrash.moc"
