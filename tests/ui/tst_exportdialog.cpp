// File > Export Return driven through the real window over the hand-checked hub: a report and
// its filters, the columns laid out from the keyboard and the buttons, templates kept and
// read back, and the file saved (or not, when cancelled or refused) exactly as the core
// Exporter writes it.
#include "GuiTest.h"
#include "HandCheckedHub.h"
#include "export/Exporter.h"
#include "exports/ExportDialog.h"
#include "records/AcademicYearStore.h"
#include "records/ExportTemplateStore.h"
#include "records/ProgrammeStore.h"

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QProgressDialog>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>

using namespace hubreg;
using namespace hubreg::ui;

namespace {

// The hand-checked hub, and an older Work Group of another programme and Lead (one school,
// one participant, one session), so that each filter has something to leave out.
void buildHub(Database &db)
{
    const test::SmallWorkGroup w = test::buildHandCheckedHub(db);
    Person pat;
    pat.firstName = QStringLiteral("Pat");
    pat.lastName = QStringLiteral("Older");
    pat.email = QStringLiteral("pat.older@example.org");
    pat.isWorkGroupLead = true;
    PersonStore(db).add(pat);
    WorkGroup old;
    old.hubId = w.hubId;
    old.programmeId = ProgrammeStore(db).findByCode(QStringLiteral("MN"))->id;
    old.academicYearId = AcademicYearStore(db).ensure(QStringLiteral("2023/24")).id;
    old.code = QStringLiteral("OLD-01");
    old.title = QStringLiteral("Mastering Number, last year");
    old.leadPersonId = pat.id;
    WorkGroupStore groups(db);
    groups.add(old);
    SchoolEnrolment school;
    school.workGroupId = old.id;
    school.schoolId = w.schoolB;
    school.joinedOn = QDate(2023, 9, 1);
    groups.enrolSchool(school);
    ParticipantEnrolment participant;
    participant.workGroupId = old.id;
    participant.personId = w.personB1;
    groups.enrolParticipant(participant);
    Session session;
    session.workGroupId = old.id;
    session.number = 1;
    session.date = QDate(2023, 10, 2);
    SessionStore(db).add(session);
}

QStringList previewHeadings(QTableView *preview)
{
    QStringList headings;
    for (int i = 0; i < preview->model()->columnCount(); ++i)
        headings << preview->model()->headerData(i, Qt::Horizontal).toString();
    return headings;
}

QList<QStringList> previewRows(QTableView *preview)
{
    QList<QStringList> rows;
    const QAbstractItemModel *model = preview->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < model->columnCount(); ++column)
            cells << model->index(row, column).data().toString();
        rows << cells;
    }
    return rows;
}

void choose(QComboBox *box, const QVariant &data)
{
    const int index = box->findData(data);
    QVERIFY2(index >= 0, qPrintable(data.toString()));
    box->setCurrentIndex(index);
}

QStringList filesIn(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden);
}

} // namespace

class TestExportDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::useTestSettings(); }
    void init();
    void cleanup();
    void choosesAReportAndItsFilters();
    void laysOutColumnsFromTheKeyboardAndButtons();
    void renamesTheRegisterSessionsAsAGroup();
    void keepsATemplateAndReadsItBackInANewDialog();
    void savesWhatTheCoreWrites();
    void cancelLeavesNoFileAndKeepsTheOldOne();
    void showsWhyAFileCannotBeSaved();

private:
    ExportDialog *openExport();
    QTableView *preview()
    {
        return test::child<QTableView>(m_dialog, QStringLiteral("previewTableView"));
    }
    QTableWidget *chosen()
    {
        return test::child<QTableWidget>(m_dialog, QStringLiteral("chosenColumnsTableWidget"));
    }
    QStringList chosenKeys();
    void click(const char *name);

    std::unique_ptr<test::WindowFixture> m_fixture;
    ExportDialog *m_dialog = nullptr;
};

void TestExportDialog::init()
{
    QSettings().clear();
    m_fixture = std::make_unique<test::WindowFixture>(buildHub);
    m_dialog = openExport();
    QVERIFY(m_dialog);
}

void TestExportDialog::cleanup()
{
    m_dialog = nullptr;
    m_fixture.reset();
}

ExportDialog *TestExportDialog::openExport()
{
    m_fixture->trigger(QStringLiteral("exportReturnAction"));
    return test::openDialog<ExportDialog>(&m_fixture->window());
}

QStringList TestExportDialog::chosenKeys()
{
    QStringList keys;
    for (int row = 0; row < chosen()->rowCount(); ++row)
        keys << chosen()->item(row, 0)->data(Qt::UserRole).toString();
    return keys;
}

void TestExportDialog::click(const char *name)
{
    auto *button = test::child<QPushButton>(m_dialog, QLatin1String(name));
    QVERIFY2(button && button->isEnabled(), name);
    QTest::mouseClick(button, Qt::LeftButton);
}

void TestExportDialog::choosesAReportAndItsFilters()
{
    auto *report = test::child<QComboBox>(m_dialog, QStringLiteral("reportComboBox"));
    choose(report, QStringLiteral("sessions"));
    const Exporter exporter(m_fixture->db());
    QStringList defaults;
    for (const ExportColumn &column : exporter.defaultLayout(ReportKind::Sessions))
        defaults << column.heading;
    QCOMPARE(previewHeadings(preview()), defaults);
    QCOMPARE(preview()->model()->rowCount(), 5); // four sessions of TEST-01, one of OLD-01

    auto *year = test::child<QComboBox>(m_dialog, QStringLiteral("yearComboBox"));
    auto *workGroup = test::child<QComboBox>(m_dialog, QStringLiteral("workGroupComboBox"));
    QCOMPARE(workGroup->count(), 3); // every Work Group, OLD-01, TEST-01
    choose(year, QStringLiteral("2023/24"));
    QCOMPARE(preview()->model()->rowCount(), 1);
    QCOMPARE(workGroup->count(), 2); // only that year's Work Groups are offered
    QCOMPARE(workGroup->itemData(1).toString(), QStringLiteral("OLD-01"));
    choose(year, QString());

    choose(test::child<QComboBox>(m_dialog, QStringLiteral("programmeComboBox")),
           QStringLiteral("TFM-DEV"));
    QCOMPARE(preview()->model()->rowCount(), 4);
    choose(workGroup, QStringLiteral("TEST-01"));
    QCOMPARE(preview()->model()->rowCount(), 4);
    auto *lead = test::child<QComboBox>(m_dialog, QStringLiteral("leadComboBox"));
    lead->setCurrentIndex(lead->findText(QStringLiteral("Pat Older (pat.older@example.org)")));
    QCOMPARE(preview()->model()->rowCount(), 0); // Pat does not lead TEST-01
    lead->setCurrentIndex(0);

    // Dates as dd/mm/yyyy: only the first session is up to 30 September.
    auto *to = test::child<QLineEdit>(m_dialog, QStringLiteral("toDateLineEdit"));
    test::typeInto(to, QStringLiteral("30/09/2024"));
    QCOMPARE(preview()->model()->rowCount(), 1);
    QCOMPARE(previewRows(preview()).first().at(defaults.indexOf(QStringLiteral("Date"))),
             QStringLiteral("2024-09-16"));
    auto *save = test::child<QPushButton>(m_dialog, QStringLiteral("saveFilePushButton"));
    QVERIFY(save->isEnabled());
    test::typeInto(to, QStringLiteral("31/02/2024"));
    QVERIFY(!save->isEnabled());
    QVERIFY(test::child<QLabel>(m_dialog, QStringLiteral("previewStatusLabel"))
                ->text()
                .contains(QLatin1String("31/02/2024")));
    test::typeInto(to, QString());
    QVERIFY(save->isEnabled());
    QCOMPARE(preview()->model()->rowCount(), 4);
}

void TestExportDialog::laysOutColumnsFromTheKeyboardAndButtons()
{
    choose(test::child<QComboBox>(m_dialog, QStringLiteral("reportComboBox")),
           QStringLiteral("participants"));
    QCOMPARE(chosenKeys().first(), QStringLiteral("hub"));
    const int urn = chosenKeys().indexOf(QStringLiteral("school_urn"));
    QVERIFY(urn > 0);

    // Ctrl+Up twice moves URN up two places.
    chosen()->setFocus();
    chosen()->setCurrentCell(urn, 0);
    QTest::keyClick(chosen(), Qt::Key_Up, Qt::ControlModifier);
    QTest::keyClick(chosen(), Qt::Key_Up, Qt::ControlModifier);
    QCOMPARE(chosenKeys().indexOf(QStringLiteral("school_urn")), urn - 2);
    // Move Down puts it one back.
    click("moveDownPushButton");
    QCOMPARE(chosenKeys().indexOf(QStringLiteral("school_urn")), urn - 1);

    // F2 renames the heading in place.
    QTest::keyClick(chosen(), Qt::Key_F2);
    auto *editor = chosen()->viewport()->findChild<QLineEdit *>();
    QVERIFY(editor);
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("School URN"));
    QTest::keyClick(editor, Qt::Key_Return);
    QCoreApplication::processEvents(); // the delegate commits the edit from a queued call
    QCOMPARE(chosen()->item(urn - 1, 0)->text(), QStringLiteral("School URN"));

    // Delete removes the first column (hub); it is offered again on the other side.
    chosen()->setCurrentCell(0, 0);
    QTest::keyClick(chosen(), Qt::Key_Delete);
    QVERIFY(!chosenKeys().contains(QStringLiteral("hub")));
    auto *available
        = test::child<QListWidget>(m_dialog, QStringLiteral("availableColumnsListWidget"));
    QVERIFY(!available->findItems(QStringLiteral("Hub"), Qt::MatchExactly).isEmpty());

    // Add puts "First name" after the current column.
    chosen()->setCurrentCell(0, 0);
    const QList<QListWidgetItem *> first
        = available->findItems(QStringLiteral("First name"), Qt::MatchExactly);
    QCOMPARE(first.size(), 1);
    available->setCurrentItem(first.first());
    click("addColumnPushButton");
    QCOMPARE(chosenKeys().at(1), QStringLiteral("first_name"));
    QVERIFY(available->findItems(QStringLiteral("First name"), Qt::MatchExactly).isEmpty());

    // The preview shows exactly what the core gives for this layout.
    QList<ExportColumn> expected
        = Exporter(m_fixture->db()).defaultLayout(ReportKind::Participants);
    expected.removeFirst(); // hub
    const int at = int(
        expected.indexOf(ExportColumn { QStringLiteral("school_urn"), QStringLiteral("URN") }));
    expected.move(at, at - 1);
    expected[at - 1].heading = QStringLiteral("School URN");
    expected.insert(1, { QStringLiteral("first_name"), QStringLiteral("First name") });
    const ExportPreview core
        = Exporter(m_fixture->db()).preview(ReportKind::Participants, {}, expected, 20);
    QCOMPARE(previewHeadings(preview()), core.headings);
    QCOMPARE(previewRows(preview()), core.rows);
    QCOMPARE(core.rows.size(), 4);
    QCOMPARE(previewHeadings(preview()).at(chosenKeys().indexOf(QStringLiteral("school_urn"))),
             QStringLiteral("School URN"));
    QStringList firstNames;
    for (const QStringList &row : previewRows(preview()))
        firstNames << row.at(1);
    // OLD-01 (2023/24) first, then TEST-01 by school and surname.
    QCOMPARE(firstNames,
             QStringList({ QStringLiteral("Ben"), QStringLiteral("Ann"), QStringLiteral("Amy"),
                           QStringLiteral("Ben") }));

    // Back to Default undoes it all.
    click("defaultColumnsPushButton");
    QCOMPARE(previewHeadings(preview()),
             Exporter(m_fixture->db()).preview(ReportKind::Participants, {}, {}, 0).headings);
}

void TestExportDialog::renamesTheRegisterSessionsAsAGroup()
{
    choose(test::child<QComboBox>(m_dialog, QStringLiteral("reportComboBox")),
           QStringLiteral("register"));
    choose(test::child<QComboBox>(m_dialog, QStringLiteral("workGroupComboBox")),
           QStringLiteral("TEST-01"));
    const int sessions = chosenKeys().indexOf(QStringLiteral("sessions"));
    QVERIFY(sessions > 0);
    QVERIFY(chosen()->item(sessions, 1)->text().contains(QLatin1String("a column for each")));
    chosen()->setCurrentCell(sessions, 0);
    click("editHeadingPushButton");
    auto *editor = chosen()->viewport()->findChild<QLineEdit *>();
    QVERIFY(editor);
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("Week"));
    QTest::keyClick(editor, Qt::Key_Return);
    QCoreApplication::processEvents(); // the delegate commits the edit from a queued call
    const QStringList headings = previewHeadings(preview());
    for (int week = 1; week <= 4; ++week)
        QVERIFY2(headings.contains(QStringLiteral("Week %1").arg(week)),
                 qPrintable(headings.join(QLatin1Char('|'))));
    // One session's column on its own can be added beside the group.
    auto *available
        = test::child<QListWidget>(m_dialog, QStringLiteral("availableColumnsListWidget"));
    QListWidgetItem *second = nullptr;
    for (int i = 0; i < available->count(); ++i) {
        if (available->item(i)->data(Qt::UserRole).toString() == QLatin1String("session_2"))
            second = available->item(i);
    }
    QVERIFY(second);
    available->setFocus();
    available->setCurrentItem(second);
    QTest::keyClick(available, Qt::Key_Return); // Enter adds, as the button does
    QVERIFY(chosenKeys().contains(QStringLiteral("session_2")));
    QCOMPARE(previewHeadings(preview()).size(), headings.size() + 1);
}

void TestExportDialog::keepsATemplateAndReadsItBackInANewDialog()
{
    choose(test::child<QComboBox>(m_dialog, QStringLiteral("reportComboBox")),
           QStringLiteral("schools"));
    // Only URN and Completed, the latter renamed and first.
    while (chosen()->rowCount() > 0) {
        chosen()->setCurrentCell(0, 0);
        click("removeColumnPushButton");
    }
    QVERIFY(!test::child<QPushButton>(m_dialog, QStringLiteral("saveFilePushButton"))->isEnabled());
    auto *available
        = test::child<QListWidget>(m_dialog, QStringLiteral("availableColumnsListWidget"));
    for (const char *heading : { "URN", "Completed" }) {
        available->setCurrentItem(
            available->findItems(QLatin1String(heading), Qt::MatchExactly).value(0));
        click("addColumnPushButton");
    }
    chosen()->setCurrentCell(1, 0);
    click("moveUpPushButton");
    chosen()->item(0, 0)->setText(QStringLiteral("Engaged"));
    const QList<ExportColumn> layout = { { QStringLiteral("completed"), QStringLiteral("Engaged") },
                                         { QStringLiteral("school_urn"), QStringLiteral("URN") } };

    auto *name = test::child<QLineEdit>(m_dialog, QStringLiteral("templateNameLineEdit"));
    test::typeInto(name, QStringLiteral("NCETM summer"));
    click("saveTemplatePushButton");
    ExportTemplateStore store(m_fixture->db());
    QCOMPARE(store.find(ReportKind::Schools, QStringLiteral("NCETM summer"))->columns, layout);
    auto *templates = test::child<QComboBox>(m_dialog, QStringLiteral("templateComboBox"));
    QCOMPARE(templates->currentText(), QStringLiteral("NCETM summer"));

    // Saving under a name in use asks first; No keeps the template as it was.
    chosen()->setCurrentCell(0, 0);
    click("moveDownPushButton");
    test::typeInto(name, QStringLiteral("ncetm SUMMER"));
    Prompter::setNextAnswer(QMessageBox::No);
    click("saveTemplatePushButton");
    QVERIFY(Prompter::lastMessage().contains(QLatin1String("already has a template")));
    QCOMPARE(store.find(ReportKind::Schools, QStringLiteral("NCETM summer"))->columns, layout);
    QCOMPARE(store.list(ReportKind::Schools).size(), 1);

    // A new dialog, the same report remembered: the template lays the columns out again.
    m_dialog->close();
    m_dialog = openExport();
    QVERIFY(m_dialog);
    QCOMPARE(m_dialog->report(), ReportKind::Schools);
    templates = test::child<QComboBox>(m_dialog, QStringLiteral("templateComboBox"));
    QCOMPARE(templates->currentIndex(), 0); // the default layout first
    QVERIFY(chosenKeys().size() > 2);
    templates->setCurrentIndex(templates->findText(QStringLiteral("NCETM summer")));
    QCOMPARE(previewHeadings(preview()),
             QStringList({ QStringLiteral("Engaged"), QStringLiteral("URN") }));
    const ExportPreview core
        = Exporter(m_fixture->db()).preview(ReportKind::Schools, {}, layout, 20);
    QCOMPARE(core.rows.size(), 3);
    QCOMPARE(previewRows(preview()), core.rows);
    QVERIFY(core.rows.contains(QStringList({ QStringLiteral("Y"), QStringLiteral("100001") })));

    // Delete asks, then forgets it; the default layout is always there.
    Prompter::setNextAnswer(QMessageBox::Yes);
    click("deleteTemplatePushButton");
    QVERIFY(!store.find(ReportKind::Schools, QStringLiteral("NCETM summer")));
    QCOMPARE(templates->count(), 1);
    QCOMPARE(templates->currentText(), QStringLiteral("Default layout"));
    QVERIFY(!test::child<QPushButton>(m_dialog, QStringLiteral("deleteTemplatePushButton"))
                 ->isEnabled());
}

void TestExportDialog::savesWhatTheCoreWrites()
{
    choose(test::child<QComboBox>(m_dialog, QStringLiteral("reportComboBox")),
           QStringLiteral("participants"));
    choose(test::child<QComboBox>(m_dialog, QStringLiteral("yearComboBox")),
           QStringLiteral("2024/25"));
    chosen()->setCurrentCell(0, 0);
    click("removeColumnPushButton");
    chosen()->item(0, 0)->setText(QStringLiteral("Year"));
    const QList<ExportColumn> layout = [this] {
        QList<ExportColumn> columns;
        for (int row = 0; row < chosen()->rowCount(); ++row)
            columns << ExportColumn { chosen()->item(row, 0)->data(Qt::UserRole).toString(),
                                      chosen()->item(row, 0)->text() };
        return columns;
    }();
    QCOMPARE(layout.first(),
             (ExportColumn { QStringLiteral("academic_year"), QStringLiteral("Year") }));

    const QString folder = m_fixture->folder() + QStringLiteral("/returns");
    QVERIFY(QDir().mkpath(folder));
    const QString path = folder + QStringLiteral("/participants.csv");
    Prompter::setNextFileName(path);
    click("saveFilePushButton");
    QVERIFY2(Prompter::lastMessage().startsWith(QLatin1String("Wrote 3 row")),
             qPrintable(Prompter::lastMessage()));
    QVERIFY(Prompter::lastMessage().contains(QDir::toNativeSeparators(path)));

    ExportFilter filter;
    filter.academicYear = QStringLiteral("2024/25");
    const QString reference = m_fixture->folder() + QStringLiteral("/reference.csv");
    QCOMPARE(Exporter(m_fixture->db()).write(ReportKind::Participants, filter, reference, layout),
             3);
    QCOMPARE(test::fileBytes(path), test::fileBytes(reference));
    QVERIFY(test::fileBytes(path).contains("\r\n2024/25,TFM-DEV,"));

    // The report and folder are remembered for next time.
    QCOMPARE(QSettings().value(QStringLiteral("exports/folder")).toString(), folder);
    QCOMPARE(QSettings().value(QStringLiteral("exports/report")).toString(),
             QStringLiteral("participants"));
}

void TestExportDialog::cancelLeavesNoFileAndKeepsTheOldOne()
{
    const QString folder = m_fixture->folder() + QStringLiteral("/returns");
    QVERIFY(QDir().mkpath(folder));
    const QString path = folder + QStringLiteral("/register.csv");
    choose(test::child<QComboBox>(m_dialog, QStringLiteral("reportComboBox")),
           QStringLiteral("register"));
    // Cancel is pressed as soon as the writing lets events through, before any row; until the
    // progress dialog exists the press waits for the next turn of events.
    bool pressed = false;
    std::function<void()> pressCancel = [&] {
        QTimer::singleShot(0, m_dialog, [&] {
            auto *progress
                = m_dialog->findChild<QProgressDialog *>(QStringLiteral("exportProgressDialog"));
            if (!progress) {
                pressCancel();
                return;
            }
            auto *cancel = progress->findChild<QPushButton *>();
            QVERIFY(cancel);
            cancel->click();
            pressed = true;
        });
    };
    pressCancel();
    Prompter::setNextFileName(path);
    const int messages = Prompter::messageCount();
    click("saveFilePushButton");
    QVERIFY(pressed);
    QVERIFY(!QFile::exists(path));
    QCOMPARE(filesIn(folder), QStringList()); // no temporary file either
    QCOMPARE(Prompter::messageCount(), messages); // a cancel is not an error
    QVERIFY(test::child<QLabel>(m_dialog, QStringLiteral("previewStatusLabel"))
                ->text()
                .startsWith(QLatin1String("Cancelled")));

    {
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("last term's register\r\n");
    }
    pressed = false;
    pressCancel();
    Prompter::setNextFileName(path);
    click("saveFilePushButton");
    QVERIFY(pressed);
    QCOMPARE(test::fileBytes(path), QByteArray("last term's register\r\n"));
    QCOMPARE(filesIn(folder), QStringList({ QStringLiteral("register.csv") }));

    // Without Cancel the same save replaces it.
    Prompter::setNextFileName(path);
    click("saveFilePushButton");
    QVERIFY(test::fileBytes(path).startsWith("\xEF\xBB\xBFWork Group,URN"));
}

void TestExportDialog::showsWhyAFileCannotBeSaved()
{
    const QString path = m_fixture->folder() + QStringLiteral("/no/such/folder/schools.csv");
    Prompter::setNextFileName(path);
    click("saveFilePushButton");
    QVERIFY2(Prompter::lastMessage().contains(QLatin1String("not saved")),
             qPrintable(Prompter::lastMessage()));
    QVERIFY(Prompter::lastMessage().contains(QLatin1String("schools.csv")));
    QVERIFY(!QFile::exists(path));
    // The dialog stays open for another try.
    QVERIFY(m_dialog->isVisible());
}

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
