#include "HeldPeopleModel.h"

namespace hubreg::ui {

HeldPeopleModel::HeldPeopleModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void HeldPeopleModel::setRows(const QList<Row> &rows)
{
    const bool sameLines = rows.size() == m_rows.size()
        && std::equal(rows.cbegin(), rows.cend(), m_rows.cbegin(),
                      [](const Row &a, const Row &b) { return a.line == b.line; });
    if (!sameLines) {
        beginResetModel();
        m_rows = rows;
        endResetModel();
        return;
    }
    m_rows = rows;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

int HeldPeopleModel::rowOfLine(qint64 line) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).line == line)
            return row;
    }
    return -1;
}

QString HeldPeopleModel::actionName(DuplicateAction action)
{
    // Each starts with its key (U, K, S), which the check page takes as a shortcut.
    switch (action) {
    case DuplicateAction::Update:
        return tr("Update their details");
    case DuplicateAction::Keep:
        return tr("Keep their details as held");
    case DuplicateAction::Skip:
        return tr("Skip this row");
    }
    return {};
}

int HeldPeopleModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HeldPeopleModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HeldPeopleModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    if (role == ActionRole)
        return int(row.action);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case LineColumn:
        return QString::number(row.line);
    case HeldColumn:
        return row.held;
    case NoteColumn:
        return row.note;
    case ChoiceColumn:
        return actionName(row.action);
    default:
        return {};
    }
}

bool HeldPeopleModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.column() != ChoiceColumn || role != ActionRole
        || index.row() >= m_rows.size())
        return false;
    const auto action = DuplicateAction(value.toInt());
    Row &row = m_rows[index.row()];
    if (row.action == action)
        return true;
    row.action = action;
    emit dataChanged(index, index);
    emit actionChosen(row.line, action);
    return true;
}

Qt::ItemFlags HeldPeopleModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.column() == ChoiceColumn)
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant HeldPeopleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case LineColumn:
        return tr("Line");
    case HeldColumn:
        return tr("Already held");
    case NoteColumn:
        return tr("Note");
    case ChoiceColumn:
        return tr("Choice");
    default:
        return {};
    }
}

} // namespace hubreg::ui
