#pragma once

#include "common/PagedSqlTableModel.h"
#include "records/PersonStore.h"

namespace hubreg {
class Database;
}

namespace hubreg::ui {

// A person with the name of their school.
struct PersonRow
{
    Person person;
    QString schoolName;
};

// People the hub works with: name, email, school, role, TRN and whether they lead Work Groups.
// Filtered and sorted in SQL and fetched a page at a time as the view scrolls, so a national
// file of 150,000 people opens as fast as a hub's. Empty until setQuery() or reload().
class PersonTableModel : public PagedSqlTableModel<PersonRow, PersonQuery>
{
    Q_OBJECT

public:
    enum Column { Name, Email, School, Role, Trn, Lead, ColumnCount };
    static constexpr int IdRole = Qt::UserRole + 1;
    static constexpr int kPageSize = 200;

    explicit PersonTableModel(Database &db, QObject *parent = nullptr);

    const Person *personAt(int row) const;

protected:
    QList<PersonRow> read(const PersonQuery &query) const override;
    int count(const PersonQuery &query) const override;
    RecordId idOf(const PersonRow &row) const override { return row.person.id; }
    bool sortBy(PersonQuery &query, int column) const override;
    QVariant cellData(const PersonRow &row, int column, int role) const override;

private:
    Database &m_db;
};

} // namespace hubreg::ui
