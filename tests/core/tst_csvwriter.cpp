#include "csv/CsvReader.h"
#include "csv/CsvWriter.h"

#include <QBuffer>
#include <QRandomGenerator>
#include <QTest>

using namespace hubreg;

namespace {

QByteArray written(const QList<QList<CsvCell>> &rows, const CsvWriteOptions &options = {})
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(buffer, QStringLiteral("out.csv"), options);
    for (const auto &row : rows)
        writer.writeRow(row);
    writer.finish();
    return buffer.data();
}

QList<QStringList> readBack(const QByteArray &bytes, bool undoGuard)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReadOptions options;
    options.hasHeader = false;
    options.undoFormulaGuard = undoGuard;
    options.delimiter = QLatin1Char(',');
    CsvReader reader(buffer, QStringLiteral("out.csv"), options);
    QList<QStringList> rows;
    CsvRow row;
    while (reader.readRow(row))
        rows << row.fields;
    return rows;
}

// A device that takes nothing: a full disk.
class FullDisk : public QIODevice
{
public:
    FullDisk() { open(QIODevice::WriteOnly); }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *, qint64) override
    {
        setErrorString(QStringLiteral("No space left on device"));
        return -1;
    }
};

} // namespace

class TestCsvWriter : public QObject
{
    Q_OBJECT

private slots:
    void bomCrlfAndMinimalQuoting();
    void withoutBom();
    void guardsFreeTextOnly();
    void singleEmptyFieldIsNotABlankLine();
    void roundTripsRandomTables();
    void reportsAFullDisk();
};

void TestCsvWriter::bomCrlfAndMinimalQuoting()
{
    const QByteArray bytes = written({
        { CsvCell(QStringLiteral("URN")), CsvCell(QStringLiteral("Name")),
          CsvCell(QStringLiteral("Note")) },
        { CsvCell::number(100001), CsvCell(QStringLiteral("Alder, Primary")),
          CsvCell(QStringLiteral("said \"hi\"\nthen left")) },
        { CsvCell::number(100002), CsvCell(QStringLiteral("Zoë’s école")), CsvCell(QString()) },
    });
    QCOMPARE(bytes,
             QByteArray("\xEF\xBB\xBF"
                        "URN,Name,Note\r\n"
                        "100001,\"Alder, Primary\",\"said \"\"hi\"\"\nthen left\"\r\n"
                        "100002,Zo\xC3\xAB\xE2\x80\x99s \xC3\xA9"
                        "cole,\r\n"));
}

void TestCsvWriter::withoutBom()
{
    CsvWriteOptions options;
    options.byteOrderMark = false;
    QCOMPARE(written({ { CsvCell(QStringLiteral("a")), CsvCell(QStringLiteral("b")) } }, options),
             QByteArray("a,b\r\n"));
    options.delimiter = QLatin1Char(';');
    QCOMPARE(
        written({ { CsvCell(QStringLiteral("a;1")), CsvCell(QStringLiteral("b,2")) } }, options),
        QByteArray("\"a;1\";b,2\r\n"));
}

void TestCsvWriter::guardsFreeTextOnly()
{
    CsvWriteOptions options;
    options.byteOrderMark = false;
    const QByteArray bytes = written(
        { { CsvCell(QStringLiteral("=1+2")), CsvCell(QStringLiteral("@x")),
            CsvCell(QStringLiteral("+44 1234")), CsvCell(QStringLiteral("-x")),
            CsvCell(QStringLiteral("\tx")), CsvCell(QStringLiteral("\r=x")), CsvCell::number(-5),
            CsvCell::decimal(-2.5, 1), CsvCell::date(QDate(2024, 11, 5)),
            CsvCell::time(QTime(9, 5)), CsvCell(QStringLiteral("Plain")) } },
        options);
    QCOMPARE(
        bytes,
        QByteArray("'=1+2,'@x,'+44 1234,'-x,'\tx,\"'\r=x\",-5,-2.5,2024-11-05,09:05,Plain\r\n"));
    options.guardFormulas = false;
    QCOMPARE(written({ { CsvCell(QStringLiteral("=1+2")) } }, options), QByteArray("=1+2\r\n"));
}

void TestCsvWriter::singleEmptyFieldIsNotABlankLine()
{
    CsvWriteOptions options;
    options.byteOrderMark = false;
    const QByteArray bytes = written(
        { { CsvCell(QStringLiteral("a")) }, { CsvCell() }, { CsvCell(QStringLiteral("b")) } },
        options);
    QCOMPARE(bytes, QByteArray("a\r\n\"\"\r\nb\r\n"));
    QCOMPARE(
        readBack(bytes, false),
        QList<QStringList>({ { QStringLiteral("a") }, { QString() }, { QStringLiteral("b") } }));
}

void TestCsvWriter::roundTripsRandomTables()
{
    // Pieces chosen to hit every rule: quotes, delimiters, line ends, formula triggers,
    // apostrophes, accents, emoji, spaces and empties.
    const QStringList pieces = {
        QStringLiteral("\""), QStringLiteral(","),   QStringLiteral("\r\n"),
        QStringLiteral("\n"), QStringLiteral("\r"),  QStringLiteral("="),
        QStringLiteral("+"),  QStringLiteral("-"),   QStringLiteral("@"),
        QStringLiteral("\t"), QStringLiteral("'"),   QStringLiteral("é"),
        QStringLiteral("’"),  QStringLiteral("°"),   QStringLiteral("\U0001F600"),
        QStringLiteral(" "),  QStringLiteral("abc"), QStringLiteral("Zoë"),
        QStringLiteral(";"),  QStringLiteral("12"),
    };
    QRandomGenerator random(20241105); // fixed seed: the same tables every run
    for (int table = 0; table < 200; ++table) {
        const int columns = 1 + int(random.bounded(6));
        const int rowCount = 1 + int(random.bounded(8));
        QList<QList<CsvCell>> cells;
        QList<QStringList> expected;
        for (int r = 0; r < rowCount; ++r) {
            QList<CsvCell> row;
            QStringList texts;
            for (int c = 0; c < columns; ++c) {
                QString text;
                const int length = int(random.bounded(5));
                for (int k = 0; k < length; ++k)
                    text += pieces.at(int(random.bounded(pieces.size())));
                row << CsvCell(text);
                texts << text;
            }
            cells << row;
            expected << texts;
        }
        const QByteArray bytes = written(cells);
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QVERIFY(bytes.endsWith("\r\n"));
        const QList<QStringList> actual = readBack(bytes, true);
        QCOMPARE(actual, expected);
    }
}

void TestCsvWriter::reportsAFullDisk()
{
    FullDisk disk;
    CsvWriter writer(disk, QStringLiteral("return.csv"));
    writer.writeRow(QStringList { QStringLiteral("a") });
    try {
        writer.finish();
        QFAIL("a refused write is an error");
    } catch (const CsvError &e) {
        QCOMPARE(e.kind(), CsvError::Kind::Io);
        QVERIFY(e.message().startsWith(QLatin1String("return.csv: ")));
        QVERIFY(e.message().contains(QLatin1String("No space left")));
    }
}

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "tst_csvwriter.moc"
