// File > Export Return offers an Excel workbook: chosen in the dialog (and remembered), the name
// suggested and completed with .xlsx, and the file written as the core writes it.
#include "GuiTest.h"
#include "HandCheckedHub.h"
#include "XlsxReading.h"
#include "exports/ExportDialog.h"

#include <QComboBox>
#include <QDir>
#include <QPushButton>

using namespace hubreg;
using namespace hubreg::ui;

class TestExportXlsx : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::useTestSettings(); }
    void init();
    void cleanup();
    void savesAWorkbookChosenInTheDialog();
    void aNameTypedWithCsvStaysCsv();

private:
    ExportDialog *openExport();
    std::unique_ptr<test::WindowFixture> m_fixture;
};

void TestExportXlsx::init()
{
    QSettings().clear();
    m_fixture = std::make_unique<test::WindowFixture>(
        [](Database &db) { test::buildHandCheckedHub(db); });
}

void TestExportXlsx::cleanup()
{
    m_fixture.reset();
}

ExportDialog *TestExportXlsx::openExport()
{
    m_fixture->trigger(QStringLiteral("exportReturnAction"));
    return test::openDialog<ExportDialog>(&m_fixture->window());
}

void TestExportXlsx::savesAWorkbookChosenInTheDialog()
{
    ExportDialog *dialog = openExport();
    QVERIFY(dialog);
    auto *report = test::child<QComboBox>(dialog, QStringLiteral("reportComboBox"));
    report->setCurrentIndex(report->findData(QStringLiteral("participants")));
    auto *format = test::child<QComboBox>(dialog, QStringLiteral("formatComboBox"));
    QCOMPARE(format->currentData().toString(), QStringLiteral("csv"));
    // From the keyboard, as a person would: the format box, then Down.
    format->setFocus();
    QTest::keyClick(format, Qt::Key_Down);
    QCOMPARE(format->currentData().toString(), QStringLiteral("xlsx"));
    QVERIFY(dialog->savesWorkbook());

    // A name typed without an extension gets .xlsx.
    const QString typed = m_fixture->folder() + QStringLiteral("/participants-autumn");
    Prompter::setNextFileName(typed);
    QTest::mouseClick(test::child<QPushButton>(dialog, QStringLiteral("saveFilePushButton")),
                      Qt::LeftButton);
    const QString path = typed + QStringLiteral(".xlsx");
    QVERIFY2(Prompter::lastMessage().contains(QDir::toNativeSeparators(path)),
             qPrintable(Prompter::lastMessage()));
    QVERIFY(!QFileInfo::exists(typed));
    const test::XlsxSheet sheet = test::readXlsx(path);
    QVERIFY2(sheet.error.isEmpty(), qPrintable(sheet.error));
    QCOMPARE(sheet.title, QStringLiteral("Participants"));
    QCOMPARE(sheet.rows.size(), 4);
    QCOMPARE(sheet.rows.at(1).at(13).value, QStringLiteral("1234567")); // TRN, as text
    QCOMPARE(sheet.rows.at(1).at(13).type, QStringLiteral("text"));
    dialog->reject();

    // The next dialog offers a workbook again.
    ExportDialog *next = openExport();
    QVERIFY(next);
    QVERIFY(next->savesWorkbook());
    next->reject();
}

void TestExportXlsx::aNameTypedWithCsvStaysCsv()
{
    ExportDialog *dialog = openExport();
    QVERIFY(dialog);
    auto *report = test::child<QComboBox>(dialog, QStringLiteral("reportComboBox"));
    report->setCurrentIndex(report->findData(QStringLiteral("schools")));
    auto *format = test::child<QComboBox>(dialog, QStringLiteral("formatComboBox"));
    format->setCurrentIndex(format->findData(QStringLiteral("xlsx")));
    const QString path = m_fixture->folder() + QStringLiteral("/schools.csv");
    Prompter::setNextFileName(path);
    QTest::mouseClick(test::child<QPushButton>(dialog, QStringLiteral("saveFilePushButton")),
                      Qt::LeftButton);
    QCOMPARE(test::fileBytes(path),
             test::fileBytes(test::testDataPath(QStringLiteral("exports/schools.csv"))));
    dialog->reject();
}

QTEST_MAIN(TestExportXlsx)
#include "tst_exportxlsx.moc"
