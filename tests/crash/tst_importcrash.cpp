#include "TestSupport.h"
#include "database/SqlQuery.h"
#include "demo/ScaleGenerator.h"
#include "import/GiasEstablishmentImporter.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace hubreg;

namespace {

// With the time of the audit trail's entry for the import, which two runs make apart.
const QStringList kStamps = { QStringLiteral("uuid"), QStringLiteral("created_at"),
                              QStringLiteral("updated_at"), QStringLiteral("at") };

// Where a kill was aimed: after this many lines of progress, or after the report (the import
// committed, the program closing the file).
struct Moment
{
    int progressLines = 0;
    bool afterReport = false;
};

QStringList importArguments(const QString &extract, const QString &database)
{
    return { QStringLiteral("import"),
             QStringLiteral("gias"),
             extract,
             QStringLiteral("--database"),
             database,
             QStringLiteral("--progress") };
}

bool copyFile(const QString &from, const QString &to)
{
    for (const QString &suffix :
         { QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral(".lock") })
        QFile::remove(to + suffix);
    return QFile::copy(from, to);
}

} // namespace

// The command-line import killed at any moment (power lost, the program ended) leaves the file
// intact and holding all of the import or none of it: never a part.
class TestImportCrash : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void killedImportLeavesAllOrNothing();

private:
    QTemporaryDir m_dir;
    QString m_extract;
    QString m_before;
    QString m_beforeDump;
    QString m_afterDump; // without the stamps, which differ from run to run
    int m_progressLines = 0;
};

void TestImportCrash::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // The file held: an older extract of the first 1,300 schools with other details. The import:
    // a newer one of 2,600, so it both updates and adds.
    ScaleOptions older;
    older.shareDivisor = 40;
    older.seed = 2;
    ScaleOptions newer;
    newer.shareDivisor = 20;
    const QString olderExtract = m_dir.filePath(QStringLiteral("older.csv"));
    m_extract = m_dir.filePath(QStringLiteral("newer.csv"));
    QVERIFY(ScaleGenerator::writeGiasEstablishments(olderExtract, older));
    QVERIFY(ScaleGenerator::writeGiasEstablishments(m_extract, newer));

    m_before = m_dir.filePath(QStringLiteral("before.sqlite"));
    {
        auto db = Database::open(m_before);
        test::buildSmallWorkGroup(*db);
        const ImportReport report = GiasEstablishmentImporter(*db).run(olderExtract);
        QVERIFY(report.committed);
        QCOMPARE(report.added, 1300);
        m_beforeDump = test::dumpContents(*db);
        db->checkpoint();
    }

    // The whole import, uninterrupted, for the "all of it" state and the number of lines.
    const QString reference = m_dir.filePath(QStringLiteral("reference.sqlite"));
    QVERIFY(copyFile(m_before, reference));
    QProcess process;
    process.start(QStringLiteral(HUBREGISTER_EXECUTABLE), importArguments(m_extract, reference));
    QVERIFY(process.waitForFinished(300000));
    QCOMPARE(process.exitCode(), 0);
    const QByteArray out = process.readAllStandardOutput();
    QVERIFY2(out.contains("1300 added, 1300 updated"), out.constData());
    m_progressLines = int(process.readAllStandardError().count('\n'));
    QVERIFY2(m_progressLines >= 10, "the import reports progress as it goes");
    auto db = Database::open(reference);
    m_afterDump = test::dumpContents(*db, kStamps);
    QVERIFY(m_afterDump != test::dumpContents(*db, {}));
}

void TestImportCrash::killedImportLeavesAllOrNothing()
{
    const QString work = m_dir.filePath(QStringLiteral("work.sqlite"));
    QRandomGenerator random(20241124); // fixed: the same moments on every run
    constexpr int kKills = 24;
    int kills = 0;
    int killsWhileWriting = 0;
    int none = 0;
    int all = 0;
    for (int attempt = 0; kills < kKills && attempt < 3 * kKills; ++attempt) {
        // Mostly while the file is read; now and then once the import has reported success.
        Moment moment;
        moment.afterReport = random.bounded(6u) == 0;
        moment.progressLines = 1 + int(random.bounded(quint32(m_progressLines - 1)));
        QVERIFY(copyFile(m_before, work));

        QProcess process;
        // One stream, in the order written: the progress (standard error), then the report.
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(QStringLiteral(HUBREGISTER_EXECUTABLE), importArguments(m_extract, work));
        QVERIFY(process.waitForStarted());
        QByteArray output;
        int progressLines = 0;
        bool reported = false;
        QByteArray lastLine;
        for (;;) {
            output += process.readAll();
            qsizetype newline;
            while ((newline = output.indexOf('\n')) >= 0) {
                const QByteArray line = output.left(newline);
                output.remove(0, newline + 1);
                if (line.startsWith("checking ") || line.startsWith("importing ")) {
                    ++progressLines;
                    lastLine = line;
                } else {
                    reported = true;
                }
            }
            const bool reached
                = moment.afterReport ? reported : progressLines >= moment.progressLines;
            if (reached || process.state() == QProcess::NotRunning)
                break;
            process.waitForReadyRead(60000);
        }
        process.kill(); // SIGKILL: no handler, no clean-up
        QVERIFY(process.waitForFinished(60000));
        const bool killed = process.exitStatus() == QProcess::CrashExit;

        auto db = Database::open(work);
        QCOMPARE(SqlQuery(*db, QStringLiteral("PRAGMA integrity_check")).scalar().toString(),
                 QStringLiteral("ok"));
        QVERIFY(!SqlQuery(*db, QStringLiteral("PRAGMA foreign_key_check")).scalar().isValid());
        const QString held = test::dumpContents(*db, kStamps);
        const bool isNone = test::dumpContents(*db) == m_beforeDump;
        const bool isAll = held == m_afterDump;
        QVERIFY2(isNone || isAll,
                 qPrintable(QStringLiteral("kill %1 (after “%2”) left part of the import")
                                .arg(attempt)
                                .arg(QString::fromUtf8(lastLine))));
        // Once the report is out, the import was committed: it must survive the kill.
        if (moment.afterReport)
            QVERIFY2(isAll, "a kill after the import reported success lost it");
        if (!killed) {
            // The import ended before the kill came: it is whole, and this moment does not count.
            QVERIFY(isAll);
            continue;
        }
        ++kills;
        // The import reads its file once, writing each row as it is checked into one
        // transaction: from the first line of progress, a kill falls inside it.
        killsWhileWriting += progressLines > 0 ? 1 : 0;
        (isAll ? all : none) += 1;
    }
    QCOMPARE(kills, kKills);
    qInfo("%d kills: %d while writing; %d left all of the import, %d none of it", kills,
          killsWhileWriting, all, none);
    QVERIFY2(killsWhileWriting >= kKills / 4, "enough kills fell inside the write transaction");
}

QTEST_GUILESS_MAIN(TestImportCrash)
#include "tst_importcrash.moc"
