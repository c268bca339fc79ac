#pragma once

#include "database/Entity.h"

#include <QAbstractTableModel>
#include <QStringList>
#include <QVariantList>

namespace hubreg::ui {

// The numbers behind a dashboard chart or list, as a read-only table. Cells hold plain values and
// are shown by type: a double is a percentage (0–100, shown rounded, "38%"), a QDate dd/mm/yyyy,
// an int as a number, anything else as text; an invalid value shows as "–". SortRole gives the
// value itself, so a proxy sorts numbers as numbers.
class FigureTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int IdRole = Qt::UserRole + 1; // the row's record (a school), or 0
    static constexpr int SortRole = Qt::UserRole + 2;

    struct Row
    {
        QVariantList cells;
        RecordId id = 0;
    };

    explicit FigureTableModel(const QStringList &headers, QObject *parent = nullptr);

    void setRows(const QList<Row> &rows);
    const QList<Row> &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QStringList m_headers;
    QList<Row> m_rows;
};

} // namespace hubreg::ui
