#include "ExportPreviewModel.h"

namespace hubreg::ui {

void ExportPreviewModel::setPreview(const ExportPreview &preview)
{
    beginResetModel();
    m_preview = preview;
    endResetModel();
}

int ExportPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_preview.rows.size());
}

int ExportPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_preview.headings.size());
}

QVariant ExportPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    return m_preview.rows.value(index.row()).value(index.column());
}

QVariant ExportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    return m_preview.headings.value(section);
}

} // namespace hubreg::ui
