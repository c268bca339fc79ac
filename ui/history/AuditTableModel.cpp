#include "AuditTableModel.h"

namespace hubreg::ui {

void AuditTableModel::setEntries(const QList<AuditEntry> &entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

int AuditTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const AuditEntry &entry = m_entries.at(index.row());
    // Two changes in one millisecond keep the order they were made in.
    if (role == SortRole && index.column() == When)
        return QStringLiteral("%1 %2")
            .arg(entry.at.toUTC().toString(Qt::ISODateWithMs))
            .arg(entry.id, 20, 10, QLatin1Char('0'));
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != SortRole)
        return {};
    switch (index.column()) {
    case When:
        return entry.at.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm"));
    case Who:
        return entry.who.isEmpty() ? tr("(not known)") : entry.who;
    case Action:
        return AuditEntry::actionName(entry.action);
    case Changes:
        return entry.describeChanges();
    default:
        return {};
    }
}

QVariant AuditTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case When:
        return tr("When");
    case Who:
        return tr("Who");
    case Action:
        return tr("Action");
    case Changes:
        return tr("What changed");
    default:
        return {};
    }
}

} // namespace hubreg::ui
