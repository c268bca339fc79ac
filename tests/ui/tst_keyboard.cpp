// The program from the keyboard alone, over the demo hub: a search box's Down or Enter reaches
// its results, Tab goes from the search through the filters to the list, an arrow key on a
// filter opens its list instead of changing it unseen, Alt with a letter never types into a
// field, the Enrol dialog starts in its search with nothing chosen, Ctrl+P prints the register,
// F1 lists every shortcut, and a late arrival is added from the Take Register tab.
#include "GuiTest.h"
#include "common/DateFields.h"
#include "mainwindow/ShortcutsDialog.h"
#include "people/PeoplePage.h"
#include "records/AttendanceStore.h"
#include "records/PersonStore.h"
#include "records/SchoolStore.h"
#include "records/SessionStore.h"
#include "records/WorkGroupStore.h"
#include "register/RegisterPrinter.h"
#include "register/TakeRegisterModel.h"
#include "register/TakeRegisterTab.h"
#include "schools/SchoolFinder.h"
#include "schools/SchoolsPage.h"
#include "sessions/SessionsTab.h"
#include "workgroups/EnrolSchoolDialog.h"
#include "workgroups/EnrolledSchoolsTab.h"
#include "workgroups/ParticipantDialog.h"
#include "workgroups/WorkGroupPage.h"
#include "workgroups/WorkGroupTableModel.h"
#include "workgroups/WorkGroupsPage.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QMenuBar>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QUndoStack>

using namespace hubreg;
using namespace hubreg::ui;

class TestKeyboard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void downOrEnterInASearchReachesTheResults_data();
    void downOrEnterInASearchReachesTheResults();
    void tabGoesFromTheSearchThroughTheFiltersToTheList();
    void anArrowKeyOpensAFilterInsteadOfChangingIt();
    void altWithALetterNeverTypesIntoASearch();
    void enrolDialogStartsInItsSearchWithNothingChosen();
    void ctrlPPrintsTheRegister();
    void f1ListsEveryShortcut();
    void aLateArrivalIsAddedFromTheTakeRegisterTab();

private:
    RecordId workGroupWithRegister() const;
    WorkGroupPage *openWorkGroup();

    std::unique_ptr<test::WindowFixture> m_fixture;
};

void TestKeyboard::initTestCase()
{
    m_fixture = test::demoHubWindow();
    m_fixture->window().activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&m_fixture->window()));
}

void TestKeyboard::cleanupTestCase()
{
    m_fixture.reset();
}

void TestKeyboard::init()
{
    m_fixture->window().showPage(0);
}

RecordId TestKeyboard::workGroupWithRegister() const
{
    for (const WorkGroupOverview &group : WorkGroupStore(m_fixture->db()).overview()) {
        if (group.academicYear == QStringLiteral("2024/25") && group.sessionsHeld > 0
            && group.participants > 0)
            return group.workGroup.id;
    }
    return 0;
}

WorkGroupPage *TestKeyboard::openWorkGroup()
{
    m_fixture->window().openWorkGroup(workGroupWithRegister());
    return qobject_cast<WorkGroupPage *>(m_fixture->window().currentPage());
}

void TestKeyboard::downOrEnterInASearchReachesTheResults_data()
{
    QTest::addColumn<int>("page");
    QTest::addColumn<QString>("searchName");
    QTest::addColumn<QString>("tableName");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("key");
    const QList<std::tuple<int, const char *, const char *, const char *>> screens = {
        { 0, "workGroupSearchLineEdit", "workGroupTableView", "TFM" },
        { 1, "schoolSearchLineEdit", "schoolTableView", "Primary" },
        { 2, "personSearchLineEdit", "personTableView", "a" },
    };
    for (const auto &[page, search, table, text] : screens) {
        for (const auto &[key, keyName] : { std::pair { int(Qt::Key_Down), "Down" },
                                            std::pair { int(Qt::Key_Return), "Enter" } })
            QTest::addRow("%s %s", table, keyName)
                << page << QString::fromLatin1(search) << QString::fromLatin1(table)
                << QString::fromLatin1(text) << key;
    }
}

void TestKeyboard::downOrEnterInASearchReachesTheResults()
{
    QFETCH(int, page);
    QFETCH(QString, searchName);
    QFETCH(QString, tableName);
    QFETCH(QString, text);
    QFETCH(int, key);
    MainWindow &window = m_fixture->window();
    window.showPage(page);
    auto *search = test::child<QLineEdit>(window.currentPage(), searchName);
    auto *table = test::child<QTableView>(window.currentPage(), tableName);
    QVERIFY(search && table);
    table->setCurrentIndex(QModelIndex());
    test::typeInto(search, text);
    QTest::keyClick(search, Qt::Key(key));
    QCOMPARE(QApplication::focusWidget(), table);
    QVERIFY(table->model()->rowCount() > 0);
    QVERIFY2(table->currentIndex().isValid(), "the first result is chosen");
    QCOMPARE(table->currentIndex().row(), 0);
    QCOMPARE(search->text(), text);
}

void TestKeyboard::tabGoesFromTheSearchThroughTheFiltersToTheList()
{
    MainWindow &window = m_fixture->window();
    const QList<QPair<int, QStringList>> screens = {
        { 0,
          { QStringLiteral("workGroupSearchLineEdit"), QStringLiteral("workGroupYearComboBox"),
            QStringLiteral("workGroupProgrammeComboBox"), QStringLiteral("workGroupLeadComboBox"),
            QStringLiteral("workGroupStatusComboBox"), QStringLiteral("workGroupTableView") } },
        { 1,
          { QStringLiteral("schoolSearchLineEdit"), QStringLiteral("schoolPhaseComboBox"),
            QStringLiteral("schoolStatusComboBox"), QStringLiteral("schoolLaComboBox"),
            QStringLiteral("schoolTableView") } },
        { 2,
          { QStringLiteral("personSearchLineEdit"), QStringLiteral("leadsOnlyCheckBox"),
            QStringLiteral("personTableView") } },
    };
    for (const auto &[page, order] : screens) {
        window.showPage(page);
        auto *first = test::child<QWidget>(window.currentPage(), order.first());
        first->setFocus(Qt::TabFocusReason);
        for (int i = 1; i < order.size(); ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QCOMPARE(QApplication::focusWidget()->objectName(), order.at(i));
        }
    }
}

void TestKeyboard::anArrowKeyOpensAFilterInsteadOfChangingIt()
{
    MainWindow &window = m_fixture->window();
    const int shown = window.workGroupsPage()->model()->rowCount();
    QVERIFY(shown > 0);
    for (const QString &name :
         { QStringLiteral("workGroupYearComboBox"), QStringLiteral("workGroupStatusComboBox") }) {
        auto *box = test::child<QComboBox>(window.workGroupsPage(), name);
        const int before = box->currentIndex();
        box->setFocus(Qt::TabFocusReason);
        QTest::keyClick(box, Qt::Key_Down);
        QCOMPARE(box->currentIndex(), before);
        QVERIFY2(box->view()->isVisible(), "the list opens, so the choice is seen");
        box->hidePopup();
        QTest::keyClick(box, Qt::Key_Up);
        QCOMPARE(box->currentIndex(), before);
        box->hidePopup();
    }
    QCOMPARE(window.workGroupsPage()->model()->rowCount(), shown);
}

void TestKeyboard::altWithALetterNeverTypesIntoASearch()
{
    MainWindow &window = m_fixture->window();
    auto *search = test::child<QLineEdit>(window.workGroupsPage(),
                                          QStringLiteral("workGroupSearchLineEdit"));
    test::typeInto(search, QStringLiteral("no such group"));
    auto *open = test::child<QPushButton>(window.workGroupsPage(),
                                          QStringLiteral("openWorkGroupPushButton"));
    QVERIFY2(!open->isEnabled(), "nothing to open, so Alt+O has no button to press");
    QTest::keyClick(search, Qt::Key_O, Qt::AltModifier);
    QCOMPARE(search->text(), QStringLiteral("no such group"));
    // Typing on goes on as before.
    QTest::keyClicks(search, QStringLiteral("s"));
    QCOMPARE(search->text(), QStringLiteral("no such groups"));
    test::typeInto(search, QString());
}

void TestKeyboard::enrolDialogStartsInItsSearchWithNothingChosen()
{
    WorkGroupPage *page = openWorkGroup();
    QVERIFY(page);
    page->tabs()->setCurrentWidget(page->schoolsTab());
    page->schoolsTab()->enrolSchool();
    auto *dialog = test::openDialog<EnrolSchoolDialog>(&m_fixture->window());
    QVERIFY(dialog);
    // Where the keyboard goes in the dialog (the offscreen platform does not always hand it
    // the application's focus, so the dialog's own focus is what is asked).
    QCOMPARE(dialog->focusWidget(), dialog->finder()->searchEdit());
    QVERIFY2(!dialog->finder()->currentSchool(), "no school is chosen before one is picked");
    QVERIFY(!dialog->finder()->table()->currentIndex().isValid());
    QVERIFY(!test::child<QPushButton>(dialog, QStringLiteral("okPushButton"))->isEnabled());

    // Typing goes into the search; Enter goes to the results and chooses the first.
    QTest::keyClicks(dialog->focusWidget(), QStringLiteral("Academy"));
    QCOMPARE(dialog->finder()->searchEdit()->text(), QStringLiteral("Academy"));
    QTest::keyClick(dialog->focusWidget(), Qt::Key_Return);
    QVERIFY2(dialog->isVisible(), "Enter in the search does not enrol anything");
    QCOMPARE(dialog->focusWidget(), dialog->finder()->table());
    QVERIFY(dialog->finder()->currentSchool());
    QVERIFY(dialog->finder()->currentSchool()->name.contains(QStringLiteral("Academy")));
    dialog->reject();
}

void TestKeyboard::ctrlPPrintsTheRegister()
{
    WorkGroupPage *page = openWorkGroup();
    QVERIFY(page);
    page->tabs()->setCurrentWidget(page->sessionsTab());
    QTemporaryDir folder;
    const QString pdf = folder.filePath(QStringLiteral("printed.pdf"));
    printing::printNextToPdf(pdf);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_P, Qt::ControlModifier);
    QVERIFY2(QFileInfo(pdf).size() > 1000, "Ctrl+P printed the register");
    QVERIFY(test::fileBytes(pdf).startsWith("%PDF"));
}

void TestKeyboard::f1ListsEveryShortcut()
{
    MainWindow &window = m_fixture->window();
    QTest::keyClick(&window, Qt::Key_F1);
    auto *dialog = test::openDialog<ShortcutsDialog>(&window);
    QVERIFY2(dialog, "F1 opens the keyboard shortcuts");
    const QStringList keys = dialog->keysListed();
    // Every menu command with keys of its own is listed with them.
    const std::function<void(const QMenu *)> check = [&](const QMenu *menu) {
        for (const QAction *action : menu->actions()) {
            if (action->menu())
                check(action->menu());
            else if (!action->shortcut().isEmpty())
                QVERIFY2(keys.contains(action->shortcut().toString(QKeySequence::NativeText)),
                         qPrintable(action->text()));
        }
    };
    for (const QAction *action : window.menuBar()->actions())
        check(action->menu());
    for (const QString &key :
         { QStringLiteral("F1"), QStringLiteral("Ctrl+P"), QStringLiteral("Ctrl+Z"),
           QStringLiteral("Ctrl+1"), QStringLiteral("Alt+Left") })
        QVERIFY2(keys.contains(key), qPrintable(key));
    QVERIFY(!dialog->table()->accessibleName().isEmpty());
    dialog->reject();
    // Also from the Help menu.
    m_fixture->trigger(QStringLiteral("keyboardShortcutsAction"));
    QVERIFY(test::openDialog<ShortcutsDialog>(&window));
    test::openDialog<ShortcutsDialog>(&window)->reject();
}

void TestKeyboard::aLateArrivalIsAddedFromTheTakeRegisterTab()
{
    WorkGroupPage *page = openWorkGroup();
    QVERIFY(page);
    TakeRegisterTab *tab = page->takeRegisterTab();
    page->tabs()->setCurrentWidget(tab);
    const auto session = SessionStore(m_fixture->db()).find(tab->sessionId());
    QVERIFY(session && session->date.isValid());
    const int before = tab->model()->rowCount();
    const int undoBefore = m_fixture->window().undoStack()->count();

    QTest::mouseClick(test::child<QPushButton>(tab, QStringLiteral("lateArrivalPushButton")),
                      Qt::LeftButton);
    auto *dialog = test::openDialog<ParticipantDialog>(&m_fixture->window());
    QVERIFY2(dialog, "the late arrival's details are asked for");
    QCOMPARE(dialog->joinedEdit()->date(), session->date);
    QTest::keyClicks(test::child<QLineEdit>(dialog, QStringLiteral("firstNameLineEdit")),
                     QStringLiteral("Lata"));
    QTest::keyClicks(test::child<QLineEdit>(dialog, QStringLiteral("lastNameLineEdit")),
                     QStringLiteral("Arrival"));
    QTest::keyClicks(test::child<QLineEdit>(dialog, QStringLiteral("emailLineEdit")),
                     QStringLiteral("lata.arrival@example.org"));
    auto *ok = test::child<QPushButton>(dialog, QStringLiteral("okPushButton"));
    QVERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);

    QCOMPARE(tab->model()->rowCount(), before + 1);
    RecordId added = 0;
    for (const ParticipantListing &p :
         WorkGroupStore(m_fixture->db()).participants(page->workGroupId())) {
        if (p.email == QStringLiteral("lata.arrival@example.org")) {
            added = p.enrolment.id;
            QCOMPARE(p.enrolment.joinedOn, session->date);
        }
    }
    QVERIFY(added > 0);
    const auto mark = AttendanceStore(m_fixture->db()).find(session->id, added);
    QVERIFY(mark);
    QCOMPARE(mark->mark, AttendanceMark::Present);
    // The cursor is on their mark: one key makes it Late.
    QCOMPARE(tab->model()->participantAt(tab->table()->currentIndex().row()), added);
    QCOMPARE(tab->table()->currentIndex().column(), int(TakeRegisterModel::Mark));
    QTest::keyClick(tab->table(), Qt::Key_L);
    QCOMPARE(AttendanceStore(m_fixture->db()).find(session->id, added)->mark, AttendanceMark::Late);

    // Undone step by step: the mark, then the person.
    QUndoStack *undo = m_fixture->window().undoStack();
    QCOMPARE(undo->count(), undoBefore + 3);
    undo->undo();
    undo->undo();
    undo->undo();
    QCOMPARE(tab->model()->rowCount(), before);
    QVERIFY(!PersonStore(m_fixture->db()).findByEmail(QStringLiteral("lata.arrival@example.org")));
}

QTEST_MAIN(TestKeyboard)
#include "tst_keyboard.moc"
