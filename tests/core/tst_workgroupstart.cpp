// A Work Group has started once one of its sessions is held: planned or recruiting, it becomes
// running, whichever way the session became held; and undo's side puts it back only while
// nothing of it is held.
#include "StoreTestHelpers.h"
#include "TestSupport.h"
#include "records/AttendanceStore.h"
#include "records/SessionStore.h"
#include "records/WorkGroupStore.h"

#include <QSignalSpy>
#include <QTest>

using namespace hubreg;

namespace {
WorkGroupStatus statusOf(Database &db, RecordId workGroupId)
{
    return WorkGroupStore(db).find(workGroupId)->status;
}

void setStatus(Database &db, RecordId workGroupId, WorkGroupStatus status)
{
    WorkGroup wg = *WorkGroupStore(db).find(workGroupId);
    wg.status = status;
    WorkGroupStore(db).update(wg);
}

void mark(Database &db, RecordId session, RecordId participant)
{
    AttendanceRecord r;
    r.sessionId = session;
    r.participantId = participant;
    r.mark = AttendanceMark::Present;
    AttendanceStore(db).setMark(r);
}
} // namespace

class TestWorkGroupStart : public QObject
{
    Q_OBJECT

private slots:
    void firstMarkStartsAPlannedGroup_data();
    void firstMarkStartsAPlannedGroup();
    void aSessionMadeHeldByHandStartsItToo();
    void undoPutsTheStatusBackOnlyWhenNothingIsHeld();
    void runningIsNotPutBackToAnythingElse();
};

void TestWorkGroupStart::firstMarkStartsAPlannedGroup_data()
{
    using S = WorkGroupStatus;
    QTest::addColumn<int>("beforeValue");
    QTest::addColumn<int>("afterValue");
    QTest::newRow("planned") << int(S::Planned) << int(S::Running);
    QTest::newRow("recruiting") << int(S::Recruiting) << int(S::Running);
    QTest::newRow("running") << int(S::Running) << int(S::Running);
    QTest::newRow("completed stays") << int(S::Completed) << int(S::Completed);
    QTest::newRow("cancelled stays") << int(S::Cancelled) << int(S::Cancelled);
}

void TestWorkGroupStart::firstMarkStartsAPlannedGroup()
{
    QFETCH(int, beforeValue);
    QFETCH(int, afterValue);
    const auto before = WorkGroupStatus(beforeValue);
    const auto after = WorkGroupStatus(afterValue);
    test::TempDatabase temp;
    const test::SmallWorkGroup w = test::buildSmallWorkGroup(temp.db());
    setStatus(temp.db(), w.workGroupId, before);
    QSignalSpy changes(&temp.db(), &Database::changed);
    mark(temp.db(), w.sessions.at(0), w.participantA1);
    QCOMPARE(SessionStore(temp.db()).find(w.sessions.at(0))->status, SessionStatus::Held);
    QCOMPARE(statusOf(temp.db(), w.workGroupId), after);
    bool workGroupChanged = false;
    for (const QList<QVariant> &args : changes)
        workGroupChanged
            = workGroupChanged || args.at(0).value<Change>().entity == Entity::WorkGroup;
    QCOMPARE(workGroupChanged, before != after);
}

void TestWorkGroupStart::aSessionMadeHeldByHandStartsItToo()
{
    test::TempDatabase temp;
    const test::SmallWorkGroup w = test::buildSmallWorkGroup(temp.db());
    setStatus(temp.db(), w.workGroupId, WorkGroupStatus::Planned);
    SessionStore sessions(temp.db());
    sessions.setStatus(w.sessions.at(1), SessionStatus::Cancelled);
    QCOMPARE(statusOf(temp.db(), w.workGroupId), WorkGroupStatus::Planned);
    sessions.setStatus(w.sessions.at(0), SessionStatus::Held);
    QCOMPARE(statusOf(temp.db(), w.workGroupId), WorkGroupStatus::Running);
}

void TestWorkGroupStart::undoPutsTheStatusBackOnlyWhenNothingIsHeld()
{
    test::TempDatabase temp;
    const test::SmallWorkGroup w = test::buildSmallWorkGroup(temp.db());
    setStatus(temp.db(), w.workGroupId, WorkGroupStatus::Recruiting);
    mark(temp.db(), w.sessions.at(0), w.participantA1);
    mark(temp.db(), w.sessions.at(1), w.participantA1);
    WorkGroupStore groups(temp.db());
    SessionStore sessions(temp.db());
    // Undoing the second session's register: the first is still held.
    AttendanceStore(temp.db()).clearMark(w.sessions.at(1), w.participantA1);
    sessions.setStatus(w.sessions.at(1), SessionStatus::Planned);
    groups.restoreBeforeStart(w.workGroupId, WorkGroupStatus::Recruiting);
    QCOMPARE(statusOf(temp.db(), w.workGroupId), WorkGroupStatus::Running);
    // And the first: nothing is held any more.
    AttendanceStore(temp.db()).clearMark(w.sessions.at(0), w.participantA1);
    sessions.setStatus(w.sessions.at(0), SessionStatus::Planned);
    groups.restoreBeforeStart(w.workGroupId, WorkGroupStatus::Recruiting);
    QCOMPARE(statusOf(temp.db(), w.workGroupId), WorkGroupStatus::Recruiting);
}

void TestWorkGroupStart::runningIsNotPutBackToAnythingElse()
{
    test::TempDatabase temp;
    const test::SmallWorkGroup w = test::buildSmallWorkGroup(temp.db());
    // A group the administrator set running by hand stays running; so does one set completed.
    WorkGroupStore(temp.db()).restoreBeforeStart(w.workGroupId, WorkGroupStatus::Running);
    QCOMPARE(statusOf(temp.db(), w.workGroupId), WorkGroupStatus::Running);
    WorkGroupStore(temp.db()).restoreBeforeStart(w.workGroupId, WorkGroupStatus::Completed);
    QCOMPARE(statusOf(temp.db(), w.workGroupId), WorkGroupStatus::Running);
    setStatus(temp.db(), w.workGroupId, WorkGroupStatus::Completed);
    WorkGroupStore(temp.db()).restoreBeforeStart(w.workGroupId, WorkGroupStatus::Planned);
    QCOMPARE(statusOf(temp.db(), w.workGroupId), WorkGroupStatus::Completed);
}

QTEST_GUILESS_MAIN(TestWorkGroupStart)
#include "tst_workgroupstart.moc"
