#pragma once

#include <QString>
#include <QStringView>

namespace hubreg {

// The text of a PostgreSQL array, for a placeholder of SqlDialect::rowsOfArrays(): each text
// element quoted (its quotes and backslashes escaped), so any text goes as it is.
class SqlArray
{
public:
    void append(QStringView text);
    void append(int number);
    void appendNull();
    // "{"a","b",NULL,3}"
    QString text() const { return m_text + QLatin1Char('}'); }

private:
    void separate();

    QString m_text { QStringLiteral("{") };
};

} // namespace hubreg
