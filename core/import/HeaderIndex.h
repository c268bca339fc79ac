#pragma once

#include <QHash>
#include <QStringList>

namespace hubreg {

// Finds the columns of an import file by their heading, since GIAS adds, drops and reorders
// columns between extracts. Matching ignores case and extra spaces.
class HeaderIndex
{
public:
    explicit HeaderIndex(const QStringList &header);

    // The column with this heading, or -1. With duplicate headings, the first.
    int column(const QString &heading) const;
    bool has(const QString &heading) const { return column(heading) >= 0; }
    // Those of `headings` the file does not have.
    QStringList missing(const QStringList &headings) const;
    // Headings that appear more than once.
    QStringList duplicates() const;
    // Every column with this heading, in file order.
    QList<int> columnsNamed(const QString &heading) const;
    const QStringList &header() const { return m_header; }

    static QString normalised(const QString &heading);

private:
    QStringList m_header;
    QHash<QString, int> m_columns;
    QStringList m_duplicates;
};

} // namespace hubreg
