#include "EditConflictModel.h"

#include "records/RecordMerge.h"

#include <QFont>

namespace hubreg::ui {

EditConflictModel::EditConflictModel(FieldMerge &merge, QObject *parent)
    : QAbstractTableModel(parent)
    , m_merge(merge)
{ }

int EditConflictModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_merge.rows().size());
}

int EditConflictModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EditConflictModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const FieldMerge::Row &row = m_merge.rows().at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Field:
            return row.label;
        case Before:
            return row.before;
        case Theirs:
            return row.theirs;
        case Yours:
            return row.yours;
        case Kept:
            if (!row.conflict)
                return row.takeYours ? tr("Yours (only you changed it)")
                                     : tr("Theirs (only they changed it)");
            return row.takeYours ? tr("Yours") : tr("Theirs");
        default:
            return {};
        }
    }
    if (role == Qt::FontRole && row.conflict
        && ((index.column() == Yours && row.takeYours)
            || (index.column() == Theirs && !row.takeYours) || index.column() == Field)) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::AccessibleDescriptionRole && index.column() == Field)
        return row.conflict ? tr("Changed by both") : tr("Changed by one side only");
    return {};
}

QVariant EditConflictModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Field:
        return tr("Field");
    case Before:
        return tr("When you began");
    case Theirs:
        return tr("Theirs (stored now)");
    case Yours:
        return tr("Yours");
    case Kept:
        return tr("Kept");
    default:
        return {};
    }
}

void EditConflictModel::choose(int row, bool yours)
{
    if (row < 0 || row >= rowCount() || !m_merge.rows().at(row).conflict)
        return;
    m_merge.choose(row, yours);
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

} // namespace hubreg::ui
