// Change notices that name the records changed, and the models that update just those rows:
// a register mark repaints its own rows, and no list is reset under the person's selection.

#include "GuiTest.h"
#include "common/Workspace.h"
#include "database/SqlQuery.h"
#include "records/AttendanceStore.h"
#include "records/SessionStore.h"
#include "records/WorkGroupStore.h"
#include "register/RegisterGridModel.h"
#include "register/TakeRegisterModel.h"
#include "server/ConnectionBanner.h"
#include "workgroups/WorkGroupTableModel.h"

#include <QLabel>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace hubreg;
using namespace hubreg::ui;

class TestLiveUpdates : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void changesNameTheirRecords();
    void aMarkRepaintsOnlyItsRowsInTheRegisterGrid();
    void aMarkRepaintsOnlyItsRowInTakeRegister();
    void aMarkRepaintsOnlyItsWorkGroupInTheList();
    void noticesAreReadStrictly();
    void aMarkSomeoneElseMakesOnTheServerReachesThisWindow();
    void aLostConnectionIsSaidAndMadeAgain();

private:
    Database &db() { return m_temp->db(); }
    void mark(RecordId session, RecordId participant, AttendanceMark mark);

    std::unique_ptr<test::TempDatabase> m_temp;
    std::unique_ptr<QUndoStack> m_undo;
    std::unique_ptr<Workspace> m_workspace;
    test::SmallWorkGroup m_group;
};

namespace {
// The rows a model reported changed, one entry per row, from its dataChanged signals.
QList<int> rowsReported(const QSignalSpy &spy)
{
    QList<int> rows;
    for (const QList<QVariant> &args : spy) {
        const auto top = args.at(0).value<QModelIndex>();
        const auto bottom = args.at(1).value<QModelIndex>();
        for (int row = top.row(); row <= bottom.row(); ++row)
            rows << row;
    }
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    return rows;
}
} // namespace

void TestLiveUpdates::init()
{
    test::useTestSettings();
    m_temp = std::make_unique<test::TempDatabase>();
    m_group = test::buildSmallWorkGroup(db());
    m_undo = std::make_unique<QUndoStack>();
    m_workspace = std::make_unique<Workspace>(db(), m_undo.get(), nullptr);
}

void TestLiveUpdates::cleanup()
{
    m_workspace.reset();
    m_undo.reset();
    m_temp.reset();
}

void TestLiveUpdates::mark(RecordId session, RecordId participant, AttendanceMark mark)
{
    AttendanceRecord record;
    record.sessionId = session;
    record.participantId = participant;
    record.mark = mark;
    AttendanceStore(db()).setMark(record);
}

void TestLiveUpdates::changesNameTheirRecords()
{
    QList<Change> seen;
    connect(&db(), &Database::changed, this, [&](const Change &change) { seen << change; });
    const RecordId session = m_group.sessions.at(0);
    QCOMPARE(SessionStore(db()).find(session)->status, SessionStatus::Planned);
    mark(session, m_group.participantB1, AttendanceMark::Present);
    const AttendanceRecord made = *AttendanceStore(db()).find(session, m_group.participantB1);

    // The mark, the session it recorded as held: each named, once, after the commit. (The
    // Work Group was running already, so it did not change.)
    QHash<Entity, QList<RecordId>> byKind;
    for (const Change &change : std::as_const(seen)) {
        QVERIFY2(!byKind.contains(change.entity), "one notice per kind of record");
        byKind.insert(change.entity, change.ids);
    }
    QCOMPARE(byKind.value(Entity::AttendanceMark), QList<RecordId> { made.id });
    QCOMPARE(byKind.value(Entity::Session), QList<RecordId> { session });
    QCOMPARE(byKind.size(), 2);

    // A removal names what it removed.
    seen.clear();
    AttendanceStore(db()).clearMark(session, m_group.participantB1);
    QCOMPARE(seen.size(), 1);
    QCOMPARE(seen.first().entity, Entity::AttendanceMark);
    QCOMPARE(seen.first().ids, QList<RecordId> { made.id });

    // A bulk write without ids says so: any of that kind.
    seen.clear();
    db().noteChange(Entity::Person);
    QCOMPARE(seen.size(), 1);
    QVERIFY(seen.first().isWhole());
    QVERIFY(seen.first().touches(m_group.personA1));
}

void TestLiveUpdates::aMarkRepaintsOnlyItsRowsInTheRegisterGrid()
{
    RegisterGridModel grid(*m_workspace, m_group.workGroupId);
    const RecordId session = m_group.sessions.at(0);
    QSignalSpy resets(&grid, &QAbstractItemModel::modelReset);
    QSignalSpy changes(&grid, &QAbstractItemModel::dataChanged);

    // The first mark of a planned session: the session is recorded held as well, so everyone
    // expected at it now shows as not yet marked. Repainted, not reset.
    mark(session, m_group.participantB1, AttendanceMark::Present);
    QCOMPARE(resets.count(), 0);
    const int b1 = grid.rowOfParticipant(m_group.participantB1);
    QVERIFY(rowsReported(changes).contains(b1));
    QCOMPARE(grid.data(grid.index(b1, grid.columnOfSession(session)), Qt::DisplayRole).toString(),
             QStringLiteral("P"));

    // A second mark at the same, now held, session: its own row, its school's and the totals.
    changes.clear();
    mark(session, m_group.participantA1, AttendanceMark::Late);
    QCOMPARE(resets.count(), 0);
    const QList<int> rows = rowsReported(changes);
    const int a1 = grid.rowOfParticipant(m_group.participantA1);
    QVERIFY(rows.contains(a1));
    QVERIFY(rows.contains(a1 - 1)); // school A, above its participants
    QVERIFY(rows.contains(grid.rowCount() - 1)); // all participants
    // The rest look as they did, so they are not repainted.
    QVERIFY(!rows.contains(b1));
    QVERIFY(!rows.contains(grid.rowOfParticipant(m_group.participantA2)));
    QCOMPARE(rows.size(), 3);
}

void TestLiveUpdates::aMarkRepaintsOnlyItsRowInTakeRegister()
{
    TakeRegisterModel model(*m_workspace);
    const RecordId session = m_group.sessions.at(0);
    model.setSession(session);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    mark(session, m_group.participantA2, AttendanceMark::Apologies);
    QCOMPARE(resets.count(), 0);
    QCOMPARE(rowsReported(changes), QList<int> { model.rowOf(m_group.participantA2) });
    QVERIFY(model.markAt(model.rowOf(m_group.participantA2)).has_value());
}

void TestLiveUpdates::aMarkRepaintsOnlyItsWorkGroupInTheList()
{
    WorkGroup other = *WorkGroupStore(db()).find(m_group.workGroupId);
    other.id = 0;
    other.uuid = QUuid();
    other.code = QStringLiteral("TEST-02");
    other.title = QStringLiteral("Another Work Group");
    WorkGroupStore(db()).add(other);

    WorkGroupTableModel list(db());
    list.setQuery(WorkGroupQuery());
    QCOMPARE(list.rowCount(), 2);
    list.countAttendance();
    QSignalSpy resets(&list, &QAbstractItemModel::modelReset);
    QSignalSpy changes(&list, &QAbstractItemModel::dataChanged);
    mark(m_group.sessions.at(0), m_group.participantB1, AttendanceMark::Present);
    QCOMPARE(resets.count(), 0);
    const int row = list.rowOf(m_group.workGroupId);
    QCOMPARE(rowsReported(changes), QList<int> { row });
    // Its sessions held and its attendance, as counted now.
    QCOMPARE(list.workGroupAt(row)->sessionsHeld, 1);
    QCOMPARE(list.workGroupAt(row)->marksAttended, 1);
    QCOMPARE(list.workGroupAt(list.rowOf(other.id))->sessionsHeld, 0);
}

void TestLiveUpdates::noticesAreReadStrictly()
{
    const auto marks = Change::fromNotice(QStringLiteral("AttendanceMark 12,13"));
    QVERIFY(marks);
    QCOMPARE(marks->entity, Entity::AttendanceMark);
    QCOMPARE(marks->ids, (QList<RecordId> { 12, 13 }));
    QVERIFY(marks->byOthers);
    const auto people = Change::fromNotice(QStringLiteral("Person"));
    QVERIFY(people && people->isWhole() && people->entity == Entity::Person);
    // A kind this version does not know, or ids that are not ids, are not guessed at.
    QVERIFY(!Change::fromNotice(QStringLiteral("Audit 1")));
    QVERIFY(!Change::fromNotice(QStringLiteral("Session 1,x")));
    QVERIFY(!Change::fromNotice(QStringLiteral("Session -4")));
    QVERIFY(!Change::fromNotice(QString()));
}

void TestLiveUpdates::aMarkSomeoneElseMakesOnTheServerReachesThisWindow()
{
    if (!db().isServer())
        QSKIP("A file has one writer: the window that wrote it already knows.");
    // A Lead, on another machine, marks a participant on the hub's server.
    const std::unique_ptr<Database> theirs = Database::open(m_temp->path());
    RegisterGridModel grid(*m_workspace, m_group.workGroupId);
    WorkGroupTableModel list(db());
    list.setQuery(WorkGroupQuery());
    const RecordId session = m_group.sessions.at(0);
    AttendanceRecord first;
    first.sessionId = session;
    first.participantId = m_group.participantB1;
    first.mark = AttendanceMark::Present;
    AttendanceStore(*theirs).setMark(first);

    QSignalSpy heard(&db(), &Database::changed);
    QSignalSpy gridResets(&grid, &QAbstractItemModel::modelReset);
    QSignalSpy listResets(&list, &QAbstractItemModel::modelReset);
    // Their notices arrive as the event loop runs, the mark's among them.
    const auto heardMark = [&] {
        for (const QList<QVariant> &args : heard) {
            const auto change = args.at(0).value<Change>();
            if (change.entity == Entity::AttendanceMark && change.byOthers)
                return true;
        }
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(heardMark(), 30000);
    QTRY_COMPARE(grid.data(grid.index(grid.rowOfParticipant(m_group.participantB1),
                                      grid.columnOfSession(session)),
                           Qt::DisplayRole)
                     .toString(),
                 QStringLiteral("P"));
    QCOMPARE(gridResets.count(), 0);
    QCOMPARE(listResets.count(), 0);
    QCOMPARE(list.workGroupAt(list.rowOf(m_group.workGroupId))->sessionsHeld, 1);

    // A second mark: only its own rows are repainted here.
    QSignalSpy changes(&grid, &QAbstractItemModel::dataChanged);
    heard.clear();
    AttendanceRecord second = first;
    second.participantId = m_group.participantA1;
    second.mark = AttendanceMark::Late;
    AttendanceStore(*theirs).setMark(second);
    QTRY_VERIFY_WITH_TIMEOUT(heardMark(), 30000);
    const QList<int> rows = rowsReported(changes);
    QVERIFY(rows.contains(grid.rowOfParticipant(m_group.participantA1)));
    QVERIFY(!rows.contains(grid.rowOfParticipant(m_group.participantB1)));
    QCOMPARE(gridResets.count(), 0);

    // This program's own writes are not heard back as someone else's. The server passes
    // notices on in the order they were committed, so once theirs, committed after, is
    // heard, this program's own would have been too.
    heard.clear();
    mark(session, m_group.participantA2, AttendanceMark::Absent);
    const RecordId own = AttendanceStore(db()).find(session, m_group.participantA2)->id;
    AttendanceRecord third = first;
    third.sessionId = m_group.sessions.at(1);
    AttendanceStore(*theirs).setMark(third);
    const RecordId theirId = AttendanceStore(db()).find(third.sessionId, third.participantId)->id;
    const auto heardFromThem = [&](RecordId id) {
        for (const QList<QVariant> &args : std::as_const(heard)) {
            const auto change = args.at(0).value<Change>();
            if (change.byOthers && change.entity == Entity::AttendanceMark
                && change.ids.contains(id))
                return true;
        }
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(heardFromThem(theirId), 30000);
    QVERIFY(!heardFromThem(own));
}

void TestLiveUpdates::aLostConnectionIsSaidAndMadeAgain()
{
    if (!db().isServer())
        QSKIP("A file's connection is not lost.");
    ConnectionBanner banner;
    // The idle check only when asked; tries at once, with no pause between them.
    banner.setPauses(3600000, 0, 0);
    banner.watch(&db());
    QVERIFY(banner.isHidden());
    QSignalSpy reconnected(&banner, &ConnectionBanner::reconnected);

    // The server ends this program's session (a restart, its administrator).
    const std::unique_ptr<Database> theirs = Database::open(m_temp->path());
    SqlQuery end(*theirs, QStringLiteral("SELECT pg_terminate_backend(:pid)"));
    end.bind(QStringLiteral(":pid"),
             SqlQuery(db(), QStringLiteral("SELECT pg_backend_pid()")).scalar());
    QVERIFY(end.scalar().toBool());

    banner.checkNow();
    QVERIFY(db().isConnectionLost());
    QVERIFY(!banner.isHidden());
    const auto *text = banner.findChild<QLabel *>(QStringLiteral("connectionBannerLabel"));
    QVERIFY2(text->text().contains(QStringLiteral("was lost")), qPrintable(text->text()));

    // It tries again by itself, connects, and goes.
    QTRY_COMPARE_WITH_TIMEOUT(reconnected.count(), 1, 30000);
    QVERIFY(banner.isHidden());
    QVERIFY(!db().isConnectionLost());
    QVERIFY(SqlQuery(db(), QStringLiteral("SELECT 1")).scalar().toBool());
}

QTEST_MAIN(TestLiveUpdates)
#include "tst_liveupdates.moc"
