#pragma once

#include <QList>
#include <QPair>
#include <QStringList>

namespace hubreg {

class Database;

// What tables and columns a hub's database holds, asked of SQLite's or PostgreSQL's own
// catalogue: for code that walks every table (copies, checks), not for the stores.
namespace catalogue {

// The hub's tables (not the database's own, nor the schema-version record), by name.
QStringList tables(const Database &db);
// The columns of `table`, in their declared order.
QStringList columns(const Database &db, const QString &table);
// Each foreign key as (table, table it refers to).
QList<QPair<QString, QString>> references(const Database &db);
// The tables in an order in which every table comes after those it refers to.
QStringList tablesParentsFirst(const Database &db);
// Whether `table` has an `id` column the database numbers itself.
bool hasNumberedId(const Database &db, const QString &table);
// `name` quoted as an SQL identifier.
QString quoted(const QString &name);

} // namespace catalogue
} // namespace hubreg
