#include "TestSupport.h"
#include "csv/CsvByteReader.h"
#include "csv/CsvReader.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryFile>
#include <QTest>

using namespace hubreg;

namespace {

// A device that hands out a few bytes per read and cannot seek, as a pipe would: every
// character, quote pair and line end ends up split across reads somewhere.
class TrickleDevice : public QIODevice
{
public:
    TrickleDevice(QByteArray data, qint64 step)
        : m_data(std::move(data))
        , m_step(step)
    {
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = qMin(qMin(maxSize, m_step), qint64(m_data.size()) - m_at);
        memcpy(data, m_data.constData() + m_at, size_t(n));
        m_at += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_step;
    qint64 m_at = 0;
};

QString kindName(CsvError::Kind kind)
{
    switch (kind) {
    case CsvError::Kind::Io:
        return QStringLiteral("Io");
    case CsvError::Kind::Encoding:
        return QStringLiteral("Encoding");
    case CsvError::Kind::NulCharacter:
        return QStringLiteral("NulCharacter");
    case CsvError::Kind::UnterminatedQuote:
        return QStringLiteral("UnterminatedQuote");
    case CsvError::Kind::QuoteInUnquotedField:
        return QStringLiteral("QuoteInUnquotedField");
    case CsvError::Kind::TextAfterQuote:
        return QStringLiteral("TextAfterQuote");
    case CsvError::Kind::FieldCount:
        return QStringLiteral("FieldCount");
    case CsvError::Kind::RecordTooLong:
        return QStringLiteral("RecordTooLong");
    }
    return {};
}

CsvReadOptions optionsFrom(const QJsonObject &json)
{
    CsvReadOptions options;
    if (json.contains(QLatin1String("hasHeader")))
        options.hasHeader = json.value(QLatin1String("hasHeader")).toBool();
    if (json.contains(QLatin1String("delimiter")))
        options.delimiter = json.value(QLatin1String("delimiter")).toString().at(0);
    if (json.value(QLatin1String("encoding")).toString() == QLatin1String("Windows1252"))
        options.encoding = TextEncoding::Windows1252;
    return options;
}

QJsonArray toJson(const QStringList &list)
{
    QJsonArray array;
    for (const QString &s : list)
        array.append(s);
    return array;
}

// Reads everything the reader gives, in the corpus's terms.
QJsonObject readAll(CsvRows &reader)
{
    QJsonObject result;
    QJsonArray events;
    try {
        result.insert(QStringLiteral("header"), toJson(reader.header()));
        result.insert(QStringLiteral("encoding"), displayName(reader.encoding()));
        result.insert(QStringLiteral("delimiter"), QString(reader.delimiter()));
    } catch (const CsvError &e) {
        events.append(QJsonObject { { QStringLiteral("error"),
                                      QJsonObject { { QStringLiteral("kind"), kindName(e.kind()) },
                                                    { QStringLiteral("line"), e.line() },
                                                    { QStringLiteral("column"), e.column() } } } });
    }
    for (int guard = 0; guard < 1000; ++guard) {
        CsvRow row;
        try {
            if (!reader.readRow(row))
                break;
            events.append(QJsonObject { { QStringLiteral("row"), toJson(row.fields) } });
        } catch (const CsvError &e) {
            events.append(
                QJsonObject { { QStringLiteral("error"),
                                QJsonObject { { QStringLiteral("kind"), kindName(e.kind()) },
                                              { QStringLiteral("line"), e.line() },
                                              { QStringLiteral("column"), e.column() } } } });
        }
    }
    result.insert(QStringLiteral("events"), events);
    result.insert(QStringLiteral("blankLines"), reader.blankLinesSkipped());
    return result;
}

void compareWithExpected(const QJsonObject &actual, const QJsonObject &expected)
{
    QCOMPARE(QJsonDocument(actual.value(QLatin1String("events")).toArray()).toJson(),
             QJsonDocument(expected.value(QLatin1String("events")).toArray()).toJson());
    for (const char *key : { "header", "encoding", "delimiter", "blankLines" }) {
        const QLatin1String name(key);
        if (expected.contains(name))
            QCOMPARE(actual.value(name), expected.value(name));
    }
}

QJsonObject expectationFor(const QString &csvPath)
{
    QFile file(QString(csvPath).replace(QLatin1String(".csv"), QLatin1String(".json")));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

// Everything a reader gives, in full: every field's text and place, every error's kind, place
// and message, the header and what the reader chose. For comparing the two readers.
QStringList everything(CsvRows &reader, const QList<int> &kept = {})
{
    QStringList out;
    const auto where
        = [](CsvPosition at) { return QStringLiteral("%1:%2").arg(at.line).arg(at.column); };
    const auto problem = [&](const CsvError &e) {
        return QStringLiteral("error %1 %2 %3")
            .arg(kindName(e.kind()), where(e.position()), e.message());
    };
    try {
        const QStringList header = reader.header();
        QStringList places;
        for (int i = 0; i < header.size(); ++i)
            places << where(reader.headerPosition(i));
        out << QStringLiteral("header ") + header.join(QLatin1Char('|')) + QLatin1Char(' ')
                + places.join(QLatin1Char(' '));
        out << QStringLiteral("encoding ") + displayName(reader.encoding())
                + QStringLiteral(" delimiter ") + reader.delimiter();
    } catch (const CsvError &e) {
        out << problem(e);
    }
    reader.keepOnlyColumns(kept);
    CsvRow row;
    for (int guard = 0; guard < 1000; ++guard) {
        try {
            if (!reader.readRow(row))
                break;
            QStringList cells;
            for (int i = 0; i < row.fields.size(); ++i)
                cells << where(row.positionOf(i)) + QLatin1Char('=') + row.fields.at(i);
            out << QStringLiteral("row %1 at %2: ").arg(row.number).arg(where(row.start))
                    + cells.join(QLatin1Char('|'));
        } catch (const CsvError &e) {
            out << problem(e);
        }
    }
    out << QStringLiteral("blank lines %1, bytes %2 of %3")
               .arg(reader.blankLinesSkipped())
               .arg(reader.bytesRead())
               .arg(reader.bytesTotal());
    return out;
}

// Reads a file whose second row's second field is `bytes`, put across the reader's 64 KiB
// chunk boundary and around it, and checks every row comes out whole, as `text`.
template<typename Reader>
void readsAcrossChunkBoundaries(const QList<QPair<QByteArray, QString>> &tricky)
{
    for (const auto &[bytes, text] : tricky) {
        for (int shift = -6; shift <= 6; ++shift) {
            const QByteArray header = "h1,h2\r\n";
            const int fillerLength = 65536 - int(header.size()) - 4 + shift;
            const QByteArray filler(fillerLength, 'f');
            const QByteArray data = header + "1," + filler + "\r\n2," + bytes + "\r\n3,end";
            QBuffer buffer;
            buffer.setData(data);
            buffer.open(QIODevice::ReadOnly);
            Reader reader(buffer, QStringLiteral("boundary.csv"));
            CsvRow row;
            QVERIFY(reader.readRow(row));
            QCOMPARE(row.fields.at(1).size(), fillerLength);
            QVERIFY(reader.readRow(row));
            QCOMPARE(row.fields.at(1), text);
            QCOMPARE(row.start.line, 3);
            QVERIFY(reader.readRow(row));
            QCOMPARE(row.fields, QStringList({ QStringLiteral("3"), QStringLiteral("end") }));
            QCOMPARE(row.start.line, text.contains(QLatin1Char('\n')) ? 5 : 4);
            QVERIFY(!reader.readRow(row));
        }
    }
}

// A quoted field of ten megabytes, doubled quotes, line ends and UTF-8 in it, read whole.
template<typename Reader> void readsATenMegabyteField()
{
    QTemporaryFile file;
    QVERIFY(file.open());
    QByteArray big;
    big.reserve(10 * 1024 * 1024 + 64);
    while (big.size() < 10 * 1024 * 1024)
        big += "abc\"\"def, \r\n\xc3\xa9 ";
    file.write("id,payload,after\r\n1,\"");
    file.write(big);
    file.write("\",tail\r\n");
    file.close();

    QString expected = QString::fromUtf8(big);
    expected.replace(QLatin1String("\"\""), QLatin1String("\""));
    QFile input(file.fileName());
    QVERIFY(input.open(QIODevice::ReadOnly));
    Reader reader(input, QStringLiteral("big.csv"));
    CsvRow row;
    QVERIFY(reader.readRow(row));
    QCOMPARE(row.fields.size(), 3);
    QCOMPARE(row.fields.at(1).size(), expected.size());
    QVERIFY(row.fields.at(1) == expected);
    QCOMPARE(row.fields.at(2), QStringLiteral("tail"));
    QVERIFY(!reader.readRow(row));
}

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT

private slots:
    void corpus_data();
    void corpus();
    void corpusThroughATrickle_data();
    void corpusThroughATrickle();
    void chunkBoundaries();
    void tenMegabyteField();
    void readsIncrementally();
    void recordTooLong();
    void errorMessageNamesFileLineAndColumn();
    void missingFile();
    void fieldPositions();
    void undoesTheFormulaGuardWhenAsked();
    void keepsOnlyTheColumnsAsked();
    void skippedColumnsAreCheckedAsKeptOnes_data();
    void skippedColumnsAreCheckedAsKeptOnes();
    void aRecordIsTooLongWhereItPassesTheLimit();

    // CsvByteReader: the same file read from its bytes.
    void bytesReadTheCorpusAsTextDoes_data();
    void bytesReadTheCorpusAsTextDoes();
    void bytesCanReadAllButUtf16();
    void bytesCountCharactersNotBytes();
    void bytesMakeWindows1252Text();
    void bytesAcrossChunkBoundaries();
    void bytesTenMegabyteField();
    void bytesRecordTooLong();
    void bytesKeepAFieldsLeadingZeroWidthSpace();
    void bytesShareRepeatedTextAndKeepEveryValue();
};

void TestCsvReader::corpus_data()
{
    QTest::addColumn<QString>("path");
    const QDir dir(test::testDataPath(QStringLiteral("csv")));
    const QStringList files = dir.entryList({ QStringLiteral("*.csv") }, QDir::Files, QDir::Name);
    QVERIFY(files.size() >= 40);
    for (const QString &name : files)
        QTest::newRow(qPrintable(name)) << dir.filePath(name);
}

void TestCsvReader::corpus()
{
    QFETCH(QString, path);
    const QJsonObject expected = expectationFor(path);
    QVERIFY2(!expected.isEmpty(), "every corpus file has its expectation");
    CsvReader reader(path, optionsFrom(expected.value(QLatin1String("options")).toObject()));
    compareWithExpected(readAll(reader), expected);
}

void TestCsvReader::corpusThroughATrickle_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("step");
    const QDir dir(test::testDataPath(QStringLiteral("csv")));
    for (const QString &name :
         dir.entryList({ QStringLiteral("*.csv") }, QDir::Files, QDir::Name)) {
        for (int step : { 1, 3 }) {
            QTest::newRow(qPrintable(QStringLiteral("%1/%2").arg(name).arg(step)))
                << dir.filePath(name) << step;
        }
    }
}

void TestCsvReader::corpusThroughATrickle()
{
    QFETCH(QString, path);
    QFETCH(int, step);
    const QJsonObject expected = expectationFor(path);
    TrickleDevice device(test::fileBytes(path), step);
    CsvReader reader(device, QFileInfo(path).fileName(),
                     optionsFrom(expected.value(QLatin1String("options")).toObject()));
    compareWithExpected(readAll(reader), expected);
}

void TestCsvReader::chunkBoundaries()
{
    // The reader takes 64 KiB at a time: put every two-part sequence across that boundary.
    readsAcrossChunkBoundaries<CsvReader>({
        { QByteArrayLiteral("\"a\"\"b\""), QStringLiteral("a\"b") },
        { QByteArrayLiteral("\"x\r\ny\""), QStringLiteral("x\r\ny") },
        { QByteArrayLiteral("caf\xc3\xa9"), QStringLiteral("café") },
        { QByteArrayLiteral("\xf0\x9f\x98\x80!"), QStringLiteral("\U0001F600!") },
    });
}

void TestCsvReader::tenMegabyteField()
{
    readsATenMegabyteField<CsvReader>();
}

void TestCsvReader::readsIncrementally()
{
    QTemporaryFile file;
    QVERIFY(file.open());
    file.write("n,text\r\n");
    const QByteArray line = "12345,\"some text, quoted\"\r\n";
    for (int i = 0; i < 200000; ++i)
        file.write(line);
    file.close();
    const qint64 size = QFileInfo(file.fileName()).size();
    QVERIFY(size > 5 * 1024 * 1024);

    CsvReadOptions options;
    options.encoding = TextEncoding::Utf8;
    CsvReader reader(file.fileName(), options);
    CsvRow row;
    QVERIFY(reader.readRow(row));
    // A chunk or two read, not the file.
    QVERIFY(reader.bytesRead() < 128 * 1024);
    qint64 rows = 1;
    while (reader.readRow(row))
        ++rows;
    QCOMPARE(rows, 200000);
    QCOMPARE(reader.bytesRead(), size);
    QCOMPARE(reader.bytesTotal(), size);
}

void TestCsvReader::recordTooLong()
{
    QBuffer buffer;
    buffer.setData("a,b\r\n1,\"never closed " + QByteArray(5000, 'x'));
    buffer.open(QIODevice::ReadOnly);
    CsvReadOptions options;
    options.maxRecordLength = 1000;
    CsvReader reader(buffer, QStringLiteral("huge.csv"), options);
    CsvRow row;
    try {
        reader.readRow(row);
        QFAIL("a record over the limit is an error");
    } catch (const CsvError &e) {
        QCOMPARE(e.kind(), CsvError::Kind::RecordTooLong);
        QCOMPARE(e.line(), 2);
        QCOMPARE(e.column(), 3);
    }
    QVERIFY(!reader.readRow(row));
}

void TestCsvReader::errorMessageNamesFileLineAndColumn()
{
    CsvReader reader(test::testDataPath(QStringLiteral("csv/unterminated_quote.csv")));
    CsvRow row;
    try {
        reader.readRow(row);
        QFAIL("expected an error");
    } catch (const CsvError &e) {
        QCOMPARE(e.fileName(), QStringLiteral("unterminated_quote.csv"));
        QVERIFY2(
            e.message().startsWith(QLatin1String("unterminated_quote.csv, line 2, column 3: ")),
            qPrintable(e.message()));
        QVERIFY(e.message().contains(QLatin1String("never closed")));
    }
}

void TestCsvReader::missingFile()
{
    try {
        CsvReader reader(QDir::temp().filePath(QStringLiteral("no-such-file-hubregister.csv")));
        QFAIL("opening a missing file throws");
    } catch (const CsvError &e) {
        QCOMPARE(e.kind(), CsvError::Kind::Io);
        QVERIFY(e.message().startsWith(QLatin1String("no-such-file-hubregister.csv: ")));
    }
}

void TestCsvReader::fieldPositions()
{
    QBuffer buffer;
    buffer.setData("a,b,c\r\n\"x\r\ny\",zz,\"q\"\r\n");
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(buffer, QStringLiteral("positions.csv"));
    QCOMPARE(reader.headerPosition(2).column, 5);
    CsvRow row;
    QVERIFY(reader.readRow(row));
    QCOMPARE(row.number, 1);
    QCOMPARE(row.positionOf(0).line, 2);
    QCOMPARE(row.positionOf(0).column, 1);
    QCOMPARE(row.positionOf(1).line, 3);
    QCOMPARE(row.positionOf(1).column, 4);
    QCOMPARE(row.positionOf(2).column, 7);
}

void TestCsvReader::undoesTheFormulaGuardWhenAsked()
{
    const QByteArray data = "a\r\n'=1+2\r\n''@x\r\n'plain\r\n'-\r\n";
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    CsvReadOptions options;
    options.undoFormulaGuard = true;
    CsvReader reader(buffer, QStringLiteral("guarded.csv"), options);
    QStringList values;
    CsvRow row;
    while (reader.readRow(row))
        values << row.fields.first();
    QCOMPARE(values,
             QStringList({ QStringLiteral("=1+2"), QStringLiteral("'@x"), QStringLiteral("'plain"),
                           QStringLiteral("-") }));
}

void TestCsvReader::keepsOnlyTheColumnsAsked()
{
    QBuffer buffer;
    buffer.setData("a,b,c,d\r\n1,\"two\r\nlines\",3,\"\"\"4\"\"\"\r\n5,6,7,8\r\n");
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(buffer, QStringLiteral("wide.csv"));
    QCOMPARE(reader.header(), QStringList({ "a", "b", "c", "d" }));
    reader.keepOnlyColumns({ 3, 1, 7 }); // a column past the end is harmless
    CsvRow row;
    QVERIFY(reader.readRow(row));
    QCOMPARE(row.fields, QStringList({ "", "two\r\nlines", "", "\"4\"" }));
    // Positions are those of the file, skipped fields included.
    QCOMPARE(row.positionOf(2).line, 3);
    QCOMPARE(row.positionOf(2).column, 8);
    QVERIFY(reader.readRow(row));
    QCOMPARE(row.fields, QStringList({ "", "6", "", "8" }));
    QCOMPARE(row.start.line, 4);
    reader.keepOnlyColumns({});
    QVERIFY(!reader.readRow(row));

    // A skipped field still counts toward the record's length limit.
    QBuffer huge;
    huge.setData("a,b\r\n1,\"never closed " + QByteArray(5000, 'x'));
    huge.open(QIODevice::ReadOnly);
    CsvReadOptions options;
    options.maxRecordLength = 1000;
    CsvReader limited(huge, QStringLiteral("huge.csv"), options);
    limited.header();
    limited.keepOnlyColumns({ 0 });
    QVERIFY_THROWS_EXCEPTION(CsvError, limited.readRow(row));
}

void TestCsvReader::skippedColumnsAreCheckedAsKeptOnes_data()
{
    corpus_data();
}

// Whatever the file, skipping a column changes its text only: the same rows, the same errors
// at the same places, the same limits.
void TestCsvReader::skippedColumnsAreCheckedAsKeptOnes()
{
    QFETCH(QString, path);
    const QJsonObject expected = expectationFor(path);
    const CsvReadOptions options = optionsFrom(expected.value(QLatin1String("options")).toObject());
    CsvReader all(path, options);
    CsvReader some(path, options);
    auto events = [](CsvReader &reader, bool skipping) {
        QStringList out;
        try {
            reader.header();
        } catch (const CsvError &e) {
            return QStringList {
                QStringLiteral("header error %1:%2").arg(e.line()).arg(e.column())
            };
        }
        if (skipping)
            reader.keepOnlyColumns({ 1 });
        CsvRow row;
        for (int guard = 0; guard < 1000; ++guard) {
            try {
                if (!reader.readRow(row))
                    break;
                QStringList cells;
                for (int i = 0; i < row.fields.size(); ++i)
                    cells << (i == 1 ? row.fields.at(i)
                                     : QStringLiteral("~%1:%2")
                                           .arg(row.positionOf(i).line)
                                           .arg(row.positionOf(i).column));
                out << cells.join(QLatin1Char('|'));
            } catch (const CsvError &e) {
                out << QStringLiteral("error %1 %2:%3")
                           .arg(kindName(e.kind()))
                           .arg(e.line())
                           .arg(e.column());
            }
        }
        return out;
    };
    QCOMPARE(events(some, true), events(all, false));
}

void TestCsvReader::aRecordIsTooLongWhereItPassesTheLimit()
{
    // The limit is met at the character that passes it, wherever the reader's buffer ends: a
    // NUL after that point is never reached, and a field at the end of the file is measured.
    CsvReadOptions options;
    options.maxRecordLength = 1000;
    const QByteArray nulLater = "a,b\r\n1," + QByteArray(1200, 'x') + '\0' + "y\r\n";
    const QByteArray atTheEnd = "a,b\r\n1," + QByteArray(1500, 'x');
    for (const QByteArray &data : { nulLater, atTheEnd }) {
        for (const bool bytes : { false, true }) {
            QBuffer buffer;
            buffer.setData(data);
            buffer.open(QIODevice::ReadOnly);
            std::unique_ptr<CsvRows> reader;
            if (bytes)
                reader
                    = std::make_unique<CsvByteReader>(buffer, QStringLiteral("long.csv"), options);
            else
                reader = std::make_unique<CsvReader>(buffer, QStringLiteral("long.csv"), options);
            CsvRow row;
            try {
                reader->readRow(row);
                QFAIL("a record over the limit is an error");
            } catch (const CsvError &e) {
                QCOMPARE(kindName(e.kind()), QStringLiteral("RecordTooLong"));
                QCOMPARE(e.line(), 2);
                QCOMPARE(e.column(), 3);
            }
        }
    }
}

void TestCsvReader::bytesReadTheCorpusAsTextDoes_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("step"); // bytes a read through a pipe, 0 for the file itself
    QTest::addColumn<bool>("someColumns");
    const QDir dir(test::testDataPath(QStringLiteral("csv")));
    for (const QString &name :
         dir.entryList({ QStringLiteral("*.csv") }, QDir::Files, QDir::Name)) {
        for (int step : { 0, 1, 3 })
            for (bool some : { false, true })
                QTest::newRow(qPrintable(
                    QStringLiteral("%1/%2/%3").arg(name).arg(step).arg(some ? "some" : "all")))
                    << dir.filePath(name) << step << some;
    }
}

// Whatever the file, the reader from bytes gives what the reader of text gives: the rows, every
// field's place, every error with its place and message, and what is expected of the corpus.
void TestCsvReader::bytesReadTheCorpusAsTextDoes()
{
    QFETCH(QString, path);
    QFETCH(int, step);
    QFETCH(bool, someColumns);
    const QJsonObject expected = expectationFor(path);
    const CsvReadOptions options = optionsFrom(expected.value(QLatin1String("options")).toObject());
    const QByteArray bytes = test::fileBytes(path);
    const auto device = [&]() -> std::unique_ptr<QIODevice> {
        if (step > 0)
            return std::make_unique<TrickleDevice>(bytes, step);
        auto file = std::make_unique<QFile>(path);
        file->open(QIODevice::ReadOnly);
        return file;
    };
    const QList<int> kept = someColumns ? QList<int> { 1 } : QList<int> {};
    const std::unique_ptr<QIODevice> forBytes = device();
    if (!CsvByteReader::canRead(*forBytes, options)) {
        QVERIFY(
            expected.value(QLatin1String("encoding")).toString().startsWith(QLatin1String("UTF-16"))
            || path.contains(QLatin1String("utf16")));
        return;
    }
    const QString name = QFileInfo(path).fileName();
    CsvByteReader fromBytes(*forBytes, name, options);
    const std::unique_ptr<QIODevice> forText = device();
    CsvReader fromText(*forText, name, options);
    QCOMPARE(everything(fromBytes, kept), everything(fromText, kept));
    if (step == 1 && !someColumns) {
        const std::unique_ptr<QIODevice> again = device();
        CsvByteReader reader(*again, name, options);
        compareWithExpected(readAll(reader), expected);
    }
}

void TestCsvReader::bytesCanReadAllButUtf16()
{
    const auto canRead = [](const QByteArray &data, TextEncoding encoding, QChar delimiter = {}) {
        QBuffer buffer;
        buffer.setData(data);
        buffer.open(QIODevice::ReadOnly);
        CsvReadOptions options;
        options.encoding = encoding;
        options.delimiter = delimiter;
        const bool can = CsvByteReader::canRead(buffer, options);
        // Only looked at: the bytes are all still there to read.
        return can && buffer.pos() == 0 && buffer.readAll() == data;
    };
    QVERIFY(canRead("a,b\r\n", TextEncoding::Auto));
    QVERIFY(canRead("\xEF\xBB\xBF"
                    "a,b\r\n",
                    TextEncoding::Auto));
    QVERIFY(canRead("caf\xe9\r\n", TextEncoding::Windows1252));
    QVERIFY(canRead("a;b\r\n", TextEncoding::Utf8, QLatin1Char(';')));
    QVERIFY(!canRead(QByteArray("\xFF\xFE"
                                "a\0",
                                4),
                     TextEncoding::Auto));
    QVERIFY(!canRead(QByteArray("\xFE\xFF\0a", 4), TextEncoding::Auto));
    QVERIFY(!canRead(QByteArray("a\0,\0", 4), TextEncoding::Utf16LE));
    QVERIFY(!canRead(QByteArray("\0a\0,", 4), TextEncoding::Utf16BE));
    QVERIFY(!canRead("a\xc2\xa7"
                     "b\r\n",
                     TextEncoding::Utf8, QChar(0x00A7)));
}

void TestCsvReader::bytesCountCharactersNotBytes()
{
    // é is two bytes of UTF-8, € three, 😀 four (two UTF-16 units): lines and columns are in
    // characters, as an editor shows them, and as CsvReader counts them.
    const QByteArray data = "caf\xc3\xa9,\xe2\x82\xac,\xf0\x9f\x98\x80\r\n"
                            "\"\xf0\x9f\x98\x80 \"\"x\"\"\r\n\xc3\xa9\",\xe2\x82\xac"
                            "1,z\r\n"
                            "\xc3\xa9\xc3\xa9,\xf0\x9f\x98\x80,a\"b\r\n";
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    CsvByteReader reader(buffer, QStringLiteral("wide.csv"));
    QCOMPARE(
        reader.header(),
        QStringList({ QStringLiteral("café"), QStringLiteral("€"), QStringLiteral("\U0001F600") }));
    QCOMPARE(reader.headerPosition(1).column, 6);
    QCOMPARE(reader.headerPosition(2).column, 8);
    CsvRow row;
    QVERIFY(reader.readRow(row));
    QCOMPARE(row.fields.at(0), QStringLiteral("\U0001F600 \"x\"\r\né"));
    QCOMPARE(row.fields.at(1), QStringLiteral("€1"));
    QCOMPARE(row.start.line, 2);
    QCOMPARE(row.positionOf(1).line, 3);
    QCOMPARE(row.positionOf(1).column, 4);
    QCOMPARE(row.positionOf(2).column, 7);
    try {
        reader.readRow(row);
        QFAIL("a quote inside an unquoted field is an error");
    } catch (const CsvError &e) {
        QCOMPARE(kindName(e.kind()), QStringLiteral("QuoteInUnquotedField"));
        QCOMPARE(e.line(), 4);
        QCOMPARE(e.column(), 8); // "éé," 3, "😀," 3 more, then "a"
    }
    buffer.seek(0);
    CsvReader text(buffer, QStringLiteral("wide.csv"));
    QBuffer again;
    again.setData(data);
    again.open(QIODevice::ReadOnly);
    CsvByteReader bytes(again, QStringLiteral("wide.csv"));
    QCOMPARE(everything(bytes), everything(text));
}

void TestCsvReader::bytesMakeWindows1252Text()
{
    // As GIAS writes: quoted, Windows-1252, CRLF; accents, curly quotes, a doubled quote and
    // a line break inside a field; then a byte Windows-1252 leaves undefined.
    const QByteArray data = "\"URN\",\"HeadFirstName\",\"HeadLastName\",\"Note\"\r\n"
                            "\"100000\",\"Zo\xeb\",\"O\x92Neill\",\"\"\"Caf\xe9\"\"\r\n\x80 5\"\r\n"
                            "\"100001\",\"Ren\xe9"
                            "e\",\"\x81\",\"\"\r\n";
    for (const TextEncoding encoding : { TextEncoding::Auto, TextEncoding::Windows1252 }) {
        QBuffer buffer;
        buffer.setData(data);
        buffer.open(QIODevice::ReadOnly);
        CsvReadOptions options;
        options.encoding = encoding;
        CsvByteReader reader(buffer, QStringLiteral("edubasealldata.csv"), options);
        QCOMPARE(reader.encoding(), TextEncoding::Windows1252);
        CsvRow row;
        QVERIFY(reader.readRow(row));
        QCOMPARE(row.fields,
                 QStringList({ QStringLiteral("100000"), QStringLiteral("Zoë"),
                               QStringLiteral("O’Neill"), QStringLiteral("\"Café\"\r\n€ 5") }));
        QCOMPARE(row.positionOf(3).column, 26);
        try {
            reader.readRow(row);
            QFAIL("a byte Windows-1252 leaves undefined is an error");
        } catch (const CsvError &e) {
            QCOMPARE(kindName(e.kind()), QStringLiteral("Encoding"));
            QCOMPARE(e.line(), 4);
            QCOMPARE(e.column(), 19);
            QVERIFY2(e.message().contains(QLatin1String("0x81")), qPrintable(e.message()));
        }
        QBuffer forText;
        forText.setData(data);
        forText.open(QIODevice::ReadOnly);
        CsvReader text(forText, QStringLiteral("edubasealldata.csv"), options);
        buffer.seek(0);
        CsvByteReader bytes(buffer, QStringLiteral("edubasealldata.csv"), options);
        QCOMPARE(everything(bytes), everything(text));
    }
}

void TestCsvReader::bytesAcrossChunkBoundaries()
{
    // Read 64 KiB at a time and checked a chunk at a time: every two-part sequence, a UTF-8
    // character and Windows-1252 held back as possible UTF-8 among them, across the boundary.
    readsAcrossChunkBoundaries<CsvByteReader>({
        { QByteArrayLiteral("\"a\"\"b\""), QStringLiteral("a\"b") },
        { QByteArrayLiteral("\"x\r\ny\""), QStringLiteral("x\r\ny") },
        { QByteArrayLiteral("caf\xc3\xa9"), QStringLiteral("café") },
        { QByteArrayLiteral("\xf0\x9f\x98\x80!"), QStringLiteral("\U0001F600!") },
        { QByteArrayLiteral("\xc3z\xe9"), QStringLiteral("Ãzé") },
    });
}

void TestCsvReader::bytesTenMegabyteField()
{
    readsATenMegabyteField<CsvByteReader>();
}

void TestCsvReader::bytesRecordTooLong()
{
    // Characters, not bytes, against the limit: 600 two-byte characters are within 1000.
    CsvReadOptions options;
    options.maxRecordLength = 1000;
    QByteArray accents;
    for (int i = 0; i < 600; ++i)
        accents += "\xc3\xa9";
    QBuffer fits;
    fits.setData("a,b\r\n1," + accents + "\r\n");
    fits.open(QIODevice::ReadOnly);
    CsvByteReader reader(fits, QStringLiteral("accents.csv"), options);
    CsvRow row;
    QVERIFY(reader.readRow(row));
    QCOMPARE(row.fields.at(1).size(), 600);

    QBuffer huge;
    huge.setData("a,b\r\n1,\"never closed " + QByteArray(5000, 'x'));
    huge.open(QIODevice::ReadOnly);
    CsvByteReader limited(huge, QStringLiteral("huge.csv"), options);
    limited.header();
    limited.keepOnlyColumns({ 0 });
    try {
        limited.readRow(row);
        QFAIL("a record over the limit is an error");
    } catch (const CsvError &e) {
        QCOMPARE(kindName(e.kind()), QStringLiteral("RecordTooLong"));
        QCOMPARE(e.line(), 2);
        QCOMPARE(e.column(), 3);
    }
    QVERIFY(!limited.readRow(row));
}

void TestCsvReader::bytesKeepAFieldsLeadingZeroWidthSpace()
{
    // U+FEFF is a byte order mark at the start of a file only: at the start of a field it is
    // the field's text (found by the fuzz target, where Qt's UTF-8 decoding had dropped it).
    const QByteArray data = "\xEF\xBB\xBF"
                            "a,b\r\n1,\xEF\xBB\xBF"
                            "z\r\n";
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    CsvByteReader reader(buffer, QStringLiteral("marks.csv"));
    QCOMPARE(reader.header(), QStringList({ QStringLiteral("a"), QStringLiteral("b") }));
    CsvRow row;
    QVERIFY(reader.readRow(row));
    QCOMPARE(row.fields.at(1), QString(QChar(0xFEFF)) + QLatin1Char('z'));
    QBuffer forText;
    forText.setData(data);
    forText.open(QIODevice::ReadOnly);
    CsvReader text(forText, QStringLiteral("marks.csv"));
    buffer.seek(0);
    CsvByteReader bytes(buffer, QStringLiteral("marks.csv"));
    QCOMPARE(everything(bytes), everything(text));
}

void TestCsvReader::bytesShareRepeatedTextAndKeepEveryValue()
{
    // A column of few values shares their text; one whose values seldom repeat stops looking
    // after its trial. Either way each field is what CsvReader reads: values that land in the
    // same place of a column's memory ("axyz" and "ayyz": the same length and the same first,
    // middle and last bytes), the empty field, and a value that changes after the trial.
    QByteArray data = "name,phase,code\r\n";
    const QByteArrayList phases { "Primary", "axyz", "ayyz", "", "Secondary", "caf\xe9" };
    for (int i = 0; i < 9000; ++i)
        data += "\"School " + QByteArray::number(i) + "\"," + phases.at(i % phases.size()) + ","
            + (i < 6000 ? QByteArray("A") : QByteArray::number(i % 7)) + "\r\n";
    QBuffer forBytes;
    forBytes.setData(data);
    forBytes.open(QIODevice::ReadOnly);
    QBuffer forText;
    forText.setData(data);
    forText.open(QIODevice::ReadOnly);
    CsvReadOptions options;
    options.encoding = TextEncoding::Windows1252;
    CsvByteReader fromBytes(forBytes, QStringLiteral("phases.csv"), options);
    CsvReader fromText(forText, QStringLiteral("phases.csv"), options);
    QCOMPARE(everything(fromBytes), everything(fromText));

    // The same phase, six rows apart, is one text.
    QBuffer again;
    again.setData(data);
    again.open(QIODevice::ReadOnly);
    CsvByteReader shared(again, QStringLiteral("phases.csv"), options);
    CsvRow row;
    QVERIFY(shared.readRow(row));
    const QString first = row.fields.at(1);
    for (int i = 0; i < phases.size(); ++i)
        QVERIFY(shared.readRow(row));
    QCOMPARE(row.fields.at(1), QStringLiteral("Primary"));
    QCOMPARE(row.fields.at(1).constData(), first.constData());
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
