#pragma once

#include "database/RecordIo.h"
#include "database/SqlQuery.h"
#include "domain/School.h"

#include <QDateTime>

#include <optional>

namespace hubreg {

class Database;

// The one place that writes the school_links table: SchoolStore and the GIAS links import
// both write through it, each statement prepared once and run per link. It checks nothing:
// the store's rules and the import's are their own.
class SchoolLinkWriter
{
public:
    // Whether insert() reads back the new row's id: on a server that is one more round trip
    // per link, which an import need not make.
    enum class Id { Read, Skip };
    // Which columns find() reads: the whole link, or its id and what GIAS gives of it (no uuid
    // or times), which is what an import compares, read at less cost.
    enum class Columns { All, FromGias };

    explicit SchoolLinkWriter(Database &db);

    // Stamps every later write with `at` rather than the clock's time at each write, so the
    // rows of one import share the moment it ran.
    void stampAllAt(const QDateTime &at) { m_stamps.fixAt(at); }

    // The link's columns, for a SELECT that read() reads.
    static QString selectColumns();
    // The link in the current row of a query that selected selectColumns().
    static SchoolLink read(const SqlQuery &query);

    // The link held from `urn` to `linkedUrn` of this type (links are unique on the three).
    std::optional<SchoolLink> find(Urn urn, Urn linkedUrn, const QString &linkType,
                                   Columns columns = Columns::All);
    // Adds `link` as a new row: gives it a uuid unless it has one, its timestamps and, unless
    // told to skip it, its id. Its text is stored as normalise() leaves it.
    void insert(SchoolLink &link, Id id = Id::Read);
    // Writes the linked school's name and the date over the row with the link's id and stamps
    // it updated (the URNs and type are what the link is); false when no row has that id.
    bool update(SchoolLink &link);

    // What is stored of what was given: the type and the linked school's name trimmed.
    static void normalise(SchoolLink &link);

private:
    static void readFields(const SqlQuery &query, SchoolLink &link);

    Database &m_db;
    recordio::Stamps m_stamps;
    std::optional<SqlQuery> m_findAll;
    std::optional<SqlQuery> m_findFromGias;
    std::optional<SqlQuery> m_insert;
    std::optional<SqlQuery> m_update;
};

} // namespace hubreg
