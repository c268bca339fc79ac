// Every table model of the program under QAbstractItemModelTester, over the demo hub, while
// the data under it changes.
#include "GuiTest.h"
#include "common/Workspace.h"
#include "dashboard/FigureTableModel.h"
#include "demo/DemoHub.h"
#include "exchange/ConflictTableModel.h"
#include "exports/ExportPreviewModel.h"
#include "history/AuditTableModel.h"
#include "import/ImportReport.h"
#include "imports/HeldPeopleModel.h"
#include "imports/ImportReportModel.h"
#include "people/PersonHistoryModels.h"
#include "people/PersonTableModel.h"
#include "programmes/ProgrammeTableModel.h"
#include "records/AttendanceStore.h"
#include "records/PersonStore.h"
#include "records/SchoolStore.h"
#include "records/SessionStore.h"
#include "records/WorkGroupStore.h"
#include "register/RegisterGridModel.h"
#include "register/TakeRegisterModel.h"
#include "schools/SchoolHistoryTableModel.h"
#include "schools/SchoolLinkTableModel.h"
#include "schools/SchoolTableModel.h"
#include "sessions/SessionTableModel.h"
#include "workgroups/EnrolledSchoolTableModel.h"
#include "workgroups/ParticipantTableModel.h"
#include "workgroups/WorkGroupTableModel.h"

#include <QAbstractItemModelTester>
#include <QUndoStack>

using namespace hubreg;
using namespace hubreg::ui;

class TestModels : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void listModels();
    void workGroupModels();
    void historyModels();
    void otherModels();

private:
    // Changes marks, a session and a person, so the models' change handling runs under the tester.
    void stir();
    static void check(QAbstractItemModel *model);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    FixedClock m_clock { QDateTime(QDate(2025, 3, 12), QTime(9, 0), Qt::UTC) };
    QUndoStack m_undo;
    std::unique_ptr<Workspace> m_workspace;
    WorkGroupOverview m_group;
};

void TestModels::initTestCase()
{
    test::useTestSettings();
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = Database::open(m_dir->filePath(QStringLiteral("models.sqlite")));
    m_db->setClock(&m_clock);
    DemoHub::create(*m_db, m_clock.today());
    m_workspace = std::make_unique<Workspace>(*m_db, &m_undo, nullptr);
    for (const WorkGroupOverview &group : WorkGroupStore(*m_db).overview()) {
        if (group.sessionsHeld > 0 && group.academicYear == QStringLiteral("2024/25"))
            m_group = group;
    }
    QVERIFY(m_group.workGroup.id > 0);
}

void TestModels::cleanupTestCase()
{
    m_undo.clear();
    m_workspace.reset();
    m_db.reset();
}

void TestModels::check(QAbstractItemModel *model)
{
    new QAbstractItemModelTester(model, QAbstractItemModelTester::FailureReportingMode::QtTest,
                                 model);
    QVERIFY(model->rowCount() > 0);
    QVERIFY(model->columnCount() > 0);
}

void TestModels::stir()
{
    const RecordId workGroup = m_group.workGroup.id;
    const QList<Session> sessions = SessionStore(*m_db).list(workGroup);
    const QList<ParticipantListing> participants = WorkGroupStore(*m_db).participants(workGroup);
    AttendanceRecord mark;
    for (const Session &session : sessions) {
        if (session.status == SessionStatus::Held)
            mark.sessionId = session.id;
    }
    mark.participantId = participants.first().enrolment.id;
    mark.mark = AttendanceMark::Late;
    AttendanceStore(*m_db).setMark(mark);
    AttendanceStore(*m_db).clearMark(mark.sessionId, mark.participantId);
    Session last = sessions.last();
    last.venue = QStringLiteral("Moved to the library");
    SessionStore(*m_db).update(last);
    Person person = *PersonStore(*m_db).find(participants.first().enrolment.personId);
    person.role = QStringLiteral("Maths lead");
    PersonStore(*m_db).update(person);
}

void TestModels::listModels()
{
    auto *schools = new SchoolTableModel(*m_db, this);
    check(schools);
    while (schools->canFetchMore({}))
        schools->fetchMore({});
    schools->sort(SchoolTableModel::Town, Qt::DescendingOrder);
    SchoolQuery primary;
    primary.phase = QStringLiteral("Primary");
    schools->setFilter(primary);
    QCOMPARE(schools->totalCount(), SchoolStore(*m_db).count(primary));

    auto *people = new PersonTableModel(*m_db, this);
    QCOMPARE(people->rowCount(), 0); // the model waits for its query before reading anything
    people->reload();
    check(people);
    // Paged and sorted in SQL: a page at first, the rest as the view asks. The tester goes first:
    // it calls fetchMore() from its own modelReset handler, before it marks the reset finished.
    delete people;
    for (int i = PersonStore(*m_db).count(); i <= PersonTableModel::kPageSize + 50; ++i) {
        Person extra;
        extra.firstName = QStringLiteral("Extra");
        extra.lastName = QStringLiteral("Person %1").arg(i, 3, 10, QLatin1Char('0'));
        extra.email = QStringLiteral("extra%1@example.org").arg(i);
        PersonStore(*m_db).add(extra);
    }
    const int everyone = PersonStore(*m_db).count();
    PersonTableModel paged(*m_db);
    paged.reload();
    QVERIFY(everyone > PersonTableModel::kPageSize);
    QCOMPARE(paged.rowCount(), PersonTableModel::kPageSize);
    QCOMPARE(paged.totalCount(), everyone);
    PersonQuery byEmail;
    byEmail.sortColumn = PersonQuery::SortColumn::Email;
    byEmail.descending = true;
    byEmail.limit = 1;
    paged.sort(PersonTableModel::Email, Qt::DescendingOrder);
    QCOMPARE(paged.personAt(0)->id, PersonStore(*m_db).list(byEmail).first().id);
    byEmail.offset = everyone - 1;
    const RecordId last = PersonStore(*m_db).list(byEmail).first().id;
    QCOMPARE(paged.rowOf(last), everyone - 1); // fetches page after page to find it
    QCOMPARE(paged.rowCount(), everyone);
    QVERIFY(!paged.canFetchMore({}));
    auto *groups = new WorkGroupTableModel(*m_db, this);
    new QAbstractItemModelTester(groups, QAbstractItemModelTester::FailureReportingMode::QtTest,
                                 groups);
    groups->reload(); // the model waits for its query before reading anything
    QVERIFY(groups->rowCount() > 0);
    groups->sort(WorkGroupTableModel::Attendance, Qt::DescendingOrder);
    stir();
}

void TestModels::workGroupModels()
{
    const RecordId workGroup = m_group.workGroup.id;
    check(new EnrolledSchoolTableModel(*m_workspace, workGroup, this));
    check(new ParticipantTableModel(*m_workspace, workGroup, this));
    check(new SessionTableModel(*m_workspace, workGroup, this));
    auto *grid = new RegisterGridModel(*m_workspace, workGroup, this);
    check(grid);
    auto *take = new TakeRegisterModel(*m_workspace, this);
    new QAbstractItemModelTester(take, QAbstractItemModelTester::FailureReportingMode::QtTest,
                                 take);
    take->setSession(SessionStore(*m_db).list(workGroup).first().id);
    QVERIFY(take->rowCount() > 0);
    stir();
    // One row per school and participant, and the totals.
    QCOMPARE(grid->rowCount(),
             WorkGroupStore(*m_db).schools(workGroup).size()
                 + WorkGroupStore(*m_db).participants(workGroup).size() + 1);
}

void TestModels::historyModels()
{
    const SchoolEnrolmentListing school
        = WorkGroupStore(*m_db).schools(m_group.workGroup.id).first();
    auto *history = new SchoolHistoryTableModel(*m_db, this);
    new QAbstractItemModelTester(history, QAbstractItemModelTester::FailureReportingMode::QtTest,
                                 history);
    history->setSchool(school.enrolment.schoolId);
    QVERIFY(history->rowCount() > 0);

    // The demo's links: any school with some.
    auto *links = new SchoolLinkTableModel(*m_db, this);
    new QAbstractItemModelTester(links, QAbstractItemModelTester::FailureReportingMode::QtTest,
                                 links);
    for (const School &candidate : SchoolStore(*m_db).list()) {
        if (!SchoolStore(*m_db).linksOf(candidate.urn).isEmpty()) {
            links->setSchool(candidate.urn);
            break;
        }
    }
    QVERIFY(links->rowCount() > 0);

    const RecordId person
        = WorkGroupStore(*m_db).participants(m_group.workGroup.id).first().enrolment.personId;
    auto *groups = new PersonWorkGroupTableModel(*m_db, this);
    new QAbstractItemModelTester(groups, QAbstractItemModelTester::FailureReportingMode::QtTest,
                                 groups);
    groups->setPerson(person);
    QVERIFY(groups->rowCount() > 0);
    auto *marks = new PersonAttendanceTableModel(*m_db, this);
    new QAbstractItemModelTester(marks, QAbstractItemModelTester::FailureReportingMode::QtTest,
                                 marks);
    marks->setPerson(person);
    QVERIFY(marks->rowCount() > 0);
    stir();
}

void TestModels::otherModels()
{
    check(new ProgrammeTableModel(*m_db, this));

    // Rows given by their screens: given again, changed, then none.
    const RecordId person
        = WorkGroupStore(*m_db).participants(m_group.workGroup.id).first().enrolment.personId;
    auto *audit = new AuditTableModel(this);
    new QAbstractItemModelTester(audit, QAbstractItemModelTester::FailureReportingMode::QtTest,
                                 audit);
    audit->setEntries(AuditTrail(*m_db).history(Entity::Person, person));
    QVERIFY(audit->rowCount() > 0);
    stir();
    audit->setEntries(AuditTrail(*m_db).history(Entity::Person, person));
    audit->setEntries({});

    auto *preview = new ExportPreviewModel(this);
    new QAbstractItemModelTester(preview, QAbstractItemModelTester::FailureReportingMode::QtTest,
                                 preview);
    preview->setPreview({ { QStringLiteral("URN"), QStringLiteral("School") },
                          { { QStringLiteral("100001"), QStringLiteral("Ash Primary") },
                            { QStringLiteral("100002") } } });
    QCOMPARE(preview->columnCount(), 2);
    QCOMPARE(preview->index(1, 1).data().toString(), QString());
    preview->setPreview({});

    auto *report = new ImportReportModel(this);
    new QAbstractItemModelTester(report, QAbstractItemModelTester::FailureReportingMode::QtTest,
                                 report);
    ImportReport imported;
    imported.rejected << ImportIssue { 4, 2, QStringLiteral("Email"),
                                       QStringLiteral("Not an email") };
    imported.notes << ImportIssue { 2, 0, {}, QStringLiteral("Already held") };
    report->setReport(imported);
    QCOMPARE(report->rowCount(), 2);
    report->clear();

    auto *figures
        = new FigureTableModel({ QStringLiteral("School"), QStringLiteral("Share") }, this);
    new QAbstractItemModelTester(figures, QAbstractItemModelTester::FailureReportingMode::QtTest,
                                 figures);
    figures->setRows({ { { QStringLiteral("Ash Primary"), 38.0 }, 1 }, { { {}, {} }, 0 } });
    QCOMPARE(figures->index(0, 1).data().toString(), QStringLiteral("38%"));

    auto *held = new HeldPeopleModel(this);
    new QAbstractItemModelTester(held, QAbstractItemModelTester::FailureReportingMode::QtTest,
                                 held);
    held->setRows({ { 2, QStringLiteral("Ann Smith"), {}, DuplicateAction::Keep },
                    { 5, QStringLiteral("Bob Jones"), {}, DuplicateAction::Keep } });
    QVERIFY(held->setData(held->index(1, HeldPeopleModel::ChoiceColumn),
                          int(DuplicateAction::Update), HeldPeopleModel::ActionRole));
    held->setRows({ { 5, QStringLiteral("Bob Jones"), {}, DuplicateAction::Update } });

    ExchangeConflict conflict;
    conflict.record = QStringLiteral("Session 3");
    conflict.fieldLabel = QStringLiteral("Date");
    auto *conflicts = new ConflictTableModel({ conflict, conflict }, this);
    check(conflicts);
    conflicts->decide(1, Side::Lead);
    conflicts->decideAll(Side::Hub);
    QCOMPARE(conflicts->undecided(), 0);
}

QTEST_MAIN(TestModels)
#include "tst_models.moc"
