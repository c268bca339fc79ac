// hubregister copy and backup as a hub administrator moving a hub runs them: the demo file to
// a new place and back, identical; never over anything; no password on the command line. In
// the suite's server run the new place is a database on the test server.
#include "ProgramRun.h"
#include "TestServer.h"
#include "TestSupport.h"

#include <QFile>
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

QString dump(const QString &path)
{
    auto db = Database::open(path, Database::Access::ReadOnly);
    return test::dumpContents(*db);
}
} // namespace

class TestCliCopy : public QObject
{
    Q_OBJECT

private slots:
    void aHubGoesThereAndBackIdentical()
    {
        QTemporaryDir dir;
        const QString hub = dir.filePath(QStringLiteral("hub.sqlite"));
        QCOMPARE(run({ QStringLiteral("demo"), QStringLiteral("--database"), hub }).exitCode, 0);
        const QString there = test::testserver::inUse()
            ? test::testserver::createDatabase()
            : dir.filePath(QStringLiteral("moved.sqlite"));
        const Run out = run({ QStringLiteral("copy"), hub, there });
        QVERIFY2(out.exitCode == 0, qPrintable(out.err));
        QVERIFY2(out.out.contains(QLatin1String("every table's count and checksum match")),
                 qPrintable(out.out));
        QVERIFY(out.out.contains(QLatin1String("people")));

        const QString back = dir.filePath(QStringLiteral("back.sqlite"));
        const Run home = run({ QStringLiteral("backup"), QStringLiteral("--database"), there,
                               QStringLiteral("-o"), back });
        QVERIFY2(home.exitCode == 0, qPrintable(home.err));
        QCOMPARE(dump(back), dump(hub));
        if (test::testserver::inUse())
            test::testserver::dropDatabase(there);
    }

    void nothingIsCopiedOverAHub()
    {
        QTemporaryDir dir;
        const QString hub = dir.filePath(QStringLiteral("hub.sqlite"));
        const QString other = dir.filePath(QStringLiteral("other.sqlite"));
        QCOMPARE(run({ QStringLiteral("demo"), QStringLiteral("--database"), hub }).exitCode, 0);
        QCOMPARE(run({ QStringLiteral("demo"), QStringLiteral("--database"), other,
                       QStringLiteral("--seed"), QStringLiteral("7") })
                     .exitCode,
                 0);
        const QString before = dump(other);
        const Run out = run({ QStringLiteral("copy"), hub, other });
        QCOMPARE(out.exitCode, 2);
        QVERIFY2(out.err.contains(QLatin1String("already exists")), qPrintable(out.err));
        QCOMPARE(dump(other), before);
    }

    void aPasswordInTheAddressIsRefused()
    {
        QTemporaryDir dir;
        const QString hub = dir.filePath(QStringLiteral("hub.sqlite"));
        QCOMPARE(run({ QStringLiteral("demo"), QStringLiteral("--database"), hub }).exitCode, 0);
        const Run out = run({ QStringLiteral("copy"), hub,
                              QStringLiteral("postgresql://office:hunter2@127.0.0.1/hub") });
        QCOMPARE(out.exitCode, 2);
        QVERIFY2(out.err.contains(QLatin1String("must not hold a password")), qPrintable(out.err));
        QVERIFY(!out.err.contains(QLatin1String("hunter2")));
    }

    void aCopyNeedsTwoPlaces()
    {
        const Run out = run({ QStringLiteral("copy"), QStringLiteral("only-one.sqlite") });
        QCOMPARE(out.exitCode, 64);
        QVERIFY(out.err.contains(QLatin1String("copy SOURCE TARGET")));
    }
};

QTEST_GUILESS_MAIN(TestCliCopy)
#include "tst_cli_copy.moc"
