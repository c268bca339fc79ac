// libFuzzer target for CsvReader: any bytes, read with options the input chooses. The reader
// must never crash, hang or hold more than its limit, must report each problem with a place
// in the file, and whatever it reads must come back the same through CsvWriter. Where
// CsvByteReader can read the bytes, it must give exactly what CsvReader gives: every row, every
// field's place, every error with its place and message.
#include "csv/CsvByteReader.h"
#include "csv/CsvReader.h"
#include "csv/CsvWriter.h"

#include <QBuffer>

#include <cstdint>
#include <cstdlib>

using namespace hubreg;

namespace {

// A broken promise: abort, which libFuzzer reports with the input.
void require(bool condition)
{
    if (!condition)
        std::abort();
}

struct Read
{
    QList<QStringList> rows;
    bool failed = false; // stopped by an error other than a wrong field count
};

Read readAll(QIODevice &device, const CsvReadOptions &options)
{
    Read read;
    CsvReader reader(device, QStringLiteral("fuzz.csv"), options);
    try {
        reader.header();
        CsvRow row;
        for (;;) {
            try {
                if (!reader.readRow(row))
                    break;
            } catch (const CsvError &error) {
                // A wrong field count skips the row; anything else ends the file (below).
                if (error.kind() != CsvError::Kind::FieldCount)
                    throw;
                require(error.line() >= 1 && error.column() >= 1);
                continue;
            }
            require(row.fields.size() == row.fieldStarts.size());
            require(!row.fields.isEmpty());
            for (const CsvPosition &at : row.fieldStarts)
                require(at.line >= 1 && at.column >= 1);
            read.rows << row.fields;
        }
    } catch (const CsvError &error) {
        require(error.kind() != CsvError::Kind::FieldCount);
        require(!error.message().isEmpty());
        read.failed = true;
    }
    return read;
}

// Everything a reader gives, as text: the header, each row (fields and places) and each error
// (kind, place, message), with the columns `kept` made into text.
QStringList everything(CsvRows &reader, const QList<int> &kept)
{
    QStringList out;
    const auto where = [](CsvPosition at) {
        return QString::number(at.line) + QLatin1Char(':') + QString::number(at.column);
    };
    const auto problem = [&](const CsvError &e) {
        return QStringLiteral("error %1 %2 %3")
            .arg(int(e.kind()))
            .arg(where(e.position()), e.message());
    };
    try {
        const QStringList header = reader.header();
        out << header.join(QChar(0)) << displayName(reader.encoding()) << reader.delimiter();
        for (int i = 0; i < header.size(); ++i)
            out << where(reader.headerPosition(i));
    } catch (const CsvError &e) {
        out << problem(e);
    }
    reader.keepOnlyColumns(kept);
    CsvRow row;
    for (;;) {
        try {
            if (!reader.readRow(row))
                break;
            out << QStringLiteral("row %1 %2").arg(row.number).arg(where(row.start));
            for (int i = 0; i < row.fields.size(); ++i)
                out << where(row.positionOf(i)) + QLatin1Char('=') + row.fields.at(i);
        } catch (const CsvError &e) {
            out << problem(e);
            if (e.kind() != CsvError::Kind::FieldCount)
                break;
        }
    }
    out << QString::number(reader.blankLinesSkipped()) << QString::number(reader.bytesRead());
    return out;
}

// The two readers on the same bytes, the columns kept chosen by `choice`.
void compareReaders(const QByteArray &bytes, const CsvReadOptions &options, uint8_t choice)
{
    QBuffer forBytes;
    forBytes.setData(bytes);
    forBytes.open(QIODevice::ReadOnly);
    if (!CsvByteReader::canRead(forBytes, options))
        return;
    QList<int> kept;
    if (choice & 64)
        kept = { 1 };
    if (choice & 128)
        kept << 0 << 3;
    QBuffer forText;
    forText.setData(bytes);
    forText.open(QIODevice::ReadOnly);
    CsvReader text(forText, QStringLiteral("fuzz.csv"), options);
    CsvByteReader fromBytes(forBytes, QStringLiteral("fuzz.csv"), options);
    require(everything(fromBytes, kept) == everything(text, kept));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    // The first byte chooses the options; the rest is the file.
    const uint8_t choice = data[0];
    const QByteArray bytes(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    CsvReadOptions options;
    options.hasHeader = false;
    static const TextEncoding encodings[] = { TextEncoding::Auto, TextEncoding::Utf8,
                                              TextEncoding::Windows1252, TextEncoding::Utf16LE };
    options.encoding = encodings[choice & 3];
    static const char delimiters[] = { 0, ',', ';', '\t' };
    if (delimiters[(choice >> 2) & 3])
        options.delimiter = QLatin1Char(delimiters[(choice >> 2) & 3]);
    options.skipBlankLines = (choice & 16) == 0;
    options.maxRecordLength = (choice & 32) ? 64 : 1024 * 1024;

    compareReaders(bytes, options, choice);
    options.hasHeader = true;
    compareReaders(bytes, options, choice);
    options.hasHeader = false;

    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    const Read first = readAll(buffer, options);
    if (first.failed || first.rows.isEmpty() || !options.skipBlankLines)
        return 0;

    // What was read, written and read again, is the same.
    QBuffer written;
    written.open(QIODevice::WriteOnly);
    // As the exports write it: with a byte order mark, so text that itself starts with U+FEFF
    // is not mistaken for one.
    CsvWriteOptions writeOptions;
    writeOptions.guardFormulas = false;
    {
        QBuffer probe;
        probe.setData(bytes);
        probe.open(QIODevice::ReadOnly);
        CsvReader reader(probe, QStringLiteral("fuzz.csv"), options);
        writeOptions.delimiter = reader.delimiter();
    }
    CsvWriter writer(written, QStringLiteral("again.csv"), writeOptions);
    for (const QStringList &row : first.rows)
        writer.writeRow(row);
    writer.finish();
    written.close();
    written.open(QIODevice::ReadOnly);
    CsvReadOptions again;
    again.hasHeader = false;
    again.encoding = TextEncoding::Utf8;
    again.delimiter = writeOptions.delimiter;
    again.maxRecordLength = options.maxRecordLength;
    const Read second = readAll(written, again);
    require(!second.failed);
    require(second.rows == first.rows);
    return 0;
}
