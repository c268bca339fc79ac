#pragma once

#include <QString>

#include <stdexcept>

namespace hubreg {

// A place in a text file as a person finds it in an editor: both counted from 1. Line ends
// inside quoted fields count as line ends, so the line is the file's, not the record's.
struct CsvPosition
{
    qint64 line = 0;
    qint64 column = 0;
};

// Why a CSV file could not be read or written, and where: the message names the file, the
// line and the column.
class CsvError : public std::runtime_error
{
public:
    enum class Kind {
        Io, // the file cannot be opened, read or written
        Encoding, // bytes that fit no encoding we read
        NulCharacter, // a NUL: binary data, or UTF-16 without a byte order mark
        UnterminatedQuote, // a quoted field never closed
        QuoteInUnquotedField, // a quote inside a field that does not start with one
        TextAfterQuote, // something other than a delimiter or line end after a closing quote
        FieldCount, // a row with more or fewer fields than the header
        RecordTooLong, // a record longer than the reader allows
    };

    CsvError(Kind kind, const QString &fileName, CsvPosition position, const QString &detail);

    Kind kind() const { return m_kind; }
    QString fileName() const { return m_fileName; }
    CsvPosition position() const { return m_position; }
    qint64 line() const { return m_position.line; }
    qint64 column() const { return m_position.column; }
    // What is wrong, without the place.
    QString detail() const { return m_detail; }
    // "file, line 12, column 4: detail".
    QString message() const { return m_message; }

private:
    Kind m_kind;
    QString m_fileName;
    CsvPosition m_position;
    QString m_detail;
    QString m_message;
};

} // namespace hubreg
