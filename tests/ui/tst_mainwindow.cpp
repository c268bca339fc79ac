// The window around the screens: pages added by later features, navigation and Back, the Edit
// menu on whatever has focus, the status bar, remembered settings, backing up and restoring.
#include "GuiTest.h"
#include "common/Workspace.h"
#include "dashboard/DashboardPage.h"
#include "database/Backup.h"
#include "people/ErasePersonDialog.h"
#include "people/PeoplePage.h"
#include "people/PersonTableModel.h"
#include "records/AttendanceStore.h"
#include "records/PersonStore.h"
#include "records/WorkGroupStore.h"
#include "schools/SchoolsPage.h"
#include "workgroups/WorkGroupPage.h"
#include "workgroups/WorkGroupTableModel.h"
#include "workgroups/WorkGroupsPage.h"

#include <QClipboard>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QUndoStack>

using namespace hubreg;
using namespace hubreg::ui;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void addsPagesThatSurviveAnotherFile();
    void navigatesToRecordsAndBack();
    void workGroupPageShowsWhatNeedsAttention();
    void dashboardOpensASchoolsPage();
    void copiesTablesAsTabSeparatedText();
    void findGoesToTheSearchBox();
    void titleAndStatusBarDescribeTheFile();
    void remembersColumnWidths();
    void restoresABackupAfterConfirmation();
    void refusesARestoreFromAForeignFile();
    void aServersHubIsBackedUpToAFileButNotReplaced();
    void erasesAPersonOnlyWhenConfirmed();
    void readOnlyFileTakesNoEdits();

private:
    std::unique_ptr<test::WindowFixture> m_fixture;
    std::unique_ptr<QTemporaryDir> m_other; // outlives the window that has a file open in it
    test::SmallWorkGroup m_group;
};

void TestMainWindow::init()
{
    test::useTestSettings();
    m_fixture = std::make_unique<test::WindowFixture>(
        [this](Database &db) { m_group = test::buildSmallWorkGroup(db); });
}

void TestMainWindow::cleanup()
{
    m_fixture.reset();
    m_other.reset();
}

void TestMainWindow::addsPagesThatSurviveAnotherFile()
{
    MainWindow &window = m_fixture->window();
    int built = 0;
    const int row = window.addPage(QStringLiteral("Exports"), [&built](Workspace &workspace) {
        ++built;
        auto *label = new QLabel(QFileInfo(workspace.database().path()).fileName());
        label->setObjectName(QStringLiteral("exportsLabel"));
        return label;
    });
    QCOMPARE(row, 5);
    QCOMPARE(built, 0); // screens are built when first shown
    window.showPage(row);
    QCOMPARE(built, 1);
    auto *navigation = test::child<QListWidget>(&window, QStringLiteral("navigationListWidget"));
    QCOMPARE(navigation->count(), 6);
    QCOMPARE(navigation->item(3)->text(), QStringLiteral("Programmes"));
    QCOMPARE(navigation->item(4)->text(), QStringLiteral("Reports"));
    QCOMPARE(navigation->item(5)->text(), QStringLiteral("Exports"));
    navigation->setCurrentRow(5);
    QCOMPARE(window.currentPage()->objectName(), QStringLiteral("exportsLabel"));
    m_fixture->trigger(QStringLiteral("showPage0Action")); // Ctrl+1
    QCOMPARE(window.currentPage(), window.page(0));

    // Another file: every page, this one too, is built again over it when next shown.
    m_other = std::make_unique<QTemporaryDir>();
    window.switchDatabase(Database::open(m_other->filePath(QStringLiteral("other.sqlite"))));
    QCOMPARE(built, 1);
    QCOMPARE(qobject_cast<QLabel *>(window.page(5))->text(), QStringLiteral("other.sqlite"));
    QCOMPARE(built, 2);
    QCOMPARE(window.windowTitle(), QStringLiteral("other.sqlite"));
}

void TestMainWindow::navigatesToRecordsAndBack()
{
    MainWindow &window = m_fixture->window();
    WorkGroupsPage *list = window.workGroupsPage();
    QTableView *table = list->table();
    table->setFocus();
    table->setCurrentIndex(table->model()->index(0, 0));
    QTest::keyClick(table, Qt::Key_Return);
    auto *page = qobject_cast<WorkGroupPage *>(window.currentPage());
    QVERIFY(page);
    QCOMPARE(page->workGroupId(), m_group.workGroupId);

    window.workspace().openSchool(m_group.schoolA);
    QCOMPARE(window.currentPage()->objectName(), QStringLiteral("schoolPage"));
    QCOMPARE(
        test::child<QListWidget>(&window, QStringLiteral("navigationListWidget"))->currentRow(), 1);
    m_fixture->trigger(QStringLiteral("backAction"));
    QCOMPARE(window.currentPage()->objectName(), QStringLiteral("workGroupPage"));
    m_fixture->trigger(QStringLiteral("backAction"));
    QCOMPARE(window.currentPage(), static_cast<QWidget *>(list));
}

void TestMainWindow::workGroupPageShowsWhatNeedsAttention()
{
    // The file's clock says 1 October 2024: of the four sessions, only the first (16 September)
    // is past, and no register was taken for it.
    MainWindow &window = m_fixture->window();
    window.workspace().openWorkGroup(m_group.workGroupId);
    auto *warnings
        = test::child<QLabel>(window.currentPage(), QStringLiteral("workGroupWarningsLabel"));
    QVERIFY(warnings->isVisible());
    QCOMPARE(warnings->text().count(QStringLiteral("⚠")), 1);
    QVERIFY2(warnings->text().contains(QStringLiteral("Session 1")), qPrintable(warnings->text()));
    QVERIFY(warnings->text().contains(QStringLiteral("no register")));
}

void TestMainWindow::dashboardOpensASchoolsPage()
{
    MainWindow &window = m_fixture->window();
    window.showPage(4);
    auto *dashboard = qobject_cast<DashboardPage *>(window.currentPage());
    QVERIFY(dashboard);
    emit dashboard->openSchoolRequested(m_group.schoolB);
    QCOMPARE(window.currentPage()->objectName(), QStringLiteral("schoolPage"));
}

void TestMainWindow::copiesTablesAsTabSeparatedText()
{
    MainWindow &window = m_fixture->window();
    window.showPage(2);
    auto *people = qobject_cast<PeoplePage *>(window.currentPage());
    QVERIFY(people);
    people->table()->setFocus();
    people->table()->selectAll();
    QApplication::clipboard()->clear();
    m_fixture->trigger(QStringLiteral("copyAction"));
    const QStringList lines
        = QApplication::clipboard()->text().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1 + 3); // the header and the three people
    QCOMPARE(lines.first().split(QLatin1Char('\t')).first(), QStringLiteral("Name"));
    QCOMPARE(lines.at(1).split(QLatin1Char('\t')).value(0), QStringLiteral("Ash, Ann"));
    QCOMPARE(lines.at(1).split(QLatin1Char('\t')).value(1), QStringLiteral("ann.ash@example.org"));
    QCOMPARE(lines.at(1).split(QLatin1Char('\t')).value(2), QStringLiteral("Alder Primary School"));
}

void TestMainWindow::findGoesToTheSearchBox()
{
    MainWindow &window = m_fixture->window();
    window.showPage(1);
    m_fixture->trigger(QStringLiteral("findAction"));
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("schoolSearchLineEdit"));
    window.showPage(2);
    m_fixture->trigger(QStringLiteral("findAction"));
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("personSearchLineEdit"));
}

void TestMainWindow::titleAndStatusBarDescribeTheFile()
{
    MainWindow &window = m_fixture->window();
    // A file by its name; a server's hub by its database and host.
    QCOMPARE(window.windowTitle(),
             m_fixture->db().isServer() ? m_fixture->db().displayName()
                                        : QStringLiteral("gui.sqlite"));
    if (m_fixture->db().isServer())
        QVERIFY2(window.windowTitle().contains(QLatin1String(" on 127.0.0.1")),
                 qPrintable(window.windowTitle()));
    auto *counts = test::child<QLabel>(&window, QStringLiteral("countsLabel"));
    QCOMPARE(counts->text(), QStringLiteral("Work Groups: 1 · Schools: 2 · People: 3"));
    auto *saved = test::child<QLabel>(&window, QStringLiteral("savedLabel"));
    QCOMPARE(saved->text(), QString());
    Person person;
    person.firstName = QStringLiteral("Nia");
    person.lastName = QStringLiteral("New");
    PersonStore(m_fixture->db()).add(person);
    QCOMPARE(counts->text(), QStringLiteral("Work Groups: 1 · Schools: 2 · People: 4"));
    QVERIFY(saved->text().startsWith(QStringLiteral("Saved ")));
}

void TestMainWindow::remembersColumnWidths()
{
    QHeaderView *header = m_fixture->window().workGroupsPage()->table()->horizontalHeader();
    header->resizeSection(0, 211);
    header->setSortIndicator(4, Qt::DescendingOrder);
    m_fixture->window().close();
    m_fixture.reset();
    QVERIFY(QSettings().contains(QStringLiteral("window/geometry")));

    // The next window over the same settings comes back as it was left.
    m_fixture = std::make_unique<test::WindowFixture>(
        [](Database &db) { test::buildSmallWorkGroup(db); });
    QHeaderView *again = m_fixture->window().workGroupsPage()->table()->horizontalHeader();
    QCOMPARE(again->sectionSize(0), 211);
    QCOMPARE(again->sortIndicatorSection(), 4);
    QCOMPARE(again->sortIndicatorOrder(), Qt::DescendingOrder);
}

void TestMainWindow::restoresABackupAfterConfirmation()
{
    if (m_fixture->db().isServer())
        QSKIP("Replaces the hub's file by a backup; a server's hub is not replaced in place "
              "(aServersHubIsBackedUpToAFileButNotReplaced).");
    const QString backup = QDir(m_fixture->folder()).filePath(QStringLiteral("kept.sqlite"));
    Prompter::setNextFileName(backup);
    m_fixture->trigger(QStringLiteral("backUpAction"));
    QVERIFY(QFileInfo::exists(backup));

    // A change after the backup, which the restore takes away again.
    Person person;
    person.firstName = QStringLiteral("Late");
    person.lastName = QStringLiteral("Comer");
    PersonStore(m_fixture->db()).add(person);
    QCOMPARE(PersonStore(m_fixture->db()).count(), 4);
    m_fixture->window().undoStack()->push(new QUndoCommand(QStringLiteral("something to forget")));

    // Cancelled: nothing changes.
    Prompter::setNextFileName(backup);
    Prompter::setNextAnswer(QMessageBox::Cancel);
    m_fixture->trigger(QStringLiteral("restoreAction"));
    QCOMPARE(PersonStore(m_fixture->db()).count(), 4);

    Prompter::setNextFileName(backup);
    Prompter::setNextAnswer(QMessageBox::Yes);
    m_fixture->trigger(QStringLiteral("restoreAction"));
    QCOMPARE(m_fixture->db().path(), QFileInfo(m_fixture->path()).absoluteFilePath());
    QCOMPARE(PersonStore(m_fixture->db()).count(), 3);
    QVERIFY(!PersonStore(m_fixture->db()).findByEmail(QStringLiteral("late.comer@example.org")));
    QCOMPARE(m_fixture->window().undoStack()->count(), 0);
    QCOMPARE(m_fixture->window().workGroupsPage()->model()->rowCount(), 1);

    // What the file held before the restore is kept in its backups folder.
    const QStringList kept = QDir(Backup::folderFor(m_fixture->path()))
                                 .entryList({ QStringLiteral("*before-restore*") }, QDir::Files);
    QCOMPARE(kept.size(), 1);
    auto before = Database::open(QDir(Backup::folderFor(m_fixture->path())).filePath(kept.first()),
                                 Database::Access::ReadOnly);
    QCOMPARE(PersonStore(*before).count(), 4);
    QCOMPARE(
        QDir(m_fixture->folder())
            .entryList({ QStringLiteral(".gui.sqlite.restoring*") }, QDir::Files | QDir::Hidden)
            .size(),
        0);
}

void TestMainWindow::refusesARestoreFromAForeignFile()
{
    if (m_fixture->db().isServer())
        QSKIP("About the bytes of a file offered as a backup; a server's hub takes no restore "
              "(aServersHubIsBackedUpToAFileButNotReplaced).");
    const QString junk = QDir(m_fixture->folder()).filePath(QStringLiteral("junk.sqlite"));
    QFile file(junk);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, 'x'));
    file.close();
    const QString before = test::dumpContents(m_fixture->db());
    Prompter::setNextFileName(junk);
    m_fixture->trigger(QStringLiteral("restoreAction"));
    QVERIFY(Prompter::lastMessage().contains(QStringLiteral("not a HubRegister database")));
    QCOMPARE(test::dumpContents(m_fixture->db()), before);
}

void TestMainWindow::aServersHubIsBackedUpToAFileButNotReplaced()
{
    if (!m_fixture->db().isServer())
        QSKIP("About a hub on a server; a file's backup and restore are "
              "restoresABackupAfterConfirmation.");
    // Back Up Now writes a HubRegister file of the server's hub, verified, that one
    // administrator can open anywhere.
    m_other = std::make_unique<QTemporaryDir>();
    const QString backup = m_other->filePath(QStringLiteral("office.sqlite"));
    Prompter::setNextFileName(backup);
    const int messages = Prompter::messageCount();
    m_fixture->trigger(QStringLiteral("backUpAction"));
    QVERIFY2(Prompter::messageCount() == messages, qPrintable(Prompter::lastMessage()));
    QVERIFY(QFileInfo::exists(backup));
    QCOMPARE(QFile::permissions(backup) & (QFile::ReadGroup | QFile::ReadOther),
             QFileDevice::Permissions());
    const QString held = test::dumpContents(m_fixture->db());
    {
        auto copy = Database::open(backup, Database::Access::ReadOnly);
        QVERIFY(!copy->isServer());
        QCOMPARE(test::dumpContents(*copy), held);
    }
    // Restore says what to do instead, and changes nothing.
    Prompter::setNextFileName(backup);
    Prompter::setNextAnswer(QMessageBox::Yes);
    m_fixture->trigger(QStringLiteral("restoreAction"));
    QVERIFY2(Prompter::lastMessage().contains(QLatin1String("hubregister copy")),
             qPrintable(Prompter::lastMessage()));
    QCOMPARE(test::dumpContents(m_fixture->db()), held);
    QCOMPARE(PersonStore(m_fixture->db()).count(), 3);
}

void TestMainWindow::erasesAPersonOnlyWhenConfirmed()
{
    MainWindow &window = m_fixture->window();
    window.showPage(2);
    auto *people = qobject_cast<PeoplePage *>(window.currentPage());
    const int row = people->model()->rowOf(m_group.personB1);
    QVERIFY(row >= 0);
    people->table()->selectRow(row);
    window.undoStack()->push(new QUndoCommand(QStringLiteral("an earlier edit")));

    people->eraseCurrent();
    auto *dialog = test::openDialog<ErasePersonDialog>(&window);
    QVERIFY(dialog);
    dialog->reject();
    QVERIFY(!PersonStore(m_fixture->db()).find(m_group.personB1)->isErased());
    QCOMPARE(window.undoStack()->count(), 1);

    people->eraseCurrent();
    dialog = test::openDialog<ErasePersonDialog>(&window);
    QVERIFY(dialog);
    QTest::mouseClick(dialog->eraseButton(), Qt::LeftButton);
    QVERIFY(Prompter::lastMessage().contains(QStringLiteral("Ben Beech")));
    QVERIFY(PersonStore(m_fixture->db()).find(m_group.personB1)->isErased());
    // Their place stays, anonymously, so the group's figures hold.
    QCOMPARE(WorkGroupStore(m_fixture->db()).participants(m_group.workGroupId).size(), 3);
    QCOMPARE(window.undoStack()->count(), 0);
    QCOMPARE(people->model()->rowOf(m_group.personB1), -1);
}

void TestMainWindow::readOnlyFileTakesNoEdits()
{
    QString path;
    QString title;
    if (m_fixture->db().isServer()) {
        // A server's hub is read-only to a session that asks, while others write it.
        path = m_fixture->path();
        title = m_fixture->db().displayName() + QStringLiteral(" (read-only)");
    } else {
        m_other = std::make_unique<QTemporaryDir>();
        path = m_other->filePath(QStringLiteral("shared.sqlite"));
        Backup::copyVerified(m_fixture->db(), path);
        m_fixture.reset();
        title = QStringLiteral("shared.sqlite (read-only)");
    }
    auto db = Database::open(path, Database::Access::ReadOnly);
    MainWindow window(std::move(db));
    window.show();
    QCOMPARE(window.windowTitle(), title);
    QVERIFY(
        !test::child<QPushButton>(window.workGroupsPage(), QStringLiteral("newWorkGroupPushButton"))
             ->isEnabled());
    window.openWorkGroup(m_group.workGroupId);
    auto *page = qobject_cast<WorkGroupPage *>(window.currentPage());
    QVERIFY(page);
    QVERIFY(!test::child<QPushButton>(page, QStringLiteral("enrolSchoolPushButton"))->isEnabled());
    QVERIFY(
        !test::child<QPushButton>(page, QStringLiteral("markAllPresentPushButton"))->isEnabled());
    // A mark typed anyway is refused with the reason, and nothing is written.
    auto *take = test::child<QTableView>(page, QStringLiteral("takeRegisterTableView"));
    take->setCurrentIndex(take->model()->index(0, 2));
    QTest::keyClick(take, Qt::Key_P);
    QVERIFY(Prompter::lastMessage().contains(QStringLiteral("read-only")));
    QCOMPARE(window.undoStack()->count(), 0);
    QVERIFY(AttendanceStore(window.database()).marksForWorkGroup(m_group.workGroupId).isEmpty());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
