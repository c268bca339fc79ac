// File > Import > GIAS Schools… and GIAS Links… driven in the real window: the file, the
// options, progress and Cancel, the report, and what the database holds afterwards.
#include "GuiTest.h"
#include "commands/RegisterCommands.h"
#include "common/DataTableView.h"
#include "common/Workspace.h"
#include "csv/CsvWriter.h"
#include "database/Backup.h"
#include "database/SqlQuery.h"
#include "imports/GiasImportDialog.h"
#include "records/HubStore.h"
#include "records/SchoolStore.h"
#include "schools/SchoolFinder.h"
#include "schools/SchoolTableModel.h"
#include "schools/SchoolsPage.h"

#include <QCheckBox>
#include <QClipboard>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QUndoStack>

using namespace hubreg;
using namespace hubreg::ui;

namespace {

QString extract(const char *name)
{
    return test::testDataPath(QStringLiteral("gias/%1").arg(QLatin1String(name)));
}

QString realLinksFile()
{
    return QStringLiteral(HUBREGISTER_TEST_DATA "/gias/links-20230421.csv");
}

School schoolWithUrn(Database &db, int urn)
{
    const auto school = SchoolStore(db).findByUrn(*Urn::fromInt(urn));
    if (!school)
        qFatal("school %d is not held", urn);
    return *school;
}

int count(Database &db, const char *table)
{
    SqlQuery query(db, QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)));
    return query.scalar().toInt();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

// A GIAS-shaped extract of `schools` schools, URNs from 106000: 106000 to 106006 are schools of
// extract-a.csv under other names, so they are updated; the others are new.
void writeLargeExtract(const QString &path, int schools)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    CsvWriter writer(file, QStringLiteral("edubasealldata20250101.csv"));
    writer.writeRow(QStringList {
        QStringLiteral("URN"), QStringLiteral("EstablishmentName"), QStringLiteral("LA (code)"),
        QStringLiteral("EstablishmentStatus (name)"), QStringLiteral("OpenDate") });
    for (int i = 0; i < schools; ++i)
        writer.writeRow({ CsvCell::number(106000 + i), CsvCell(QStringLiteral("School %1").arg(i)),
                          CsvCell(QStringLiteral("373")), CsvCell(QStringLiteral("Open")),
                          CsvCell(QStringLiteral("01-09-2000")) });
    writer.finish();
}

QString text(QWidget *root, const QString &labelName)
{
    auto *label = test::child<QLabel>(root, labelName);
    return label ? label->text() : QString();
}

} // namespace

class TestGiasImportDialog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void importsAnExtractThatTheWindowThenShows();
    void reimportReportsTheChangedSchools();
    void rejectedRowWithImportNothingChangesNothing();
    void cancelDuringProgressChangesNothing();
    void checkOnlySavesNothing();
    void limitsNewSchoolsToTheHubsAreaAndOpenOnes();
    void unreadableFileIsNamedWithItsPlace();
    void importsTheLinksFile();
    void readOnlyFileTakesNoImport();

private:
    GiasImportDialog *open(const char *action);
    // Chooses the file through the file chooser, as a person would.
    void choose(GiasImportDialog *dialog, const QString &path);
    void run(GiasImportDialog *dialog);

    std::unique_ptr<test::WindowFixture> m_fixture;
};

void TestGiasImportDialog::init()
{
    test::useTestSettings();
    m_fixture = std::make_unique<test::WindowFixture>([](Database &db) {
        Hub hub;
        hub.name = QStringLiteral("South Yorkshire Maths Hub");
        HubStore hubs(db);
        hubs.add(hub);
        hubs.setLocalAuthorities(hub.id,
                                 { QStringLiteral("370"), QStringLiteral("371"),
                                   QStringLiteral("372"), QStringLiteral("373") });
    });
}

void TestGiasImportDialog::cleanup()
{
    m_fixture.reset();
}

GiasImportDialog *TestGiasImportDialog::open(const char *action)
{
    m_fixture->trigger(QLatin1String(action));
    return test::openDialog<GiasImportDialog>(&m_fixture->window());
}

void TestGiasImportDialog::choose(GiasImportDialog *dialog, const QString &path)
{
    Prompter::setNextFileName(path);
    test::child<QPushButton>(dialog, QStringLiteral("browsePushButton"))->click();
}

void TestGiasImportDialog::run(GiasImportDialog *dialog)
{
    auto *button = test::child<QPushButton>(dialog, QStringLiteral("runImportPushButton"));
    QVERIFY(button->isVisible());
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(!dialog->isRunning());
}

void TestGiasImportDialog::importsAnExtractThatTheWindowThenShows()
{
    Database &db = m_fixture->db();
    m_fixture->trigger(QStringLiteral("showPage1Action"));
    auto *schools = m_fixture->window().schoolsPage();
    QCOMPARE(schools->finder()->model()->totalCount(), 0);

    GiasImportDialog *dialog = open("importGiasSchoolsAction");
    QVERIFY(dialog);
    QCOMPARE(dialog->windowTitle(), QStringLiteral("Import GIAS Schools"));
    QVERIFY(!test::child<QPushButton>(dialog, QStringLiteral("runImportPushButton"))->isEnabled());
    choose(dialog, extract("extract-a.csv"));
    const QString format = text(dialog, QStringLiteral("formatLabel"));
    QVERIFY2(format.contains(QLatin1String("Windows-1252")), qPrintable(format));
    QVERIFY2(format.contains(QLatin1String("Columns: 140;")), qPrintable(format));
    QVERIFY(text(dialog, QStringLiteral("problemLabel")).isEmpty());
    run(dialog);

    QVERIFY2(text(dialog, QStringLiteral("headlineLabel")).startsWith(QLatin1String("Imported")),
             qPrintable(text(dialog, QStringLiteral("headlineLabel"))));
    QCOMPARE(text(dialog, QStringLiteral("rowsCountLabel")), QStringLiteral("8"));
    QCOMPARE(text(dialog, QStringLiteral("addedCountLabel")), QStringLiteral("8"));
    QCOMPARE(text(dialog, QStringLiteral("rejectedCountLabel")), QStringLiteral("0"));
    QVERIFY(dialog->report().committed);

    QCOMPARE(SchoolStore(db).count(), 8);
    const School becket = schoolWithUrn(db, 106000);
    QCOMPARE(becket.name, QStringLiteral("St Thomas à Becket Catholic Primary School"));
    QCOMPARE(becket.headteacher(), QStringLiteral("Mrs Zoë O’Neill"));
    QCOMPARE(becket.laCode, QStringLiteral("373"));
    QCOMPARE(becket.openDate, QDate(2012, 9, 1));
    QCOMPARE(schoolWithUrn(db, 106005).status, QStringLiteral("Closed"));

    // The rest of the window follows: the Schools screen and the status bar.
    QCOMPARE(schools->finder()->model()->totalCount(), 8);
    QVERIFY(text(&m_fixture->window(), QStringLiteral("countsLabel"))
                .contains(QLatin1String("Schools: 8")));

    test::child<QPushButton>(dialog, QStringLiteral("closePushButton"))->click();
    QVERIFY(!dialog->isVisible());
}

void TestGiasImportDialog::reimportReportsTheChangedSchools()
{
    Database &db = m_fixture->db();
    GiasImportDialog *dialog = open("importGiasSchoolsAction");
    choose(dialog, extract("extract-a.csv"));
    run(dialog);
    QCOMPARE(SchoolStore(db).count(), 8);

    // An edit made before the next import; undoing it afterwards would write back the old head.
    School before = schoolWithUrn(db, 106001);
    School after = before;
    after.notes = QStringLiteral("Keen to join Embedding next year");
    QVERIFY(m_fixture->window().workspace().run(
        new UpdateSchoolCommand(m_fixture->window().workspace(), before, after)));
    QCOMPARE(m_fixture->window().undoStack()->count(), 1);

    test::child<QPushButton>(dialog, QStringLiteral("backPushButton"))->click();
    choose(dialog, extract("extract-b.csv"));
    run(dialog);
    QCOMPARE(text(dialog, QStringLiteral("rowsCountLabel")), QStringLiteral("9"));
    QCOMPARE(text(dialog, QStringLiteral("addedCountLabel")), QStringLiteral("2"));
    QCOMPARE(text(dialog, QStringLiteral("updatedCountLabel")), QStringLiteral("3"));
    QCOMPARE(text(dialog, QStringLiteral("closedCountLabel")), QStringLiteral("1"));
    QCOMPARE(text(dialog, QStringLiteral("unchangedCountLabel")), QStringLiteral("4"));
    QCOMPARE(text(dialog, QStringLiteral("skippedCountLabel")), QStringLiteral("0"));
    QCOMPARE(text(dialog, QStringLiteral("rejectedCountLabel")), QStringLiteral("0"));
    QVERIFY(text(dialog, QStringLiteral("headlineLabel"))
                .contains(QLatin1String("no longer be undone")));
    QCOMPARE(m_fixture->window().undoStack()->count(), 0);

    QCOMPARE(SchoolStore(db).count(), 10);
    QCOMPARE(schoolWithUrn(db, 106003).status, QStringLiteral("Closed"));
    const School shah = schoolWithUrn(db, 106001);
    QCOMPARE(shah.headteacher(), QStringLiteral("Mr Priya Shah"));
    QCOMPARE(shah.notes, QStringLiteral("Keen to join Embedding next year"));

    // The closure is in the report's table; Ctrl+C copies it for a spreadsheet.
    auto *table = test::child<DataTableView>(dialog, QStringLiteral("reportTableView"));
    QCOMPARE(table->model()->rowCount(), 1);
    table->setFocus();
    table->selectAll();
    QTest::keySequence(table, QKeySequence::Copy);
    const QString copied = QGuiApplication::clipboard()->text();
    const QString line = QString::number(dialog->report().notes.first().line);
    QCOMPARE(copied,
             QStringLiteral("Outcome\tLine\tColumn\tField\tReason\nNote\t%1\t\t\tURN 106003 is now "
                            "“Closed”\n")
                 .arg(line));
}

void TestGiasImportDialog::rejectedRowWithImportNothingChangesNothing()
{
    Database &db = m_fixture->db();
    GiasImportDialog *dialog = open("importGiasSchoolsAction");
    choose(dialog, extract("extract-a.csv"));
    run(dialog);
    const QString before = test::dumpContents(db);

    const QString path = m_fixture->folder() + QStringLiteral("/edubasealldata-bad.csv");
    writeFile(path,
              "URN,EstablishmentName,OpenDate\r\n"
              "106100,A New School,01-09-2000\r\n"
              "106000,Renamed School,\r\n"
              "106101,Bad Date,31-02-2020\r\n"
              "abc,Bad URN,\r\n");
    test::child<QPushButton>(dialog, QStringLiteral("backPushButton"))->click();
    choose(dialog, path);
    test::child<QRadioButton>(dialog, QStringLiteral("importNothingRadioButton"))->click();
    run(dialog);

    const QString headline = text(dialog, QStringLiteral("headlineLabel"));
    QVERIFY2(headline.contains(QLatin1String("Nothing from edubasealldata-bad.csv was imported")),
             qPrintable(headline));
    QCOMPARE(text(dialog, QStringLiteral("rejectedCountLabel")), QStringLiteral("2"));
    QCOMPARE(text(dialog, QStringLiteral("addedCountLabel")), QStringLiteral("0"));
    QVERIFY(!dialog->report().committed);
    QCOMPARE(test::dumpContents(db), before);

    // The rejected rows with line, column, heading and reason; sorted by line either way.
    auto *table = test::child<DataTableView>(dialog, QStringLiteral("reportTableView"));
    QAbstractItemModel *rows = table->model();
    QCOMPARE(rows->rowCount(), 2);
    auto cell = [rows](int row, int column) { return rows->index(row, column).data().toString(); };
    QCOMPARE(cell(0, 1), QStringLiteral("4"));
    QCOMPARE(cell(0, 2), QStringLiteral("17"));
    QCOMPARE(cell(0, 3), QStringLiteral("OpenDate"));
    QVERIFY(cell(0, 4).contains(QLatin1String("31-02-2020")));
    QCOMPARE(cell(1, 1), QStringLiteral("5"));
    QCOMPARE(cell(1, 3), QStringLiteral("URN"));
    table->sortByColumn(1, Qt::DescendingOrder);
    QCOMPARE(cell(0, 1), QStringLiteral("5"));

    // Saved as CSV: the whole table, with the file named on each row.
    const QString saved = m_fixture->folder() + QStringLiteral("/report.csv");
    Prompter::setNextFileName(saved);
    test::child<QPushButton>(dialog, QStringLiteral("saveReportPushButton"))->click();
    QCOMPARE(test::fileBytes(saved),
             QByteArray("\xEF\xBB\xBF"
                        "File,Outcome,Line,Column,Field,Reason\r\n"
                        "edubasealldata-bad.csv,Rejected,4,17,OpenDate,"
                        "\xE2\x80\x9C"
                        "31-02-2020\xE2\x80\x9D is not a date (dd-mm-yyyy)\r\n"
                        "edubasealldata-bad.csv,Rejected,5,1,URN,"
                        "\xE2\x80\x9C"
                        "abc\xE2\x80\x9D is not a URN (six digits)\r\n"));
}

void TestGiasImportDialog::cancelDuringProgressChangesNothing()
{
    Database &db = m_fixture->db();
    GiasImportDialog *dialog = open("importGiasSchoolsAction");
    choose(dialog, extract("extract-a.csv"));
    run(dialog);
    const QString before = test::dumpContents(db);

    const QString path = m_fixture->folder() + QStringLiteral("/edubasealldata20250101.csv");
    writeLargeExtract(path, 20000);
    test::child<QPushButton>(dialog, QStringLiteral("backPushButton"))->click();
    choose(dialog, path);
    // Cancel is pressed once the import is well under way: the file is read once, each row
    // written into the open transaction as it passes its checks (the first half of the bar).
    auto *bar = test::child<QProgressBar>(dialog, QStringLiteral("importProgressBar"));
    auto *cancel = test::child<QPushButton>(dialog, QStringLiteral("cancelImportPushButton"));
    int pressedAt = -1;
    int writtenBefore = -1;
    const auto connection = connect(bar, &QProgressBar::valueChanged, this, [&](int value) {
        if (pressedAt < 0 && value > bar->maximum() * 2 / 10 && value < bar->maximum() / 2) {
            pressedAt = value;
            // Rows are being written: the transaction already holds some.
            writtenBefore = count(db, "schools");
            QVERIFY(cancel->isVisible());
            QTest::mouseClick(cancel, Qt::LeftButton);
        }
    });
    run(dialog);
    disconnect(connection);
    QVERIFY2(pressedAt > 0, "Cancel was never pressed while the file was read");
    QVERIFY2(writtenBefore > 8, "the import had not started writing");

    QVERIFY(dialog->report().cancelled);
    QVERIFY(!dialog->report().committed);
    QVERIFY(text(dialog, QStringLiteral("headlineLabel")).startsWith(QLatin1String("Cancelled")));
    QCOMPARE(test::dumpContents(db), before);
    QCOMPARE(SchoolStore(db).count(), 8);

    // The same file again, not cancelled, imports whole.
    test::child<QPushButton>(dialog, QStringLiteral("backPushButton"))->click();
    run(dialog);
    QVERIFY(dialog->report().committed);
    QCOMPARE(text(dialog, QStringLiteral("addedCountLabel")), QLocale().toString(19993));
    QCOMPARE(text(dialog, QStringLiteral("updatedCountLabel")), QStringLiteral("7"));
    QCOMPARE(SchoolStore(db).count(), 20001);
}

void TestGiasImportDialog::checkOnlySavesNothing()
{
    Database &db = m_fixture->db();
    const QString before = test::dumpContents(db);
    GiasImportDialog *dialog = open("importGiasSchoolsAction");
    choose(dialog, extract("extract-a.csv"));
    auto *run = test::child<QPushButton>(dialog, QStringLiteral("runImportPushButton"));
    QCOMPARE(run->text(), QStringLiteral("&Import"));
    test::child<QCheckBox>(dialog, QStringLiteral("checkOnlyCheckBox"))->setChecked(true);
    QCOMPARE(run->text(), QStringLiteral("C&heck"));
    this->run(dialog);
    QVERIFY(
        text(dialog, QStringLiteral("headlineLabel")).contains(QLatin1String("Nothing was saved")));
    QCOMPARE(text(dialog, QStringLiteral("addedCountLabel")), QStringLiteral("8"));
    QVERIFY(dialog->report().dryRun);
    QCOMPARE(test::dumpContents(db), before);
}

void TestGiasImportDialog::limitsNewSchoolsToTheHubsAreaAndOpenOnes()
{
    Database &db = m_fixture->db();
    GiasImportDialog *dialog = open("importGiasSchoolsAction");
    auto *area = test::child<QCheckBox>(dialog, QStringLiteral("hubAreaCheckBox"));
    QVERIFY(area->isEnabled());
    QVERIFY2(area->text().contains(QLatin1String("370, 371, 372, 373")), qPrintable(area->text()));
    area->setChecked(true);
    test::child<QCheckBox>(dialog, QStringLiteral("openOnlyCheckBox"))->setChecked(true);
    choose(dialog, extract("extract-a.csv"));
    run(dialog);
    QCOMPARE(text(dialog, QStringLiteral("addedCountLabel")), QStringLiteral("5"));
    // 100100 outside the area, 106005 closed, 106006 not yet open.
    QCOMPARE(text(dialog, QStringLiteral("skippedCountLabel")), QStringLiteral("3"));
    QVERIFY(!SchoolStore(db).findByUrn(*Urn::fromInt(100100)));
    QCOMPARE(SchoolStore(db).count(), 5);
    test::child<QPushButton>(dialog, QStringLiteral("closePushButton"))->click();

    // The options are remembered for the next import.
    dialog = open("importGiasSchoolsAction");
    QVERIFY(test::child<QCheckBox>(dialog, QStringLiteral("hubAreaCheckBox"))->isChecked());
    QVERIFY(test::child<QCheckBox>(dialog, QStringLiteral("openOnlyCheckBox"))->isChecked());
    QVERIFY(!test::child<QCheckBox>(dialog, QStringLiteral("checkOnlyCheckBox"))->isChecked());
}

void TestGiasImportDialog::unreadableFileIsNamedWithItsPlace()
{
    Database &db = m_fixture->db();
    const QString before = test::dumpContents(db);
    const QString path = m_fixture->folder() + QStringLiteral("/broken.csv");
    writeFile(path, "URN,EstablishmentName\r\n106100,Good School\r\n106101,\"Unclosed\r\n");
    GiasImportDialog *dialog = open("importGiasSchoolsAction");
    choose(dialog, path);
    run(dialog);
    const QString headline = text(dialog, QStringLiteral("headlineLabel"));
    QVERIFY2(headline.contains(QLatin1String("broken.csv, line 3, column 8")),
             qPrintable(headline));
    QVERIFY(headline.startsWith(QLatin1String("Nothing was imported")));
    auto *table = test::child<DataTableView>(dialog, QStringLiteral("reportTableView"));
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, 1).data().toString(), QStringLiteral("3"));
    QCOMPARE(table->model()->index(0, 2).data().toString(), QStringLiteral("8"));
    QCOMPARE(test::dumpContents(db), before);
}

void TestGiasImportDialog::importsTheLinksFile()
{
    QVERIFY2(QFile::exists(realLinksFile()), "the real GIAS links file is in tests/data/gias");
    Database &db = m_fixture->db();
    GiasImportDialog *dialog = open("importGiasLinksAction");
    QCOMPARE(dialog->windowTitle(), QStringLiteral("Import GIAS Links"));
    QVERIFY(!dialog->findChild<QCheckBox *>(QStringLiteral("hubAreaCheckBox")));
    // An establishment extract is not a links file, and is named for what it is.
    choose(dialog, extract("extract-a.csv"));
    QVERIFY(text(dialog, QStringLiteral("problemLabel")).contains(QLatin1String("GIAS Schools")));
    QVERIFY(!test::child<QPushButton>(dialog, QStringLiteral("runImportPushButton"))->isEnabled());

    choose(dialog, realLinksFile());
    QVERIFY(text(dialog, QStringLiteral("problemLabel")).isEmpty());
    run(dialog);
    QCOMPARE(text(dialog, QStringLiteral("rowsCountLabel")), QLocale().toString(31274));
    QCOMPARE(text(dialog, QStringLiteral("addedCountLabel")), QLocale().toString(31274));
    QCOMPARE(text(dialog, QStringLiteral("rejectedCountLabel")), QStringLiteral("0"));
    QVERIFY(!test::child<QLabel>(dialog, QStringLiteral("closedCountLabel"))->isVisible());
    QCOMPARE(count(db, "school_links"), 31274);
    bool found = false;
    for (const SchoolLink &link : SchoolStore(db).linksOf(*Urn::fromInt(109401))) {
        if (link.linkedUrn.value() == 148296)
            found = link.linkedName == QStringLiteral("North Star 82°");
    }
    QVERIFY(found);
}

void TestGiasImportDialog::readOnlyFileTakesNoImport()
{
    QTemporaryDir other;
    const QString path = other.filePath(QStringLiteral("shared.sqlite"));
    Backup::copyVerified(m_fixture->db(), path);
    m_fixture.reset();
    MainWindow window(Database::open(path, Database::Access::ReadOnly));
    window.show();
    auto *menu = test::child<QMenu>(&window, QStringLiteral("fileMenu"));
    auto *import = test::child<QMenu>(&window, QStringLiteral("importMenu"));
    menu->popup(QPoint(0, 0));
    QVERIFY(!import->isEnabled());
    menu->hide();
    // Reached anyway, the import is refused with the reason and nothing is opened.
    const int before = Prompter::messageCount();
    test::child<QAction>(&window, QStringLiteral("importGiasSchoolsAction"))->trigger();
    QCOMPARE(Prompter::messageCount(), before + 1);
    QVERIFY(Prompter::lastMessage().contains(QLatin1String("read-only")));
    QVERIFY(!test::openDialog<GiasImportDialog>(&window));
}

QTEST_MAIN(TestGiasImportDialog)
#include "tst_giasimportdialog.moc"
