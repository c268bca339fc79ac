#include "EditConflictModel.h"

#include <QFont>

namespace hubreg::ui {

EditConflictModel::EditConflictModel(FieldMerge &merge, QObject *parent)
    : RowTableModel(parent)
    , m_merge(merge)
{
    using Row = FieldMerge::Row;
    setColumns({
        { tr("Field"), [](const Row &row) { return row.label; } },
        { tr("When you began"), [](const Row &row) { return row.before; } },
        { tr("Theirs (stored now)"), [](const Row &row) { return row.theirs; } },
        { tr("Yours"), [](const Row &row) { return row.yours; } },
        { tr("Kept"),
          [](const Row &row) {
              if (!row.conflict)
                  return row.takeYours ? tr("Yours (only you changed it)")
                                       : tr("Theirs (only they changed it)");
              return row.takeYours ? tr("Yours") : tr("Theirs");
          } },
    });
    setRows(merge.rows());
}

QVariant EditConflictModel::cellData(const FieldMerge::Row &row, int column, int role) const
{
    if (role == Qt::ToolTipRole)
        return textOf(row, column);
    if (role == Qt::FontRole && row.conflict
        && ((column == Yours && row.takeYours) || (column == Theirs && !row.takeYours)
            || column == Field)) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::AccessibleDescriptionRole && column == Field)
        return row.conflict ? tr("Changed by both") : tr("Changed by one side only");
    return {};
}

void EditConflictModel::choose(int row, bool yours)
{
    if (row < 0 || row >= rowCount() || !m_merge.rows().at(row).conflict)
        return;
    m_merge.choose(row, yours);
    setRow(row, m_merge.rows().at(row));
}

} // namespace hubreg::ui
