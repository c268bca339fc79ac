#pragma once

#include "common/PagedSqlTableModel.h"
#include "records/WorkGroupStore.h"

namespace hubreg {
class Database;
}

namespace hubreg::ui {

// The Work Groups list: one row per Work Group with its programme, year, Lead and figures.
// Rows arrive a page at a time, sorted in SQL, so a national file opens as fast as a hub's.
// Their attendance, the costly figure, is counted once a view has asked for it (the rows are
// on screen): it shows "…" until then, and the rows are updated in place.
class WorkGroupTableModel : public PagedSqlTableModel<WorkGroupOverview, WorkGroupQuery>
{
    Q_OBJECT

public:
    enum Column {
        Code,
        Title,
        Programme,
        Year,
        Lead,
        Status,
        Schools,
        Participants,
        Sessions,
        Attendance,
        ColumnCount
    };
    static constexpr int SortRole = Qt::UserRole + 1;
    static constexpr int IdRole = Qt::UserRole + 2;

    // Empty until setQuery() or reload().
    explicit WorkGroupTableModel(Database &db, QObject *parent = nullptr);

    const WorkGroupOverview *workGroupAt(int row) const { return rowAt(row); }

    // Counts the attendance of every row that has none yet; it runs of itself once a view has
    // asked for an uncounted row's attendance.
    void countAttendance();

protected:
    QList<WorkGroupOverview> read(const WorkGroupQuery &query) const override;
    int count(const WorkGroupQuery &query) const override;
    RecordId idOf(const WorkGroupOverview &row) const override { return row.workGroup.id; }
    bool sortBy(WorkGroupQuery &query, int column) const override;
    void keepFromShown(QList<WorkGroupOverview> &fresh) const override;
    QVariant cellData(const WorkGroupOverview &row, int column, int role) const override;

private:
    void countAttendanceSoon() const;
    // Reads the rows fetched again and tells the view only those that came, went or differ, so
    // a change elsewhere keeps the selection and the scroll position.
    void refresh(bool recountAttendance);

    Database &m_db;
    bool m_recountAttendance = false;
    // While refresh() compares the rows, reading their cells is not a view asking for them.
    bool m_comparing = false;
    mutable bool m_countQueued = false;
};

} // namespace hubreg::ui
