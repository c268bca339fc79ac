// The participant import wizard driven as a person would: file, columns, check, import.
#include "GuiTest.h"
#include "TestSupport.h"
#include "common/DataTableView.h"
#include "common/Prompter.h"
#include "database/SqlQuery.h"
#include "imports/HeldPeopleModel.h"
#include "imports/ParticipantImportWizard.h"
#include "records/AcademicYearStore.h"
#include "records/HubStore.h"
#include "records/ImportMappingStore.h"
#include "records/PersonStore.h"
#include "records/ProgrammeStore.h"
#include "records/SchoolStore.h"
#include "records/WorkGroupStore.h"
#include "workgroups/ParticipantsTab.h"
#include "workgroups/WorkGroupPage.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

using namespace hubreg;

namespace {

// Two schools of one name, an academy and its closed predecessor, and a Work Group.
RecordId buildRegister(Database &db)
{
    auto school = [&](int urn, const char *name, const char *postcode, const char *status) {
        School s;
        s.urn = *Urn::fromInt(urn);
        s.name = QString::fromUtf8(name);
        s.town = QStringLiteral("Leeds");
        s.postcode = QLatin1String(postcode);
        s.status = QLatin1String(status);
        SchoolStore(db).add(s);
        return s.id;
    };
    const RecordId maryLeeds = school(107001, "St Mary's CE Primary School", "LS1 1AA", "Open");
    school(107002, "St Mary's CE Primary School", "BD1 1AA", "Open");
    school(107003, "Oakwood Primary School", "LS2 2AA", "Closed");
    school(107004, "Oakwood Primary School", "LS2 2AA", "Open");
    school(107006, "Ash & Elm Primary", "LS4 4AA", "Open");
    Hub hub;
    hub.name = QStringLiteral("Leeds Maths Hub");
    HubStore(db).add(hub);
    WorkGroup wg;
    wg.hubId = hub.id;
    wg.programmeId = ProgrammeStore(db).findByCode(QStringLiteral("MN"))->id;
    wg.academicYearId = AcademicYearStore(db).ensure(QStringLiteral("2024/25")).id;
    wg.code = QStringLiteral("LEEDS-MN-01");
    wg.title = QStringLiteral("Mastering Number, Leeds");
    WorkGroupStore(db).add(wg);
    return maryLeeds;
}

template<typename T> T *child(QWidget &parent, const QString &name)
{
    T *widget = parent.findChild<T *>(name);
    if (!widget)
        qFatal("no widget %s", qPrintable(name));
    return widget;
}

} // namespace

class TestParticipantImportWizard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::useTestSettings(); }
    void importsAListStepByStep();
    void choosesForEachPersonAlreadyHeld();
    void needsANameAndASchoolColumn();
    void showsWhyAFileCannotBeRead();
    void importFromTheWorkGroupClearsUndo();
};

void TestParticipantImportWizard::importsAListStepByStep()
{
    test::TempDatabase temp;
    const RecordId maryLeeds = buildRegister(temp.db());
    ui::ParticipantImportWizard wizard(temp.db());
    wizard.show();

    // Step 1: the file, read as Windows-1252 with semicolons, and its first rows.
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    ui::Prompter::setNextFileName(
        test::testDataPath(QStringLiteral("participants/form-1252-semicolon.csv")));
    child<QPushButton>(wizard, QStringLiteral("browsePushButton"))->click();
    const auto *preview = child<QTableWidget>(wizard, QStringLiteral("previewTableWidget"));
    QCOMPARE(preview->rowCount(), 5);
    QCOMPARE(preview->item(0, 0)->text(), QStringLiteral("Zoë Brontë"));
    QVERIFY(child<QLabel>(wizard, QStringLiteral("formatLabel"))
                ->text()
                .contains(QLatin1String("Windows-1252")));
    QCOMPARE(
        child<QComboBox>(wizard, QStringLiteral("workGroupComboBox"))->currentData().toString(),
        QStringLiteral("LEEDS-MN-01"));
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    wizard.next();

    // Step 2: the guessed mapping.
    QCOMPARE(child<QComboBox>(wizard, QStringLiteral("full_nameComboBox"))->currentText(),
             QStringLiteral("Name"));
    QCOMPARE(child<QComboBox>(wizard, QStringLiteral("school_nameComboBox"))->currentText(),
             QStringLiteral("School"));
    QCOMPARE(child<QComboBox>(wizard, QStringLiteral("school_postcodeComboBox"))->currentText(),
             QStringLiteral("Postcode"));
    QCOMPARE(child<QComboBox>(wizard, QStringLiteral("emailComboBox"))->currentText(),
             QStringLiteral("Email"));
    QCOMPARE(child<QComboBox>(wizard, QStringLiteral("trnComboBox"))->currentIndex(), 0);
    child<QLineEdit>(wizard, QStringLiteral("saveMappingLineEdit"))
        ->setText(QStringLiteral("Leeds form"));
    wizard.next();

    // Step 3: the dry run; the ambiguous school is offered as a choice.
    auto *summary = child<QLabel>(wizard, QStringLiteral("summaryLabel"));
    QVERIFY2(summary->text().contains(QLatin1String("3 people to add")),
             qPrintable(summary->text()));
    QVERIFY(summary->text().contains(QLatin1String("2 rejected")));
    auto *issues = child<QTableWidget>(wizard, QStringLiteral("issuesTableWidget"));
    QCOMPARE(issues->rowCount(), 2);
    QCOMPARE(issues->item(0, 0)->text(), QStringLiteral("4"));
    auto *choice = child<QComboBox>(wizard, QStringLiteral("schoolChoiceComboBox4"));
    QCOMPARE(choice->count(), 3);
    choice->setCurrentIndex(choice->findData(maryLeeds));
    QVERIFY2(summary->text().contains(QLatin1String("4 people to add")),
             qPrintable(summary->text()));
    QCOMPARE(issues->rowCount(), 1);
    SqlQuery people(temp.db(), QStringLiteral("SELECT count(*) FROM people"));
    QCOMPARE(people.scalar().toInt(), 0); // checking saved nothing

    // Schools new to the Work Group join only once the person says so.
    ui::Prompter::setNextAnswer(QMessageBox::Yes);
    wizard.button(QWizard::FinishButton)->click();
    QCOMPARE(wizard.result(), int(QDialog::Accepted));
    QVERIFY(ui::Prompter::lastMessage().contains(QLatin1String("4 people added")));
    QCOMPARE(people.scalar().toInt(), 4);
    QCOMPARE(PersonStore(temp.db()).findByEmail(QStringLiteral("eve@example.org"))->schoolId,
             maryLeeds);
    const auto wg = WorkGroupStore(temp.db()).findByCode(QStringLiteral("LEEDS-MN-01"));
    QCOMPARE(WorkGroupStore(temp.db()).participants(wg->id).size(), 4);
    QCOMPARE(wizard.report().participantsEnrolled, 4);
    QVERIFY(ImportMappingStore(temp.db()).findByName(QStringLiteral("participants"),
                                                     QStringLiteral("Leeds form")));
}

void TestParticipantImportWizard::choosesForEachPersonAlreadyHeld()
{
    test::TempDatabase temp;
    buildRegister(temp.db());
    // Two people the list names are held already: Dan by name at his school (line 3), Fay by
    // her email address (line 5), under an older surname.
    auto schoolOf
        = [&](int urn) { return SchoolStore(temp.db()).findByUrn(*Urn::fromInt(urn))->id; };
    Person dan;
    dan.firstName = QStringLiteral("Dan");
    dan.lastName = QStringLiteral("Oak");
    dan.schoolId = schoolOf(107004);
    PersonStore(temp.db()).add(dan);
    Person fay;
    fay.firstName = QStringLiteral("Fay");
    fay.lastName = QStringLiteral("Elm-Old");
    fay.email = QStringLiteral("fay@example.org");
    fay.schoolId = schoolOf(107006);
    PersonStore(temp.db()).add(fay);

    ui::ParticipantImportWizard wizard(temp.db());
    wizard.show();
    ui::Prompter::setNextFileName(
        test::testDataPath(QStringLiteral("participants/form-1252-semicolon.csv")));
    child<QPushButton>(wizard, QStringLiteral("browsePushButton"))->click();
    wizard.next();
    wizard.next();

    // The held rows have a table of their own, each with a choice: Update by default for a
    // match by email address, Keep for a match by name alone.
    auto *summary = child<QLabel>(wizard, QStringLiteral("summaryLabel"));
    auto *held = child<ui::DataTableView>(wizard, QStringLiteral("heldPeopleTableView"));
    QAbstractItemModel *rows = held->model();
    auto cell = [rows](int row, int column) { return rows->index(row, column).data().toString(); };
    auto choiceOf = [&](int row) { return cell(row, ui::HeldPeopleModel::ChoiceColumn); };
    QCOMPARE(rows->rowCount(), 2);
    QCOMPARE(cell(0, ui::HeldPeopleModel::LineColumn), QStringLiteral("3"));
    QCOMPARE(cell(0, ui::HeldPeopleModel::HeldColumn), QStringLiteral("Dan Oak"));
    QVERIFY(cell(0, ui::HeldPeopleModel::NoteColumn).contains(QLatin1String("same name")));
    QCOMPARE(cell(1, ui::HeldPeopleModel::LineColumn), QStringLiteral("5"));
    QCOMPARE(cell(1, ui::HeldPeopleModel::HeldColumn),
             QStringLiteral("Fay Elm-Old <fay@example.org>"));
    QCOMPARE(choiceOf(0), QStringLiteral("Keep their details as held"));
    QCOMPARE(choiceOf(1), QStringLiteral("Update their details"));
    QVERIFY2(summary->text().contains(QLatin1String("1 people to add, 1 to update, 1 unchanged, "
                                                    "0 skipped, 2 rejected")),
             qPrintable(summary->text()));
    // The rejected rows stay in the other table, without the held ones.
    QCOMPARE(child<QTableWidget>(wizard, QStringLiteral("issuesTableWidget"))->rowCount(), 2);

    // Every row at once.
    child<QPushButton>(wizard, QStringLiteral("skipAllPushButton"))->click();
    QTRY_VERIFY2(summary->text().contains(QLatin1String("0 to update, 0 unchanged, 2 skipped")),
                 qPrintable(summary->text()));
    QCOMPARE(choiceOf(0), QStringLiteral("Skip this row"));
    QCOMPARE(choiceOf(1), QStringLiteral("Skip this row"));
    child<QPushButton>(wizard, QStringLiteral("updateAllPushButton"))->click();
    QTRY_VERIFY2(summary->text().contains(QLatin1String("2 to update, 0 unchanged, 0 skipped")),
                 qPrintable(summary->text()));

    // One row from the keyboard: select it and type S.
    held->setFocus();
    held->setCurrentIndex(rows->index(0, ui::HeldPeopleModel::ChoiceColumn));
    held->selectRow(0);
    QTest::keyClick(held, Qt::Key_S);
    QTRY_VERIFY2(summary->text().contains(QLatin1String("1 to update, 0 unchanged, 1 skipped")),
                 qPrintable(summary->text()));
    QCOMPARE(choiceOf(0), QStringLiteral("Skip this row"));
    QCOMPARE(choiceOf(1), QStringLiteral("Update their details"));

    // Another through its list of choices: F2, then the arrow keys.
    held->setCurrentIndex(rows->index(1, ui::HeldPeopleModel::ChoiceColumn));
    QTest::keyClick(held, Qt::Key_F2);
    auto *editor = held->findChild<QComboBox *>(QStringLiteral("choiceComboBox"));
    QVERIFY(editor);
    QTest::keyClick(editor, Qt::Key_Down);
    QTRY_VERIFY2(summary->text().contains(QLatin1String("0 to update, 1 unchanged, 1 skipped")),
                 qPrintable(summary->text()));
    QCOMPARE(choiceOf(1), QStringLiteral("Keep their details as held"));
    QCOMPARE(held->currentIndex().row(), 1); // the check ran again without losing the place
    held->selectRow(1);
    QTest::keyClick(held, Qt::Key_U);
    QTRY_VERIFY2(summary->text().contains(QLatin1String("1 to update, 0 unchanged, 1 skipped")),
                 qPrintable(summary->text()));
    SqlQuery people(temp.db(), QStringLiteral("SELECT count(*) FROM people"));
    QCOMPARE(people.scalar().toInt(), 2); // checking saved nothing

    // Schools new to the Work Group join only once the person says so.
    ui::Prompter::setNextAnswer(QMessageBox::Yes);
    wizard.button(QWizard::FinishButton)->click();
    QCOMPARE(wizard.result(), int(QDialog::Accepted));
    QVERIFY2(ui::Prompter::lastMessage().contains(
                 QLatin1String("1 people added, 1 updated, 0 unchanged, 1 skipped")),
             qPrintable(ui::Prompter::lastMessage()));
    QCOMPARE(wizard.report().skipped, 1);
    QCOMPARE(wizard.report().updated, 1);
    // Fay is brought up to date and joins; Dan, skipped, is as he was and does not join.
    QCOMPARE(PersonStore(temp.db()).find(fay.id)->lastName, QStringLiteral("Elm"));
    QCOMPARE(PersonStore(temp.db()).find(dan.id)->email, QString());
    QCOMPARE(people.scalar().toInt(), 3); // and Zoë added
    const auto wg = WorkGroupStore(temp.db()).findByCode(QStringLiteral("LEEDS-MN-01"));
    QList<RecordId> joined;
    for (const ParticipantListing &p : WorkGroupStore(temp.db()).participants(wg->id))
        joined << p.enrolment.personId;
    QCOMPARE(joined.size(), 2);
    QVERIFY(joined.contains(fay.id));
    QVERIFY(!joined.contains(dan.id));
}

void TestParticipantImportWizard::needsANameAndASchoolColumn()
{
    test::TempDatabase temp;
    buildRegister(temp.db());
    ui::ParticipantImportWizard wizard(temp.db());
    wizard.show();
    ui::Prompter::setNextFileName(
        test::testDataPath(QStringLiteral("participants/form-1252-semicolon.csv")));
    child<QPushButton>(wizard, QStringLiteral("browsePushButton"))->click();
    wizard.next();
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    child<QComboBox>(wizard, QStringLiteral("school_nameComboBox"))->setCurrentIndex(0);
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    QVERIFY(child<QLabel>(wizard, QStringLiteral("mappingHintLabel"))
                ->text()
                .contains(QLatin1String("schools")));
    child<QComboBox>(wizard, QStringLiteral("school_nameComboBox"))->setCurrentIndex(2);
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
}

void TestParticipantImportWizard::showsWhyAFileCannotBeRead()
{
    test::TempDatabase temp;
    buildRegister(temp.db());
    ui::ParticipantImportWizard wizard(temp.db());
    wizard.show();
    ui::Prompter::setNextFileName(test::testDataPath(QStringLiteral("csv/utf16_without_bom.csv")));
    child<QPushButton>(wizard, QStringLiteral("browsePushButton"))->click();
    QVERIFY(child<QLabel>(wizard, QStringLiteral("problemLabel"))
                ->text()
                .contains(QLatin1String("line 1, column 2")));
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
}

// An undo of an edit made before the import would write back what the import replaced.
void TestParticipantImportWizard::importFromTheWorkGroupClearsUndo()
{
    test::WindowFixture fixture([](Database &db) { buildRegister(db); });
    const auto wg = WorkGroupStore(fixture.db()).findByCode(QStringLiteral("LEEDS-MN-01"));
    QVERIFY(wg);
    fixture.window().openWorkGroup(wg->id);
    auto *page = qobject_cast<ui::WorkGroupPage *>(fixture.window().currentPage());
    QVERIFY(page);
    fixture.window().undoStack()->push(new QUndoCommand(QStringLiteral("An earlier edit")));
    QCOMPARE(fixture.window().undoStack()->count(), 1);

    page->participantsTab()->importList();
    auto *wizard = test::openDialog<ui::ParticipantImportWizard>(&fixture.window());
    QVERIFY(wizard);
    ui::Prompter::setNextFileName(
        test::testDataPath(QStringLiteral("participants/form-1252-semicolon.csv")));
    child<QPushButton>(*wizard, QStringLiteral("browsePushButton"))->click();
    wizard->next();
    wizard->next();
    QVERIFY(wizard->button(QWizard::FinishButton)->isEnabled());
    ui::Prompter::setNextAnswer(QMessageBox::Yes); // and enrol the schools
    wizard->button(QWizard::FinishButton)->click();
    QVERIFY(WorkGroupStore(fixture.db()).participants(wg->id).size() > 0);
    QCOMPARE(fixture.window().undoStack()->count(), 0);
}

QTEST_MAIN(TestParticipantImportWizard)
#include "tst_participantimportwizard.moc"
