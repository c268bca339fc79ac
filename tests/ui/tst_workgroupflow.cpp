// A Work Group from nothing, driven through the real window as a Lead would: create it, enrol
// schools (past its capacity, with a reason), add and paste participants, create the session
// series, take a register from the keyboard, undo and redo, print. Each step checks what the
// database holds, not only what the widgets show.
#include "GuiTest.h"
#include "common/DateFields.h"
#include "common/DatePromptDialog.h"
#include "common/Figures.h"
#include "common/FormValidator.h"
#include "common/Prompter.h"
#include "common/Workspace.h"
#include "figures/AttendanceFigures.h"
#include "imports/ParticipantImportWizard.h"
#include "records/AcademicYearStore.h"
#include "records/AttendanceStore.h"
#include "records/HubStore.h"
#include "records/PersonStore.h"
#include "records/ProgrammeStore.h"
#include "records/SchoolStore.h"
#include "records/SessionStore.h"
#include "records/WorkGroupStore.h"
#include "register/RegisterGridModel.h"
#include "register/RegisterTab.h"
#include "register/TakeRegisterModel.h"
#include "register/TakeRegisterTab.h"
#include "schools/SchoolFinder.h"
#include "schools/SchoolTableModel.h"
#include "sessions/SessionSeriesDialog.h"
#include "sessions/SessionTableModel.h"
#include "sessions/SessionsTab.h"
#include "workgroups/EnrolSchoolDialog.h"
#include "workgroups/EnrolledSchoolTableModel.h"
#include "workgroups/EnrolledSchoolsTab.h"
#include "workgroups/ParticipantDialog.h"
#include "workgroups/ParticipantTableModel.h"
#include "workgroups/ParticipantsTab.h"
#include "workgroups/PasteParticipantsDialog.h"
#include "workgroups/WorkGroupDetailsTab.h"
#include "workgroups/WorkGroupDialog.h"
#include "workgroups/WorkGroupPage.h"
#include "workgroups/WorkGroupsPage.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QUndoStack>

using namespace hubreg;
using namespace hubreg::ui;

class TestWorkGroupFlow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init() { m_messages = Prompter::messageCount(); }
    void cleanup();
    void createsWorkGroupFromTheDialog();
    void enrolsSchoolsFromTheRegister();
    void warnsBeyondCapacityAndKeepsTheReason();
    void addsAndPastesParticipants();
    void createsTheSessionSeriesWithPreview();
    void takesTheRegisterFromTheKeyboard();
    void undoesAndRedoesMarks();
    void gridShowsTheCoreFigures();
    void printsSignInSheetAndRegisterToPdf();
    void savesDetailsUndoably();
    void withdrawsASchoolAndRecordsALeaverWithDates();

private:
    WorkGroupPage *page() const;
    void enrol(const QString &search, const QString &reason = {});

    std::unique_ptr<test::WindowFixture> m_fixture;
    RecordId m_workGroupId = 0;
    int m_messages = 0;
};

void TestWorkGroupFlow::cleanup()
{
    // Nothing in the flow should have been refused.
    QVERIFY2(Prompter::messageCount() == m_messages, qPrintable(Prompter::lastMessage()));
}

void TestWorkGroupFlow::initTestCase()
{
    test::useTestSettings();
    m_fixture = std::make_unique<test::WindowFixture>([](Database &db) {
        Hub hub;
        hub.name = QStringLiteral("Test Maths Hub");
        HubStore(db).add(hub);
        AcademicYearStore(db).ensure(QStringLiteral("2024/25"));
        for (int i = 1; i <= 8; ++i) {
            School school;
            school.urn = *Urn::fromInt(100100 + i);
            school.name = QStringLiteral("School %1 Primary").arg(QChar(QLatin1Char('A' + i - 1)));
            school.phase = QStringLiteral("Primary");
            school.town = QStringLiteral("Testbridge");
            SchoolStore(db).add(school);
        }
        Person lead;
        lead.firstName = QStringLiteral("Lena");
        lead.lastName = QStringLiteral("Leader");
        lead.email = QStringLiteral("lena.leader@example.org");
        lead.isWorkGroupLead = true;
        PersonStore(db).add(lead);
    });
}

void TestWorkGroupFlow::cleanupTestCase()
{
    m_fixture.reset();
}

WorkGroupPage *TestWorkGroupFlow::page() const
{
    return qobject_cast<WorkGroupPage *>(m_fixture->window().currentPage());
}

void TestWorkGroupFlow::createsWorkGroupFromTheDialog()
{
    MainWindow &window = m_fixture->window();
    window.showPage(0);
    QPushButton *add = test::child<QPushButton>(window.workGroupsPage(),
                                                QStringLiteral("newWorkGroupPushButton"));
    QTest::mouseClick(add, Qt::LeftButton);
    auto *dialog = test::openDialog<WorkGroupDialog>(&window);
    QVERIFY(dialog);
    auto *ok = test::child<QPushButton>(dialog, QStringLiteral("okPushButton"));
    QVERIFY2(!ok->isEnabled(), "no code and no programme yet");
    test::typeInto(test::child<QLineEdit>(dialog, QStringLiteral("codeLineEdit")),
                   QStringLiteral("TEST WG1"));
    QVERIFY2(!ok->isEnabled(), "no programme yet");
    auto *programme = test::child<QComboBox>(dialog, QStringLiteral("programmeComboBox"));
    const RecordId development
        = ProgrammeStore(m_fixture->db()).findByCode(QStringLiteral("TFM-DEV"))->id;
    programme->setCurrentIndex(programme->findData(development));
    QVERIFY(ok->isEnabled());
    auto *lead = test::child<QComboBox>(dialog, QStringLiteral("leadComboBox"));
    lead->setCurrentIndex(lead->findText(QStringLiteral("Lena Leader")));
    test::child<QSpinBox>(dialog, QStringLiteral("capacitySpinBox"))->setValue(7);
    QTest::mouseClick(ok, Qt::LeftButton);

    const auto stored = WorkGroupStore(m_fixture->db()).findByCode(QStringLiteral("TEST WG1"));
    QVERIFY(stored);
    QCOMPARE(stored->programmeId, development);
    QCOMPARE(stored->capacity, 7);
    QVERIFY(stored->leadPersonId > 0);
    QCOMPARE(AcademicYearStore(m_fixture->db()).find(stored->academicYearId)->label,
             QStringLiteral("2024/25"));
    m_workGroupId = stored->id;
    QVERIFY2(page(), "the new Work Group's page opens");
    QCOMPARE(page()->workGroupId(), m_workGroupId);
}

void TestWorkGroupFlow::enrol(const QString &search, const QString &reason)
{
    page()->tabs()->setCurrentWidget(page()->schoolsTab());
    QTest::mouseClick(
        test::child<QPushButton>(page()->schoolsTab(), QStringLiteral("enrolSchoolPushButton")),
        Qt::LeftButton);
    auto *dialog = test::openDialog<EnrolSchoolDialog>(&m_fixture->window());
    QVERIFY(dialog);
    auto *ok = test::child<QPushButton>(dialog, QStringLiteral("okPushButton"));
    QVERIFY2(!ok->isEnabled(), "no school chosen yet");
    QTest::keyClicks(dialog->finder()->searchEdit(), search);
    QTest::keyClick(dialog->finder()->searchEdit(), Qt::Key_Return);
    QCOMPARE(dialog->finder()->model()->totalCount(), 1);
    QVERIFY(dialog->finder()->currentSchool());
    if (!reason.isEmpty()) {
        QVERIFY(!dialog->warnings().isEmpty());
        QVERIFY(test::child<QGroupBox>(dialog, QStringLiteral("warningsGroupBox"))->isVisible());
        QVERIFY2(!ok->isEnabled(), "a warning needs a reason");
        QTest::keyClicks(test::child<QLineEdit>(dialog, QStringLiteral("overrideReasonLineEdit")),
                         reason);
    }
    QVERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
}

void TestWorkGroupFlow::enrolsSchoolsFromTheRegister()
{
    for (int i = 1; i <= 7; ++i) {
        enrol(QString::number(100100 + i));
        if (QTest::currentTestFailed())
            return;
    }
    const QList<SchoolEnrolmentListing> schools
        = WorkGroupStore(m_fixture->db()).schools(m_workGroupId);
    QCOMPARE(schools.size(), 7);
    for (const SchoolEnrolmentListing &school : schools) {
        QCOMPARE(school.enrolment.joinedOn, QDate(2024, 10, 1)); // the fixed clock's today
        QVERIFY(school.enrolment.eligibilityOverride.isEmpty());
    }
    QCOMPARE(page()->schoolsTab()->table()->model()->rowCount(), 7);
}

void TestWorkGroupFlow::warnsBeyondCapacityAndKeepsTheReason()
{
    const QString reason = QStringLiteral("Replaces a school that may withdraw");
    enrol(QStringLiteral("School H"), reason);
    const auto eighth = SchoolStore(m_fixture->db()).findByUrn(*Urn::fromInt(100108));
    bool found = false;
    for (const SchoolEnrolmentListing &school :
         WorkGroupStore(m_fixture->db()).schools(m_workGroupId)) {
        if (school.enrolment.schoolId == eighth->id) {
            found = true;
            QCOMPARE(school.enrolment.eligibilityOverride, reason);
        }
    }
    QVERIFY(found);
}

void TestWorkGroupFlow::addsAndPastesParticipants()
{
    page()->tabs()->setCurrentWidget(page()->participantsTab());
    QTest::mouseClick(test::child<QPushButton>(page()->participantsTab(),
                                               QStringLiteral("addParticipantPushButton")),
                      Qt::LeftButton);
    auto *dialog = test::openDialog<ParticipantDialog>(&m_fixture->window());
    QVERIFY(dialog);
    auto *ok = test::child<QPushButton>(dialog, QStringLiteral("okPushButton"));
    QVERIFY2(!ok->isEnabled(), "no name yet");
    QTest::keyClicks(test::child<QLineEdit>(dialog, QStringLiteral("firstNameLineEdit")),
                     QStringLiteral("Ada"));
    QTest::keyClicks(test::child<QLineEdit>(dialog, QStringLiteral("lastNameLineEdit")),
                     QStringLiteral("Apple"));
    QTest::keyClicks(test::child<QLineEdit>(dialog, QStringLiteral("emailLineEdit")),
                     QStringLiteral("ada.apple@"));
    QVERIFY2(!ok->isEnabled(), "an unfinished email");
    QTest::keyClicks(test::child<QLineEdit>(dialog, QStringLiteral("emailLineEdit")),
                     QStringLiteral("example.org"));
    QVERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);

    // A block copied from a spreadsheet: a header, then name, surname, email, URN per line.
    const QString block = QStringLiteral("First\tLast\tEmail\tURN\n"
                                         "Bea\tBirch\tbea.birch@example.org\t100102\n"
                                         "Cal\tCedar\tcal.cedar@example.org\t100103\n"
                                         "Dot\tDamson\tdot.damson@example.org\t100103\n");
    QApplication::clipboard()->setText(block);
    page()->participantsTab()->table()->setFocus();
    m_fixture->trigger(QStringLiteral("pasteAction")); // Edit > Paste, Ctrl+V
    // Each row is shown with its school before anything is added.
    auto *paste = test::openDialog<PasteParticipantsDialog>(&m_fixture->window());
    QVERIFY(paste);
    QCOMPARE(paste->preview()->rowCount(), 3);
    QCOMPARE(paste->addCount(), 3);
    QCOMPARE(WorkGroupStore(m_fixture->db()).participants(m_workGroupId).size(), 1);
    QTest::mouseClick(paste->addButton(), Qt::LeftButton);

    const QList<ParticipantListing> participants
        = WorkGroupStore(m_fixture->db()).participants(m_workGroupId);
    QCOMPARE(participants.size(), 4);
    QHash<QString, QString> schoolOf;
    for (const ParticipantListing &p : participants)
        schoolOf.insert(p.email, p.schoolUrn.toString());
    QCOMPARE(schoolOf.value(QStringLiteral("ada.apple@example.org")), QStringLiteral("100101"));
    QCOMPARE(schoolOf.value(QStringLiteral("bea.birch@example.org")), QStringLiteral("100102"));
    QCOMPARE(schoolOf.value(QStringLiteral("dot.damson@example.org")), QStringLiteral("100103"));

    // Pasting is one step on the undo history.
    QUndoStack *undo = m_fixture->window().undoStack();
    undo->undo();
    QCOMPARE(WorkGroupStore(m_fixture->db()).participants(m_workGroupId).size(), 1);
    QVERIFY(!PersonStore(m_fixture->db()).findByEmail(QStringLiteral("cal.cedar@example.org")));
    undo->redo();
    QCOMPARE(WorkGroupStore(m_fixture->db()).participants(m_workGroupId).size(), 4);
    QCOMPARE(page()->participantsTab()->table()->model()->rowCount(), 4);

    // A longer list comes through the import wizard, opened on this Work Group.
    QTest::mouseClick(test::child<QPushButton>(page()->participantsTab(),
                                               QStringLiteral("importParticipantsPushButton")),
                      Qt::LeftButton);
    auto *wizard = test::openDialog<ParticipantImportWizard>(&m_fixture->window());
    QVERIFY(wizard);
    QCOMPARE(test::child<QComboBox>(wizard, QStringLiteral("workGroupComboBox"))
                 ->currentData()
                 .toString(),
             QStringLiteral("TEST WG1"));
    wizard->reject();
}

void TestWorkGroupFlow::createsTheSessionSeriesWithPreview()
{
    page()->tabs()->setCurrentWidget(page()->sessionsTab());
    QTest::mouseClick(
        test::child<QPushButton>(page()->sessionsTab(), QStringLiteral("createSeriesPushButton")),
        Qt::LeftButton);
    auto *dialog = test::openDialog<SessionSeriesDialog>(&m_fixture->window());
    QVERIFY(dialog);
    QCOMPARE(test::child<QSpinBox>(dialog, QStringLiteral("countSpinBox"))->value(),
             6); // the programme's default
    QCOMPARE(dialog->preview()->count(), 6);
    const QList<QDate> expected
        = SessionStore(m_fixture->db()).seriesDates(m_workGroupId, dialog->plan());
    QCOMPARE(dialog->previewDates(), expected);
    QVERIFY(dialog->preview()->item(0)->text().startsWith(QStringLiteral("Session 1")));

    // Every 8 weeks from June runs past the year's end: refused with the reason.
    test::child<QRadioButton>(dialog, QStringLiteral("everyWeeksRadioButton"))->setChecked(true);
    test::child<QSpinBox>(dialog, QStringLiteral("weeksSpinBox"))->setValue(8);
    test::typeInto(test::child<QLineEdit>(dialog, QStringLiteral("firstDateLineEdit")),
                   QStringLiteral("02/06/2025"));
    auto *ok = test::child<QPushButton>(dialog, QStringLiteral("okPushButton"));
    QVERIFY(!ok->isEnabled());
    QVERIFY(dialog->validator()
                ->messageFor(test::child<QSpinBox>(dialog, QStringLiteral("countSpinBox")))
                .contains(QStringLiteral("after the academic year")));
    test::child<QRadioButton>(dialog, QStringLiteral("perHalfTermRadioButton"))->setChecked(true);
    test::typeInto(test::child<QLineEdit>(dialog, QStringLiteral("firstDateLineEdit")),
                   QStringLiteral("18/09/2024"));
    QVERIFY(ok->isEnabled());
    QCOMPARE(dialog->previewDates().value(0), QDate(2024, 9, 18));
    const QList<QDate> planned = dialog->previewDates();
    QTest::mouseClick(ok, Qt::LeftButton);

    const QList<Session> sessions = SessionStore(m_fixture->db()).list(m_workGroupId);
    QCOMPARE(sessions.size(), 6);
    for (int i = 0; i < 6; ++i) {
        QCOMPARE(sessions.at(i).title, QStringLiteral("Session %1").arg(i + 1));
        QCOMPARE(sessions.at(i).date, planned.at(i));
        QCOMPARE(sessions.at(i).status, SessionStatus::Planned);
    }
    QCOMPARE(page()->sessionsTab()->model()->rowCount(), 6);
}

void TestWorkGroupFlow::takesTheRegisterFromTheKeyboard()
{
    SessionsTab *sessions = page()->sessionsTab();
    sessions->table()->setCurrentIndex(sessions->model()->index(0, SessionTableModel::Title));
    QTest::mouseClick(test::child<QPushButton>(sessions, QStringLiteral("takeRegisterPushButton")),
                      Qt::LeftButton);
    TakeRegisterTab *take = page()->takeRegisterTab();
    QCOMPARE(page()->tabs()->currentWidget(), take);
    const RecordId session = SessionStore(m_fixture->db()).list(m_workGroupId).first().id;
    QCOMPARE(take->sessionId(), session);
    QTableView *table = take->table();
    QCOMPARE(table->model()->rowCount(), 4);
    QCOMPARE(table->currentIndex().row(), 0);

    // One key per person; the cursor moves on by itself.
    QTest::keyClick(table, Qt::Key_P);
    QTest::keyClick(table, Qt::Key_L);
    QTest::keyClick(table, Qt::Key_A);
    QTest::keyClick(table, Qt::Key_X);
    QCOMPARE(table->currentIndex().row(), 3);

    auto *model = take->model();
    QHash<RecordId, AttendanceMark> marks;
    for (const AttendanceRecord &mark : AttendanceStore(m_fixture->db()).marksForSession(session))
        marks.insert(mark.participantId, mark.mark);
    QCOMPARE(marks.size(), 4);
    QCOMPARE(marks.value(model->participantAt(0)), AttendanceMark::Present);
    QCOMPARE(marks.value(model->participantAt(1)), AttendanceMark::Late);
    QCOMPARE(marks.value(model->participantAt(2)), AttendanceMark::Apologies);
    QCOMPARE(marks.value(model->participantAt(3)), AttendanceMark::Absent);
    QCOMPARE(SessionStore(m_fixture->db()).find(session)->status, SessionStatus::Held);

    // S asks for who came instead, typed straight away.
    table->setCurrentIndex(model->index(3, TakeRegisterModel::Mark));
    QTest::keyClick(table, Qt::Key_S);
    QWidget *editor = QApplication::focusWidget();
    QVERIFY(qobject_cast<QLineEdit *>(editor));
    QTest::keyClicks(editor, QStringLiteral("Sam Stand-in"));
    QTest::keyClick(editor, Qt::Key_Return);
    const auto substitute = AttendanceStore(m_fixture->db()).find(session, model->participantAt(3));
    QCOMPARE(substitute->mark, AttendanceMark::Substitute);
    QTRY_COMPARE(
        AttendanceStore(m_fixture->db()).find(session, model->participantAt(3))->substituteName,
        QStringLiteral("Sam Stand-in"));
}

void TestWorkGroupFlow::undoesAndRedoesMarks()
{
    const RecordId session = SessionStore(m_fixture->db()).list(m_workGroupId).first().id;
    auto *model = page()->takeRegisterTab()->model();
    const RecordId last = model->participantAt(3);
    m_fixture->trigger(QStringLiteral("undoAction")); // the substitute's name
    QCOMPARE(AttendanceStore(m_fixture->db()).find(session, last)->substituteName, QString());
    m_fixture->trigger(QStringLiteral("undoAction")); // S
    QCOMPARE(AttendanceStore(m_fixture->db()).find(session, last)->mark, AttendanceMark::Absent);
    m_fixture->trigger(QStringLiteral("redoAction"));
    m_fixture->trigger(QStringLiteral("redoAction"));
    QCOMPARE(AttendanceStore(m_fixture->db()).find(session, last)->mark,
             AttendanceMark::Substitute);
    QCOMPARE(AttendanceStore(m_fixture->db()).find(session, last)->substituteName,
             QStringLiteral("Sam Stand-in"));

    // Undoing every mark of the first register leaves the session planned again.
    QUndoStack *undo = m_fixture->window().undoStack();
    for (int i = 0; i < 6; ++i)
        undo->undo();
    QVERIFY(AttendanceStore(m_fixture->db()).marksForSession(session).isEmpty());
    QCOMPARE(SessionStore(m_fixture->db()).find(session)->status, SessionStatus::Planned);
    for (int i = 0; i < 6; ++i)
        undo->redo();
    QCOMPARE(AttendanceStore(m_fixture->db()).marksForSession(session).size(), 4);
    QCOMPARE(SessionStore(m_fixture->db()).find(session)->status, SessionStatus::Held);

    // Mark everyone present on the second session, then fix one exception. It is still to
    // come, so HubRegister asks first.
    TakeRegisterTab *take = page()->takeRegisterTab();
    const RecordId second = SessionStore(m_fixture->db()).list(m_workGroupId).at(1).id;
    take->showSession(second);
    Prompter::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(test::child<QPushButton>(take, QStringLiteral("markAllPresentPushButton")),
                      Qt::LeftButton);
    QCOMPARE(Prompter::messageCount(), ++m_messages);
    QVERIFY(Prompter::lastMessage().contains(QStringLiteral("future session")));
    QCOMPARE(AttendanceStore(m_fixture->db()).marksForSession(second).size(), 4);
    take->table()->setCurrentIndex(take->model()->index(1, TakeRegisterModel::Mark));
    QTest::keyClick(take->table(), Qt::Key_E);
    QCOMPARE(AttendanceStore(m_fixture->db()).find(second, take->model()->participantAt(1))->mark,
             AttendanceMark::LeftEarly);
}

void TestWorkGroupFlow::gridShowsTheCoreFigures()
{
    page()->tabs()->setCurrentWidget(page()->registerTab());
    RegisterGridModel *grid = page()->registerTab()->model();
    const QList<ParticipantFigures> participants
        = AttendanceFigures(m_fixture->db()).participants(m_workGroupId);
    QCOMPARE(participants.size(), 4);
    for (const ParticipantFigures &f : participants) {
        const int row = grid->rowOfParticipant(f.participantId);
        QVERIFY(row >= 0);
        QCOMPARE(grid->index(row, grid->attendedColumn()).data().toString(),
                 attendedOf(f.attended, f.expected));
        QCOMPARE(grid->index(row, grid->shareColumn()).data().toString(),
                 percentOf(f.attended, f.expected));
    }
    const int total = grid->rowCount() - 1;
    for (const SessionFigures &f : AttendanceFigures(m_fixture->db()).sessions(m_workGroupId)) {
        const int column = grid->columnOfSession(f.sessionId);
        const QString shown = grid->index(total, column).data().toString();
        if (f.expected > 0)
            QCOMPARE(shown, QStringLiteral("%1/%2").arg(f.attended).arg(f.expected));
        else
            QCOMPARE(shown, QString());
    }
    // Session 1: present, late, apologies, substitute: 3 of 4 attended.
    const RecordId first = SessionStore(m_fixture->db()).list(m_workGroupId).first().id;
    QCOMPARE(grid->index(total, grid->columnOfSession(first)).data().toString(),
             QStringLiteral("3/4"));

    // Typing into the grid is the same register.
    QTableView *view = page()->registerTab()->grid();
    const RecordId participant = participants.first().participantId;
    view->setCurrentIndex(
        grid->index(grid->rowOfParticipant(participant), grid->columnOfSession(first)));
    QTest::keyClick(view, Qt::Key_X);
    QCOMPARE(AttendanceStore(m_fixture->db()).find(first, participant)->mark,
             AttendanceMark::Absent);
    QCOMPARE(grid->index(grid->rowOfParticipant(participant), grid->columnOfSession(first))
                 .data()
                 .toString(),
             QStringLiteral("X"));
}

void TestWorkGroupFlow::printsSignInSheetAndRegisterToPdf()
{
    page()->tabs()->setCurrentWidget(page()->takeRegisterTab());
    const QString signIn = QDir(m_fixture->folder()).filePath(QStringLiteral("sign-in.pdf"));
    Prompter::setNextFileName(signIn);
    QTest::mouseClick(test::child<QPushButton>(page()->takeRegisterTab(),
                                               QStringLiteral("saveSignInPdfPushButton")),
                      Qt::LeftButton);
    QVERIFY(QFileInfo(signIn).size() > 1000);
    QVERIFY(test::fileBytes(signIn).startsWith("%PDF"));

    page()->tabs()->setCurrentWidget(page()->registerTab());
    const QString grid = QDir(m_fixture->folder()).filePath(QStringLiteral("register.pdf"));
    Prompter::setNextFileName(grid);
    QTest::mouseClick(test::child<QPushButton>(page()->registerTab(),
                                               QStringLiteral("saveRegisterPdfPushButton")),
                      Qt::LeftButton);
    QVERIFY(QFileInfo(grid).size() > 1000);
    QVERIFY(test::fileBytes(grid).startsWith("%PDF"));
}

void TestWorkGroupFlow::savesDetailsUndoably()
{
    page()->tabs()->setCurrentWidget(page()->detailsTab());
    auto *save
        = test::child<QPushButton>(page()->detailsTab(), QStringLiteral("saveDetailsPushButton"));
    QVERIFY(!save->isEnabled());
    auto *title = test::child<QLineEdit>(page()->detailsTab(), QStringLiteral("titleLineEdit"));
    test::typeInto(title, QStringLiteral("Testbridge Development Group"));
    QVERIFY(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    QCOMPARE(WorkGroupStore(m_fixture->db()).find(m_workGroupId)->title,
             QStringLiteral("Testbridge Development Group"));
    QVERIFY(!save->isEnabled());
    QVERIFY(test::child<QLabel>(page(), QStringLiteral("pageTitleLabel"))
                ->text()
                .contains(QStringLiteral("Testbridge")));

    // A code already taken is refused beside the field, before anything is saved.
    auto *code = test::child<QLineEdit>(page()->detailsTab(), QStringLiteral("codeLineEdit"));
    test::typeInto(code, QString());
    QVERIFY(!save->isEnabled());
    test::typeInto(code, QStringLiteral("TEST WG1"));
    // Unsaved typing is never overwritten; Revert goes back to what is stored.
    QTest::mouseClick(
        test::child<QPushButton>(page()->detailsTab(), QStringLiteral("revertDetailsPushButton")),
        Qt::LeftButton);
    QVERIFY(!save->isEnabled());

    m_fixture->trigger(QStringLiteral("undoAction"));
    QCOMPARE(WorkGroupStore(m_fixture->db()).find(m_workGroupId)->title, QString());
    QCOMPARE(title->text(), QString());
}

void TestWorkGroupFlow::withdrawsASchoolAndRecordsALeaverWithDates()
{
    EnrolledSchoolsTab *schools = page()->schoolsTab();
    page()->tabs()->setCurrentWidget(schools);
    schools->table()->selectRow(0);
    const SchoolEnrolmentListing *row = schools->model()->enrolmentAt(0);
    const RecordId enrolment = row->enrolment.id;
    QTest::mouseClick(test::child<QPushButton>(schools, QStringLiteral("withdrawSchoolPushButton")),
                      Qt::LeftButton);
    auto *dialog = test::openDialog<DatePromptDialog>(&m_fixture->window());
    QVERIFY(dialog);
    test::typeInto(dialog->dateEdit(), QStringLiteral("30/09/2024")); // before it joined
    QVERIFY(!test::child<QPushButton>(dialog, QStringLiteral("okPushButton"))->isEnabled());
    test::typeInto(dialog->dateEdit(), QStringLiteral("14/02/2025"));
    QTest::mouseClick(test::child<QPushButton>(dialog, QStringLiteral("okPushButton")),
                      Qt::LeftButton);
    QCOMPARE(WorkGroupStore(m_fixture->db()).findSchoolEnrolment(enrolment)->withdrawnOn,
             QDate(2025, 2, 14));

    ParticipantsTab *participants = page()->participantsTab();
    page()->tabs()->setCurrentWidget(participants);
    participants->table()->selectRow(1);
    const RecordId leaver = participants->table()
                                ->currentIndex()
                                .data(ParticipantTableModel::ParticipantIdRole)
                                .toLongLong();
    QTest::mouseClick(
        test::child<QPushButton>(participants, QStringLiteral("leaveParticipantPushButton")),
        Qt::LeftButton);
    dialog = test::openDialog<DatePromptDialog>(&m_fixture->window());
    QVERIFY(dialog);
    test::typeInto(dialog->dateEdit(), QStringLiteral("03/03/2025"));
    QTest::mouseClick(test::child<QPushButton>(dialog, QStringLiteral("okPushButton")),
                      Qt::LeftButton);
    QCOMPARE(WorkGroupStore(m_fixture->db()).findParticipant(leaver)->leftOn, QDate(2025, 3, 3));

    m_fixture->trigger(QStringLiteral("undoAction"));
    QVERIFY(!WorkGroupStore(m_fixture->db()).findParticipant(leaver)->hasLeft());
    m_fixture->trigger(QStringLiteral("undoAction"));
    QVERIFY(!WorkGroupStore(m_fixture->db()).findSchoolEnrolment(enrolment)->isWithdrawn());
}

QTEST_MAIN(TestWorkGroupFlow)
#include "tst_workgroupflow.moc"
