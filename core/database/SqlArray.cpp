#include "SqlArray.h"

namespace hubreg {

void SqlArray::separate()
{
    if (m_text.size() > 1)
        m_text += QLatin1Char(',');
}

void SqlArray::append(QStringView text)
{
    separate();
    m_text += QLatin1Char('"');
    qsizetype from = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] != u'"' && text[i] != u'\\')
            continue;
        m_text += text.mid(from, i - from);
        m_text += QLatin1Char('\\');
        from = i;
    }
    m_text += text.mid(from);
    m_text += QLatin1Char('"');
}

void SqlArray::append(int number)
{
    separate();
    m_text += QString::number(number);
}

void SqlArray::appendNull()
{
    separate();
    m_text += QLatin1String("NULL");
}

QString SqlArray::literal() const
{
    const QString &array = m_text; // text() without its closing brace
    QString sql;
    sql.reserve(array.size() + array.size() / 8 + 4);
    sql += QLatin1String("E'");
    qsizetype from = 0;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QChar c = array.at(i);
        if (c != u'\\' && c != u'\'')
            continue;
        sql += QStringView(array).mid(from, i - from);
        sql += c; // doubled: the character itself follows from `from`
        from = i;
    }
    sql += QStringView(array).mid(from);
    sql += QLatin1String("}'");
    return sql;
}

} // namespace hubreg
