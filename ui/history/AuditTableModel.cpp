#include "AuditTableModel.h"

namespace hubreg::ui {

AuditTableModel::AuditTableModel(QObject *parent)
    : RowTableModel(parent)
{
    setColumns({
        { tr("When"),
          [](const AuditEntry &entry) {
              return entry.at.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm"));
          } },
        { tr("Who"),
          [](const AuditEntry &entry) {
              return entry.who.isEmpty() ? tr("(not known)") : entry.who;
          } },
        { tr("Action"),
          [](const AuditEntry &entry) { return AuditEntry::actionName(entry.action); } },
        { tr("What changed"), [](const AuditEntry &entry) { return entry.describeChanges(); } },
    });
}

void AuditTableModel::setEntries(const QList<AuditEntry> &entries)
{
    setRows(entries, [](const AuditEntry &entry) { return entry.id; });
}

QVariant AuditTableModel::cellData(const AuditEntry &entry, int column, int role) const
{
    // Two changes in one millisecond keep the order they were made in.
    if (role == SortRole && column == When)
        return QStringLiteral("%1 %2")
            .arg(entry.at.toUTC().toString(Qt::ISODateWithMs))
            .arg(entry.id, 20, 10, QLatin1Char('0'));
    if (role == Qt::ToolTipRole || role == SortRole)
        return textOf(entry, column);
    return {};
}

} // namespace hubreg::ui
