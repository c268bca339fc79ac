#include "ConflictTableModel.h"

#include <QBrush>
#include <QFont>
#include <QPalette>

namespace hubreg::ui {

ConflictTableModel::ConflictTableModel(QList<ExchangeConflict> conflicts, QObject *parent)
    : QAbstractTableModel(parent)
    , m_conflicts(std::move(conflicts))
{ }

int ConflictTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_conflicts.size());
}

int ConflictTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConflictTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_conflicts.size())
        return {};
    const ExchangeConflict &conflict = m_conflicts.at(index.row());
    const bool chosen = conflict.decision.has_value();
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Record:
            return conflict.record;
        case Field:
            return conflict.fieldLabel;
        case Base:
            return conflict.baseText;
        case Lead:
            return conflict.leadText;
        case Hub:
            return conflict.hubText;
        case Result:
            return chosen ? conflict.resultText() : tr("Not decided");
        default:
            return {};
        }
    }
    if (role == Qt::FontRole && chosen
        && ((index.column() == Lead && *conflict.decision == Side::Lead)
            || (index.column() == Hub && *conflict.decision == Side::Hub))) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::ForegroundRole && index.column() == Result && !chosen)
        return QPalette().brush(QPalette::Disabled, QPalette::Text);
    if (role == Qt::AccessibleTextRole && index.column() == Result)
        return chosen
            ? (*conflict.decision == Side::Lead ? tr("The Lead's value") : tr("The hub's value"))
            : tr("Not decided");
    return {};
}

QVariant ConflictTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Record:
        return tr("Record");
    case Field:
        return tr("Field");
    case Base:
        return tr("Before");
    case Lead:
        return tr("Lead");
    case Hub:
        return tr("Hub");
    case Result:
        return tr("Result");
    default:
        return {};
    }
}

void ConflictTableModel::decide(int row, Side side)
{
    if (row < 0 || row >= m_conflicts.size())
        return;
    m_conflicts[row].decision = side;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    emit decisionsChanged();
}

void ConflictTableModel::decideAll(Side side)
{
    for (ExchangeConflict &conflict : m_conflicts)
        conflict.decision = side;
    if (!m_conflicts.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_conflicts.size()) - 1, ColumnCount - 1));
    emit decisionsChanged();
}

int ConflictTableModel::undecided() const
{
    int count = 0;
    for (const ExchangeConflict &conflict : m_conflicts)
        count += conflict.decision ? 0 : 1;
    return count;
}

} // namespace hubreg::ui
