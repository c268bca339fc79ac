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

QStringList HeaderIndex::duplicates() const
{
    return m_duplicates;
}

} // namespace hubreg
