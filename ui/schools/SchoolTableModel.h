#pragma once

#include "common/PagedSqlTableModel.h"
#include "records/SchoolStore.h"

namespace hubreg {
class Database;
}

namespace hubreg::ui {

// The school register as a table that loads a page of rows at a time: filtering and sorting
// happen in SQL, so only what the view shows is read, even with 50,000 schools. When more than
// a page match, counting them waits for a pause in the changes (a search typed a key at a
// time), unless totalCount() asks for it.
class SchoolTableModel : public PagedSqlTableModel<School, SchoolQuery>
{
    Q_OBJECT

public:
    enum Column { Urn, Name, Town, Postcode, LocalAuthority, Phase, Status, Type, ColumnCount };
    static constexpr int IdRole = Qt::UserRole + 1;
    static constexpr int kPageSize = 200;

    explicit SchoolTableModel(Database &db, QObject *parent = nullptr);

    // Filters (text, phase, status, LA); the order stays the one chosen with sort().
    void setFilter(const SchoolQuery &filter) { setQuery(filter); }
    const School *schoolAt(int row) const { return rowAt(row); }

    // How long after the last change the matches are counted.
    static constexpr int kCountDelayMs = 300;

protected:
    QList<School> read(const SchoolQuery &query) const override;
    int count(const SchoolQuery &query) const override;
    RecordId idOf(const School &row) const override { return row.id; }
    bool sortBy(SchoolQuery &query, int column) const override;
    QVariant cellData(const School &row, int column, int role) const override;

private:
    Database &m_db;
};

} // namespace hubreg::ui
