#pragma once

#include "domain/School.h"
#include "store/RecordIo.h"
#include "store/SqlQuery.h"

#include <QDateTime>

#include <optional>

namespace hubreg {

class Database;

// The one place that writes the schools table. SchoolStore saves a school through it and the
// GIAS import writes a whole extract through the same statements, each prepared once and run
// per school; it also reads rows back as Schools, so each column is named here only.
// It checks nothing: the store's rules and the import's are their own.
class SchoolWriter
{
public:
    // Which columns an update writes: all of them, or only those a GIAS extract fills, leaving
    // what the hub keeps about a school (notes, barrier, Mastery Specialist) and its URN alone.
    enum class Columns { All, FromGias };
    // Whether insert() reads back the new row's id: on a server that is one more round trip
    // per school, which an import of 50,000 need not make.
    enum class Id { Read, Skip };

    explicit SchoolWriter(Database &db);

    // Stamps every later write with `at` rather than the clock's time at each write, so the
    // rows of one import share the moment it ran.
    void stampAllAt(const QDateTime &at) { m_stamps.fixAt(at); }

    // The school's columns, for a SELECT that read() reads.
    static QString selectColumns();
    // The school in the current row of a query that selected selectColumns().
    static School read(const SqlQuery &query);

    std::optional<School> findByUrn(Urn urn);
    // Adds `school` as a new row: gives it a uuid unless it has one, its timestamps and, unless
    // told to skip it, its id. Its text is stored as normalise() leaves it.
    void insert(School &school, Id id = Id::Read);
    // Writes `school` over the row with its id and stamps it updated; false when no row has
    // that id.
    bool update(School &school, Columns columns = Columns::All);

    // What is stored of what was given: GIAS's fields trimmed, the postcode in capitals.
    static void normalise(School &school);

private:
    void bindFields(SqlQuery &query, const School &school);

    Database &m_db;
    recordio::Stamps m_stamps;
    std::optional<SqlQuery> m_find;
    std::optional<SqlQuery> m_insert;
    std::optional<SqlQuery> m_updateAll;
    std::optional<SqlQuery> m_updateFromGias;
};

} // namespace hubreg
