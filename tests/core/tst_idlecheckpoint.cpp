// The write-ahead log is copied into the file when writes pause, not on the commit of a write
// someone is waiting for (a register mark).
#include "TestSupport.h"
#include "database/Database.h"
#include "database/IdleCheckpoint.h"
#include "database/SqlQuery.h"

#include <QFileInfo>
#include <QSignalSpy>
#include <QTest>

using namespace hubreg;

namespace {

// Writes `commits` separate transactions of about five pages each (1,500 pages for 300).
void writeInSeparateCommits(Database &db, int commits)
{
    const QString value(16000, QLatin1Char('x'));
    for (int i = 0; i < commits; ++i)
        db.setSetting(QStringLiteral("test/bulk%1").arg(i), value);
}

qint64 logPages(const Database &db)
{
    SqlQuery pageSize(db, QStringLiteral("PRAGMA page_size"));
    return QFileInfo(db.path() + QStringLiteral("-wal")).size() / (pageSize.scalar().toInt() + 24);
}

} // namespace

class TestIdleCheckpoint : public QObject
{
    Q_OBJECT

private slots:
    void sqliteAloneCheckpointsOnACommit();
    void noCommitCheckpointsWhileWritesGoOn();
    void aPauseCopiesTheLogIntoTheFile();
    void aReadOnlyFileIsLeftAlone();
};

void TestIdleCheckpoint::sqliteAloneCheckpointsOnACommit()
{
    // Without it: SQLite copies the log once it passes 1,000 pages, on the commit that does
    // so, and starts the log again, so it never grows much past that.
    test::TempDatabase temp;
    writeInSeparateCommits(temp.db(), 300);
    QVERIFY2(logPages(temp.db()) < 1100, qPrintable(QString::number(logPages(temp.db()))));
}

void TestIdleCheckpoint::noCommitCheckpointsWhileWritesGoOn()
{
    test::TempDatabase temp;
    IdleCheckpoint idle(temp.db(), 60 * 60 * 1000);
    SqlQuery limit(temp.db(), QStringLiteral("PRAGMA wal_autocheckpoint"));
    QCOMPARE(limit.scalar().toInt(), IdleCheckpoint::kAutoCheckpointPages);
    writeInSeparateCommits(temp.db(), 300);
    // No commit stopped to copy the log: it holds all 1,500 pages.
    QVERIFY2(logPages(temp.db()) > 1200, qPrintable(QString::number(logPages(temp.db()))));
}

void TestIdleCheckpoint::aPauseCopiesTheLogIntoTheFile()
{
    test::TempDatabase temp;
    IdleCheckpoint idle(temp.db(), 10);
    QSignalSpy done(&idle, &IdleCheckpoint::checkpointed);
    writeInSeparateCommits(temp.db(), 300);
    QCOMPARE(done.count(), 0); // no event loop ran: the writes never paused
    QVERIFY(done.wait());
    const int log = done.first().at(0).toInt();
    const int copied = done.first().at(1).toInt();
    QVERIFY2(log > 1200, qPrintable(QString::number(log)));
    QCOMPARE(copied, log);
    // Everything is in the file: the next write starts the log again from its beginning.
    const QString value = temp.db().setting(QStringLiteral("test/bulk299"));
    QCOMPARE(value.size(), 16000);
    SqlQuery again(temp.db(), QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"));
    again.exec();
    QVERIFY(again.next());
    QCOMPARE(again.value(2).toInt(), again.value(1).toInt());
}

void TestIdleCheckpoint::aReadOnlyFileIsLeftAlone()
{
    test::TempDatabase temp;
    const QString path = temp.path();
    temp.close();
    auto db = Database::open(path, Database::Access::ReadOnly);
    IdleCheckpoint idle(*db, 10);
    idle.checkpointNow(); // nothing to do, and no error
    SqlQuery limit(*db, QStringLiteral("PRAGMA wal_autocheckpoint"));
    QCOMPARE(limit.scalar().toInt(), 1000);
}

QTEST_GUILESS_MAIN(TestIdleCheckpoint)
#include "tst_idlecheckpoint.moc"
