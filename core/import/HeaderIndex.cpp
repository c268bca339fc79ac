#include "HeaderIndex.h"

namespace hubreg {

HeaderIndex::HeaderIndex(const QStringList &header)
    : m_header(header)
{
    for (int i = 0; i < header.size(); ++i) {
        const QString key = normalised(header.at(i));
        if (key.isEmpty())
            continue;
        if (m_columns.contains(key))
            m_duplicates << header.at(i).trimmed();
        else
            m_columns.insert(key, i);
    }
}

QString HeaderIndex::normalised(const QString &heading)
{
    return heading.simplified().toCaseFolded();
}

int HeaderIndex::column(const QString &heading) const
{
    return m_columns.value(normalised(heading), -1);
}

QStringList HeaderIndex::missing(const QStringList &headings) const
{
    QStringList absent;
    for (const QString &heading : headings) {
        if (!has(heading))
            absent << heading;
    }
    return absent;
}

QList<int> HeaderIndex::columnsNamed(const QString &heading) const
{
    const QString key = normalised(heading);
    QList<int> columns;
    if (key.isEmpty())
        return columns;
    for (int i = 0; i < m_header.size(); ++i) {
        if (normalised(m_header.at(i)) == key)
            columns << i;
    }
    return columns;
}

QStringList HeaderIndex::duplicates() const
{
    return m_duplicates;
}

} // namespace hubreg
