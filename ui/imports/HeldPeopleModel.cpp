#include "HeldPeopleModel.h"

namespace hubreg::ui {

HeldPeopleModel::HeldPeopleModel(QObject *parent)
    : RowTableModel(parent)
{
    setColumns({
        { tr("Line"), [](const Row &row) { return QString::number(row.line); } },
        { tr("Already held"), [](const Row &row) { return row.held; } },
        { tr("Note"), [](const Row &row) { return row.note; } },
        { tr("Choice"), [](const Row &row) { return actionName(row.action); } },
    });
}

void HeldPeopleModel::setRows(const QList<Row> &rows)
{
    RowTableModel::setRows(rows, [](const Row &row) { return row.line; });
}

int HeldPeopleModel::rowOfLine(qint64 line) const
{
    for (int row = 0; row < rowCount(); ++row) {
        if (rowAt(row)->line == line)
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

QVariant HeldPeopleModel::cellData(const HeldPersonRow &row, int column, int role) const
{
    if (role == ActionRole)
        return int(row.action);
    if (role == Qt::ToolTipRole || role == Qt::EditRole)
        return textOf(row, column);
    return {};
}

bool HeldPeopleModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const Row *shown = rowAt(index.row());
    if (!shown || index.column() != ChoiceColumn || role != ActionRole)
        return false;
    const auto action = DuplicateAction(value.toInt());
    if (shown->action == action)
        return true;
    Row row = *shown;
    row.action = action;
    setRow(index.row(), row);
    emit actionChosen(row.line, action);
    return true;
}

Qt::ItemFlags HeldPeopleModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = RowTableModel::flags(index);
    if (index.column() == ChoiceColumn)
        flags |= Qt::ItemIsEditable;
    return flags;
}

} // namespace hubreg::ui
