#pragma once

#include "domain/Person.h"
#include "domain/Validation.h"

#include <QList>

#include <optional>

namespace hubreg {

class Database;

struct PersonQuery
{
    enum class SortColumn { Name, Email, School, Role, Trn, Lead };

    QString text; // matches name or email
    RecordId schoolId = 0; // 0: any school
    bool leadsOnly = false; // Work Group Leads only
    // Sorted in SQL, then by name: a national file holds over 150,000 people.
    SortColumn sortColumn = SortColumn::Name;
    bool descending = false;
    int offset = 0;
    int limit = -1;
};

// People: Work Group Leads and participants. Removing a person erases them everywhere
// (their enrolments and marks go too), as UK GDPR erasure requires.
class PersonStore
{
public:
    explicit PersonStore(Database &db)
        : m_db(db)
    { }

    void add(Person &person);
    void update(Person &person);
    // Erases the person and every enrolment and mark of theirs. Refused while they lead a
    // Work Group (give it another Lead first).
    void erase(RecordId id);
    std::optional<Person> find(RecordId id) const;
    std::optional<Person> findByEmail(const QString &email) const;
    QList<Person> list(const PersonQuery &query = {}) const;
    int count(const PersonQuery &query = {}) const;
    // The people who lead at least one Work Group, by name: the Lead filter of lists.
    QList<Person> workGroupLeads() const;

    static FieldErrors check(const Person &person);

private:
    Database &m_db;
};

} // namespace hubreg
