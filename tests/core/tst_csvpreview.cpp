#include "TestSupport.h"
#include "import/CsvPreview.h"
#include "import/ImportError.h"

#include <QTest>

using namespace hubreg;

class TestCsvPreview : public QObject
{
    Q_OBJECT

private slots:
    void showsTheFirstRowsAsRead();
    void namesTheFirstProblem();
    void refusesAnUnreadableFile();
};

void TestCsvPreview::showsTheFirstRowsAsRead()
{
    const CsvPreview preview
        = previewCsv(test::testDataPath(QStringLiteral("participants/form-1252-semicolon.csv")), 2);
    QCOMPARE(preview.fileName, QStringLiteral("form-1252-semicolon.csv"));
    QCOMPARE(preview.encoding, TextEncoding::Windows1252);
    QCOMPARE(preview.delimiter, QLatin1Char(';'));
    QCOMPARE(preview.header,
             QStringList({ QStringLiteral("Name"), QStringLiteral("School"),
                           QStringLiteral("Postcode"), QStringLiteral("Email") }));
    QCOMPARE(preview.rows.size(), 2);
    QCOMPARE(preview.rows.first().first(), QStringLiteral("Zoë Brontë"));
    QVERIFY(preview.problem.isEmpty());
}

void TestCsvPreview::namesTheFirstProblem()
{
    const CsvPreview preview
        = previewCsv(test::testDataPath(QStringLiteral("csv/too_many_fields.csv")));
    QCOMPARE(preview.rows.size(), 1);
    QVERIFY(preview.problem.startsWith(QLatin1String("too_many_fields.csv, line 3, column 5: ")));
}

void TestCsvPreview::refusesAnUnreadableFile()
{
    QVERIFY_THROWS_EXCEPTION(ImportError,
                             previewCsv(test::testDataPath(QStringLiteral("csv/no-such.csv"))));
    // A header that cannot be read leaves nothing to preview.
    QVERIFY_THROWS_EXCEPTION(
        ImportError, previewCsv(test::testDataPath(QStringLiteral("csv/utf16_without_bom.csv"))));
}

QTEST_GUILESS_MAIN(TestCsvPreview)
#include "tst_csvpreview.moc"
