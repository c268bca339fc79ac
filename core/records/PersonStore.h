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
    bool includeErased = false; // erased people ("Erased participant 3") too
    // Sorted in SQL, then by name: a national file holds over 150,000 people.
    SortColumn sortColumn = SortColumn::Name;
    bool descending = false;
    int offset = 0;
    int limit = -1;
};

// People: Work Group Leads and participants. Erasing a person (privacy/Erasure.h) removes their
// personal data and keeps their places and marks anonymously, so every figure still holds.
class PersonStore
{
public:
    explicit PersonStore(Database &db)
        : m_db(db)
    { }

    void add(Person &person);
    // Refused for an erased person: their record takes no personal data again.
    void update(Person &person);
    // Removes a person who has no place in any Work Group and leads none (an addition being
    // undone, say), leaving a tombstone. Anyone else is erased with privacy/Erasure.h, which
    // keeps their places and marks anonymously.
    void erase(RecordId id);
    std::optional<Person> find(RecordId id) const;
    std::optional<Person> findByEmail(const QString &email) const;
    std::optional<Person> findByUuid(const QUuid &uuid) const;
    QList<Person> list(const PersonQuery &query = {}) const;
    int count(const PersonQuery &query = {}) const;
    // The people who lead at least one Work Group, by name: the Lead filter of lists.
    QList<Person> workGroupLeads() const;

    static FieldErrors check(const Person &person);

private:
    Database &m_db;
};

} // namespace hubreg
