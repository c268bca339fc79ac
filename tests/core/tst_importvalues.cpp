#include "import/ImportValues.h"

#include <QTest>

using namespace hubreg;

// The values of import files: what is read as a date, a count or a yes or no.
class TestImportValues : public QObject
{
    Q_OBJECT

private slots:
    void dates_data();
    void dates();
};

void TestImportValues::dates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("date"); // invalid: not a date
    QTest::newRow("GIAS") << QStringLiteral("01-09-2012") << QDate(2012, 9, 1);
    QTest::newRow("one digit day and month") << QStringLiteral("1-9-2012") << QDate(2012, 9, 1);
    QTest::newRow("a spreadsheet's") << QStringLiteral("31/12/1999") << QDate(1999, 12, 31);
    QTest::newRow("dots") << QStringLiteral("05.11.2024") << QDate(2024, 11, 5);
    QTest::newRow("mixed separators") << QStringLiteral("05/11.2024") << QDate(2024, 11, 5);
    QTest::newRow("ISO") << QStringLiteral("2024-02-29") << QDate(2024, 2, 29);
    QTest::newRow("spaces around") << QStringLiteral("  01-09-2012 \t") << QDate(2012, 9, 1);
    QTest::newRow("no such day") << QStringLiteral("31-02-2020") << QDate();
    QTest::newRow("not a leap year") << QStringLiteral("2023-02-29") << QDate();
    QTest::newRow("month 13") << QStringLiteral("01-13-2020") << QDate();
    QTest::newRow("three-digit day") << QStringLiteral("001-09-2012") << QDate();
    QTest::newRow("two-digit year") << QStringLiteral("01-09-12") << QDate();
    QTest::newRow("five-digit year") << QStringLiteral("01-09-20120") << QDate();
    QTest::newRow("ISO with slashes") << QStringLiteral("2024/02/28") << QDate();
    QTest::newRow("ISO, one-digit month") << QStringLiteral("2024-2-28") << QDate();
    QTest::newRow("text after") << QStringLiteral("01-09-2012x") << QDate();
    QTest::newRow("inner space") << QStringLiteral("01 -09-2012") << QDate();
    QTest::newRow("no separators") << QStringLiteral("01092012") << QDate();
    QTest::newRow("Arabic-Indic digits") << QStringLiteral("٠١-٠٩-٢٠١٢") << QDate();
    QTest::newRow("empty") << QString() << QDate();
}

void TestImportValues::dates()
{
    QFETCH(QString, text);
    QFETCH(QDate, date);
    const auto read = importvalues::date(text);
    QCOMPARE(read.has_value(), date.isValid());
    if (read)
        QCOMPARE(*read, date);
}

QTEST_GUILESS_MAIN(TestImportValues)
#include "tst_importvalues.moc"
