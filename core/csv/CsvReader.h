#pragma once

#include "CsvError.h"
#include "CsvSource.h"
#include "TextDecoder.h"

#include <QList>
#include <QStringList>

#include <memory>

class QIODevice;

namespace hubreg {

struct CsvReadOptions
{
    TextEncoding encoding = TextEncoding::Auto;
    // Comma, semicolon or tab; a null QChar detects it from the first row (the most frequent
    // of the three outside quotes; comma when none appears).
    QChar delimiter;
    bool hasHeader = true;
    // A line with nothing on it holds no data: skipped and counted, not read as a row.
    bool skipBlankLines = true;
    // Reads back a cell our writer guarded against formula injection ("'=x" gives "=x").
    bool undoFormulaGuard = false;
    // A record longer than this (in characters) is an error, so a stray quote in a huge or
    // binary file cannot make the reader hold the whole file.
    qint64 maxRecordLength = 64 * 1024 * 1024;
};

// One record of a CSV file and where it was found.
struct CsvRow
{
    qint64 number = 0; // 1 for the first record after the header
    CsvPosition start;
    QStringList fields;
    QList<CsvPosition> fieldStarts;

    CsvPosition positionOf(int field) const
    {
        return field >= 0 && field < fieldStarts.size() ? fieldStarts.at(field) : start;
    }
};

// A CSV file read record by record, as an import reads one: CsvReader, or CsvByteReader where
// it can read the file. Both give the same rows and the same errors at the same places.
class CsvRows
{
public:
    virtual ~CsvRows() = default;

    // The header row (empty for an empty file, or when there is no header).
    QStringList header();
    CsvPosition headerPosition(int field);
    // Reads the next record into `row`; false at the end of the file.
    bool readRow(CsvRow &row);
    // From the next record on, only these columns (counted from 0) are kept; the others are
    // still read and checked but given as empty text, which spares a wide file's unused cells
    // the cost of copying. Empty: every column is kept (the default).
    void keepOnlyColumns(const QList<int> &columns);

    virtual TextEncoding encoding() = 0;
    QChar delimiter();
    QString fileName() const { return m_fileName; }
    // For progress: bytes taken from the device, and its size (-1 when unknown).
    virtual qint64 bytesRead() const = 0;
    virtual qint64 bytesTotal() const = 0;
    qint64 blankLinesSkipped() const { return m_blankLines; }

protected:
    CsvRows(const QString &fileName, const CsvReadOptions &options)
        : m_fileName(fileName)
        , m_options(options)
    { }

    // Finds the encoding and the delimiter and reads the header, once, before anything else.
    virtual void start() = 0;
    // Reads the next record whole into `fields` (the columns not kept as empty text) and their
    // places, and where it ends; false at the end of the file.
    virtual bool readRecord(QStringList &fields, QList<CsvPosition> &starts, CsvPosition &end) = 0;
    bool keeps(qsizetype column) const
    {
        return m_kept.isEmpty() || (column < m_kept.size() && m_kept.at(column));
    }

    QString m_fileName;
    CsvReadOptions m_options;
    QChar m_delimiter;
    QStringList m_header;
    QList<CsvPosition> m_headerStarts;
    qsizetype m_expectedFields = -1;
    qint64 m_blankLines = 0;

private:
    // Numbers `row`, a record just read whole, and checks it has as many fields as the header
    // or, without one, the first row. Throws CsvError (FieldCount) at its first field too many,
    // or at `end` when it has too few.
    void countRow(CsvRow &row, const CsvPosition &end);

    QList<bool> m_kept; // empty: every column
    qint64 m_rowNumber = 0;
};

// Reads an RFC 4180 CSV file record by record from a device, holding one record and one
// chunk of input at a time, whatever the size of the file. Every problem is a CsvError naming
// the file, line and column; no record is dropped or padded. After a FieldCount error the next
// readRow() goes on with the next record; after any other error the reader stays at the end.
class CsvReader final : public CsvRows
{
public:
    CsvReader(QIODevice &device, const QString &fileName, const CsvReadOptions &options = {});
    // Opens the file itself; throws CsvError (Io) when it cannot.
    explicit CsvReader(const QString &path, const CsvReadOptions &options = {});
    ~CsvReader() override;

    CsvReader(const CsvReader &) = delete;
    CsvReader &operator=(const CsvReader &) = delete;

    TextEncoding encoding() override;
    qint64 bytesRead() const override { return m_source.bytesRead(); }
    qint64 bytesTotal() const override { return m_source.bytesTotal(); }

private:
    void start() override;
    void detectDelimiter();
    bool fill();
    bool ensure(qsizetype count);
    bool more();
    QChar current() const { return m_buffer.at(m_pos); }
    void advance() { ++m_pos; }
    qint64 absolute() const { return m_base + m_pos; }
    CsvPosition position() const;
    void consumeLineEnd();
    // Both read one field into `field`, or past it when `field` is null; they return its length.
    qint64 readQuoted(QString *field, qint64 recordLength);
    qint64 readUnquoted(QString *field, qint64 recordLength);
    bool readRecord(QStringList &fields, QList<CsvPosition> &starts, CsvPosition &end) override;
    // RecordTooLong at `at` once a record of `length` characters is over the limit.
    void checkLength(qint64 length, CsvPosition at);
    // Where a field's scan of the buffer stops at the latest, for a record of `recordLength`.
    qsizetype scanEnd(qint64 recordLength) const;
    [[noreturn]] void fail(CsvError::Kind kind, CsvPosition at, const QString &detail);
    [[noreturn]] void failDecoding();

    std::unique_ptr<QIODevice> m_ownedDevice;
    QIODevice *m_device;
    bool m_started = false;
    bool m_finished = false;

    CsvSource m_source;
    TextDecoder m_decoder { TextEncoding::Utf8 };
    bool m_inputDone = false;
    bool m_decodeFailed = false;
    QByteArray m_chunk;

    QString m_buffer;
    qsizetype m_pos = 0;
    qint64 m_base = 0; // characters dropped from the front of m_buffer
    qint64 m_line = 1;
    qint64 m_lineStart = 0;
};

} // namespace hubreg
