#include "ShownCells.h"

#include <iterator>

namespace hubreg::ui {

namespace {
const int kRoles[]
    = { Qt::DisplayRole, Qt::ToolTipRole,    Qt::BackgroundRole, Qt::ForegroundRole,
        Qt::FontRole,    Qt::DecorationRole, Qt::CheckStateRole, Qt::AccessibleTextRole };
} // namespace

ShownCells::ShownCells(const QAbstractItemModel &model)
    : m_columns(model.columnCount())
{
    const int rows = model.rowCount();
    m_rows.reserve(rows);
    for (int r = 0; r < rows; ++r)
        m_rows << row(model, r);
}

QList<QVariant> ShownCells::row(const QAbstractItemModel &model, int row) const
{
    QList<QVariant> cells;
    cells.reserve(m_columns * int(std::size(kRoles)));
    for (int column = 0; column < m_columns; ++column) {
        const QModelIndex index = model.index(row, column);
        for (int role : kRoles)
            cells << model.data(index, role);
    }
    return cells;
}

void ShownCells::reportChanges(QAbstractItemModel &model) const
{
    if (m_columns == 0)
        return;
    int first = -1;
    const auto report = [&](int last) {
        if (first >= 0)
            emit model.dataChanged(model.index(first, 0), model.index(last, m_columns - 1));
        first = -1;
    };
    for (int r = 0; r < m_rows.size(); ++r) {
        if (row(model, r) != m_rows.at(r)) {
            if (first < 0)
                first = r;
        } else {
            report(r - 1);
        }
    }
    report(int(m_rows.size()) - 1);
}

} // namespace hubreg::ui
