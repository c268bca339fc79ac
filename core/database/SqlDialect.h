#pragma once

#include <QString>

namespace hubreg {

// What differs between SQLite and PostgreSQL, in one place. Stores write one SQL text that
// both understand and ask here only for the pieces that must differ. `COLLATE NOCASE` needs
// no help: on PostgreSQL the schema defines a case-insensitive collation of that name.
class SqlDialect
{
public:
    enum class Backend { Sqlite, Postgres };

    explicit SqlDialect(Backend backend = Backend::Sqlite)
        : m_backend(backend)
    { }

    Backend backend() const { return m_backend; }
    bool isPostgres() const { return m_backend == Backend::Postgres; }

    // The LIKE that ignores case: SQLite's LIKE does for ASCII; PostgreSQL's does not.
    QString likeIgnoringCase() const;
    // Joins `expression` over a group with `separatorLiteral` (an SQL string literal), in the
    // order of `orderBy` where the backend can honour it (SQLite takes the rows' order).
    QString joinedText(const QString &expression, const QString &separatorLiteral,
                       const QString &orderBy = {}) const;
    // Now, in UTC, as the ISO text the schema stores ("2026-12-06T15:30:00.000Z").
    QString nowUtc() const;
    // The ISO date `years` years after the ISO date `isoDate` (both SQL expressions).
    QString isoDatePlusYears(const QString &isoDate, const QString &years) const;
    // `expression` as a floating-point number.
    QString asReal(const QString &expression) const;
    // The larger or the smaller of two values (SQLite's two-argument max/min).
    QString greatest(const QString &a, const QString &b) const;
    QString least(const QString &a, const QString &b) const;
    // Starts the outermost transaction; on SQLite it takes the write lock at once, so two
    // writers never deadlock half-way.
    QString beginTransaction() const;
    // The resource folder that holds this backend's own version of a migration, where the
    // shared one cannot serve.
    QString migrationOverrides() const;
    // The tables of the open database, ours only, as one column `name`, ordered by name.
    QString tablesSql() const;
    // The columns of the table bound to `:table`, in their order: `name`, `type` (as
    // declared) and `pk` (the column's place in the primary key from 1, or 0).
    QString columnsSql() const;

private:
    Backend m_backend;
};

} // namespace hubreg
