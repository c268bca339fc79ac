// A hub server's connection lost and made again: the loss is noticed, nothing is written
// while it lasts (every query refused at once, nothing half-written or written twice), and
// reconnecting brings back queries and others' change notices.
// Runs only as tst_serverreconnect_pgsql, against the test server.
#include "TestSupport.h"
#include "database/SqlQuery.h"
#include "database/StoreError.h"
#include "records/AttendanceStore.h"
#include "records/PersonStore.h"

#include <QSignalSpy>
#include <QTest>

using namespace hubreg;

class TestServerReconnect : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void aLostConnectionRefusesEveryQueryUntilReconnected();
    void anIdleCheckFindsTheLoss();
    void othersChangesAreHeardAgainAfterReconnecting();

private:
    Database &mine() { return m_temp->db(); }
    // Ends this program's session on the server, as its administrator or a restart would.
    void endMySession();

    std::unique_ptr<test::TempDatabase> m_temp;
    std::unique_ptr<Database> m_theirs;
    test::SmallWorkGroup m_group;
};

void TestServerReconnect::init()
{
    m_temp = std::make_unique<test::TempDatabase>();
    if (!mine().isServer())
        QSKIP("A file's connection is not lost.");
    m_group = test::buildSmallWorkGroup(mine());
    m_theirs = Database::open(m_temp->path());
}

void TestServerReconnect::cleanup()
{
    m_theirs.reset();
    m_temp.reset();
}

void TestServerReconnect::endMySession()
{
    const qint64 pid
        = SqlQuery(mine(), QStringLiteral("SELECT pg_backend_pid()")).scalar().toLongLong();
    SqlQuery end(*m_theirs, QStringLiteral("SELECT pg_terminate_backend(:pid)"));
    end.bind(QStringLiteral(":pid"), pid);
    QVERIFY(end.scalar().toBool());
}

void TestServerReconnect::aLostConnectionRefusesEveryQueryUntilReconnected()
{
    QSignalSpy lost(&mine(), &Database::connectionLost);
    QSignalSpy restored(&mine(), &Database::connectionRestored);
    endMySession();
    Person edit = *PersonStore(*m_theirs).find(m_group.personA1);
    edit.phone = QStringLiteral("0114 496 0777");

    // The first write meets the loss: refused, and the connection known lost.
    QVERIFY_THROWS_EXCEPTION(StoreError, PersonStore(mine()).update(edit));
    QVERIFY(mine().isConnectionLost());
    QCOMPARE(lost.count(), 1);
    // Every later query is refused at once, in words for people.
    try {
        PersonStore(mine()).find(m_group.personA1);
        QFAIL("A read went through a lost connection.");
    } catch (const StoreError &error) {
        QCOMPARE(error.kind(), StoreError::Kind::Io);
        QVERIFY2(error.message().contains(QStringLiteral("trying to connect again")),
                 qPrintable(error.message()));
    }
    QCOMPARE(lost.count(), 1);
    // Nothing was written.
    QVERIFY(PersonStore(*m_theirs).find(m_group.personA1)->phone != edit.phone);

    mine().reconnect();
    QVERIFY(!mine().isConnectionLost());
    QCOMPARE(restored.count(), 1);
    // The same edit, made again by the person, is written once.
    const int basedOn = edit.version;
    PersonStore(mine()).update(edit);
    const Person stored = *PersonStore(*m_theirs).find(m_group.personA1);
    QCOMPARE(stored.phone, edit.phone);
    QCOMPARE(stored.version, basedOn + 1);
}

void TestServerReconnect::anIdleCheckFindsTheLoss()
{
    QVERIFY(mine().checkConnection());
    QVERIFY(!mine().isConnectionLost());
    endMySession();
    QSignalSpy lost(&mine(), &Database::connectionLost);
    QVERIFY(!mine().checkConnection());
    QCOMPARE(lost.count(), 1);
    // An error of the record's own (not the connection's) is not taken for a loss.
    mine().reconnect();
    Person stale = *PersonStore(mine()).find(m_group.personA1);
    Person theirEdit = *PersonStore(*m_theirs).find(m_group.personA1);
    PersonStore(*m_theirs).update(theirEdit);
    QVERIFY_THROWS_EXCEPTION(StoreError, PersonStore(mine()).update(stale));
    QVERIFY(!mine().isConnectionLost());
}

void TestServerReconnect::othersChangesAreHeardAgainAfterReconnecting()
{
    endMySession();
    QVERIFY(!mine().checkConnection());
    QSignalSpy heard(&mine(), &Database::changed);
    mine().reconnect();
    // At once: every kind of record, to be read again, as what came meanwhile was missed.
    bool marksWhole = false;
    for (const QList<QVariant> &args : std::as_const(heard)) {
        const auto change = args.at(0).value<Change>();
        marksWhole = marksWhole || (change.entity == Entity::AttendanceMark && change.isWhole());
    }
    QVERIFY(marksWhole);

    // Then their notices, as before the loss.
    heard.clear();
    AttendanceRecord mark;
    mark.sessionId = m_group.sessions.at(0);
    mark.participantId = m_group.participantA1;
    mark.mark = AttendanceMark::Present;
    const RecordId made = AttendanceStore(*m_theirs).setMark(mark).id;
    const auto heardIt = [&] {
        for (const QList<QVariant> &args : std::as_const(heard)) {
            const auto change = args.at(0).value<Change>();
            if (change.byOthers && change.ids.contains(made))
                return true;
        }
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(heardIt(), 30000);
}

QTEST_GUILESS_MAIN(TestServerReconnect)
#include "tst_serverreconnect.moc"
