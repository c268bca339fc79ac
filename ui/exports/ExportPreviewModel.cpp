#include "ExportPreviewModel.h"

namespace hubreg::ui {

ExportPreviewModel::ExportPreviewModel(QObject *parent)
    : RowTableModel(parent)
{ }

void ExportPreviewModel::setPreview(const ExportPreview &preview)
{
    m_preview = preview;
    QList<TableColumn> columns;
    for (int column = 0; column < preview.headings.size(); ++column)
        columns << TableColumn(preview.headings.at(column),
                               [column](const QStringList &row) { return row.value(column); });
    setColumnsAndRows(columns, preview.rows);
}

QVariant ExportPreviewModel::cellData(const QStringList &row, int column, int role) const
{
    return role == Qt::ToolTipRole ? textOf(row, column) : QVariant();
}

} // namespace hubreg::ui
