#pragma once

#include <QList>
#include <QString>

#include <utility>

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

    // Whether SqlQuery::bindText() binds UTF-8 bytes, for which the SQL writes its placeholder as
    // utf8Text(): SQLite keeps text as UTF-8 (HubRegister's files are never UTF-16), and reads
    // bytes cast to text as the file's text, unconverted. PostgreSQL is given text.
    bool bindsUtf8Text() const { return !isPostgres() && m_textIsUtf8; }
    // For a file whose text SQLite keeps as UTF-16 (which it allows, though HubRegister never
    // makes one): its text is bound as text.
    void setTextIsUtf8(bool utf8) { m_textIsUtf8 = utf8; }
    // A placeholder bound with SqlQuery::bindText(), as the SQL writes it.
    QString utf8Text(const QString &placeholder) const;
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
    // The indexes CREATE INDEX made on the table bound to `:table` (not those of its PRIMARY
    // KEY and UNIQUE constraints), ordered by name: `name` and `sql`, the statement that makes
    // each again as it is.
    QString createdIndexesSql() const;
    // The UNIQUE constraints of the table bound to `:table` that may be dropped and made again
    // (no foreign key refers to their index), ordered by name: `name` and `sql`, the
    // constraint's definition. None on SQLite, which cannot drop them.
    QString uniqueConstraintsSql() const;
    // One row, one column: whether this connection may drop and make the indexes of the table
    // bound to `:table` (on a server, its owner's privilege).
    QString mayRebuildIndexesSql() const;

private:
    Backend m_backend;
    bool m_textIsUtf8 = true;
};

} // namespace hubreg
