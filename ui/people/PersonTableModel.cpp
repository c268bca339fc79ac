#include "PersonTableModel.h"

#include "database/Database.h"
#include "records/SchoolStore.h"

#include <QSet>

namespace hubreg::ui {

PersonTableModel::PersonTableModel(Database &db, QObject *parent)
    : PagedSqlTableModel(kPageSize, parent)
    , m_db(db)
{
    using Row = PersonRow;
    setColumns({
        { tr("Name"), [](const Row &row) { return row.person.sortName(); } },
        { tr("Email"), [](const Row &row) { return row.person.email; } },
        { tr("School"), [](const Row &row) { return row.schoolName; } },
        { tr("Role"), [](const Row &row) { return row.person.role; } },
        { tr("TRN"), [](const Row &row) { return row.person.trn; } },
        { tr("Leads"),
          [](const Row &row) {
              const Person &person = row.person;
              if (person.isWorkGroupLead && person.isMasterySpecialist)
                  return tr("Lead, Mastery Specialist");
              if (person.isWorkGroupLead)
                  return tr("Work Group Lead");
              return person.isMasterySpecialist ? tr("Mastery Specialist") : QString();
          } },
    });
    reloadOnChangesTo(m_db, { Entity::Person, Entity::School }, [this] { refresh(); });
    // No load here: the page sets its query first, so the people are read once.
}

const Person *PersonTableModel::personAt(int row) const
{
    const PersonRow *person = rowAt(row);
    return person ? &person->person : nullptr;
}

QList<PersonRow> PersonTableModel::read(const PersonQuery &query) const
{
    const QList<Person> people = PersonStore(m_db).list(query);
    QSet<RecordId> schools;
    for (const Person &person : people) {
        if (person.schoolId > 0)
            schools.insert(person.schoolId);
    }
    // The page's schools named in one query, not one query a row.
    const QHash<RecordId, QString> names = SchoolStore(m_db).names(schools.values());
    QList<PersonRow> rows;
    rows.reserve(people.size());
    for (const Person &person : people)
        rows << PersonRow { person, names.value(person.schoolId) };
    return rows;
}

int PersonTableModel::count(const PersonQuery &query) const
{
    return PersonStore(m_db).count(query);
}

bool PersonTableModel::sortBy(PersonQuery &query, int column) const
{
    using Sort = PersonQuery::SortColumn;
    static const Sort kByColumn[ColumnCount]
        = { Sort::Name, Sort::Email, Sort::School, Sort::Role, Sort::Trn, Sort::Lead };
    if (column < 0 || column >= ColumnCount)
        return false;
    query.sortColumn = kByColumn[column];
    return true;
}

QVariant PersonTableModel::cellData(const PersonRow &row, int, int role) const
{
    return role == IdRole ? QVariant(row.person.id) : QVariant();
}

} // namespace hubreg::ui
