#pragma once

#include "database/CopyRows.h"
#include "database/RecordIo.h"
#include "database/SqlQuery.h"
#include "domain/School.h"

#include <QDateTime>
#include <QStringList>

#include <functional>
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
    // Which columns a write sets: all of them, or only those a GIAS extract fills, leaving
    // what the hub keeps about a school (notes, barrier, Mastery Specialist) as it was, or at
    // its default for a new school, and, in an update, its URN.
    enum class Columns { All, FromGias };
    // Whether insert() reads back the new row's id: on a server that is one more round trip
    // per school, which an import of 50,000 need not make.
    enum class Id { Read, Skip };

    explicit SchoolWriter(Database &db);

    // Stamps every later write with `at` rather than the clock's time at each write, so the
    // rows of one import share the moment it ran.
    void stampAllAt(const QDateTime &at) { m_stamps.fixAt(at); }
    // Every later school is given with its text as normalise() leaves it (an import that
    // trimmed each field as it read it): not looked over again on the writing thread.
    void takeTextAsNormalised() { m_textNormalised = true; }

    // The school's columns, for a SELECT that read() reads.
    static QString selectColumns();
    // The school in the current row of a query that selected selectColumns().
    static School read(const SqlQuery &query);

    // The school held under this URN, whole, or with FromGias its id and what GIAS fills only
    // (no uuid, times or the hub's own fields): what an import compares, read at less cost.
    std::optional<School> findByUrn(Urn urn, Columns columns = Columns::All);
    // Adds `school` as a new row: gives it a uuid unless it has one, its timestamps and, unless
    // told to skip it, its id. Its text is stored as normalise() leaves it.
    void insert(School &school, Columns columns = Columns::All, Id id = Id::Read);
    // Adds these new schools as insert() does, ids not read back; a refusal refuses them all.
    // On a server in one COPY (servercopy::send()): one round trip for them all, in a form
    // the server reads far faster than an INSERT's text.
    void insertMany(QList<School> &schools, Columns columns = Columns::All);
    // New schools made ready for sendMany() (on a server): normalised, each given a uuid and
    // its stamps, and written as rows of COPY's text.
    struct ManyReady
    {
        QList<School> schools;
        CopyRows rows; // one a school, in the order of the INSERT's columns
    };
    // Makes schools ready as insertMany() would before sending them. It touches neither the
    // database nor this writer, so another thread may run it on the next schools while this
    // one sends the ones before; the stamp is this writer's moment when it is called.
    std::function<ManyReady(QList<School>)> readier(Columns columns = Columns::All);
    // Sends schools that readier() made ready, as insertMany() does.
    void sendMany(const ManyReady &ready, Columns columns = Columns::All);
    // Writes `school` over the row with its id and stamps it updated; false when no row has
    // that id. All the columns are written only over the version `school` was read at (false
    // when it has been written since); GIAS's own are written whatever the version.
    bool update(School &school, Columns columns = Columns::All);

    // What is stored of what was given: GIAS's fields trimmed, the postcode in capitals.
    static void normalise(School &school);

private:
    static void readFields(const SqlQuery &query, School &school, Columns columns);
    // Readies a new school for its INSERT: normalised unless its text was given so, a uuid
    // unless it has one, both stamps at `at`, the first version. Touches no writer.
    static void readyNew(School &school, bool textNormalised, const QDateTime &at);
    // readyNew() at this writer's moment; the stamp's text.
    QString prepareNew(School &school);

    // Normalises `school` unless its text was `given` normalised (takeTextAsNormalised()).
    static void normaliseUnlessGiven(bool given, School &school);

    Database &m_db;
    recordio::Stamps m_stamps;
    bool m_textNormalised = false;
    std::optional<SqlQuery> m_findAll;
    std::optional<SqlQuery> m_findFromGias;
    std::optional<SqlQuery> m_insertAll;
    std::optional<SqlQuery> m_insertFromGias;
    std::optional<SqlQuery> m_updateAll;
    std::optional<SqlQuery> m_updateFromGias;
};

} // namespace hubreg
