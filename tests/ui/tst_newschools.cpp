// A school joining a Work Group, by the Enrol dialog or with a participant import: a school
// of another phase is warned about as an ineligible one is, the reason given is kept, and an
// import that would enrol schools lists them with their warnings and asks before it does.
#include "GuiTest.h"
#include "common/FormValidator.h"
#include "imports/NewSchoolsPanel.h"
#include "imports/ParticipantImportWizard.h"
#include "records/AcademicYearStore.h"
#include "records/HubStore.h"
#include "records/ProgrammeStore.h"
#include "records/SchoolStore.h"
#include "records/WorkGroupStore.h"
#include "schools/SchoolFinder.h"
#include "workgroups/EnrolSchoolDialog.h"
#include "workgroups/EnrolledSchoolsTab.h"
#include "workgroups/WorkGroupPage.h"

#include <QComboBox>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>

using namespace hubreg;
using namespace hubreg::ui;

namespace {
// A hub with a secondary and a primary Work Group, and a primary and a secondary school.
struct Register
{
    RecordId secondaryGroup = 0, primaryGroup = 0, oak = 0, elm = 0;
};

Register buildRegister(Database &db)
{
    Register r;
    Hub hub;
    hub.name = QStringLiteral("Phase Test Hub");
    HubStore(db).add(hub);
    const RecordId year = AcademicYearStore(db).ensure(QStringLiteral("2024/25")).id;
    auto group = [&](const char *code, const char *programme) {
        WorkGroup wg;
        wg.hubId = hub.id;
        wg.programmeId = ProgrammeStore(db).findByCode(QLatin1String(programme))->id;
        wg.academicYearId = year;
        wg.code = QLatin1String(code);
        WorkGroupStore(db).add(wg);
        return wg.id;
    };
    r.secondaryGroup = group("SEC-DEV-01", "S-TFM-DEV");
    r.primaryGroup = group("MN-01", "MN");
    auto school = [&](int urn, const char *name, const char *phase) {
        School s;
        s.urn = *Urn::fromInt(urn);
        s.name = QLatin1String(name);
        s.phase = QLatin1String(phase);
        s.town = QStringLiteral("Leeds");
        SchoolStore(db).add(s);
        return s.id;
    };
    r.oak = school(120001, "Oak Primary School", "Primary");
    r.elm = school(120002, "Elm Academy", "Secondary");
    return r;
}
} // namespace

class TestNewSchools : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::useTestSettings(); }
    void enrolDialogWarnsOfAnotherPhase();
    void importAsksBeforeEnrollingSchools();
};

void TestNewSchools::enrolDialogWarnsOfAnotherPhase()
{
    Register r;
    test::WindowFixture fixture([&r](Database &db) { r = buildRegister(db); });
    fixture.window().openWorkGroup(r.secondaryGroup);
    auto *page = qobject_cast<WorkGroupPage *>(fixture.window().currentPage());
    QVERIFY(page);
    page->tabs()->setCurrentWidget(page->schoolsTab());
    page->schoolsTab()->enrolSchool();
    auto *dialog = test::openDialog<EnrolSchoolDialog>(&fixture.window());
    QVERIFY(dialog);
    auto *ok = test::child<QPushButton>(dialog, QStringLiteral("okPushButton"));

    // A secondary school: nothing to say.
    QTest::keyClicks(dialog->finder()->searchEdit(), QStringLiteral("120002"));
    QTest::keyClick(dialog->finder()->searchEdit(), Qt::Key_Return);
    QVERIFY(dialog->finder()->currentSchool());
    QVERIFY(dialog->warnings().isEmpty());
    QVERIFY(ok->isEnabled());

    // A primary school in a secondary programme: warned, as an ineligible school is.
    test::typeInto(dialog->finder()->searchEdit(), QStringLiteral("120001"));
    QTest::keyClick(dialog->finder()->searchEdit(), Qt::Key_Return);
    QCOMPARE(dialog->finder()->currentSchool()->id, r.oak);
    QCOMPARE(dialog->warnings().size(), 1);
    QVERIFY2(dialog->warnings().first().contains(QLatin1String("S-TFM-DEV is for secondary "
                                                               "schools")),
             qPrintable(dialog->warnings().first()));
    QVERIFY(test::child<QGroupBox>(dialog, QStringLiteral("warningsGroupBox"))->isVisible());
    QVERIFY2(!ok->isEnabled(), "a warning needs a reason");
    const QString reason = QStringLiteral("Its Year 6 teachers join for transition");
    QTest::keyClicks(test::child<QLineEdit>(dialog, QStringLiteral("overrideReasonLineEdit")),
                     reason);
    QVERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);

    const QList<SchoolEnrolmentListing> enrolled
        = WorkGroupStore(fixture.db()).schools(r.secondaryGroup);
    QCOMPARE(enrolled.size(), 1);
    QCOMPARE(enrolled.first().enrolment.schoolId, r.oak);
    QCOMPARE(enrolled.first().enrolment.eligibilityOverride, reason);
}

void TestNewSchools::importAsksBeforeEnrollingSchools()
{
    Register r;
    test::WindowFixture fixture([&r](Database &db) { r = buildRegister(db); });
    const QString path = fixture.folder() + QStringLiteral("/applications.csv");
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Name,Email,School URN\n"
                   "Ann Ash,ann@example.org,120001\n"
                   "Bo Birch,bo@example.org,120002\n");
    }
    auto *wizard = new ParticipantImportWizard(fixture.db(), &fixture.window());
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->open();
    auto *workGroup = test::child<QComboBox>(wizard, QStringLiteral("workGroupComboBox"));
    workGroup->setCurrentIndex(workGroup->findData(QStringLiteral("MN-01")));
    Prompter::setNextFileName(path);
    test::child<QPushButton>(wizard, QStringLiteral("browsePushButton"))->click();
    wizard->next();
    wizard->next();

    // Both schools would join MN-01; the secondary one only with a reason.
    auto *panel = wizard->findChild<NewSchoolsPanel *>();
    QVERIFY(panel);
    QVERIFY(panel->isVisible());
    QTableWidget *schools = panel->table();
    QCOMPARE(schools->rowCount(), 2);
    QVERIFY(schools->item(0, NewSchoolsPanel::SchoolColumn)->text().contains(QLatin1String("Oak")));
    QCOMPARE(schools->item(0, NewSchoolsPanel::WarningsColumn)->text(), QStringLiteral("None"));
    QVERIFY(schools->item(1, NewSchoolsPanel::WarningsColumn)
                ->text()
                .contains(QLatin1String("MN is for primary schools")));
    auto *summary = test::child<QLabel>(wizard, QStringLiteral("summaryLabel"));
    QVERIFY2(summary->text().contains(QLatin1String("1 rejected")), qPrintable(summary->text()));

    // The reason typed in its cell: F2, the text, Enter.
    const QString reason = QStringLiteral("A secondary school trialling the primary approach");
    schools->setFocus();
    schools->setCurrentCell(1, NewSchoolsPanel::ReasonColumn);
    QTest::keyClick(schools, Qt::Key_F2);
    auto *editor = schools->viewport()->findChild<QLineEdit *>();
    QVERIFY(editor);
    QTest::keyClicks(editor, reason);
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_VERIFY2(summary->text().contains(QLatin1String("0 rejected")),
                 qPrintable(summary->text()));
    QVERIFY(summary->text().contains(QLatin1String("2 schools to enrol")));

    // Import asks first, naming the schools and why not; declined, nothing is written.
    Prompter::setNextAnswer(QMessageBox::Cancel);
    wizard->button(QWizard::FinishButton)->click();
    const QString asked = Prompter::lastMessage();
    QVERIFY2(asked.contains(QLatin1String("also enrols 2 schools in MN-01")), qPrintable(asked));
    QVERIFY(asked.contains(QLatin1String("Oak Primary School")));
    QVERIFY(asked.contains(reason));
    QVERIFY(wizard->isVisible());
    QVERIFY(WorkGroupStore(fixture.db()).schools(r.primaryGroup).isEmpty());
    QVERIFY(WorkGroupStore(fixture.db()).participants(r.primaryGroup).isEmpty());

    Prompter::setNextAnswer(QMessageBox::Yes);
    wizard->button(QWizard::FinishButton)->click();
    QHash<RecordId, QString> overrides;
    for (const SchoolEnrolmentListing &school :
         WorkGroupStore(fixture.db()).schools(r.primaryGroup))
        overrides.insert(school.enrolment.schoolId, school.enrolment.eligibilityOverride);
    QCOMPARE(overrides.size(), 2);
    QCOMPARE(overrides.value(r.oak), QString());
    QCOMPARE(overrides.value(r.elm), reason);
    QCOMPARE(WorkGroupStore(fixture.db()).participants(r.primaryGroup).size(), 2);
}

QTEST_MAIN(TestNewSchools)
#include "tst_newschools.moc"
