#pragma once

#include "common/RowTableModel.h"
#include "database/Entity.h"

#include <QStringList>
#include <QVariantList>

namespace hubreg::ui {

// One row of figures: its cells' plain values, and the record it is about.
struct FigureRow
{
    QVariantList cells;
    RecordId id = 0;
};

// The numbers behind a dashboard chart or list, as a read-only table. Cells hold plain values and
// are shown by type: a double is a percentage (0–100, shown rounded, "38%"), a QDate dd/mm/yyyy,
// an int as a number, anything else as text; an invalid value shows as "–". SortRole gives the
// value itself, so a proxy sorts numbers as numbers.
class FigureTableModel : public RowTableModel<FigureRow>
{
    Q_OBJECT

public:
    static constexpr int IdRole = Qt::UserRole + 1; // the row's record (a school), or 0
    static constexpr int SortRole = Qt::UserRole + 2;

    using Row = FigureRow;

    explicit FigureTableModel(const QStringList &headers, QObject *parent = nullptr);

    void setRows(const QList<Row> &rows);

protected:
    QVariant cellData(const FigureRow &row, int column, int role) const override;
};

} // namespace hubreg::ui
