#include "ExchangeTestHelpers.h"
#include "PlainConnection.h"
#include "database/Transaction.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QTest>

using namespace hubreg;
using namespace hubreg::test;

namespace {

// Written at different moments from run to run.
const QStringList kStamps { QStringLiteral("created_at"), QStringLiteral("updated_at"),
                            QStringLiteral("at"), QStringLiteral("deleted_at"),
                            QStringLiteral("last_exchange_at") };

QStringList mergeArguments(const QString &pack, const QString &database)
{
    return { QStringLiteral("merge"),
             pack,
             QStringLiteral("--theirs"),
             QStringLiteral("--confirm-deletions"),
             QStringLiteral("--progress"),
             QStringLiteral("--database"),
             database };
}

bool copyFile(const QString &from, const QString &to)
{
    for (const QString &suffix :
         { QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral(".lock") })
        QFile::remove(to + suffix);
    return QFile::copy(from, to);
}

// A fresh copy of the hub `from` (closed) to merge into: the file `file`, or in the suite's
// server run a new database on the test server. Returns where it is, or an empty string.
QString freshCopy(const QString &from, const QString &file)
{
    if (testserver::inUse())
        return cloneServerDatabase(from);
    return copyFile(from, file) ? file : QString();
}

void dropCopy(const QString &location)
{
    if (testserver::inUse())
        testserver::dropDatabase(location);
}

QProcessEnvironment environment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HUBREGISTER_PASSPHRASE"), kHubPassphrase);
    return env;
}

} // namespace

// The hub's import of a Lead's return, killed at any moment (power lost, the program ended),
// leaves the file intact and holding all of the merge or none of it: never a part.
class TestMergeCrash : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void killedMergeLeavesAllOrNothing();
    void cleanupTestCase();

private:
    QTemporaryDir m_dir;
    QString m_pack;
    QString m_before;
    QString m_beforeDump;
    QString m_afterDump;
    int m_progressLines = 0;
};

void TestMergeCrash::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // A Work Group of a hundred participants and twelve sessions, every register taken at the
    // Lead's, some sessions moved and one participant gone: a return of about 1,300 records.
    ExchangeSides sides;
    {
        Database &hub = *sides.hub;
        Transaction transaction(hub);
        PersonStore people(hub);
        WorkGroupStore groups(hub);
        for (int i = 0; i < 100; ++i) {
            Person person;
            person.firstName = QStringLiteral("Pat");
            person.lastName = QStringLiteral("Number %1").arg(i);
            person.email = QStringLiteral("pat.%1@example.org").arg(i);
            person.schoolId = i % 2 ? sides.w.schoolA : sides.w.schoolB;
            people.add(person);
            ParticipantEnrolment enrolment;
            enrolment.workGroupId = sides.w.workGroupId;
            enrolment.personId = person.id;
            groups.enrolParticipant(enrolment);
        }
        for (int i = 0; i < 8; ++i) {
            Session session;
            session.workGroupId = sides.w.workGroupId;
            session.date = QDate(2025, 2, 3).addDays(14 * i);
            SessionStore(hub).add(session);
        }
        transaction.commit();
    }
    sides.startExchange();
    {
        Database &lead = *sides.lead;
        Transaction transaction(lead);
        const RecordId group = sides.inLead(QStringLiteral("work_groups"), sides.w.workGroupId);
        const QList<Session> sessions = SessionStore(lead).list(group);
        const QList<ParticipantListing> participants = WorkGroupStore(lead).participants(group);
        for (const Session &session : sessions)
            for (const ParticipantListing &participant : participants) {
                AttendanceRecord mark;
                mark.sessionId = session.id;
                mark.participantId = participant.enrolment.id;
                mark.mark = participant.enrolment.id % 5 ? AttendanceMark::Present
                                                         : AttendanceMark::Apologies;
                AttendanceStore(lead).setMark(mark);
            }
        for (int i = 4; i < sessions.size(); i += 3) {
            // Read again: taking its register recorded the session held since it was listed.
            Session moved = *SessionStore(lead).find(sessions.at(i).id);
            moved.venue = QStringLiteral("Moved to the hall");
            SessionStore(lead).update(moved);
        }
        transaction.commit();
    }
    m_pack = m_dir.filePath(QStringLiteral("return.hubpack"));
    QVERIFY(QFile::copy(sides.sendToHub(), m_pack));
    sides.hub->checkpoint();
    sides.lead.reset();
    sides.hub.reset();
    m_before = freshCopy(sides.hubPath, m_dir.filePath(QStringLiteral("before.sqlite")));
    QVERIFY(!m_before.isEmpty());
    {
        auto db = Database::open(m_before);
        m_beforeDump = dumpContents(*db);
    }

    // The whole merge, uninterrupted: the "all of it" state, and how many lines it reports.
    const QString reference
        = freshCopy(m_before, m_dir.filePath(QStringLiteral("reference.sqlite")));
    QVERIFY(!reference.isEmpty());
    QProcess process;
    process.setProcessEnvironment(environment());
    process.start(QStringLiteral(HUBREGISTER_EXECUTABLE), mergeArguments(m_pack, reference));
    QVERIFY(process.waitForFinished(300000));
    const QByteArray out = process.readAllStandardOutput();
    QVERIFY2(process.exitCode() == 0, out.constData());
    QVERIFY2(out.contains(" added"), out.constData());
    m_progressLines = int(process.readAllStandardError().count("merging "));
    QVERIFY2(m_progressLines >= 1000, "the merge reports each record it writes");
    {
        auto db = Database::open(reference);
        m_afterDump = dumpContents(*db, kStamps);
    }
    dropCopy(reference);
    QVERIFY(m_afterDump.size() > m_beforeDump.size());
}

void TestMergeCrash::cleanupTestCase()
{
    dropCopy(m_before);
}

void TestMergeCrash::killedMergeLeavesAllOrNothing()
{
    const QString workFile = m_dir.filePath(QStringLiteral("work.sqlite"));
    QRandomGenerator random(20241105); // fixed: the same moments on every run
    constexpr int kKills = 24;
    int kills = 0;
    int killsWhileWriting = 0;
    int none = 0;
    int all = 0;
    for (int attempt = 0; kills < kKills && attempt < 3 * kKills; ++attempt) {
        // Mostly while records are written; now and then once the report is out.
        const bool afterReport = random.bounded(6u) == 0;
        const int moment = 1 + int(random.bounded(quint32(m_progressLines - 1)));
        const QString work = freshCopy(m_before, workFile);
        QVERIFY(!work.isEmpty());

        QProcess process;
        process.setProcessEnvironment(environment());
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(QStringLiteral(HUBREGISTER_EXECUTABLE), mergeArguments(m_pack, work));
        QVERIFY(process.waitForStarted());
        QByteArray output;
        int lines = 0;
        bool reported = false;
        QByteArray said; // everything but the progress
        for (;;) {
            output += process.readAll();
            qsizetype newline;
            while ((newline = output.indexOf('\n')) >= 0) {
                const QByteArray line = output.left(newline);
                output.remove(0, newline + 1);
                if (line.startsWith("merging ")) {
                    ++lines; // each within the merge's one transaction
                } else {
                    said += line + '\n';
                    reported = reported || line.contains(".hubpack:");
                }
            }
            const bool reached = afterReport ? reported : lines >= moment;
            if (reached || process.state() == QProcess::NotRunning)
                break;
            process.waitForReadyRead(60000);
        }
        if (process.state() != QProcess::NotRunning) {
            process.kill(); // SIGKILL: no handler, no clean-up
            QVERIFY(process.waitForFinished(60000));
        }
        const bool killed = process.exitStatus() == QProcess::CrashExit;

        bool isNone = false;
        bool isAll = false;
        {
            auto db = Database::open(work);
            // A server checks its own pages and every reference as it writes.
            if (!db->isServer()) {
                QCOMPARE(
                    SqlQuery(*db, QStringLiteral("PRAGMA integrity_check")).scalar().toString(),
                    QStringLiteral("ok"));
                QVERIFY(
                    !SqlQuery(*db, QStringLiteral("PRAGMA foreign_key_check")).scalar().isValid());
            }
            isNone = dumpContents(*db) == m_beforeDump;
            isAll = dumpContents(*db, kStamps) == m_afterDump;
        }
        dropCopy(work);
        QVERIFY2(isNone || isAll,
                 qPrintable(QStringLiteral("kill %1 (after %2 lines) left part of the merge")
                                .arg(attempt)
                                .arg(lines)));
        if (afterReport)
            QVERIFY2(isAll, "a kill after the merge reported success lost it");
        if (!killed) {
            QVERIFY2(isAll,
                     qPrintable(QStringLiteral("exit %1 after %2 lines: %3")
                                    .arg(process.exitCode())
                                    .arg(lines)
                                    .arg(QString::fromUtf8(said + output + process.readAll()))));
            continue;
        }
        ++kills;
        killsWhileWriting += lines > 0 && !reported ? 1 : 0;
        (isAll ? all : none) += 1;
    }
    QCOMPARE(kills, kKills);
    qInfo("%d kills: %d while writing; %d left all of the merge, %d none of it", kills,
          killsWhileWriting, all, none);
    QVERIFY2(killsWhileWriting >= kKills / 4, "enough kills fell inside the write transaction");
}

QTEST_GUILESS_MAIN(TestMergeCrash)
#include "tst_mergecrash.moc"
