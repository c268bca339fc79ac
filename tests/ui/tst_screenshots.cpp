// A tour of the main screens over the demo hub. Under ctest it checks that each screen opens
// where it should; run under Xvfb with the xcb platform and HUBREGISTER_SCREENSHOTS set to a
// folder, it also saves what the X server shows of each screen, for docs/screenshots
// (see docs/screenshots/README.md for the command).
#include "GuiTest.h"
#include "commands/RegisterCommands.h"
#include "common/Workspace.h"
#include "conflicts/EditConflictDialog.h"
#include "conflicts/EditConflictModel.h"
#include "dashboard/ChartPanel.h"
#include "dashboard/DashboardPage.h"
#include "database/Backup.h"
#include "database/SqlQuery.h"
#include "exchange/ConflictDialog.h"
#include "exchange/ConflictTableModel.h"
#include "exchange/ExchangeIdentity.h"
#include "exchange/HubPackWriter.h"
#include "exchange/ImportPreviewDialog.h"
#include "exchange/LeadUpdate.h"
#include "exchange/PackOpener.h"
#include "exchange/PassphraseDialog.h"
#include "exchange/ReturnPackWriter.h"
#include "exports/ExportDialog.h"
#include "history/ParticipationHistory.h"
#include "hub/HubSetupWizard.h"
#include "hub/LocalAuthorityPicker.h"
#include "mainwindow/ShortcutsDialog.h"
#include "people/BackupCopiesPanel.h"
#include "people/ErasePersonDialog.h"
#include "people/PeoplePage.h"
#include "people/PersonPage.h"
#include "people/PersonTableModel.h"
#include "people/RetentionDialog.h"
#include "records/AttendanceStore.h"
#include "records/PersonStore.h"
#include "records/SchoolStore.h"
#include "records/SessionStore.h"
#include "records/WorkGroupStore.h"
#include "register/RegisterTab.h"
#include "register/TakeRegisterModel.h"
#include "register/TakeRegisterTab.h"
#include "schools/SchoolFinder.h"
#include "schools/SchoolPage.h"
#include "schools/SchoolTableModel.h"
#include "schools/SchoolsPage.h"
#include "sessions/CancelSessionDialog.h"
#include "sessions/SessionSeriesDialog.h"
#include "sessions/SessionTableModel.h"
#include "sessions/SessionsTab.h"
#include "workgroups/EnrolSchoolDialog.h"
#include "workgroups/EnrolledSchoolsTab.h"
#include "workgroups/ParticipantDialog.h"
#include "workgroups/ParticipantsTab.h"
#include "workgroups/WorkGroupDialog.h"
#include "workgroups/WorkGroupForm.h"
#include "workgroups/WorkGroupPage.h"
#include "workgroups/WorkGroupTableModel.h"
#include "workgroups/WorkGroupsPage.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScreen>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>

using namespace hubreg;
using namespace hubreg::ui;

class TestScreenshots : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void workGroups();
    void registerGrid();
    void takeRegister();
    void enrolSchool();
    void sessionSeries();
    void participants();
    void newWorkGroup();
    void schools();
    void schoolPage();
    void personPage();
    void exportReturn();
    void exchangeConflicts();
    void dashboard();
    void cancelSession();
    void keyboardShortcuts();
    void hubSetup();
    void erasePerson();
    void retention();
    void editConflict();

private:
    void shoot(const QString &name);
    void shoot(const QString &name, QWidget &window);
    RecordId workGroupWithRegister() const;

    std::unique_ptr<test::WindowFixture> m_fixture;
};

void TestScreenshots::initTestCase()
{
    m_fixture = test::demoHubWindow();
    // A small laptop's screen: what fits here fits anywhere.
    m_fixture->window().resize(1024, 700);
    m_fixture->window().move(0, 0);
}

void TestScreenshots::cleanupTestCase()
{
    m_fixture.reset();
}

void TestScreenshots::shoot(const QString &name)
{
    shoot(name, m_fixture->window());
}

void TestScreenshots::shoot(const QString &name, QWidget &shown)
{
    QApplication::processEvents();
    const QString folder = qEnvironmentVariable("HUBREGISTER_SCREENSHOTS");
    if (folder.isEmpty())
        return;
    // Painted and flushed now; the grab is a later request on the same connection.
    for (QWidget *window : QApplication::topLevelWidgets()) {
        if (window->isVisible())
            window->repaint();
    }
    QScreen *screen = shown.screen();
    const QRect frame = shown.frameGeometry();
    const QPixmap shot = screen->grabWindow(0, frame.x(), frame.y(), frame.width(), frame.height());
    QVERIFY(shot.save(QDir(folder).filePath(name + QStringLiteral(".png"))));
}

RecordId TestScreenshots::workGroupWithRegister() const
{
    const QList<WorkGroupOverview> groups = WorkGroupStore(m_fixture->db()).overview();
    for (const WorkGroupOverview &group : groups) {
        if (group.academicYear == QStringLiteral("2024/25")
            && group.programmeCode == QStringLiteral("TFM-DEV"))
            return group.workGroup.id;
    }
    return groups.value(0).workGroup.id;
}

void TestScreenshots::workGroups()
{
    m_fixture->window().showPage(0);
    auto *page = qobject_cast<WorkGroupsPage *>(m_fixture->window().currentPage());
    QVERIFY(page);
    QVERIFY(page->model()->rowCount() > 0);
    page->table()->setCurrentIndex(page->table()->model()->index(0, 0));
    shoot(QStringLiteral("workgroups"));
}

void TestScreenshots::registerGrid()
{
    m_fixture->window().openWorkGroup(workGroupWithRegister());
    auto *page = qobject_cast<WorkGroupPage *>(m_fixture->window().currentPage());
    QVERIFY(page);
    QCOMPARE(page->tabs()->currentWidget(), page->registerTab());
    QVERIFY(page->registerTab()->grid()->model()->rowCount() > 3);
    shoot(QStringLiteral("register"));
}

void TestScreenshots::takeRegister()
{
    auto *page = qobject_cast<WorkGroupPage *>(m_fixture->window().currentPage());
    QVERIFY(page);
    page->tabs()->setCurrentWidget(page->takeRegisterTab());
    QVERIFY(page->takeRegisterTab()->model()->rowCount() > 0);
    page->takeRegisterTab()->table()->setFocus();
    shoot(QStringLiteral("take-register"));
}

void TestScreenshots::enrolSchool()
{
    auto *page = qobject_cast<WorkGroupPage *>(m_fixture->window().currentPage());
    QVERIFY(page);
    page->tabs()->setCurrentWidget(page->schoolsTab());
    page->schoolsTab()->enrolSchool();
    auto *dialog = test::openDialog<EnrolSchoolDialog>(&m_fixture->window());
    QVERIFY(dialog);
    QTest::keyClicks(dialog->finder()->searchEdit(), QStringLiteral("Prim"));
    QTest::keyClick(dialog->finder()->searchEdit(), Qt::Key_Return);
    QVERIFY(dialog->finder()->model()->totalCount() > 0);
    shoot(QStringLiteral("enrol-school"));
    dialog->reject();
}

void TestScreenshots::sessionSeries()
{
    auto *page = qobject_cast<WorkGroupPage *>(m_fixture->window().currentPage());
    QVERIFY(page);
    page->tabs()->setCurrentWidget(page->sessionsTab());
    page->sessionsTab()->createSeries();
    auto *dialog = test::openDialog<SessionSeriesDialog>(&m_fixture->window());
    QVERIFY(dialog);
    QCOMPARE(dialog->preview()->count(), 6);
    shoot(QStringLiteral("session-series"));
    dialog->reject();
}

void TestScreenshots::participants()
{
    auto *page = qobject_cast<WorkGroupPage *>(m_fixture->window().currentPage());
    QVERIFY(page);
    page->tabs()->setCurrentWidget(page->participantsTab());
    QVERIFY(page->participantsTab()->table()->model()->rowCount() > 0);
    page->participantsTab()->table()->selectRow(2);
    page->participantsTab()->editCurrent();
    auto *dialog = test::openDialog<ParticipantDialog>(&m_fixture->window());
    QVERIFY(dialog);
    shoot(QStringLiteral("participant"));
    dialog->reject();
}

void TestScreenshots::newWorkGroup()
{
    m_fixture->window().showPage(0);
    m_fixture->window().workGroupsPage()->newWorkGroup();
    auto *dialog = test::openDialog<WorkGroupDialog>(&m_fixture->window());
    QVERIFY(dialog);
    QTest::keyClicks(dialog->form()->codeEdit(), QStringLiteral("MN 24-01"));
    shoot(QStringLiteral("new-work-group"));
    dialog->reject();
}

void TestScreenshots::schools()
{
    m_fixture->window().showPage(1);
    auto *page = qobject_cast<SchoolsPage *>(m_fixture->window().currentPage());
    QVERIFY(page);
    QVERIFY(page->finder()->model()->totalCount() > 50);
    shoot(QStringLiteral("schools"));
}

void TestScreenshots::schoolPage()
{
    // A school of the demo that took part under an earlier URN shows its history following it.
    RecordId chosen = 0;
    for (const School &school : SchoolStore(m_fixture->db()).list()) {
        if (SchoolStore(m_fixture->db()).historyUrns(school.urn).size() < 2)
            continue;
        if (chosen == 0)
            chosen = school.id;
        for (const SchoolParticipation &row :
             ParticipationHistory(m_fixture->db()).forSchool(school.id)) {
            if (row.schoolId != school.id)
                chosen = school.id;
        }
    }
    QVERIFY(chosen > 0);
    m_fixture->window().openSchool(chosen);
    auto *page = qobject_cast<SchoolPage *>(m_fixture->window().currentPage());
    QVERIFY(page);
    QVERIFY(page->linksTable()->model()->rowCount() > 0);
    shoot(QStringLiteral("school"));
}

void TestScreenshots::personPage()
{
    m_fixture->window().showPage(2);
    auto *people = qobject_cast<PeoplePage *>(m_fixture->window().currentPage());
    QVERIFY(people);
    people->table()->setCurrentIndex(people->table()->model()->index(3, 0));
    people->openCurrent();
    auto *page = qobject_cast<PersonPage *>(m_fixture->window().currentPage());
    QVERIFY(page);
    shoot(QStringLiteral("person"));
}

void TestScreenshots::exportReturn()
{
    m_fixture->window().showPage(0);
    m_fixture->trigger(QStringLiteral("exportReturnAction"));
    auto *dialog = test::openDialog<ExportDialog>(&m_fixture->window());
    QVERIFY(dialog);
    auto *report = dialog->findChild<QComboBox *>(QStringLiteral("reportComboBox"));
    QVERIFY(report);
    report->setCurrentIndex(report->findText(QStringLiteral("Sessions")));
    QVERIFY(report->currentIndex() >= 0);
    auto *preview = dialog->findChild<QTableView *>(QStringLiteral("previewTableView"));
    QVERIFY(preview && preview->model()->rowCount() > 0);
    shoot(QStringLiteral("export-return"));
    dialog->reject();
}

void TestScreenshots::exchangeConflicts()
{
    // A Lead's copy of one Work Group made from the demo hub, changed offline, while the hub
    // changed the same session: the return's conflicts, half decided.
    Database &hub = m_fixture->db();
    const QString passphrase = QStringLiteral("screenshot hub passphrase");
    ExchangeIdentityStore(hub).createHub(HubPackWriter::hubNameFor(hub), passphrase,
                                         packcrypto::PasswordCost::minimum(),
                                         packcrypto::makeKeys());
    const RecordId group = workGroupWithRegister();
    const WorkGroup workGroup = *WorkGroupStore(hub).find(group);
    HubPackRequest request;
    request.leadEmail = PersonStore(hub).find(workGroup.leadPersonId)->email;
    request.workGroupCodes = { workGroup.code };
    request.codeCost = packcrypto::PasswordCost::minimum();
    QTemporaryDir dir;
    const QString first = dir.filePath(QStringLiteral("first.hubpack"));
    const auto hubKeys
        = ExchangeIdentityStore::unlock(ExchangeIdentityStore(hub).require(), passphrase);
    const HubPackResult made = HubPackWriter(hub).write(request, hubKeys, first);
    auto lead = Database::open(dir.filePath(QStringLiteral("lead.sqlite")));
    LeadUpdate opened(*lead, PackOpener::openWithCode(PackOpener::inspect(first), made.code));
    opened.setPassphrase(passphrase, packcrypto::PasswordCost::minimum());
    opened.apply(true);

    const QList<Session> sessions = SessionStore(hub).list(group);
    Session atHub = sessions.last();
    const QString uuid = atHub.uuid.toString(QUuid::WithoutBraces);
    const RecordId inCopy
        = SqlQuery(*lead, QStringLiteral("SELECT id FROM sessions WHERE uuid = '%1'").arg(uuid))
              .scalar()
              .toLongLong();
    Session atLead = *SessionStore(*lead).find(inCopy);
    atLead.date = atHub.date.addDays(7);
    atLead.venue = QStringLiteral("Oakfield Primary, the hall");
    atLead.notes = QStringLiteral("Bring the Year 2 fluency assessments");
    SessionStore(*lead).update(atLead);
    atHub.date = atHub.date.addDays(14);
    atHub.venue = QStringLiteral("Teachers' Centre, room 2");
    atHub.notes = QStringLiteral("Room booked until 5 pm");
    SessionStore(hub).update(atHub);
    const QString back = dir.filePath(QStringLiteral("return.hubpack"));
    ReturnPackWriter(*lead).write(
        ExchangeIdentityStore::unlock(ExchangeIdentityStore(*lead).require(), passphrase), back);

    Prompter::setNextFileName(back);
    PassphraseDialog::setNextAnswers({ passphrase });
    m_fixture->trigger(QStringLiteral("importFromLeadAction"));
    auto *preview = test::openDialog<ImportPreviewDialog>(&m_fixture->window());
    QVERIFY(preview);
    preview->openConflicts();
    auto *conflicts = test::openDialog<ConflictDialog>(preview);
    QVERIFY(conflicts);
    QCOMPARE(conflicts->model()->rowCount(), 3);
    conflicts->model()->decide(0, Side::Lead);
    conflicts->model()->decide(1, Side::Hub);
    conflicts->table()->selectRow(2);
    conflicts->resize(1000, 360);
    preview->hide(); // the conflicts are the picture
    conflicts->move(m_fixture->window().frameGeometry().center() - conflicts->rect().center());
    shoot(QStringLiteral("exchange-conflicts"));
    conflicts->reject();
    preview->reject();
}

// A new file's first start, in a 1024x700 window: the setup, on its area page.
void TestScreenshots::hubSetup()
{
    test::WindowFixture fresh;
    fresh.window().resize(1024, 700);
    fresh.window().move(0, 0);
    fresh.window().offerHubSetup();
    auto *wizard = test::openDialog<HubSetupWizard>(&fresh.window());
    QVERIFY(wizard);
    QTest::keyClicks(test::child<QLineEdit>(wizard, QStringLiteral("hubNameLineEdit")),
                     QStringLiteral("West Yorkshire Maths Hub"));
    QTest::keyClicks(test::child<QLineEdit>(wizard, QStringLiteral("hubContactNameLineEdit")),
                     QStringLiteral("Hana Hubley"));
    QTest::keyClicks(test::child<QLineEdit>(wizard, QStringLiteral("hubContactEmailLineEdit")),
                     QStringLiteral("office@wymathshub.example.org"));
    wizard->next();
    LocalAuthorityPicker *area = wizard->area();
    for (const QString &typed :
         { QStringLiteral("Leeds"), QStringLiteral("380"), QStringLiteral("Calder") }) {
        QTest::keyClicks(area->searchEdit(), typed);
        QTest::keyClick(area->searchEdit(), Qt::Key_Return);
    }
    QCOMPARE(area->list()->currentItem()->text(), QStringLiteral("Calderdale (381)"));
    QVERIFY(area->chosenLabel()->text().contains(QLatin1String("Chosen (3)")));
    QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
    QVERIFY(wizard->frameGeometry().right() < 1024 && wizard->frameGeometry().bottom() < 700);
    shoot(QStringLiteral("hub-setup"), fresh.window());
    wizard->reject();
}

void TestScreenshots::erasePerson()
{
    m_fixture->window().showPage(2);
    auto *people = qobject_cast<PeoplePage *>(m_fixture->window().currentPage());
    QVERIFY(people);
    people->table()->setCurrentIndex(people->table()->model()->index(3, 0));
    people->openCurrent();
    auto *page = qobject_cast<PersonPage *>(m_fixture->window().currentPage());
    QVERIFY(page);
    // The day's backup holds them: the dialog says when it goes, and offers to rewrite it.
    Backup::dailyIfDue(m_fixture->db(), Backup::kDefaultDailyKept);
    page->erasePerson();
    auto *dialog = test::openDialog<ErasePersonDialog>(&m_fixture->window());
    QVERIFY(dialog);
    QVERIFY(!dialog->goesText().isEmpty());
    QCOMPARE(dialog->backupsPanel()->copies().size(), 1);
    shoot(QStringLiteral("erase-person"));
    dialog->reject();
}

void TestScreenshots::retention()
{
    m_fixture->window().showPage(2);
    auto *people = qobject_cast<PeoplePage *>(m_fixture->window().currentPage());
    QVERIFY(people);
    // Years on, the people of the earlier academic year are past the six years.
    const QDateTime now = m_fixture->clock().nowUtc();
    m_fixture->clock().setNow(QDateTime(QDate(2030, 10, 1), QTime(9, 0), Qt::UTC));
    people->openRetention();
    auto *dialog = test::openDialog<RetentionDialog>(&m_fixture->window());
    QVERIFY(dialog);
    QCOMPARE(dialog->yearsSpinBoxes().size(), 1);
    QVERIFY(!dialog->due().isEmpty());
    shoot(QStringLiteral("retention"));
    dialog->reject();
    m_fixture->clock().setNow(now);
}

void TestScreenshots::dashboard()
{
    m_fixture->window().showPage(4);
    auto *page = qobject_cast<DashboardPage *>(m_fixture->window().currentPage());
    QVERIFY(page);
    QVERIFY(page->engagementPanel()->chartView()->chart());
    shoot(QStringLiteral("dashboard"));
}

void TestScreenshots::cancelSession()
{
    m_fixture->window().openWorkGroup(workGroupWithRegister());
    auto *page = qobject_cast<WorkGroupPage *>(m_fixture->window().currentPage());
    QVERIFY(page);
    page->tabs()->setCurrentWidget(page->sessionsTab());
    SessionsTab *sessions = page->sessionsTab();
    int planned = -1;
    for (int row = 0; row < sessions->model()->rowCount() && planned < 0; ++row) {
        if (sessions->model()->sessionAt(row)->status == SessionStatus::Planned)
            planned = row;
    }
    QVERIFY(planned >= 0);
    sessions->table()->selectRow(planned);
    sessions->toggleCancelled();
    auto *dialog = test::openDialog<CancelSessionDialog>(&m_fixture->window());
    QVERIFY(dialog);
    QTest::keyClicks(dialog->reasonEdit(), QStringLiteral("Venue closed by snow"));
    shoot(QStringLiteral("cancel-session"));
    dialog->reject();
}

void TestScreenshots::keyboardShortcuts()
{
    m_fixture->window().showPage(0);
    m_fixture->trigger(QStringLiteral("keyboardShortcutsAction"));
    auto *dialog = test::openDialog<ShortcutsDialog>(&m_fixture->window());
    QVERIFY(dialog);
    QVERIFY(dialog->keysListed().contains(QStringLiteral("Ctrl+P")));
    shoot(QStringLiteral("keyboard-shortcuts"));
    dialog->reject();
}

QTEST_MAIN(TestScreenshots)
void TestScreenshots::editConflict()
{
    // An administrator changes a teacher's details from the form; meanwhile a colleague on the
    // hub's server changes the same teacher. Saving shows both, field by field, and the
    // person keeps their own phone number (Y) before the picture; Cancel then writes nothing.
    Database &hub = m_fixture->db();
    const Person before = *PersonStore(hub).find(PersonStore(hub).list().at(3).id);
    Person theirs = before;
    theirs.email = QStringLiteral("new.address@school.example.org");
    theirs.phone = QStringLiteral("0114 496 0101");
    PersonStore(hub).update(theirs);
    Person mine = before;
    mine.phone = QStringLiteral("0114 496 0202");
    mine.role = QStringLiteral("Maths lead");
    bool shown = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<EditConflictDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        shown = true;
        dialog->resize(760, 360);
        for (int row = 0; row < dialog->model()->rowCount(); ++row) {
            if (dialog->model()->index(row, EditConflictModel::Field).data()
                == QStringLiteral("Phone")) {
                dialog->table()->selectRow(row);
                QTest::keyClick(dialog->table(), Qt::Key_Y);
            }
        }
        shoot(QStringLiteral("edit-conflict"), *dialog);
        dialog->reject();
    });
    Workspace &workspace = m_fixture->window().workspace();
    QVERIFY(!workspace.run(new UpdatePersonCommand(workspace, before, mine)));
    QVERIFY(shown);
    QCOMPARE(PersonStore(hub).find(before.id)->phone, theirs.phone);
}

#include "tst_screenshots.moc"
