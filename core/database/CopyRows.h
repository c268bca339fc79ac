#pragma once

#include <QByteArray>
#include <QStringView>

namespace hubreg {

// Rows in the text format of PostgreSQL's COPY, as UTF-8, for ServerCopy: fields apart by
// tabs, each row ended by a line feed, \N for no value, and the format's own characters
// (backslash, tab, line feed, carriage return) escaped, so any text goes as it is.
class CopyRows
{
public:
    void reserve(qsizetype bytes) { m_bytes.reserve(bytes); }
    void append(QStringView text);
    void append(int number);
    void appendNull();
    // Ends the row its fields were appended to.
    void endRow();

    qsizetype rows() const { return m_rows; }
    const QByteArray &bytes() const { return m_bytes; }

private:
    void separate()
    {
        if (m_fieldsInRow++ > 0)
            m_bytes.append('\t');
    }

    QByteArray m_bytes;
    qsizetype m_rows = 0;
    int m_fieldsInRow = 0;
};

} // namespace hubreg
