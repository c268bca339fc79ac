#pragma once

#include <QList>
#include <QString>

namespace hubreg {

class Database;

// A table without its own indexes while many rows go into it, inside the caller's transaction:
// rebuild() makes each again from its own definition in one sorted pass, where keeping it up to
// date would cost a search of it for every row. The PRIMARY KEY stays. So do the indexes of the
// UNIQUE constraints on a file, where each row is checked against them as it goes in; on a
// server those no foreign key needs are set aside too, and rebuild() checks every row against
// them at once, refusing the whole transaction at a value found twice (a caller that must name
// the row finds it first). A rollback, or a process killed before the commit, leaves the
// indexes as they were. On a server the table is locked to others until the transaction ends.
class DeferredIndexes
{
public:
    // Whether this connection may do so (on a server, only the table's owner may).
    static bool possible(Database &db, const QString &table);

    // Drops the indexes of `table` the schema made with CREATE INDEX, and on a server its
    // UNIQUE constraints that no foreign key needs.
    DeferredIndexes(Database &db, const QString &table);
    // Makes those not there again if rebuild() was not reached: a caller that commits anyway
    // must not leave the table without them.
    ~DeferredIndexes();

    DeferredIndexes(const DeferredIndexes &) = delete;
    DeferredIndexes &operator=(const DeferredIndexes &) = delete;

    void rebuild();

private:
    struct Index
    {
        QString name;
        QString definition; // the statement that makes it again as the schema holds it
    };
    // The names and definitions `sql` lists for this table.
    QList<Index> listed(const QString &sql) const;

    Database &m_db;
    QString m_table;
    QList<Index> m_dropped; // indexes first, then constraints, in the order they are made again
};

} // namespace hubreg
