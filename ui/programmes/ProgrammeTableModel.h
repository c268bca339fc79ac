#pragma once

#include "common/RowTableModel.h"
#include "domain/Programme.h"

namespace hubreg {
class Database;
}

namespace hubreg::ui {

// The programme catalogue as a table: one row per programme, in the store's order (by phase,
// then title), read again whenever a programme changes.
class ProgrammeTableModel : public RowTableModel<Programme>
{
    Q_OBJECT

public:
    enum Column {
        Code,
        Title,
        Phase,
        Strand,
        Sessions,
        Threshold,
        Prerequisites,
        Active,
        ColumnCount
    };
    static constexpr int IdRole = Qt::UserRole + 1;
    static constexpr int SortRole = Qt::UserRole + 2;

    explicit ProgrammeTableModel(Database &db, QObject *parent = nullptr);

    void reload();
    const Programme *programmeAt(int row) const { return rowAt(row); }
    int rowOf(RecordId programmeId) const;

protected:
    QVariant cellData(const Programme &row, int column, int role) const override;

private:
    Database &m_db;
};

} // namespace hubreg::ui
