#pragma once

#include <QList>
#include <QString>

namespace hubreg {

class Database;

// A table without its own indexes while many rows go into it, inside the caller's transaction:
// rebuild() makes each again from its own definition in one sorted pass, where keeping it up to
// date would cost a search of it for every row. The indexes of the table's UNIQUE and PRIMARY
// KEY constraints stay, so every row is still checked against them. A rollback, or a process
// killed before the commit, leaves the indexes as they were. On a server the table is locked
// to others until the transaction ends.
class DeferredIndexes
{
public:
    // Whether this connection may do so (on a server, only the table's owner may).
    static bool possible(Database &db, const QString &table);

    // Drops the indexes of `table` the schema made with CREATE INDEX.
    DeferredIndexes(Database &db, const QString &table);
    // Makes those not there again if rebuild() was not reached: a caller that commits anyway
    // must not leave the table without them.
    ~DeferredIndexes();

    DeferredIndexes(const DeferredIndexes &) = delete;
    DeferredIndexes &operator=(const DeferredIndexes &) = delete;

    void rebuild();

private:
    Database &m_db;
    QString m_table;
    struct Index
    {
        QString name;
        QString definition; // its CREATE INDEX, as the schema holds it
    };
    QList<Index> m_dropped;
};

} // namespace hubreg
