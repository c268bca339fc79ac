#pragma once

#include "domain/School.h"

#include <QHash>
#include <QList>

#include <optional>

namespace hubreg {

class Database;

// Which schools to list and in what order; filtering, sorting and paging happen in SQL so
// a register of 50,000 schools stays quick.
struct SchoolQuery
{
    enum class SortColumn { Urn, Name, Town, Postcode, LocalAuthority, Phase, Status };

    QString text; // matches URN (from the start), name, postcode or town
    QString phase; // GIAS phase name; empty for all
    QString status; // GIAS status name; empty for all
    QString laCode; // empty for all
    bool openOnly = false;
    SortColumn sortColumn = SortColumn::Name;
    bool descending = false;
    int offset = 0;
    int limit = -1; // -1: no limit
};

// The school register (from GIAS or typed in) and GIAS links between URNs.
class SchoolStore
{
public:
    explicit SchoolStore(Database &db)
        : m_db(db)
    { }

    void add(School &school);
    void update(School &school);
    // Refused while the school has any history (enrolments, people, visits): close it instead.
    void remove(RecordId id);
    std::optional<School> find(RecordId id) const;
    std::optional<School> findByUrn(Urn urn) const;
    // The names of these schools, in one query (a page of a list names a few hundred); a school
    // not in the register has none.
    QHash<RecordId, QString> names(const QList<RecordId> &ids) const;
    QList<School> list(const SchoolQuery &query = {}) const;
    int count(const SchoolQuery &query = {}) const;
    // Distinct values present in the register, for filter lists.
    QStringList phases() const;
    QStringList statuses() const;
    QList<QPair<QString, QString>> localAuthorities() const; // code, name

    // Adds the link, or refreshes its name and date when it is already held.
    void upsertLink(SchoolLink &link);
    // Links from or to this URN.
    QList<SchoolLink> linksOf(Urn urn) const;
    // This URN and every URN whose history passes to it through GIAS links (predecessors,
    // their predecessors, merged schools), nearest first.
    QList<Urn> historyUrns(Urn urn) const;

private:
    void validate(const School &school) const;
    Database &m_db;
};

} // namespace hubreg
