// The real executable, started as a person or a script starts it.
#include "ProgramRun.h"
#include "TestSupport.h"
#include "database/Database.h"
#include "records/WorkGroupStore.h"

#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace hubreg;

namespace {
using Run = test::ProgramRun;

class TestAppSmoke : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void guiStartsOnAFreshFileAndClosesCleanly();
    void demoCommandFillsAFile();
    void demoCommandRefusesAFileWithData();
    void infoCommandIsReadOnly();
    void backupCommandWritesAVerifiedCopy();
    void unknownCommandIsAUsageError();
    void helpListsEveryCommand();

private:
    Run run(const QStringList &arguments);
    QProcessEnvironment environment() const;
    std::unique_ptr<QTemporaryDir> m_home;
};

void TestAppSmoke::init()
{
    // Each test gets its own home, so the program's settings never touch the user's.
    m_home = std::make_unique<QTemporaryDir>();
}

QProcessEnvironment TestAppSmoke::environment() const
{
    QProcessEnvironment env = test::environmentAt(*m_home);
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_home->path());
    return env;
}

Run TestAppSmoke::run(const QStringList &arguments)
{
    return test::runProgram(arguments, environment());
}

void TestAppSmoke::guiStartsOnAFreshFileAndClosesCleanly()
{
    const QString path = m_home->filePath(QStringLiteral("fresh.sqlite"));
    QProcess process;
    process.setProcessEnvironment(environment());
    process.start(QStringLiteral(HUBREGISTER_EXECUTABLE), { QStringLiteral("--database"), path });
    QVERIFY(process.waitForStarted());
    // The lock appears once the file is open and the window is being built.
    QTRY_VERIFY_WITH_TIMEOUT(!Database::lockHolder(path).isEmpty(), 60000);
    QCOMPARE(process.state(), QProcess::Running);
    process.terminate(); // what a desktop session's logout sends
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
    QVERIFY(Database::lockHolder(path).isEmpty());
    QCOMPARE(QFileInfo(path).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
             QFileDevice::Permissions());
    auto db = Database::open(path);
    QCOMPARE(db->schemaVersion() > 0, true);
}

void TestAppSmoke::demoCommandFillsAFile()
{
    const QString path = m_home->filePath(QStringLiteral("demo.sqlite"));
    const Run result = run({ QStringLiteral("demo"), QStringLiteral("--database"), path,
                             QStringLiteral("--today"), QStringLiteral("2026-11-24") });
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains(QStringLiteral("Created the demo hub")), qPrintable(result.out));
    auto db = Database::open(path);
    QVERIFY(WorkGroupStore(*db).count() >= 10);
}

void TestAppSmoke::demoCommandRefusesAFileWithData()
{
    const QString path = m_home->filePath(QStringLiteral("twice.sqlite"));
    QCOMPARE(run({ QStringLiteral("demo"), QStringLiteral("--database"), path }).exitCode, 0);
    const QByteArray before = test::fileBytes(path);
    const Run second = run({ QStringLiteral("demo"), QStringLiteral("--database"), path });
    QCOMPARE(second.exitCode, 2);
    QVERIFY2(second.err.contains(QStringLiteral("empty database")), qPrintable(second.err));
    QVERIFY(second.out.isEmpty());
    auto db = Database::open(path);
    QCOMPARE(WorkGroupStore(*db).count(), 12);
}

void TestAppSmoke::infoCommandIsReadOnly()
{
    const QString path = m_home->filePath(QStringLiteral("info.sqlite"));
    QCOMPARE(run({ QStringLiteral("demo"), QStringLiteral("--database"), path }).exitCode, 0);
    auto holder = Database::open(path); // the window has it open: info still answers
    const Run result = run({ QStringLiteral("info"), QStringLiteral("--database"), path });
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains(QStringLiteral("Work Groups: 12")), qPrintable(result.out));
    QVERIFY(result.out.contains(QStringLiteral("Opened: read-only")));
    const Run missing = run({ QStringLiteral("info"), QStringLiteral("--database"),
                              m_home->filePath(QStringLiteral("nothing.sqlite")) });
    QCOMPARE(missing.exitCode, 2);
    QVERIFY(!missing.err.isEmpty());
}

void TestAppSmoke::backupCommandWritesAVerifiedCopy()
{
    const QString path = m_home->filePath(QStringLiteral("hub.sqlite"));
    QCOMPARE(run({ QStringLiteral("demo"), QStringLiteral("--database"), path }).exitCode, 0);
    const QString copy = m_home->filePath(QStringLiteral("copy.sqlite"));
    const Run result = run({ QStringLiteral("backup"), QStringLiteral("--database"), path,
                             QStringLiteral("-o"), copy });
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.contains(QStringLiteral("verified")));
    {
        auto original = Database::open(path, Database::Access::ReadOnly);
        auto backup = Database::open(copy, Database::Access::ReadOnly);
        QCOMPARE(test::dumpContents(*backup), test::dumpContents(*original));
    }
    // A second copy to the same name is refused, and the first is left alone.
    const QByteArray before = test::fileBytes(copy);
    QCOMPARE(run({ QStringLiteral("backup"), QStringLiteral("--database"), path,
                   QStringLiteral("-o"), copy })
                 .exitCode,
             2);
    QCOMPARE(test::fileBytes(copy), before);
}

void TestAppSmoke::unknownCommandIsAUsageError()
{
    const Run result = run({ QStringLiteral("frobnicate") });
    QCOMPARE(result.exitCode, 64);
    QVERIFY(result.err.contains(QStringLiteral("unknown command")));
    const Run badOption = run({ QStringLiteral("demo"), QStringLiteral("--no-such-option") });
    QCOMPARE(badOption.exitCode, 64);
}

void TestAppSmoke::helpListsEveryCommand()
{
    const Run result = run({ QStringLiteral("help") });
    QCOMPARE(result.exitCode, 0);
    for (const char *command : { "demo --database PATH", "info", "backup" })
        QVERIFY2(result.out.contains(QLatin1String(command)), command);
    QVERIFY(result.out.contains(QStringLiteral("Exit status")));
    QVERIFY2(result.out.contains(QStringLiteral("hubregister --version")), "help names --version");
    QCOMPARE(run({ QStringLiteral("--help") }).out, result.out);
    const Run version = run({ QStringLiteral("--version") });
    QCOMPARE(version.exitCode, 0);
    QVERIFY(version.out.startsWith(QStringLiteral("HubRegister ")));
}

} // namespace

QTEST_GUILESS_MAIN(TestAppSmoke)
#include "tst_appsmoke.moc"
