#pragma once

#include <QString>
#include <QStringView>

namespace hubreg {

// The text of a PostgreSQL array, for SqlDialect::rowsOfArrays(): each text element quoted (its
// quotes and backslashes escaped), so any text goes as it is.
class SqlArray
{
public:
    void append(QStringView text);
    void append(int number);
    void appendNull();
    // "{"a","b",NULL,3}"
    QString text() const { return m_text + QLatin1Char('}'); }
    // text() as an SQL string literal in PostgreSQL's escaped form, E'{...}' (its quotes
    // doubled, its backslashes written twice), whatever the server's
    // standard_conforming_strings: for a statement that carries its values in its own text.
    QString literal() const;

private:
    void separate();

    QString m_text { QStringLiteral("{") };
};

} // namespace hubreg
