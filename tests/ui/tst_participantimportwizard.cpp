// The participant import wizard driven as a person would: file, columns, check, import.
#include "TestSupport.h"
#include "common/Prompter.h"
#include "imports/ParticipantImportWizard.h"
#include "store/SqlQuery.h"
#include "stores/AcademicYearStore.h"
#include "stores/HubStore.h"
#include "stores/ImportMappingStore.h"
#include "stores/PersonStore.h"
#include "stores/ProgrammeStore.h"
#include "stores/SchoolStore.h"
#include "stores/WorkGroupStore.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

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
    void importsAListStepByStep();
    void needsANameAndASchoolColumn();
    void showsWhyAFileCannotBeRead();
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

    ui::Prompter::setNextAnswer(QMessageBox::Ok);
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

QTEST_MAIN(TestParticipantImportWizard)
#include "tst_participantimportwizard.moc"
