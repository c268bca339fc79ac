#pragma once

#include "records/PersonStore.h"

#include <QAbstractTableModel>
#include <QHash>

namespace hubreg {
class Database;
}

namespace hubreg::ui {

// People the hub works with: name, email, school, role, TRN and whether they lead Work Groups.
// Filtered and sorted in SQL and fetched a page at a time as the view scrolls, so a national
// file of 150,000 people opens as fast as a hub's.
class PersonTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Email, School, Role, Trn, Lead, ColumnCount };
    static constexpr int IdRole = Qt::UserRole + 1;
    static constexpr int kPageSize = 200;

    explicit PersonTableModel(Database &db, QObject *parent = nullptr);

    // Filters (text, school, Leads only); the order stays the one chosen with sort().
    void setQuery(const PersonQuery &query);
    void reload();
    // People matching the filter, whether fetched yet or not.
    int totalCount() const { return m_total; }
    const Person *personAt(int row) const;
    // The row of a person, fetching further pages until found or the end; -1 when not listed.
    int rowOf(RecordId personId);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order) override;

signals:
    void totalCountChanged(int total);

private:
    QString schoolName(RecordId schoolId) const;

    Database &m_db;
    PersonQuery m_query;
    QList<Person> m_rows;
    int m_total = 0;
    mutable QHash<RecordId, QString> m_schoolNames;
};

} // namespace hubreg::ui
