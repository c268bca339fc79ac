// Pasting participants from a spreadsheet, as a Work Group Lead would: every row previewed
// with the school it goes to (by URN, else by name, else asked), the job title kept as the
// job title, and never the school of whichever row happened to be selected.
#include "GuiTest.h"
#include "common/Workspace.h"
#include "records/PersonStore.h"
#include "records/SchoolStore.h"
#include "records/WorkGroupStore.h"
#include "workgroups/ParticipantTableModel.h"
#include "workgroups/ParticipantsTab.h"
#include "workgroups/PasteParticipantsDialog.h"
#include "workgroups/WorkGroupPage.h"

#include <QClipboard>
#include <QComboBox>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QUndoStack>

using namespace hubreg;
using namespace hubreg::ui;

class TestParticipantPaste : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::useTestSettings(); }
    void init();
    void cleanup() { m_fixture.reset(); }
    void eachRowGoesToItsOwnSchool();
    void aRowWithNoSchoolIsAskedForNotGuessed();
    void columnsCanBeReadAsAnotherField();

private:
    PasteParticipantsDialog *paste(const QString &text);
    std::optional<ParticipantListing> participant(const QString &email) const;

    std::unique_ptr<test::WindowFixture> m_fixture;
    test::SmallWorkGroup m_group;
};

void TestParticipantPaste::init()
{
    m_fixture = std::make_unique<test::WindowFixture>(
        [this](Database &db) { m_group = test::buildSmallWorkGroup(db); });
    m_fixture->window().openWorkGroup(m_group.workGroupId);
    auto *page = qobject_cast<WorkGroupPage *>(m_fixture->window().currentPage());
    QVERIFY(page);
    page->tabs()->setCurrentWidget(page->participantsTab());
    // Ann, at Alder, is selected: the school a careless paste would give everyone.
    ParticipantsTab *tab = page->participantsTab();
    const int ann = tab->model()->rowOf(m_group.participantA1);
    QVERIFY(ann >= 0);
    tab->table()->setCurrentIndex(tab->model()->index(ann, 0));
    tab->table()->setFocus();
}

PasteParticipantsDialog *TestParticipantPaste::paste(const QString &text)
{
    QApplication::clipboard()->setText(text);
    m_fixture->trigger(QStringLiteral("pasteAction")); // Edit > Paste, Ctrl+V
    return test::openDialog<PasteParticipantsDialog>(&m_fixture->window());
}

std::optional<ParticipantListing> TestParticipantPaste::participant(const QString &email) const
{
    for (const ParticipantListing &p :
         WorkGroupStore(m_fixture->db()).participants(m_group.workGroupId)) {
        if (p.email == email)
            return p;
    }
    return std::nullopt;
}

void TestParticipantPaste::eachRowGoesToItsOwnSchool()
{
    // As copied from a spreadsheet: the URN blank where the form left it blank.
    PasteParticipantsDialog *dialog
        = paste(QStringLiteral("First name\tSurname\tEmail\tJob title\tSchool\tURN\n"
                               "Cy\tCole\tcy@example.org\tYear 3 teacher\tBirch Primary School\t\n"
                               "Di\tDale\tdi@example.org\tMaths lead\t\t\n"));
    QVERIFY(dialog);
    QCOMPARE(WorkGroupStore(m_fixture->db()).participants(m_group.workGroupId).size(), 3);
    QTableWidget *preview = dialog->preview();
    QCOMPARE(preview->rowCount(), 2);
    auto cell = [preview](int row, int column) { return preview->item(row, column)->text(); };
    QCOMPARE(cell(0, PasteParticipantsDialog::NameColumn), QStringLiteral("Cy Cole"));
    QCOMPARE(cell(0, PasteParticipantsDialog::JobColumn), QStringLiteral("Year 3 teacher"));
    QVERIFY2(cell(0, PasteParticipantsDialog::SchoolColumn).contains(QLatin1String("Birch")),
             qPrintable(cell(0, PasteParticipantsDialog::SchoolColumn)));
    QVERIFY(cell(0, PasteParticipantsDialog::SchoolColumn).contains(QLatin1String("by name")));
    QVERIFY(cell(1, PasteParticipantsDialog::OutcomeColumn).startsWith(QLatin1String("Choose")));
    auto *choice = test::child<QComboBox>(dialog, QStringLiteral("schoolChoiceComboBox3"));
    QCOMPARE(choice->currentIndex(), 0); // "Choose the school…": nothing taken for granted
    QCOMPARE(dialog->addCount(), 1);

    // Di's school chosen from the keyboard, for every row without one.
    QComboBox *forAll = dialog->schoolForAllBox();
    forAll->setFocus();
    QTest::keyClick(forAll, Qt::Key_Down);
    QCOMPARE(forAll->currentData().toLongLong(), m_group.schoolA);
    QCOMPARE(dialog->addCount(), 2);
    QVERIFY(cell(1, PasteParticipantsDialog::OutcomeColumn).startsWith(QLatin1String("Joins")));
    QVERIFY(dialog->addButton()->isEnabled());
    QTest::mouseClick(dialog->addButton(), Qt::LeftButton);

    const auto cy = participant(QStringLiteral("cy@example.org"));
    QVERIFY(cy);
    QCOMPARE(cy->enrolment.schoolId, m_group.schoolB);
    QCOMPARE(cy->enrolment.role, QString()); // nothing put in "Role in group"
    const Person cyPerson = *PersonStore(m_fixture->db()).find(cy->enrolment.personId);
    QCOMPARE(cyPerson.schoolId, m_group.schoolB); // their own record too
    QCOMPARE(cyPerson.role, QStringLiteral("Year 3 teacher")); // the job title kept
    const auto di = participant(QStringLiteral("di@example.org"));
    QVERIFY(di);
    QCOMPARE(di->enrolment.schoolId, m_group.schoolA);

    // One step on the undo history.
    QUndoStack *undo = m_fixture->window().undoStack();
    undo->undo();
    QVERIFY(!participant(QStringLiteral("cy@example.org")));
    QVERIFY(!PersonStore(m_fixture->db()).findByEmail(QStringLiteral("di@example.org")));
}

void TestParticipantPaste::aRowWithNoSchoolIsAskedForNotGuessed()
{
    // No header and no school at all on one row; the other names its school's URN.
    PasteParticipantsDialog *dialog = paste(QStringLiteral("Eve Elm\teve@example.org\t100002\n"
                                                           "Fay Fir\tfay@example.org\t\n"));
    QVERIFY(dialog);
    QCOMPARE(dialog->addCount(), 1);
    QCOMPARE(dialog->rows().at(1).outcome, PastedParticipant::Outcome::NeedsSchool);
    // Adding now leaves Fay out, after saying so.
    Prompter::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(dialog->addButton(), Qt::LeftButton);
    QVERIFY2(Prompter::lastMessage().contains(QLatin1String("cannot be added")),
             qPrintable(Prompter::lastMessage()));
    QVERIFY(Prompter::lastMessage().contains(QLatin1String("Fay Fir")));
    QCOMPARE(participant(QStringLiteral("eve@example.org"))->enrolment.schoolId, m_group.schoolB);
    QVERIFY(!participant(QStringLiteral("fay@example.org")));
    QVERIFY(!PersonStore(m_fixture->db()).findByEmail(QStringLiteral("fay@example.org")));
}

void TestParticipantPaste::columnsCanBeReadAsAnotherField()
{
    // Without a header, a third text column is taken for the job title; it is the Work Group
    // role here, and the person says so.
    PasteParticipantsDialog *dialog
        = paste(QStringLiteral("Gail\tGorse\tgail@example.org\t100001\tYear 1 lead teacher\n"));
    QVERIFY(dialog);
    QComboBox *fifth = dialog->columnBox(4);
    QVERIFY(fifth);
    QCOMPARE(fifth->currentData().toInt(), int(ParticipantField::JobRole));
    QCOMPARE(dialog->rows().at(0).person.role, QStringLiteral("Year 1 lead teacher"));
    fifth->setCurrentIndex(fifth->findData(int(ParticipantField::GroupRole)));
    QCOMPARE(dialog->rows().at(0).person.role, QString());
    QCOMPARE(dialog->rows().at(0).groupRole, QStringLiteral("Year 1 lead teacher"));
    QTest::mouseClick(dialog->addButton(), Qt::LeftButton);
    const auto gail = participant(QStringLiteral("gail@example.org"));
    QVERIFY(gail);
    QCOMPARE(gail->enrolment.role, QStringLiteral("Year 1 lead teacher"));
    QCOMPARE(gail->enrolment.schoolId, m_group.schoolA);
}

QTEST_MAIN(TestParticipantPaste)
#include "tst_participantpaste.moc"
