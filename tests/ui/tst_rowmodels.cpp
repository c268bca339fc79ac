// The bases of the table models: a list of rows read again tells its views only what changed
// (rows that came, went or look different), and a paged list read from SQL fetches, finds,
// sorts and refreshes a page at a time.
#include "GuiTest.h"
#include "common/PagedSqlTableModel.h"
#include "common/RowTableModel.h"
#include "common/Workspace.h"
#include "people/PersonTableModel.h"
#include "records/AttendanceStore.h"
#include "records/PersonStore.h"
#include "records/SchoolStore.h"
#include "schools/SchoolTableModel.h"
#include "sessions/SessionTableModel.h"
#include "workgroups/EnrolledSchoolTableModel.h"
#include "workgroups/ParticipantTableModel.h"
#include "workgroups/ParticipantsTab.h"
#include "workgroups/WorkGroupTableModel.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QUndoStack>

using namespace hubreg;
using namespace hubreg::ui;

namespace {

struct Tally
{
    RecordId id = 0;
    QString name;
    int count = 0;
    QString note; // not shown
};

class TallyModel : public RowTableModel<Tally>
{
public:
    enum Column { Name, Count, ColumnCount };
    static constexpr int IdRole = Qt::UserRole + 1;

    TallyModel()
    {
        setColumns({
            { QStringLiteral("Name"), [](const Tally &row) { return row.name; } },
            { QStringLiteral("Count"), [](const Tally &row) { return row.count; }, kNumber,
              [](const Tally &row) {
                  return row.count > 0 ? QVariant(QStringLiteral("%1 so far").arg(row.count))
                                       : QVariant();
              } },
        });
    }

    void update(const QList<Tally> &rows)
    {
        setRows(rows, [](const Tally &row) { return row.id; });
    }
    void replace(const QList<Tally> &rows) { setRows(rows); }

protected:
    QVariant cellData(const Tally &row, int column, int role) const override
    {
        if (role == IdRole)
            return row.id;
        if (role == Qt::ToolTipRole && column == Name)
            return QStringLiteral("Tally %1").arg(row.id);
        return {};
    }
};

QList<Tally> abc()
{
    return { { 1, QStringLiteral("Ash"), 3, {} },
             { 2, QStringLiteral("Birch"), 0, {} },
             { 3, QStringLiteral("Cedar"), 5, {} } };
}

// Every signal a model gives of its rows, counted.
struct Signals
{
    explicit Signals(QAbstractItemModel *model)
        : resets(model, &QAbstractItemModel::modelReset)
        , inserted(model, &QAbstractItemModel::rowsInserted)
        , removed(model, &QAbstractItemModel::rowsRemoved)
        , moved(model, &QAbstractItemModel::rowsMoved)
        , changed(model, &QAbstractItemModel::dataChanged)
        , layout(model, &QAbstractItemModel::layoutChanged)
    { }

    // The first and last row of each signal of `spy`, in order.
    static QList<QPair<int, int>> runs(const QSignalSpy &spy, bool indexes)
    {
        QList<QPair<int, int>> result;
        for (const QList<QVariant> &args : spy) {
            if (indexes)
                result << qMakePair(args.at(0).value<QModelIndex>().row(),
                                    args.at(1).value<QModelIndex>().row());
            else
                result << qMakePair(args.at(1).toInt(), args.at(2).toInt());
        }
        return result;
    }
    QList<QPair<int, int>> changedRows() const { return runs(changed, true); }
    QList<QPair<int, int>> insertedRows() const { return runs(inserted, false); }
    QList<QPair<int, int>> removedRows() const { return runs(removed, false); }

    QSignalSpy resets;
    QSignalSpy inserted;
    QSignalSpy removed;
    QSignalSpy moved;
    QSignalSpy changed;
    QSignalSpy layout;
};

using Runs = QList<QPair<int, int>>;

// People read a page at a time by name, as the People screen does, with a small page.
class PeopleList : public PagedSqlTableModel<Person, PersonQuery>
{
public:
    enum Column { Name, Email, ColumnCount };
    static constexpr int kPageSize = 10;

    explicit PeopleList(Database &db, bool countLater = false)
        : PagedSqlTableModel(kPageSize, nullptr)
        , m_db(db)
    {
        setColumns({ { QStringLiteral("Name"), [](const Person &row) { return row.sortName(); } },
                     { QStringLiteral("Email"), [](const Person &row) { return row.email; } } });
        if (countLater)
            countAfterPause(50);
    }

    using PagedSqlTableModel::refresh;
    using PagedSqlTableModel::setQuery;
    mutable int reads = 0;

protected:
    QList<Person> read(const PersonQuery &query) const override
    {
        ++reads;
        return PersonStore(m_db).list(query);
    }
    int count(const PersonQuery &query) const override { return PersonStore(m_db).count(query); }
    RecordId idOf(const Person &row) const override { return row.id; }
    bool sortBy(PersonQuery &query, int column) const override
    {
        if (column == Name)
            query.sortColumn = PersonQuery::SortColumn::Name;
        else if (column == Email)
            query.sortColumn = PersonQuery::SortColumn::Email;
        else
            return false;
        return true;
    }

private:
    Database &m_db;
};

} // namespace

class TestRowModels : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void columnsGiveTextHeadingsAlignmentAndToolTips();
    void aChangedRowIsRepaintedAlone();
    void aRowThatLooksTheSameIsNotRepainted();
    void aRowThatWentIsRemoved();
    void aRowThatCameIsInserted();
    void rowsThatCameAndWentAtOnce();
    void theSelectionStaysOnItsRecord();
    void rowsThatChangedOrderReset();
    void changesBetweenTwoLists();

    void aPagedListFetchesPageByPage();
    void rowOfFetchesUntilFound();
    void sortingReadsAgainInTheNewOrder();
    void aRefreshUpdatesTheFetchedRowsInPlace();
    void theCountWaitsForAPauseWhenAskedTo();
    void aModelTesterFollowsAPagedList();

    void aMarkRepaintsOnlyItsRowsInAWorkGroupsLists();
    void aTabsButtonsFollowItsRowUpdatedInPlace();
    void thePeopleAndSchoolListsFollowChangesInPlace();
    void aWorkGroupNewToTheListIsInserted();

private:
    void addPeople(int from, int to);

    std::unique_ptr<test::TempDatabase> m_temp;
};

void TestRowModels::init()
{
    test::useTestSettings();
    m_temp = std::make_unique<test::TempDatabase>();
}

void TestRowModels::cleanup()
{
    m_temp.reset();
}

void TestRowModels::columnsGiveTextHeadingsAlignmentAndToolTips()
{
    TallyModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.replace(abc());
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), int(TallyModel::ColumnCount));
    QCOMPARE(model.headerData(TallyModel::Count, Qt::Horizontal).toString(),
             QStringLiteral("Count"));
    QCOMPARE(model.index(2, TallyModel::Name).data().toString(), QStringLiteral("Cedar"));
    QCOMPARE(model.index(2, TallyModel::Count).data().toInt(), 5);
    QCOMPARE(model.index(2, TallyModel::Count).data(Qt::TextAlignmentRole).toInt(),
             int(Qt::AlignRight | Qt::AlignVCenter));
    QVERIFY(!model.index(2, TallyModel::Name).data(Qt::TextAlignmentRole).isValid());
    // The column's own tool tip, and where it gives none, the model's.
    QCOMPARE(model.index(2, TallyModel::Count).data(Qt::ToolTipRole).toString(),
             QStringLiteral("5 so far"));
    QVERIFY(!model.index(1, TallyModel::Count).data(Qt::ToolTipRole).isValid());
    QCOMPARE(model.index(1, TallyModel::Name).data(Qt::ToolTipRole).toString(),
             QStringLiteral("Tally 2"));
    QCOMPARE(model.index(1, 0).data(TallyModel::IdRole).toLongLong(), 2);
    QCOMPARE(model.rowAt(1)->name, QStringLiteral("Birch"));
    QVERIFY(!model.rowAt(3));
    QVERIFY(!model.index(3, 0).data().isValid());
}

void TestRowModels::aChangedRowIsRepaintedAlone()
{
    TallyModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.replace(abc());
    Signals seen(&model);
    QSignalSpy replaced(&model, &RowTableModelBase::rowsReplaced);
    QList<Tally> rows = abc();
    rows[1].count = 4;
    model.update(rows);
    QCOMPARE(seen.changedRows(), (Runs { { 1, 1 } }));
    QCOMPARE(seen.resets.count(), 0);
    QCOMPARE(seen.inserted.count(), 0);
    QCOMPARE(seen.removed.count(), 0);
    QCOMPARE(seen.moved.count(), 0);
    QCOMPARE(seen.layout.count(), 0);
    QCOMPARE(replaced.count(), 1);
    QCOMPARE(model.index(1, TallyModel::Count).data().toInt(), 4);
    // The whole row, every column, in one signal.
    QCOMPARE(seen.changed.first().at(0).value<QModelIndex>().column(), 0);
    QCOMPARE(seen.changed.first().at(1).value<QModelIndex>().column(), TallyModel::ColumnCount - 1);
}

void TestRowModels::aRowThatLooksTheSameIsNotRepainted()
{
    TallyModel model;
    model.replace(abc());
    Signals seen(&model);
    QList<Tally> rows = abc();
    rows[0].note = QStringLiteral("not on show");
    model.update(rows);
    QCOMPARE(seen.changed.count(), 0);
    QCOMPARE(seen.resets.count(), 0);
    // The row holds what was read, all the same.
    QCOMPARE(model.rowAt(0)->note, QStringLiteral("not on show"));
}

void TestRowModels::aRowThatWentIsRemoved()
{
    TallyModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.replace(abc());
    Signals seen(&model);
    QList<Tally> rows = abc();
    rows.removeAt(1);
    model.update(rows);
    QCOMPARE(seen.removedRows(), (Runs { { 1, 1 } }));
    QCOMPARE(seen.resets.count(), 0);
    QCOMPARE(seen.inserted.count(), 0);
    QCOMPARE(seen.changed.count(), 0);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.rowAt(1)->name, QStringLiteral("Cedar"));

    // Every row gone: removed, not reset.
    model.update({});
    QCOMPARE(seen.removedRows(), (Runs { { 1, 1 }, { 0, 1 } }));
    QCOMPARE(seen.resets.count(), 0);
    QCOMPARE(model.rowCount(), 0);
}

void TestRowModels::aRowThatCameIsInserted()
{
    TallyModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QList<Tally> rows = abc();
    const Tally birch = rows.takeAt(1);
    model.replace(rows);
    Signals seen(&model);
    rows.insert(1, birch);
    model.update(rows);
    QCOMPARE(seen.insertedRows(), (Runs { { 1, 1 } }));
    QCOMPARE(seen.resets.count(), 0);
    QCOMPARE(seen.removed.count(), 0);
    QCOMPARE(seen.changed.count(), 0);
    QCOMPARE(model.rowAt(1)->name, QStringLiteral("Birch"));

    // Into an empty list too.
    TallyModel empty;
    Signals first(&empty);
    empty.update(abc());
    QCOMPARE(first.insertedRows(), (Runs { { 0, 2 } }));
    QCOMPARE(first.resets.count(), 0);
}

void TestRowModels::rowsThatCameAndWentAtOnce()
{
    TallyModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.replace(abc());
    Signals seen(&model);
    // Ash goes, Birch changes, Beech and Elm come.
    QList<Tally> rows = abc();
    rows.removeFirst();
    rows[0].count = 7;
    rows.insert(1, { 4, QStringLiteral("Beech"), 1, {} });
    rows << Tally { 5, QStringLiteral("Elm"), 2, {} };
    model.update(rows);
    QCOMPARE(seen.removedRows(), (Runs { { 0, 0 } }));
    QCOMPARE(seen.insertedRows(), (Runs { { 1, 1 }, { 3, 3 } }));
    QCOMPARE(seen.changedRows(), (Runs { { 0, 0 } }));
    QCOMPARE(seen.resets.count(), 0);
    QStringList names;
    for (int row = 0; row < model.rowCount(); ++row)
        names << model.index(row, TallyModel::Name).data().toString();
    QCOMPARE(names,
             (QStringList { QStringLiteral("Birch"), QStringLiteral("Beech"),
                            QStringLiteral("Cedar"), QStringLiteral("Elm") }));
    QCOMPARE(model.index(0, TallyModel::Count).data().toInt(), 7);
}

void TestRowModels::theSelectionStaysOnItsRecord()
{
    TallyModel model;
    model.replace(abc());
    QItemSelectionModel selection(&model);
    selection.setCurrentIndex(model.index(2, 0),
                              QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QList<Tally> rows = abc();
    rows.removeFirst();
    rows[1].count = 9;
    model.update(rows);
    QCOMPARE(selection.currentIndex().row(), 1);
    QCOMPARE(selection.currentIndex().data(TallyModel::IdRole).toLongLong(), 3);
    QVERIFY(selection.isRowSelected(1, {}));
}

void TestRowModels::rowsThatChangedOrderReset()
{
    TallyModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.replace(abc());
    Signals seen(&model);
    QSignalSpy replaced(&model, &RowTableModelBase::rowsReplaced);
    QList<Tally> rows = abc();
    rows.move(2, 0);
    model.update(rows);
    QCOMPARE(seen.resets.count(), 1);
    QCOMPARE(seen.inserted.count() + seen.removed.count() + seen.changed.count(), 0);
    QCOMPARE(replaced.count(), 1);
    QCOMPARE(model.rowAt(0)->name, QStringLiteral("Cedar"));
}

void TestRowModels::changesBetweenTwoLists()
{
    // Old rows 0..5; the new list keeps 1, 2 and 5 in order, with two new rows between.
    RowChanges changes = RowChanges::between({ 1, -1, 2, -1, -1, 5 }, 6);
    QVERIFY(changes.inPlace);
    QCOMPARE(changes.removed.size(), 2);
    QCOMPARE(changes.removed.at(0).first, 0);
    QCOMPARE(changes.removed.at(0).last, 0);
    QCOMPARE(changes.removed.at(1).first, 3);
    QCOMPARE(changes.removed.at(1).last, 4);
    QCOMPARE(changes.inserted.size(), 2);
    QCOMPARE(changes.inserted.at(0).first, 1);
    QCOMPARE(changes.inserted.at(0).last, 1);
    QCOMPARE(changes.inserted.at(1).first, 3);
    QCOMPARE(changes.inserted.at(1).last, 4);
    // Two kept rows the other way round, or one row taken twice: not in place.
    QVERIFY(!RowChanges::between({ 1, 0 }, 2).inPlace);
    QVERIFY(!RowChanges::between({ 0, 0 }, 1).inPlace);
    QVERIFY(RowChanges::between({}, 0).inPlace);
}

void TestRowModels::addPeople(int from, int to)
{
    for (int i = from; i <= to; ++i) {
        Person person;
        person.firstName = QStringLiteral("Pat");
        person.lastName = QStringLiteral("Person %1").arg(i, 3, 10, QLatin1Char('0'));
        person.email = QStringLiteral("pat%1@example.org").arg(i, 3, 10, QLatin1Char('0'));
        PersonStore(m_temp->db()).add(person);
    }
}

void TestRowModels::aPagedListFetchesPageByPage()
{
    addPeople(1, 25);
    PeopleList list(m_temp->db());
    QCOMPARE(list.rowCount(), 0); // nothing read before its query
    QCOMPARE(list.reads, 0);
    QSignalSpy totals(&list, &PagedTableModelBase::totalCountChanged);
    list.setQuery(PersonQuery());
    QCOMPARE(list.reads, 1);
    QCOMPARE(list.rowCount(), PeopleList::kPageSize);
    QCOMPARE(list.totalCount(), 25);
    QCOMPARE(totals.count(), 1);
    QCOMPARE(totals.last().at(0).toInt(), 25);
    QVERIFY(list.canFetchMore({}));

    Signals seen(&list);
    list.fetchMore({});
    QCOMPARE(seen.insertedRows(), (Runs { { 10, 19 } }));
    QCOMPARE(list.index(10, PeopleList::Name).data().toString(), QStringLiteral("Person 011, Pat"));
    list.fetchMore({});
    QCOMPARE(seen.insertedRows(), (Runs { { 10, 19 }, { 20, 24 } }));
    QVERIFY(!list.canFetchMore({}));
    QCOMPARE(seen.resets.count(), 0);
}

void TestRowModels::rowOfFetchesUntilFound()
{
    addPeople(1, 25);
    PeopleList list(m_temp->db());
    list.setQuery(PersonQuery());
    QCOMPARE(list.rowCount(), PeopleList::kPageSize);
    const RecordId person23
        = PersonStore(m_temp->db()).findByEmail(QStringLiteral("pat023@example.org"))->id;
    QCOMPARE(list.rowOf(person23), 22);
    QCOMPARE(list.rowCount(), 25); // three pages, the last one short
    QCOMPARE(list.rowAt(22)->id, person23);
    QCOMPARE(list.rowOf(person23 + 1000), -1);
    QCOMPARE(list.rowCount(), 25);
}

void TestRowModels::sortingReadsAgainInTheNewOrder()
{
    addPeople(1, 25);
    PeopleList list(m_temp->db());
    // Before its query, the view's first order is only noted.
    list.sort(PeopleList::Email, Qt::DescendingOrder);
    QCOMPARE(list.reads, 0);
    list.setQuery(PersonQuery());
    QCOMPARE(list.index(0, PeopleList::Email).data().toString(),
             QStringLiteral("pat025@example.org"));
    Signals seen(&list);
    list.sort(PeopleList::Name, Qt::AscendingOrder);
    QCOMPARE(seen.resets.count(), 1);
    QCOMPARE(list.reads, 2);
    QCOMPARE(list.query().sortColumn, PersonQuery::SortColumn::Name);
    QVERIFY(!list.query().descending);
    QCOMPARE(list.index(0, PeopleList::Email).data().toString(),
             QStringLiteral("pat001@example.org"));
    QCOMPARE(list.rowCount(), PeopleList::kPageSize);
    // A column the store does not sort by leaves the list as it is.
    list.sort(PeopleList::ColumnCount, Qt::AscendingOrder);
    QCOMPARE(list.reads, 2);
}

void TestRowModels::aRefreshUpdatesTheFetchedRowsInPlace()
{
    addPeople(1, 25);
    PeopleList list(m_temp->db());
    list.setQuery(PersonQuery());
    list.fetchMore({});
    QCOMPARE(list.rowCount(), 20);
    QItemSelectionModel selection(&list);
    selection.setCurrentIndex(list.index(15, 0), QItemSelectionModel::ClearAndSelect);
    const RecordId current = list.rowAt(15)->id;

    // One person's email changes: their row alone is repainted.
    Person changed = *list.rowAt(4);
    changed.email = QStringLiteral("pat-five@example.org");
    PersonStore(m_temp->db()).update(changed);
    Signals seen(&list);
    QSignalSpy totals(&list, &PagedTableModelBase::totalCountChanged);
    list.refresh();
    QCOMPARE(seen.changedRows(), (Runs { { 4, 4 } }));
    QCOMPARE(seen.resets.count() + seen.inserted.count() + seen.removed.count(), 0);
    QCOMPARE(totals.count(), 0); // the same count
    QCOMPARE(list.index(4, PeopleList::Email).data().toString(), changed.email);

    // Someone new among the fetched rows: inserted there, and the last row fetched goes to the
    // next page, which is fetched as the view scrolls.
    Person newcomer;
    newcomer.firstName = QStringLiteral("Pat");
    newcomer.lastName = QStringLiteral("Person 002a");
    newcomer.email = QStringLiteral("newcomer@example.org");
    PersonStore(m_temp->db()).add(newcomer);
    Signals again(&list);
    list.refresh();
    QCOMPARE(again.insertedRows(), (Runs { { 2, 2 } }));
    QCOMPARE(again.removedRows(), (Runs { { 19, 19 } }));
    QCOMPARE(again.resets.count(), 0);
    QCOMPARE(list.rowCount(), 20);
    QCOMPARE(list.totalCount(), 26);
    QCOMPARE(totals.count(), 1);
    QCOMPARE(list.rowAt(2)->id, newcomer.id);
    QCOMPARE(selection.currentIndex().data().toString(), list.rowAt(16)->sortName());
    QCOMPARE(list.rowAt(selection.currentIndex().row())->id, current);
    list.fetchMore({});
    QCOMPARE(list.rowCount(), 26);
    QCOMPARE(list.index(20, PeopleList::Name).data().toString(), QStringLiteral("Person 020, Pat"));

    // Someone gone: removed.
    PersonStore(m_temp->db()).erase(newcomer.id);
    Signals gone(&list);
    list.refresh();
    QCOMPARE(gone.removedRows(), (Runs { { 2, 2 } }));
    QCOMPARE(gone.resets.count() + gone.inserted.count() + gone.changed.count(), 0);
    QCOMPARE(list.totalCount(), 25);
}

void TestRowModels::theCountWaitsForAPauseWhenAskedTo()
{
    addPeople(1, 25);
    PeopleList list(m_temp->db(), true);
    QSignalSpy totals(&list, &PagedTableModelBase::totalCountChanged);
    list.setQuery(PersonQuery());
    QVERIFY(!list.isCounted());
    QCOMPARE(totals.count(), 1);
    QCOMPARE(totals.last().at(0).toInt(), -1);
    QVERIFY(list.canFetchMore({})); // there may be more
    QVERIFY(totals.wait());
    QVERIFY(list.isCounted());
    QCOMPARE(totals.last().at(0).toInt(), 25);

    // Asked for, counted there and then.
    list.reload();
    QVERIFY(!list.isCounted());
    QCOMPARE(list.totalCount(), 25);

    // Fetched to the end, the count is known without counting.
    PersonQuery few;
    few.text = QStringLiteral("Person 00");
    list.setQuery(few);
    QVERIFY(list.isCounted());
    QCOMPARE(list.totalCount(), 9);
    list.setQuery(PersonQuery());
    QVERIFY(!list.isCounted());
    list.fetchMore({});
    QVERIFY(!list.isCounted());
    list.fetchMore({});
    QVERIFY(list.isCounted());
    QCOMPARE(totals.last().at(0).toInt(), 25);
}

void TestRowModels::aModelTesterFollowsAPagedList()
{
    addPeople(1, 25);
    PeopleList list(m_temp->db());
    // The tester fetches every page as it checks the rows, but not while they are replaced.
    QAbstractItemModelTester tester(&list, QAbstractItemModelTester::FailureReportingMode::QtTest);
    list.setQuery(PersonQuery());
    QCOMPARE(list.rowCount(), PeopleList::kPageSize);
    while (list.canFetchMore({}))
        list.fetchMore({});
    QCOMPARE(list.rowCount(), 25);
    Person newcomer;
    newcomer.firstName = QStringLiteral("Pat");
    newcomer.lastName = QStringLiteral("Person 002a");
    newcomer.email = QStringLiteral("newcomer@example.org");
    PersonStore(m_temp->db()).add(newcomer);
    list.refresh();
    QCOMPARE(list.rowAt(2)->id, newcomer.id);
    PersonStore(m_temp->db()).erase(newcomer.id);
    list.refresh();
    list.sort(PeopleList::Email, Qt::DescendingOrder);
    QCOMPARE(list.rowAt(0)->email, QStringLiteral("pat025@example.org"));
}

void TestRowModels::aMarkRepaintsOnlyItsRowsInAWorkGroupsLists()
{
    const test::SmallWorkGroup group = test::buildSmallWorkGroup(m_temp->db());
    QUndoStack undo;
    Workspace workspace(m_temp->db(), &undo, nullptr);
    const RecordId session = group.sessions.at(0);
    const auto mark = [&](RecordId participant, AttendanceMark value) {
        AttendanceRecord record;
        record.sessionId = session;
        record.participantId = participant;
        record.mark = value;
        AttendanceStore(m_temp->db()).setMark(record);
    };
    // The first mark records the session held: everyone is expected at it from then on.
    mark(group.participantB1, AttendanceMark::Present);

    ParticipantTableModel participants(workspace, group.workGroupId);
    EnrolledSchoolTableModel schools(workspace, group.workGroupId);
    SessionTableModel sessions(workspace, group.workGroupId);
    Signals seenParticipants(&participants);
    Signals seenSchools(&schools);
    Signals seenSessions(&sessions);
    mark(group.participantA1, AttendanceMark::Late);
    const int a1 = participants.rowOf(group.participantA1);
    QCOMPARE(seenParticipants.changedRows(), (Runs { { a1, a1 } }));
    const int schoolA = schools.rowOfSchool(group.schoolA);
    QCOMPARE(seenSchools.changedRows(), (Runs { { schoolA, schoolA } }));
    const int first = sessions.rowOf(session);
    QCOMPARE(seenSessions.changedRows(), (Runs { { first, first } }));
    for (const Signals *seen : { &seenParticipants, &seenSchools, &seenSessions }) {
        QCOMPARE(seen->resets.count(), 0);
        QCOMPARE(seen->inserted.count() + seen->removed.count(), 0);
    }
    QCOMPARE(participants.index(a1, ParticipantTableModel::Attended).data().toString(),
             QStringLiteral("1 of 1"));
}

void TestRowModels::aTabsButtonsFollowItsRowUpdatedInPlace()
{
    const test::SmallWorkGroup group = test::buildSmallWorkGroup(m_temp->db());
    QUndoStack undo;
    Workspace workspace(m_temp->db(), &undo, nullptr);
    ParticipantsTab tab(workspace, group.workGroupId);
    auto *model = qobject_cast<ParticipantTableModel *>(tab.table()->model());
    QVERIFY(model);
    auto *leave = tab.findChild<QPushButton *>(QStringLiteral("leaveParticipantPushButton"));
    const int row = model->rowOf(group.participantB1);
    tab.table()->setCurrentIndex(model->index(row, ParticipantTableModel::Name));
    QVERIFY(leave->isEnabled());

    // B1 leaves (in another window, say): the row is repainted, stays current, and can no
    // longer be left.
    Signals seen(model);
    ParticipantEnrolment enrolment = model->participantAt(row)->enrolment;
    enrolment.leftOn = QDate(2024, 11, 1);
    WorkGroupStore(m_temp->db()).updateParticipant(enrolment);
    QCOMPARE(seen.resets.count(), 0);
    QCOMPARE(seen.changedRows(), (Runs { { row, row } }));
    QCOMPARE(tab.table()->currentIndex().row(), row);
    QVERIFY(!leave->isEnabled());
}

void TestRowModels::thePeopleAndSchoolListsFollowChangesInPlace()
{
    const test::SmallWorkGroup group = test::buildSmallWorkGroup(m_temp->db());
    PersonTableModel people(m_temp->db());
    people.setQuery(PersonQuery());
    SchoolTableModel schools(m_temp->db());
    QCOMPARE(people.rowCount(), 3);
    QCOMPARE(people.index(2, PersonTableModel::School).data().toString(),
             QStringLiteral("Birch Primary School"));

    // A school renamed: its row in the register, and the School cells of its two people.
    Signals seenPeople(&people);
    Signals seenSchools(&schools);
    School alder = *SchoolStore(m_temp->db()).find(group.schoolA);
    alder.name = QStringLiteral("Alder Church Primary School");
    SchoolStore(m_temp->db()).update(alder);
    QCOMPARE(seenSchools.changedRows(), (Runs { { 0, 0 } }));
    QCOMPARE(schools.index(0, SchoolTableModel::Name).data().toString(), alder.name);
    QCOMPARE(seenPeople.changedRows(), (Runs { { 0, 1 } }));
    QCOMPARE(people.index(1, PersonTableModel::School).data().toString(), alder.name);
    QCOMPARE(seenPeople.resets.count() + seenSchools.resets.count(), 0);

    // Someone new: inserted in name order, and counted.
    QSignalSpy totals(&people, &PagedTableModelBase::totalCountChanged);
    QSignalSpy replaced(&people, &RowTableModelBase::rowsReplaced);
    Person ava;
    ava.firstName = QStringLiteral("Ava");
    ava.lastName = QStringLiteral("Ashby");
    ava.email = QStringLiteral("ava.ashby@example.org");
    ava.schoolId = group.schoolB;
    PersonStore(m_temp->db()).add(ava);
    QCOMPARE(seenPeople.insertedRows(), (Runs { { 1, 1 } }));
    QCOMPARE(seenPeople.resets.count(), 0);
    QCOMPARE(people.personAt(1)->id, ava.id);
    QCOMPARE(people.index(1, PersonTableModel::School).data().toString(),
             QStringLiteral("Birch Primary School"));
    QCOMPARE(people.totalCount(), 4);
    QCOMPARE(totals.count(), 1);
    QCOMPARE(replaced.count(), 1);
}

void TestRowModels::aWorkGroupNewToTheListIsInserted()
{
    const test::SmallWorkGroup group = test::buildSmallWorkGroup(m_temp->db());
    WorkGroupTableModel list(m_temp->db());
    list.setQuery(WorkGroupQuery());
    QCOMPARE(list.rowCount(), 1);
    list.countAttendance();
    Signals seen(&list);
    WorkGroup other = *WorkGroupStore(m_temp->db()).find(group.workGroupId);
    other.id = 0;
    other.uuid = QUuid();
    other.code = QStringLiteral("TEST-02");
    other.title = QStringLiteral("Another Work Group");
    WorkGroupStore(m_temp->db()).add(other);
    QCOMPARE(seen.insertedRows(), (Runs { { 1, 1 } }));
    QCOMPARE(seen.resets.count() + seen.removed.count() + seen.changed.count(), 0);
    QCOMPARE(list.rowOf(other.id), 1);
    // The one shown before keeps its attendance; the new one is counted once a view asks.
    QVERIFY(list.workGroupAt(0)->attendanceCounted);
    QVERIFY(!list.workGroupAt(1)->attendanceCounted);
    QCOMPARE(list.totalCount(), 2);
}

QTEST_MAIN(TestRowModels)
#include "tst_rowmodels.moc"
