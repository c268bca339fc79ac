#include "ConflictTableModel.h"

#include <QBrush>
#include <QFont>
#include <QPalette>

namespace hubreg::ui {

ConflictTableModel::ConflictTableModel(QList<ExchangeConflict> conflicts, QObject *parent)
    : RowTableModel(parent)
{
    using Row = ExchangeConflict;
    setColumns({
        { tr("Record"), [](const Row &conflict) { return conflict.record; } },
        { tr("Field"), [](const Row &conflict) { return conflict.fieldLabel; } },
        { tr("Before"), [](const Row &conflict) { return conflict.baseText; } },
        { tr("Lead"), [](const Row &conflict) { return conflict.leadText; } },
        { tr("Hub"), [](const Row &conflict) { return conflict.hubText; } },
        { tr("Result"),
          [](const Row &conflict) {
              return conflict.decision ? conflict.resultText() : tr("Not decided");
          } },
    });
    setRows(std::move(conflicts));
}

QVariant ConflictTableModel::cellData(const ExchangeConflict &conflict, int column, int role) const
{
    const bool chosen = conflict.decision.has_value();
    if (role == Qt::ToolTipRole)
        return textOf(conflict, column);
    if (role == Qt::FontRole && chosen
        && ((column == Lead && *conflict.decision == Side::Lead)
            || (column == Hub && *conflict.decision == Side::Hub))) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::ForegroundRole && column == Result && !chosen)
        return QPalette().brush(QPalette::Disabled, QPalette::Text);
    if (role == Qt::AccessibleTextRole && column == Result)
        return chosen
            ? (*conflict.decision == Side::Lead ? tr("The Lead's value") : tr("The hub's value"))
            : tr("Not decided");
    return {};
}

void ConflictTableModel::decide(int row, Side side)
{
    if (row < 0 || row >= rowCount())
        return;
    ExchangeConflict conflict = conflictAt(row);
    conflict.decision = side;
    setRow(row, conflict);
    emit decisionsChanged();
}

void ConflictTableModel::decideAll(Side side)
{
    for (int row = 0; row < rowCount(); ++row) {
        ExchangeConflict conflict = conflictAt(row);
        conflict.decision = side;
        setRow(row, conflict);
    }
    emit decisionsChanged();
}

int ConflictTableModel::undecided() const
{
    return int(std::count_if(conflicts().cbegin(), conflicts().cend(),
                             [](const ExchangeConflict &conflict) { return !conflict.decision; }));
}

} // namespace hubreg::ui
