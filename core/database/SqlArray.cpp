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

} // namespace hubreg
