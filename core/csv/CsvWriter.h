#pragma once

#include "CsvError.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QStringList>
#include <QTime>

class QIODevice;

namespace hubreg {

// What a cell holds. Only Text is free text typed by people, and only Text is guarded against
// formula injection: a negative number, an ISO date or one of the program's own codes (an
// attendance mark, "Y", "-") is written exactly as it is.
enum class CsvCellKind { Text, Number, Date, Time, Code };

struct CsvCell
{
    QString text;
    CsvCellKind kind = CsvCellKind::Text;

    CsvCell() = default;
    CsvCell(const QString &value, CsvCellKind cellKind = CsvCellKind::Text)
        : text(value)
        , kind(cellKind)
    { }

    static CsvCell number(qint64 value);
    // Fixed decimals, with a full stop whatever the locale ("66.7").
    static CsvCell decimal(double value, int decimals);
    static CsvCell date(const QDate &value); // ISO 8601; empty when invalid
    static CsvCell time(const QTime &value); // HH:MM; empty when invalid
    static CsvCell empty(CsvCellKind cellKind = CsvCellKind::Number)
    {
        return CsvCell({}, cellKind);
    }
};

struct CsvWriteOptions
{
    bool byteOrderMark = true; // so Excel reads UTF-8 accents right
    QChar delimiter = QLatin1Char(',');
    bool guardFormulas = true;
};

// Writes RFC 4180 CSV in UTF-8 with CRLF line ends, quoting only the fields that need it.
// Output is buffered: call finish() at the end. Throws CsvError (Io) when the device refuses.
class CsvWriter
{
public:
    CsvWriter(QIODevice &device, const QString &fileName, const CsvWriteOptions &options = {});

    void writeRow(const QList<CsvCell> &cells);
    // Every field as free text (a header row, or text from people).
    void writeRow(const QStringList &texts);
    void finish();

    qint64 rowsWritten() const { return m_rows; }

    // One field as it appears in the file, quoted if need be (no guard).
    static QString quoted(const QString &text, QChar delimiter = QLatin1Char(','));

private:
    void append(const QString &field);
    void endRow();
    void flush();

    QIODevice &m_device;
    QString m_fileName;
    CsvWriteOptions m_options;
    QString m_line;
    QByteArray m_pending;
    qint64 m_rows = 0;
    int m_fieldsInRow = 0;
    bool m_lastFieldEmpty = false;
};

} // namespace hubreg
