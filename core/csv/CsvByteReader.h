#pragma once

#include "CsvReader.h"
#include "CsvSource.h"
#include "TextDecoder.h"

#include <QByteArray>

#include <array>
#include <vector>

namespace hubreg {

// Reads a UTF-8 or Windows-1252 CSV file as CsvReader does, record by record, but from its
// bytes: the encoding's rules are checked over every byte, and only the columns kept are made
// into text. For a wide file of which an import reads a few columns (a GIAS extract: 140
// columns, 25 read) that spares making text of the whole file. The rows, the errors and their
// places (lines and columns counted in characters) are CsvReader's, byte for byte.
class CsvByteReader final : public CsvRows
{
public:
    // Whether a file on `device` can be read this way: not UTF-16 (as the options or a byte
    // order mark say), with a delimiter that is ASCII. Looks at its first bytes without
    // taking them.
    static bool canRead(QIODevice &device, const CsvReadOptions &options);

    CsvByteReader(QIODevice &device, const QString &fileName, const CsvReadOptions &options = {});

    CsvByteReader(const CsvByteReader &) = delete;
    CsvByteReader &operator=(const CsvByteReader &) = delete;

    TextEncoding encoding() override;
    qint64 bytesRead() const override { return m_source.bytesRead(); }
    qint64 bytesTotal() const override { return m_source.bytesTotal(); }

private:
    void start() override;
    void detectDelimiter();
    bool fill();
    void noteChecked();
    bool ensure(qsizetype count);
    bool more() { return Q_LIKELY(m_pos < m_checkedEnd) || moreToCome(); }
    bool moreToCome();
    uchar current() const { return uchar(m_buffer.constData()[m_pos]); }
    void advance() { ++m_pos; } // over an ASCII byte only
    // Characters (UTF-16 units, as CsvReader counts them) before the current byte.
    qint64 absolute() const { return m_base + m_pos - m_extraBytes; }
    CsvPosition position() const { return { m_line, absolute() - m_lineStart + 1 }; }
    void consumeLineEnd();
    // Moves over text of a field up to a byte that ends it (or the end of the bytes checked),
    // taking at most `room` characters and one more; returns the characters moved over.
    qint64 scanText(qint64 room, bool quoted);
    // Reads the usual field in one pass (see the definition); -1, having moved nothing, for
    // any other.
    qint64 readPlainField(bool keep, qint64 recordLength);
    // Both read one field (into m_field when `keep`), and return its length in characters.
    qint64 readQuoted(bool keep, qint64 recordLength);
    qint64 readUnquoted(bool keep, qint64 recordLength);
    QString fieldText() const;
    // fieldText() for the field of `column`, shared with the same text read before in that
    // column where the column repeats its values (see RepeatedText).
    QString keptText(qsizetype column);
    bool readRecord(QStringList &fields, QList<CsvPosition> &starts, CsvPosition &end) override;
    void checkLength(qint64 length, CsvPosition at)
    {
        if (Q_UNLIKELY(length > m_options.maxRecordLength))
            failTooLong(at);
    }
    [[noreturn]] void failTooLong(CsvPosition at);
    [[noreturn]] void fail(CsvError::Kind kind, CsvPosition at, const QString &detail);
    [[noreturn]] void failDecoding();

    CsvSource m_source;
    bool m_started = false;
    bool m_finished = false;

    TextDecoder m_decoder { TextEncoding::Utf8 };
    bool m_utf8 = true;
    bool m_inputDone = false;
    bool m_decodeFailed = false;

    QByteArray m_buffer;
    qsizetype m_pos = 0;
    qsizetype m_checkedEnd = 0; // the bytes before it are known to be text
    qint64 m_base = 0; // bytes dropped from the front of m_buffer
    // Bytes that are not a character of their own, less the characters of two UTF-16 units,
    // before the current byte: UTF-8's continuation bytes, and its four-byte characters.
    qint64 m_extraBytes = 0;
    qint64 m_line = 1;
    qint64 m_lineStart = 0;
    // The bytes that stop a field's text, unquoted and quoted: the delimiter, quote, line ends
    // and NUL, and in UTF-8 every byte of a character past ASCII, to count characters.
    std::array<bool, 256> m_stopsUnquoted {};
    std::array<bool, 256> m_stopsQuoted {};
    QByteArray m_field; // the bytes of the field being read, quotes undone

    // A column's last few values (a local authority, a phase, a status: a GIAS extract's
    // columns mostly repeat a few), so that the same text is made once and shared rather than
    // made again for each row. A column whose values seldom repeat (names, postcodes) stops
    // being looked up.
    struct RepeatedText
    {
        struct Seen
        {
            QByteArray bytes;
            QString text;
        };
        std::array<Seen, 16> seen;
        qint64 lookups = 0;
        qint64 found = 0;
        bool off = false;
    };
    std::vector<RepeatedText> m_repeated;
};

} // namespace hubreg
