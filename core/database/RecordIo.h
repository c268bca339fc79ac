#pragma once

#include "Entity.h"
#include "SqlQuery.h"
#include "domain/Record.h"

#include <QDateTime>

namespace hubreg {

class Database;

// Core-internal helpers for the columns every table shares (id, uuid, created_at, updated_at).
namespace recordio {

// "id, uuid, created_at, updated_at, version" with an optional table alias.
QString columns(const QString &alias = {});
// Reads the five shared columns, by their names (id, uuid, created_at, updated_at, version).
void read(const SqlQuery &query, Record &record);
// Gives a new record its uuid (unless it has one, as an imported record may) and timestamps.
void stampNew(const Database &db, Record &record);
void stampUpdate(const Database &db, Record &record);
void bindNew(SqlQuery &query, const Record &record);

// "UPDATE table SET assignments, updated_at = :updated_at, version = version + 1 WHERE id = :id
// AND version = :version": a change to one record, written only over the version it was based
// on. Bind it with bindUpdate() and the record's own fields; run it with writeUpdate().
QString updateSql(const QString &table, const QString &assignments);
void bindUpdate(SqlQuery &query, const Record &record);
// Runs a statement from updateSql() and counts the version on in `record`. Throws NotFound
// (saying `gone`) when the record is no longer there, and Stale, naming the record as `what`,
// when it has been written since `record.version` (by another window, another person on the
// server, or a merged pack): nothing is written then.
void writeUpdate(const Database &db, SqlQuery &query, const QString &table, Record &record,
                 const QString &gone, const QString &what);
// Throws what writeUpdate() throws when a checked change to `record` in `table` wrote nothing.
[[noreturn]] void refuseUnwritten(const Database &db, const QString &table, const Record &record,
                                  const QString &gone, const QString &what);

// The time a writer stamps on the rows it writes: the clock's time at each write, or one fixed
// moment for all the rows of an import. Each moment is made text once.
class Stamps
{
public:
    explicit Stamps(const Database &db)
        : m_db(db)
    { }

    void fixAt(const QDateTime &at) { m_fixed = at; }
    QDateTime now() const;
    // `at` as the schema stores it.
    QString text(const QDateTime &at);

private:
    const Database &m_db;
    QDateTime m_fixed;
    QDateTime m_last;
    QString m_lastText;
};

// Deletes one row by id; throws NotFound when there was none. The tombstone is a trigger's.
void removeRow(Database &db, const QString &table, RecordId id, Entity entity, const QString &what);
// Throws NotFound naming `what` when `table` has no row with `id`.
void requireRow(const Database &db, const QString &table, RecordId id, const QString &what);
qint64 count(const Database &db, const QString &sql, RecordId id);

} // namespace recordio
} // namespace hubreg
