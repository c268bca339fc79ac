// `hubregister check` and `hubregister restore`, run as a script runs them: a damaged file is
// reported plainly with the backup to put back, writing commands refuse it, and a restore
// brings the backup back whole.
#include "ProgramRun.h"
#include "TestSupport.h"
#include "database/Backup.h"
#include "database/Database.h"
#include "demo/ScaleGenerator.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace hubreg;

namespace {
using Run = test::ProgramRun;

Run run(const QStringList &arguments)
{
    return test::runProgram(arguments);
}

void damage(const QString &path)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.seek(file.size() / 2 / 4096 * 4096));
    QCOMPARE(file.write(QByteArray(16 * 1024, char(0x5A))), 16 * 1024);
}
} // namespace

class TestCliCheck : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void intactFileChecksOk();
    void damagedFileIsReportedWithTheLatestGoodBackup();
    void writingCommandsRefuseADamagedFile();
    void restorePutsTheBackupBack();
    void restoreRefusesADamagedBackup();

private:
    QString database() const { return m_dir->filePath(QStringLiteral("hub.sqlite")); }
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_backup;
    QString m_contents;
};

void TestCliCheck::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto db = Database::open(database());
    ScaleOptions options;
    options.shareDivisor = 400;
    ScaleGenerator::populate(*db, options);
    m_contents = test::dumpContents(*db);
    m_backup
        = QDir(Backup::folderFor(database())).filePath(QStringLiteral("hub-daily-20250301.sqlite"));
    Backup::copyVerified(*db, m_backup);
    db->checkpoint();
}

void TestCliCheck::intactFileChecksOk()
{
    for (const QStringList &extra : { QStringList(), QStringList { QStringLiteral("--full") } }) {
        const Run check
            = run(QStringList { QStringLiteral("check"), QStringLiteral("--database"), database() }
                  + extra);
        QCOMPARE(check.exitCode, 0);
        QVERIFY2(check.out.contains(QLatin1String("is intact")), qPrintable(check.out));
        QVERIFY(check.err.isEmpty());
    }
}

void TestCliCheck::damagedFileIsReportedWithTheLatestGoodBackup()
{
    damage(database());
    const QByteArray damaged = test::fileBytes(database());
    const Run check = run({ QStringLiteral("check"), QStringLiteral("--database"), database() });
    QCOMPARE(check.exitCode, 2);
    QVERIFY2(
        check.err.contains(QDir::toNativeSeparators(database()) + QStringLiteral("” is damaged")),
        qPrintable(check.err));
    QVERIFY(check.err.contains(QLatin1String("The latest good backup is")));
    QVERIFY(check.err.contains(
        QStringLiteral("hubregister restore \"%1\"").arg(QDir::toNativeSeparators(m_backup))));
    QVERIFY(check.out.isEmpty());
    QCOMPARE(test::fileBytes(database()), damaged);

    // With its only backup damaged too, it says there is none.
    damage(m_backup);
    const Run none = run({ QStringLiteral("check"), QStringLiteral("--database"), database() });
    QCOMPARE(none.exitCode, 2);
    QVERIFY2(none.err.contains(QLatin1String("No good backup")), qPrintable(none.err));
}

void TestCliCheck::writingCommandsRefuseADamagedFile()
{
    damage(database());
    const QByteArray damaged = test::fileBytes(database());
    const QString extract = m_dir->filePath(QStringLiteral("extract.csv"));
    QFile file(extract);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("URN,EstablishmentName\r\n999001,New School\r\n");
    file.close();
    const Run import = run({ QStringLiteral("import"), QStringLiteral("gias"), extract,
                             QStringLiteral("--database"), database() });
    QCOMPARE(import.exitCode, 2);
    QVERIFY2(import.err.contains(QLatin1String("is damaged")), qPrintable(import.err));
    QVERIFY(import.err.contains(QLatin1String("hubregister check")));
    QCOMPARE(test::fileBytes(database()), damaged);
}

void TestCliCheck::restorePutsTheBackupBack()
{
    damage(database());
    const Run restore
        = run({ QStringLiteral("restore"), m_backup, QStringLiteral("--database"), database() });
    QCOMPARE(restore.exitCode, 0);
    QVERIFY2(restore.out.contains(QLatin1String("Restored")),
             qPrintable(restore.out + restore.err));
    const Run check = run({ QStringLiteral("check"), QStringLiteral("--database"), database() });
    QCOMPARE(check.exitCode, 0);
    auto db = Database::open(database(), Database::Access::ReadOnly);
    QCOMPARE(test::dumpContents(*db), m_contents);
    QVERIFY(QFileInfo::exists(m_backup)); // the backup itself is kept

    const Run usage = run({ QStringLiteral("restore"), QStringLiteral("--database"), database() });
    QCOMPARE(usage.exitCode, 64);
}

void TestCliCheck::restoreRefusesADamagedBackup()
{
    damage(m_backup);
    const QByteArray before = test::fileBytes(database());
    const Run restore
        = run({ QStringLiteral("restore"), m_backup, QStringLiteral("--database"), database() });
    QCOMPARE(restore.exitCode, 2);
    QVERIFY2(restore.err.contains(QDir::toNativeSeparators(m_backup)), qPrintable(restore.err));
    QCOMPARE(test::fileBytes(database()), before);
    // Nothing is left beside the file by the refused restore.
    const QStringList beside = QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden);
    for (const QString &name : beside)
        QVERIFY2(!name.contains(QLatin1String("restoring")), qPrintable(name));
}

QTEST_GUILESS_MAIN(TestCliCheck)
#include "tst_cli_check.moc"
