#pragma once

#include "records/WorkGroupStore.h"

#include <QAbstractTableModel>

namespace hubreg {
class Database;
}

namespace hubreg::ui {

// The Work Groups list: one row per Work Group with its programme, year, Lead and figures.
// Rows arrive a page at a time, sorted in SQL, so a national file opens as fast as a hub's.
// Their attendance, the costly figure, is counted once a view has asked for it (the rows are
// on screen): it shows "…" until then, and the rows are updated in place.
class WorkGroupTableModel : public QAbstractTableModel
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

    void setQuery(const WorkGroupQuery &query);
    WorkGroupQuery query() const { return m_query; }
    void reload();

    const WorkGroupOverview *workGroupAt(int row) const;
    int rowOf(RecordId workGroupId) const;

    int totalCount() const { return m_total; }
    // Counts the attendance of every row that has none yet; it runs of itself once a view has
    // asked for an uncounted row's attendance.
    void countAttendance();

    int rowCount(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order) override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<WorkGroupOverview> page(int offset) const;
    void countAttendanceSoon() const;
    // Reads the rows on screen again and tells the view only those that differ, so a change
    // elsewhere keeps the selection and the scroll position; when rows came, went or moved,
    // it reloads instead.
    void refresh(bool recountAttendance);

    Database &m_db;
    WorkGroupQuery m_query;
    QList<WorkGroupOverview> m_rows;
    int m_total = 0;
    bool m_loaded = false;
    mutable bool m_countQueued = false;
};

} // namespace hubreg::ui
