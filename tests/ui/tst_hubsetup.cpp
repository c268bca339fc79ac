// A new file becoming a real hub, as a hub administrator would do it from the keyboard: the
// first-run setup, the dashboard pointing to it, Hub Settings later with undo, the GIAS
// import's hub area, and both screens fitting a 1024x700 window.
#include "GuiTest.h"
#include "common/DateFields.h"
#include "common/FormValidator.h"
#include "dashboard/DashboardPage.h"
#include "hub/GoalsAndYearsForm.h"
#include "hub/HubSettingsDialog.h"
#include "hub/HubSetupWizard.h"
#include "hub/LocalAuthorityPicker.h"
#include "imports/GiasImportDialog.h"
#include "records/HubSettingsStore.h"
#include "records/HubStore.h"
#include "records/WorkGroupStore.h"

#include <QCheckBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QUndoStack>

using namespace hubreg;
using namespace hubreg::ui;

class TestHubSetup : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::useTestSettings(); }
    void firstRunSetsUpARealHub();
    void aFileWithAHubIsNotAskedAgain();
    void dashboardPointsToTheSetup();
    void demoInsteadOfASetup();
    void hubSettingsChangeAndUndo();
    void bothFitA1024By700Window();

private:
    void pickAuthority(LocalAuthorityPicker *picker, const QString &typed);
};

void TestHubSetup::pickAuthority(LocalAuthorityPicker *picker, const QString &typed)
{
    picker->searchEdit()->setFocus();
    QTest::keyClicks(picker->searchEdit(), typed);
    QTest::keyClick(picker->searchEdit(), Qt::Key_Return);
    QCOMPARE(picker->searchEdit()->text(), QString()); // ready for the next one
}

void TestHubSetup::firstRunSetsUpARealHub()
{
    test::WindowFixture fixture; // an empty file, as File > New makes
    fixture.window().offerHubSetup();
    auto *wizard = test::openDialog<HubSetupWizard>(&fixture.window());
    QVERIFY(wizard);
    QCOMPARE(fixture.window().hubDialog(), wizard);
    QAbstractButton *next = wizard->button(QWizard::NextButton);

    // The hub: a name is needed, and an email address must be one.
    QVERIFY2(!next->isEnabled(), "no name yet");
    auto *name = test::child<QLineEdit>(wizard, QStringLiteral("hubNameLineEdit"));
    name->setFocus();
    QTest::keyClicks(name, QStringLiteral("South Yorkshire Maths Hub"));
    QVERIFY(next->isEnabled());
    auto *email = test::child<QLineEdit>(wizard, QStringLiteral("hubContactEmailLineEdit"));
    QTest::keyClicks(email, QStringLiteral("office@"));
    QVERIFY(!next->isEnabled());
    auto *emailMessage
        = test::child<FieldMessage>(wizard, QStringLiteral("hubContactEmailLineEditMessage"));
    QVERIFY(!emailMessage->message().isEmpty());
    QTest::keyClicks(email, QStringLiteral("symh.example.org"));
    QVERIFY(emailMessage->message().isEmpty());
    QTest::keyClicks(test::child<QLineEdit>(wizard, QStringLiteral("hubContactNameLineEdit")),
                     QStringLiteral("Sam Steel"));
    QVERIFY(next->isEnabled());
    wizard->next();

    // The area: picked by name, then by code, from the keyboard.
    LocalAuthorityPicker *picker = wizard->area();
    QVERIFY(picker->isVisible());
    QVERIFY2(!next->isEnabled(), "no local authority yet");
    pickAuthority(picker, QStringLiteral("Sheffi"));
    pickAuthority(picker, QStringLiteral("372"));
    QVERIFY2(picker->chosenLabel()->text().contains(QLatin1String("Sheffield (373)")),
             qPrintable(picker->chosenLabel()->text()));
    QVERIFY(picker->chosenLabel()->text().contains(QLatin1String("Rotherham (372)")));
    QVERIFY(next->isEnabled());
    // Space on the list unticks and ticks again.
    picker->list()->setFocus();
    QListWidgetItem *rotherham = picker->list()->currentItem();
    QCOMPARE(rotherham->text(), QStringLiteral("Rotherham (372)"));
    QTest::keyClick(picker->list(), Qt::Key_Space);
    QCOMPARE(rotherham->checkState(), Qt::Unchecked);
    QTest::keyClick(picker->list(), Qt::Key_Space);
    QCOMPARE(rotherham->checkState(), Qt::Checked);
    wizard->next();

    // Goals and the years: this one and the next, each half term checked as it is typed.
    GoalsAndYearsForm *goals = wizard->goalsAndYears();
    QSpinBox *primary = goals->primaryGoal();
    primary->setFocus();
    primary->selectAll();
    QTest::keyClicks(primary, QStringLiteral("80"));
    QCOMPARE(primary->value(), 80);
    QCOMPARE(goals->years()->count(), 2);
    QCOMPARE(goals->years()->item(0)->text(), QStringLiteral("2024/25"));
    goals->years()->setCurrentRow(0);
    QAbstractButton *finish = wizard->button(QWizard::FinishButton);
    QVERIFY(finish->isEnabled());
    auto *message = test::child<FieldMessage>(wizard, QStringLiteral("halfTermsMessage"));
    test::typeInto(goals->endEdit(1), QStringLiteral("08/11/2024")); // past Autumn 2's start
    QVERIFY(!finish->isEnabled());
    QVERIFY2(message->message().contains(QLatin1String("Autumn 2 starts before Autumn 1 has "
                                                       "ended")),
             qPrintable(message->message()));
    test::typeInto(goals->endEdit(1), QStringLiteral("25/10/2024"));
    test::typeInto(goals->startEdit(2), QStringLiteral("05/11/2024"));
    QVERIFY(message->message().isEmpty());
    QVERIFY(finish->isEnabled());
    finish->click();
    QCOMPARE(wizard->result(), int(QDialog::Accepted));

    // The file is the hub's now.
    const HubSettings saved = HubSettingsStore(fixture.db()).load();
    QVERIFY(saved.hub);
    QCOMPARE(saved.hub->name, QStringLiteral("South Yorkshire Maths Hub"));
    QCOMPARE(saved.hub->contactName, QStringLiteral("Sam Steel"));
    QCOMPARE(saved.hub->contactEmail, QStringLiteral("office@symh.example.org"));
    QCOMPARE(saved.localAuthorities, QStringList({ QStringLiteral("372"), QStringLiteral("373") }));
    QCOMPARE(saved.primaryGoal, 80);
    QCOMPARE(saved.years.size(), 2);
    QCOMPARE(saved.years.at(0).halfTerms.at(0).endDate, QDate(2024, 10, 25));
    QCOMPARE(saved.years.at(0).halfTerms.at(1).startDate, QDate(2024, 11, 5));

    // The dashboard shows it, with its area.
    fixture.window().showPage(4);
    auto *dashboard = qobject_cast<DashboardPage *>(fixture.window().currentPage());
    QVERIFY(dashboard);
    dashboard->reload();
    auto *hubLabel = test::child<QLabel>(dashboard, QStringLiteral("dashboardHubLabel"));
    QCOMPARE(hubLabel->text(),
             QStringLiteral("South Yorkshire Maths Hub · area: 2 local authorities"));
    QVERIFY(!dashboard->hubSettingsButton()->isVisible());

    // The GIAS import offers the hub's area.
    fixture.trigger(QStringLiteral("importGiasSchoolsAction"));
    auto *import = test::openDialog<GiasImportDialog>(&fixture.window());
    QVERIFY(import);
    auto *area = test::child<QCheckBox>(import, QStringLiteral("hubAreaCheckBox"));
    QVERIFY(area->isEnabled());
    QVERIFY2(area->text().contains(QLatin1String("372, 373")), qPrintable(area->text()));
    import->reject();

    // One step on the undo history: undone, the file has no hub again; redone, the same hub.
    QUndoStack *undo = fixture.window().undoStack();
    QCOMPARE(undo->undoText(), QStringLiteral("Set up the hub"));
    undo->undo();
    QVERIFY(HubStore(fixture.db()).list().isEmpty());
    dashboard->reload();
    QCOMPARE(hubLabel->text(), QStringLiteral("No hub yet"));
    undo->redo();
    const HubSettings again = HubSettingsStore(fixture.db()).load();
    QVERIFY(again.hub);
    QCOMPARE(again.hub->uuid, saved.hub->uuid);
    QCOMPARE(again.localAuthorities, saved.localAuthorities);
}

void TestHubSetup::aFileWithAHubIsNotAskedAgain()
{
    test::WindowFixture fixture([](Database &db) { test::buildSmallWorkGroup(db); });
    fixture.window().offerHubSetup();
    QVERIFY(!test::openDialog<HubSetupWizard>(&fixture.window()));
    QVERIFY(!fixture.window().hubDialog());
}

void TestHubSetup::dashboardPointsToTheSetup()
{
    test::WindowFixture fixture;
    fixture.window().showPage(4);
    auto *dashboard = qobject_cast<DashboardPage *>(fixture.window().currentPage());
    QVERIFY(dashboard);
    dashboard->reload();
    QCOMPARE(test::child<QLabel>(dashboard, QStringLiteral("dashboardHubLabel"))->text(),
             QStringLiteral("No hub yet"));
    QVERIFY(dashboard->headline()->text().contains(QLatin1String("Set Up the Hub")));
    QPushButton *setUp = dashboard->hubSettingsButton();
    QVERIFY(setUp->isVisible());
    QTest::mouseClick(setUp, Qt::LeftButton);
    QVERIFY(test::openDialog<HubSetupWizard>(&fixture.window()));
}

void TestHubSetup::demoInsteadOfASetup()
{
    test::WindowFixture fixture;
    fixture.window().offerHubSetup();
    auto *wizard = test::openDialog<HubSetupWizard>(&fixture.window());
    QVERIFY(wizard);
    test::child<QPushButton>(wizard, QStringLiteral("loadDemoInsteadPushButton"))->click();
    QTRY_VERIFY(WorkGroupStore(fixture.db()).count() > 0);
    QVERIFY(!test::openDialog<HubSetupWizard>(&fixture.window()));
    QCOMPARE(HubStore(fixture.db()).list().size(), 1); // the demo's own
}

void TestHubSetup::hubSettingsChangeAndUndo()
{
    // A hub made with the first Work Group, before any setup: no area yet.
    test::WindowFixture fixture([](Database &db) { test::buildSmallWorkGroup(db); });
    const HubSettings before = HubSettingsStore(fixture.db()).load();
    fixture.trigger(QStringLiteral("hubSettingsAction"));
    auto *dialog = test::openDialog<HubSettingsDialog>(&fixture.window());
    QVERIFY(dialog);
    QPushButton *save = dialog->saveButton();
    QVERIFY2(!save->isEnabled(), "the hub has no local authorities");
    QVERIFY(!dialog->tabs()->tabIcon(1).isNull()); // the tab to look at is marked
    auto *areaMessage
        = test::child<FieldMessage>(dialog, QStringLiteral("localAuthoritiesMessage"));
    QVERIFY(!areaMessage->message().isEmpty());

    // The local authorities' tab, then a code.
    dialog->tabs()->setCurrentIndex(1);
    pickAuthority(dialog->area(), QStringLiteral("383"));
    QVERIFY(areaMessage->message().isEmpty());
    QVERIFY(dialog->tabs()->tabIcon(1).isNull());
    QVERIFY(save->isEnabled());

    dialog->tabs()->setCurrentIndex(0);
    test::typeInto(test::child<QLineEdit>(dialog, QStringLiteral("hubContactEmailLineEdit")),
                   QStringLiteral("leeds@example.org"));

    // A year Work Groups belong to stays; a new one can be added.
    dialog->tabs()->setCurrentIndex(2);
    GoalsAndYearsForm *years = dialog->goalsAndYears();
    QCOMPARE(years->years()->count(), 1);
    years->years()->setCurrentRow(0);
    QVERIFY(!test::child<QPushButton>(dialog, QStringLiteral("removeYearPushButton"))->isEnabled());
    test::child<QPushButton>(dialog, QStringLiteral("addNextYearPushButton"))->click();
    QCOMPARE(years->years()->count(), 2);
    QCOMPARE(years->years()->currentItem()->text(), QStringLiteral("2025/26"));
    QVERIFY(test::child<QPushButton>(dialog, QStringLiteral("removeYearPushButton"))->isEnabled());
    QVERIFY(save->isEnabled());
    save->click();

    const HubSettings after = HubSettingsStore(fixture.db()).load();
    QCOMPARE(after.localAuthorities, QStringList({ QStringLiteral("383") }));
    QCOMPARE(after.hub->contactEmail, QStringLiteral("leeds@example.org"));
    QCOMPARE(after.years.size(), 2);

    QUndoStack *undo = fixture.window().undoStack();
    QCOMPARE(undo->undoText(), QStringLiteral("Change hub settings"));
    undo->undo();
    const HubSettings undone = HubSettingsStore(fixture.db()).load();
    QCOMPARE(undone.localAuthorities, QStringList());
    QCOMPARE(undone.hub->contactEmail, before.hub->contactEmail);
    QCOMPARE(undone.years.size(), 1);
    undo->redo();
    QCOMPARE(HubSettingsStore(fixture.db()).load().localAuthorities,
             QStringList({ QStringLiteral("383") }));
}

void TestHubSetup::bothFitA1024By700Window()
{
    test::WindowFixture fixture;
    fixture.window().resize(1024, 700);
    // The window itself takes a 1024x700 screen, whichever list it shows.
    for (int page = 0; page < fixture.window().pageCount(); ++page) {
        fixture.window().showPage(page);
        QVERIFY2(fixture.window().minimumSizeHint().width() <= 1024,
                 qPrintable(QStringLiteral("page %1 needs %2 pixels")
                                .arg(page)
                                .arg(fixture.window().minimumSizeHint().width())));
    }
    fixture.window().showPage(0);
    QCOMPARE(fixture.window().size(), QSize(1024, 700));
    fixture.window().offerHubSetup();
    auto *wizard = test::openDialog<HubSetupWizard>(&fixture.window());
    QVERIFY(wizard);
    // Room left for a window manager's title bar.
    const QSize room(1024, 660);
    for (int page = 0; page < 3; ++page) {
        QVERIFY2(wizard->width() <= room.width() && wizard->height() <= room.height(),
                 qPrintable(QStringLiteral("page %1: %2x%3")
                                .arg(page)
                                .arg(wizard->width())
                                .arg(wizard->height())));
        QVERIFY(wizard->minimumSizeHint().width() <= room.width());
        QVERIFY(wizard->minimumSizeHint().height() <= room.height());
        if (page == 0) {
            QTest::keyClicks(test::child<QLineEdit>(wizard, QStringLiteral("hubNameLineEdit")),
                             QStringLiteral("Fit Test Maths Hub"));
        } else if (page == 1) {
            pickAuthority(wizard->area(), QStringLiteral("383"));
        }
        wizard->next();
    }
    wizard->button(QWizard::FinishButton)->click();

    fixture.trigger(QStringLiteral("hubSettingsAction"));
    auto *dialog = test::openDialog<HubSettingsDialog>(&fixture.window());
    QVERIFY(dialog);
    for (int tab = 0; tab < 3; ++tab) {
        dialog->tabs()->setCurrentIndex(tab);
        QVERIFY(dialog->width() <= room.width() && dialog->height() <= room.height());
        QVERIFY(dialog->minimumSizeHint().height() <= room.height());
    }
    dialog->reject();
}

QTEST_MAIN(TestHubSetup)
#include "tst_hubsetup.moc"
