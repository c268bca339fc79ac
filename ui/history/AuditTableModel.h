#pragma once

#include "common/RowTableModel.h"
#include "history/AuditTrail.h"

namespace hubreg::ui {

// A record's audit trail as a table: when, who, what was done and which fields changed from
// what to what.
class AuditTableModel : public RowTableModel<AuditEntry>
{
    Q_OBJECT

public:
    enum Column { When, Who, Action, Changes, ColumnCount };
    // The entry's time as ISO text and its number, for sorting by When.
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit AuditTableModel(QObject *parent = nullptr);

    // The entries read again: those new are inserted and those gone removed, in place.
    void setEntries(const QList<AuditEntry> &entries);
    const QList<AuditEntry> &entries() const { return rows(); }

protected:
    QVariant cellData(const AuditEntry &entry, int column, int role) const override;
};

} // namespace hubreg::ui
