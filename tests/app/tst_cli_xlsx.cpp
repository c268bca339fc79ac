// `hubregister export ... -o FILE.xlsx` writes an Excel workbook, chosen by the file's
// extension; any other name still gets CSV.
#include "HandCheckedHub.h"
#include "ProgramRun.h"
#include "TestSupport.h"
#include "XlsxReading.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace hubreg;

class TestCliXlsx : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void theExtensionChoosesAWorkbook();
    void otherNamesStayCsv();

private:
    int run(const QStringList &arguments, QString *out = nullptr);
    QString database() const { return m_home.filePath(QStringLiteral("hub.sqlite")); }
    QTemporaryDir m_home;
};

void TestCliXlsx::initTestCase()
{
    test::TempDatabase temp;
    test::buildHandCheckedHub(temp.db());
    temp.close();
    QVERIFY(QFile::copy(temp.path(), database()));
}

int TestCliXlsx::run(const QStringList &arguments, QString *out)
{
    const test::ProgramRun run
        = test::runProgram(arguments + QStringList { QStringLiteral("--database"), database() },
                           test::environmentAt(m_home));
    if (out)
        *out = run.out;
    return run.exitCode < 0 ? -1 : run.exitCode;
}

void TestCliXlsx::theExtensionChoosesAWorkbook()
{
    const QString path = m_home.filePath(QStringLiteral("Schools.XLSX"));
    QString out;
    QCOMPARE(
        run({ QStringLiteral("export"), QStringLiteral("schools"), QStringLiteral("-o"), path },
            &out),
        0);
    QVERIFY2(out.contains(QLatin1String("Wrote 2 row")), qPrintable(out));
    QVERIFY(test::fileBytes(path).startsWith("PK"));
    const test::XlsxSheet sheet = test::readXlsx(path);
    QVERIFY2(sheet.error.isEmpty(), qPrintable(sheet.error));
    QCOMPARE(sheet.rows.size(), 3);
    QCOMPARE(sheet.rows.at(0).at(5).value, QStringLiteral("URN"));
    QCOMPARE(sheet.rows.at(1).at(5).type, QStringLiteral("text"));
    QCOMPARE(sheet.rows.at(1).at(5).value, QStringLiteral("100001"));
    QCOMPARE(sheet.rows.at(1).at(9).type, QStringLiteral("number")); // sessions held
}

void TestCliXlsx::otherNamesStayCsv()
{
    const QString path = m_home.filePath(QStringLiteral("schools.xlsx.csv"));
    QCOMPARE(
        run({ QStringLiteral("export"), QStringLiteral("schools"), QStringLiteral("-o"), path }),
        0);
    QCOMPARE(test::fileBytes(path),
             test::fileBytes(test::testDataPath(QStringLiteral("exports/schools.csv"))));
}

QTEST_GUILESS_MAIN(TestCliXlsx)
#include "tst_cli_xlsx.moc"
