// The Work Groups list reads only what its first screen shows while the window opens: the Lead
// filter's names when the filter is first reached for, and the rows' attendance once the rows
// are on show, filled in place.
#include "GuiTest.h"
#include "common/OnDemandComboBox.h"
#include "records/AttendanceStore.h"
#include "records/PersonStore.h"
#include "records/SessionStore.h"
#include "workgroups/WorkGroupTableModel.h"
#include "workgroups/WorkGroupsPage.h"

#include <QComboBox>
#include <QHeaderView>
#include <QSignalSpy>
#include <QTableView>

#include <tuple>

using namespace hubreg;
using namespace hubreg::ui;

namespace {
// Two Work Groups of 2024/25: TEST-01 led by Lee Lead, with two registers (expected 6,
// attended 2: 33%), and TEST-02 led by Zoe Abbott, with none.
struct ListData
{
    test::SmallWorkGroup w;
    RecordId leeLead = 0;
    RecordId zoeAbbott = 0;
    RecordId secondGroup = 0;
};

RecordId addLead(Database &db, const QString &first, const QString &last)
{
    Person p;
    p.firstName = first;
    p.lastName = last;
    p.email = first.toLower() + QStringLiteral("@example.org");
    PersonStore(db).add(p);
    return p.id;
}

void fill(Database &db, ListData &data)
{
    data.w = test::buildSmallWorkGroup(db);
    data.leeLead = addLead(db, QStringLiteral("Lee"), QStringLiteral("Lead"));
    data.zoeAbbott = addLead(db, QStringLiteral("Zoe"), QStringLiteral("Abbott"));
    // Someone who leads nothing is not offered.
    addLead(db, QStringLiteral("Nell"), QStringLiteral("Nobody"));
    WorkGroupStore groups(db);
    WorkGroup first = *groups.find(data.w.workGroupId);
    first.leadPersonId = data.leeLead;
    groups.update(first);
    WorkGroup second = first;
    second.id = 0;
    second.uuid = QUuid();
    second.code = QStringLiteral("TEST-02");
    second.leadPersonId = data.zoeAbbott;
    groups.add(second);
    data.secondGroup = second.id;
    // Session 1: present, late, absent; session 2: apologies, and two unrecorded but expected.
    AttendanceStore attendance(db);
    const QList<std::tuple<int, RecordId, AttendanceMark>> marks
        = { { 0, data.w.participantA1, AttendanceMark::Present },
            { 0, data.w.participantA2, AttendanceMark::Late },
            { 0, data.w.participantB1, AttendanceMark::Absent },
            { 1, data.w.participantA1, AttendanceMark::Apologies } };
    for (const auto &[session, participant, code] : marks) {
        AttendanceRecord mark;
        mark.sessionId = data.w.sessions.at(session);
        mark.participantId = participant;
        mark.mark = code;
        attendance.setMark(mark);
    }
}

// Notes whether the Work Group's attendance had been counted when the list was first painted.
class FirstPaintWatch : public QObject
{
public:
    FirstPaintWatch(QWidget *viewport, const WorkGroupTableModel *model, int row)
        : QObject(viewport)
        , m_model(model)
        , m_row(row)
    {
        viewport->installEventFilter(this);
    }

    bool painted = false;
    bool countedThen = false;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !painted) {
            painted = true;
            countedThen = m_model->workGroupAt(m_row)->attendanceCounted;
        }
        return QObject::eventFilter(watched, event);
    }

private:
    const WorkGroupTableModel *m_model;
    int m_row;
};

QStringList itemsOf(const QComboBox *box)
{
    QStringList items;
    for (int i = 0; i < box->count(); ++i)
        items << box->itemText(i);
    return items;
}
} // namespace

class TestWorkGroupList : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::useTestSettings(); }
    void leadFilterIsReadWhenFirstReachedFor();
    void leadFilterOpenedByItsListIsFilled();
    void attendanceIsFilledInOnceTheRowsAreShown();
    void theFirstScreenIsPaintedBeforeItsAttendanceIsCounted();
};

void TestWorkGroupList::leadFilterIsReadWhenFirstReachedFor()
{
    ListData data;
    test::WindowFixture fixture([&](Database &db) { fill(db, data); });
    WorkGroupsPage *page = fixture.window().workGroupsPage();
    auto *lead = test::child<QComboBox>(page, QStringLiteral("workGroupLeadComboBox"));
    auto *programme = test::child<QComboBox>(page, QStringLiteral("workGroupProgrammeComboBox"));
    QVERIFY(lead && programme);
    QCOMPARE(page->model()->rowCount(), 2);
    // Shown, but not yet reached for: only its first item, chosen.
    QCOMPARE(itemsOf(lead), QStringList(QStringLiteral("All Leads")));
    // A change to people before then reads nothing either.
    fixture.db().noteChange(Entity::Person);
    QCOMPARE(lead->count(), 1);

    // Tab from the programme filter: the Leads, by last name, and "All Leads" still chosen.
    programme->setFocus(Qt::TabFocusReason);
    QTest::keyClick(programme, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), lead);
    QCOMPARE(itemsOf(lead),
             QStringList({ QStringLiteral("All Leads"), QStringLiteral("Zoe Abbott"),
                           QStringLiteral("Lee Lead") }));
    QCOMPARE(lead->currentIndex(), 0);
    QCOMPARE(page->model()->rowCount(), 2);

    // Type-ahead on the closed box chooses a Lead and filters the list.
    QTest::keyClicks(lead, QStringLiteral("Lee"));
    QCOMPARE(lead->currentData().toLongLong(), data.leeLead);
    QCOMPARE(page->model()->rowCount(), 1);
    QCOMPARE(page->model()->workGroupAt(0)->workGroup.id, data.w.workGroupId);

    // Once read, the list follows changes to people and keeps the Lead chosen.
    Person renamed = *PersonStore(fixture.db()).find(data.leeLead);
    renamed.lastName = QStringLiteral("Leader");
    PersonStore(fixture.db()).update(renamed);
    QCOMPARE(lead->currentText(), QStringLiteral("Lee Leader"));
    QCOMPARE(lead->currentData().toLongLong(), data.leeLead);
    QCOMPARE(lead->count(), 3);
    QCOMPARE(page->model()->rowCount(), 1);
}

void TestWorkGroupList::leadFilterOpenedByItsListIsFilled()
{
    ListData data;
    test::WindowFixture fixture([&](Database &db) { fill(db, data); });
    auto *lead = test::child<OnDemandComboBox>(fixture.window().workGroupsPage(),
                                               QStringLiteral("workGroupLeadComboBox"));
    QVERIFY(lead);
    QVERIFY(!lead->isFilled());
    lead->showPopup();
    QVERIFY(lead->isFilled());
    QCOMPARE(lead->count(), 3);
    QCOMPARE(lead->findData(data.zoeAbbott), 1);
    lead->hidePopup();
}

void TestWorkGroupList::attendanceIsFilledInOnceTheRowsAreShown()
{
    ListData data;
    test::WindowFixture fixture([&](Database &db) { fill(db, data); });
    WorkGroupTableModel *model = fixture.window().workGroupsPage()->model();
    QTableView *table = fixture.window().workGroupsPage()->table();
    QCOMPARE(model->rowCount(), 2);
    const int first = model->rowOf(data.w.workGroupId);
    const int second = model->rowOf(data.secondGroup);
    QVERIFY(first >= 0 && second >= 0);
    const QModelIndex figure = model->index(first, WorkGroupTableModel::Attendance);
    const QModelIndex none = model->index(second, WorkGroupTableModel::Attendance);
    // The window has been shown: the figures are there.
    QTRY_COMPARE(figure.data().toString(), QStringLiteral("33%"));

    // Read again (a filter, or a change), the rows come first, their attendance unknown, not 0%.
    QSignalSpy resets(model, &QAbstractItemModel::modelReset);
    QSignalSpy changes(model, &QAbstractItemModel::dataChanged);
    model->reload();
    QCOMPARE(resets.count(), 1);
    QCOMPARE(model->workGroupAt(first)->attendanceCounted, false);
    QCOMPARE(model->index(first, WorkGroupTableModel::Sessions).data().toString(),
             QStringLiteral("2 of 4"));
    QCOMPARE(figure.data().toString(), QStringLiteral("…"));
    QVERIFY(!figure.data(Qt::ToolTipRole).isValid());
    QCOMPARE(figure.data(Qt::AccessibleTextRole).toString(), QStringLiteral("being counted"));

    // Asked for (as the view's paint asks), it is counted and the rows are updated in place,
    // without a reset.
    table->viewport()->update();
    QTRY_COMPARE(figure.data().toString(), QStringLiteral("33%"));
    QCOMPARE(resets.count(), 1);
    QCOMPARE(changes.count(), 1);
    const QModelIndex topLeft = changes.at(0).at(0).value<QModelIndex>();
    const QModelIndex bottomRight = changes.at(0).at(1).value<QModelIndex>();
    QCOMPARE(topLeft.column(), int(WorkGroupTableModel::Attendance));
    QCOMPARE(bottomRight.column(), int(WorkGroupTableModel::Attendance));
    QCOMPARE(topLeft.row(), 0);
    QCOMPARE(bottomRight.row(), 1);
    QCOMPARE(figure.data(Qt::ToolTipRole).toString(),
             QStringLiteral("2 attendances of 6 expected"));
    QCOMPARE(figure.data(WorkGroupTableModel::SortRole).toDouble(), 2.0 / 6.0);
    QVERIFY(!figure.data(Qt::AccessibleTextRole).isValid()); // the figure itself is read out
    // No register yet: blank, as before.
    QCOMPARE(none.data().toString(), QString());
    QCOMPARE(model->workGroupAt(second)->marksExpected, 0);

    // Counting again finds nothing left to count.
    model->countAttendance();
    QCOMPARE(changes.count(), 1);
}

void TestWorkGroupList::theFirstScreenIsPaintedBeforeItsAttendanceIsCounted()
{
    // The window as a first start opens it, wide enough for every column, watched from before
    // it is shown.
    QTemporaryDir dir;
    FixedClock clock(QDateTime(QDate(2024, 10, 1), QTime(9, 0), Qt::UTC));
    ListData data;
    auto db = Database::open(dir.filePath(QStringLiteral("list.sqlite")));
    db->setClock(&clock);
    fill(*db, data);
    QSettings().clear();
    MainWindow window(std::move(db));
    window.resize(1400, 800);
    WorkGroupsPage *page = window.workGroupsPage();
    WorkGroupTableModel *model = page->model();
    const int first = model->rowOf(data.w.workGroupId);
    QVERIFY(first >= 0);
    const FirstPaintWatch *watch = new FirstPaintWatch(page->table()->viewport(), model, first);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // Fitting the columns as the list was shown did not ask for the count, so the rows were
    // painted without waiting for it ("…"), and it was counted after.
    QTRY_VERIFY(watch->painted);
    QCOMPARE(watch->countedThen, false);
    const QModelIndex figure = model->index(first, WorkGroupTableModel::Attendance);
    QTRY_COMPARE(figure.data().toString(), QStringLiteral("33%"));
    // The column is as wide as its heading, and its figures fit.
    const QHeaderView *header = page->table()->horizontalHeader();
    QVERIFY(header->sectionSize(WorkGroupTableModel::Attendance)
            >= header->sectionSizeHint(WorkGroupTableModel::Attendance));
    QVERIFY(header->sectionSize(WorkGroupTableModel::Attendance)
            >= static_cast<const QAbstractItemView *>(page->table())
                   ->sizeHintForColumn(WorkGroupTableModel::Attendance));
}

QTEST_MAIN(TestWorkGroupList)
#include "tst_workgrouplist.moc"
