#pragma once

#include "records/SchoolStore.h"

#include <QAbstractTableModel>

class QTimer;

namespace hubreg {
class Database;
}

namespace hubreg::ui {

// The school register as a table that loads a page of rows at a time: filtering and sorting
// happen in SQL, so only what the view shows is read, even with 50,000 schools.
class SchoolTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Urn, Name, Town, Postcode, LocalAuthority, Phase, Status, Type, ColumnCount };
    static constexpr int IdRole = Qt::UserRole + 1;
    static constexpr int kPageSize = 200;

    explicit SchoolTableModel(Database &db, QObject *parent = nullptr);

    // Filters (text, phase, status, LA); the order stays the one chosen with sort().
    void setFilter(const SchoolQuery &filter);
    SchoolQuery query() const { return m_query; }
    // Schools matching the filter, whether fetched yet or not. When more than a page match,
    // counting them waits for a pause in the changes (a search typed a key at a time), unless
    // asked for here.
    int totalCount();
    bool isCounted() const { return m_total >= 0; }
    int fetchedCount() const { return int(m_rows.size()); }
    const School *schoolAt(int row) const;
    int rowOf(RecordId schoolId) const;
    void reload();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order) override;

    // How long after the last change the matches are counted.
    static constexpr int kCountDelayMs = 300;

signals:
    // The count of matches, or -1 while they are still to be counted.
    void totalCountChanged(int total);

private:
    void countNow();

    Database &m_db;
    SchoolQuery m_query;
    QList<School> m_rows;
    int m_total = 0; // -1: not counted yet
    QTimer *m_countLater;
};

} // namespace hubreg::ui
