// Taking a register through the real window tells the truth about what happened: a future
// session is not made held without asking, a Work Group starts when its first session is held
// (and undo puts it back), someone who joins later is not expected at the sessions before, and
// the substitute's name reaches the printed register and the Register return.
#include "GuiTest.h"
#include "common/Prompter.h"
#include "common/Workspace.h"
#include "export/Exporter.h"
#include "figures/AttendanceFigures.h"
#include "records/AttendanceStore.h"
#include "records/SessionStore.h"
#include "records/WorkGroupStore.h"
#include "register/RegisterGridModel.h"
#include "register/RegisterPrinter.h"
#include "register/RegisterTab.h"
#include "register/TakeRegisterModel.h"
#include "register/TakeRegisterTab.h"
#include "workgroups/ParticipantDialog.h"
#include "workgroups/ParticipantsTab.h"
#include "workgroups/WorkGroupPage.h"

#include <QDir>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QUndoStack>

using namespace hubreg;
using namespace hubreg::ui;

class TestRegisterTruth : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::useTestSettings(); }
    void init();
    void cleanup();
    void aFutureSessionAsksFirst();
    void markEveryonePresentAsksOnlyForAFutureSession();
    void theGridAsksToo();
    void substituteNameReachesThePrintedRegisterAndTheReturn();
    void someoneAddedToARunningGroupJoinsToday();

private:
    WorkGroupPage *page() const;
    Database &db() { return m_fixture->db(); }
    WorkGroupStatus groupStatus() { return WorkGroupStore(db()).find(m_group.workGroupId)->status; }
    SessionStatus sessionStatus(int index)
    {
        return SessionStore(db()).find(m_group.sessions.at(index))->status;
    }

    std::unique_ptr<test::WindowFixture> m_fixture;
    test::SmallWorkGroup m_group;
};

void TestRegisterTruth::init()
{
    // Sessions on 16/09, 14/10, 11/11 and 09/12/2024; today is 01/10/2024. Nothing is held yet
    // and the Work Group is still planned.
    m_fixture = std::make_unique<test::WindowFixture>([this](Database &database) {
        m_group = test::buildSmallWorkGroup(database);
        WorkGroup wg = *WorkGroupStore(database).find(m_group.workGroupId);
        wg.status = WorkGroupStatus::Planned;
        WorkGroupStore(database).update(wg);
    });
    m_fixture->window().workspace().openWorkGroup(m_group.workGroupId);
    QVERIFY(page());
}

void TestRegisterTruth::cleanup()
{
    m_fixture.reset();
}

WorkGroupPage *TestRegisterTruth::page() const
{
    return qobject_cast<WorkGroupPage *>(m_fixture->window().currentPage());
}

void TestRegisterTruth::aFutureSessionAsksFirst()
{
    TakeRegisterTab *take = page()->takeRegisterTab();
    page()->tabs()->setCurrentWidget(take);
    take->showSession(m_group.sessions.at(1));
    QTableView *table = take->table();
    table->setCurrentIndex(take->model()->index(0, TakeRegisterModel::Mark));

    // Unanswered, the question's default is No: nothing is recorded.
    const int before = Prompter::messageCount();
    QTest::keyClick(table, Qt::Key_P);
    QCOMPARE(Prompter::messageCount(), before + 1);
    QVERIFY2(Prompter::lastMessage().contains(QStringLiteral("14/10/2024")),
             qPrintable(Prompter::lastMessage()));
    QVERIFY(AttendanceStore(db()).marksForSession(m_group.sessions.at(1)).isEmpty());
    QCOMPARE(sessionStatus(1), SessionStatus::Planned);
    QCOMPARE(groupStatus(), WorkGroupStatus::Planned);
    QCOMPARE(table->currentIndex().row(), 0);

    // Yes: the mark is made, the session held, and the Work Group has started.
    Prompter::setNextAnswer(QMessageBox::Yes);
    QTest::keyClick(table, Qt::Key_P);
    QCOMPARE(AttendanceStore(db()).marksForSession(m_group.sessions.at(1)).size(), 1);
    QCOMPARE(sessionStatus(1), SessionStatus::Held);
    QCOMPARE(groupStatus(), WorkGroupStatus::Running);
    // Held now, so the next marks go in without a question.
    const int asked = Prompter::messageCount();
    QTest::keyClick(table, Qt::Key_L);
    QCOMPARE(Prompter::messageCount(), asked);
    QCOMPARE(AttendanceStore(db()).marksForSession(m_group.sessions.at(1)).size(), 2);

    // Undo puts the session and the Work Group back as they were; redo starts it again.
    QUndoStack *undo = m_fixture->window().undoStack();
    undo->undo();
    undo->undo();
    QVERIFY(AttendanceStore(db()).marksForSession(m_group.sessions.at(1)).isEmpty());
    QCOMPARE(sessionStatus(1), SessionStatus::Planned);
    QCOMPARE(groupStatus(), WorkGroupStatus::Planned);
    undo->redo();
    QCOMPARE(sessionStatus(1), SessionStatus::Held);
    QCOMPARE(groupStatus(), WorkGroupStatus::Running);
}

void TestRegisterTruth::markEveryonePresentAsksOnlyForAFutureSession()
{
    TakeRegisterTab *take = page()->takeRegisterTab();
    page()->tabs()->setCurrentWidget(take);
    auto *everyone = test::child<QPushButton>(take, QStringLiteral("markAllPresentPushButton"));

    take->showSession(m_group.sessions.at(2));
    const int before = Prompter::messageCount();
    QTest::mouseClick(everyone, Qt::LeftButton);
    QCOMPARE(Prompter::messageCount(), before + 1);
    QVERIFY(Prompter::lastMessage().contains(QStringLiteral("11/11/2024")));
    QVERIFY(AttendanceStore(db()).marksForSession(m_group.sessions.at(2)).isEmpty());
    QCOMPARE(sessionStatus(2), SessionStatus::Planned);

    // The session of 16/09 is past: no question.
    take->showSession(m_group.sessions.at(0));
    QTest::mouseClick(everyone, Qt::LeftButton);
    QCOMPARE(Prompter::messageCount(), before + 1);
    QCOMPARE(AttendanceStore(db()).marksForSession(m_group.sessions.at(0)).size(), 3);
    QCOMPARE(sessionStatus(0), SessionStatus::Held);
    QCOMPARE(groupStatus(), WorkGroupStatus::Running);
    m_fixture->trigger(QStringLiteral("undoAction"));
    QCOMPARE(sessionStatus(0), SessionStatus::Planned);
    QCOMPARE(groupStatus(), WorkGroupStatus::Planned);
}

void TestRegisterTruth::theGridAsksToo()
{
    page()->tabs()->setCurrentWidget(page()->registerTab());
    RegisterGridModel *grid = page()->registerTab()->model();
    QTableView *view = page()->registerTab()->grid();
    view->setCurrentIndex(grid->index(grid->rowOfParticipant(m_group.participantA1),
                                      grid->columnOfSession(m_group.sessions.at(3))));
    const int before = Prompter::messageCount();
    QTest::keyClick(view, Qt::Key_X);
    QCOMPARE(Prompter::messageCount(), before + 1);
    QVERIFY(Prompter::lastMessage().contains(QStringLiteral("09/12/2024")));
    QVERIFY(!AttendanceStore(db()).find(m_group.sessions.at(3), m_group.participantA1));
    Prompter::setNextAnswer(QMessageBox::Yes);
    QTest::keyClick(view, Qt::Key_X);
    QCOMPARE(AttendanceStore(db()).find(m_group.sessions.at(3), m_group.participantA1)->mark,
             AttendanceMark::Absent);
}

void TestRegisterTruth::substituteNameReachesThePrintedRegisterAndTheReturn()
{
    TakeRegisterTab *take = page()->takeRegisterTab();
    page()->tabs()->setCurrentWidget(take);
    take->showSession(m_group.sessions.at(0));
    QTableView *table = take->table();
    const int row = take->model()->rowOf(m_group.participantB1);
    table->setCurrentIndex(take->model()->index(row, TakeRegisterModel::Mark));
    QTest::keyClick(table, Qt::Key_S);
    QWidget *editor = QApplication::focusWidget();
    QVERIFY(qobject_cast<QLineEdit *>(editor));
    QTest::keyClicks(editor, QStringLiteral("Sam Stand-in"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(
        AttendanceStore(db()).find(m_group.sessions.at(0), m_group.participantB1)->substituteName,
        QStringLiteral("Sam Stand-in"));

    // The printed register (and its PDF) is made from the grid: S, with who came under it.
    page()->tabs()->setCurrentWidget(page()->registerTab());
    RegisterGridModel *grid = page()->registerTab()->model();
    const QModelIndex cell = grid->index(grid->rowOfParticipant(m_group.participantB1),
                                         grid->columnOfSession(m_group.sessions.at(0)));
    QCOMPARE(cell.data().toString(), QStringLiteral("S"));
    QCOMPARE(cell.data(RegisterGridModel::SubstituteRole).toString(),
             QStringLiteral("Sam Stand-in"));
    const QString html = printing::registerHtml(*grid, grid->workGroupTitle());
    QVERIFY2(html.contains(QStringLiteral("S<br/><small>(Sam Stand-in)</small>")),
             qPrintable(html));
    const QString pdf = QDir(m_fixture->folder()).filePath(QStringLiteral("register.pdf"));
    Prompter::setNextFileName(pdf);
    QTest::mouseClick(test::child<QPushButton>(page()->registerTab(),
                                               QStringLiteral("saveRegisterPdfPushButton")),
                      Qt::LeftButton);
    QVERIFY(test::fileBytes(pdf).startsWith("%PDF"));

    // The Register return: the name beside the S, as text.
    const ExportPreview preview = Exporter(db()).preview(ReportKind::Register, {});
    QStringList beech;
    for (const QStringList &r : preview.rows) {
        if (r.contains(QStringLiteral("Ben Beech")))
            beech = r;
    }
    QVERIFY(beech.contains(QStringLiteral("S (Sam Stand-in)")));
}

void TestRegisterTruth::someoneAddedToARunningGroupJoinsToday()
{
    // Session 1 is held (its register taken), so the Work Group is under way.
    TakeRegisterTab *take = page()->takeRegisterTab();
    take->showSession(m_group.sessions.at(0));
    take->markAllPresent();
    QCOMPARE(groupStatus(), WorkGroupStatus::Running);

    page()->tabs()->setCurrentWidget(page()->participantsTab());
    QTest::mouseClick(test::child<QPushButton>(page()->participantsTab(),
                                               QStringLiteral("addParticipantPushButton")),
                      Qt::LeftButton);
    auto *dialog = test::openDialog<ParticipantDialog>(&m_fixture->window());
    QVERIFY(dialog);
    auto *joined = test::child<QLineEdit>(dialog, QStringLiteral("joinedLineEdit"));
    QCOMPARE(joined->text(), QStringLiteral("01/10/2024")); // today, offered
    QTest::keyClicks(test::child<QLineEdit>(dialog, QStringLiteral("firstNameLineEdit")),
                     QStringLiteral("Jo"));
    QTest::keyClicks(test::child<QLineEdit>(dialog, QStringLiteral("lastNameLineEdit")),
                     QStringLiteral("Joiner"));
    QTest::keyClicks(test::child<QLineEdit>(dialog, QStringLiteral("emailLineEdit")),
                     QStringLiteral("jo.joiner@example.org"));
    test::typeInto(joined, QStringLiteral("30/09/2024")); // and changed
    QTest::mouseClick(test::child<QPushButton>(dialog, QStringLiteral("okPushButton")),
                      Qt::LeftButton);

    RecordId joiner = 0;
    for (const ParticipantListing &p : WorkGroupStore(db()).participants(m_group.workGroupId)) {
        if (p.email == QLatin1String("jo.joiner@example.org")) {
            joiner = p.enrolment.id;
            QCOMPARE(p.enrolment.joinedOn, QDate(2024, 9, 30));
        }
    }
    QVERIFY(joiner > 0);

    // Session 1 (16/09) is before they joined: not expected, in the figures and on the grid.
    for (const ParticipantFigures &f : AttendanceFigures(db()).participants(m_group.workGroupId)) {
        if (f.participantId == joiner)
            QCOMPARE(f.expected, 0);
    }
    QCOMPARE(AttendanceFigures(db()).sessions(m_group.workGroupId).at(0).expected, 3);
    page()->tabs()->setCurrentWidget(page()->registerTab());
    RegisterGridModel *grid = page()->registerTab()->model();
    const QModelIndex cell = grid->index(grid->rowOfParticipant(joiner),
                                         grid->columnOfSession(m_group.sessions.at(0)));
    QCOMPARE(cell.data().toString(), QStringLiteral("–"));
    QVERIFY(cell.data(RegisterGridModel::NotInGroupRole).toBool());
    QVERIFY(cell.data(Qt::ToolTipRole).toString().contains(QStringLiteral("30/09/2024")));
    QCOMPARE(grid->index(grid->rowCount() - 1, grid->columnOfSession(m_group.sessions.at(0)))
                 .data()
                 .toString(),
             QStringLiteral("3/3"));
    // The printed register shows the same dash.
    const QString html = printing::registerHtml(*grid, grid->workGroupTitle());
    QVERIFY(html.contains(QStringLiteral("Jo Joiner")));
    QVERIFY(html.contains(QStringLiteral("<td align=\"center\">–</td>")));
    // The take-register list shows they were not in the group then.
    page()->tabs()->setCurrentWidget(take);
    take->showSession(m_group.sessions.at(0));
    QCOMPARE(take->model()
                 ->index(take->model()->rowOf(joiner), TakeRegisterModel::Mark)
                 .data()
                 .toString(),
             QStringLiteral("(not in the group then)"));
}

QTEST_MAIN(TestRegisterTruth)
#include "tst_registertruth.moc"
