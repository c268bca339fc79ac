#pragma once

#include "SqlDialect.h"
#include "StoreError.h"

#include <QAnyStringView>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>
#include <QVarLengthArray>
#include <QVariant>

#include <utility>

namespace hubreg {

class Database;

// A prepared statement that throws StoreError instead of returning false, so no failed
// write can go unnoticed. Core-internal: the UI never sees SQL.
class SqlQuery
{
public:
    SqlQuery(const Database &db, const QString &sql);

    // A value bound as it was for the last execution is not bound again: Qt finds a named
    // placeholder through a hash of its name, a cost per value and per row that a statement
    // run for thousands of rows need not pay for what has not changed.
    SqlQuery &bind(const QString &placeholder, const QVariant &value);
    // Binds text to a placeholder the SQL writes as SqlDialect::utf8Text(placeholder): on
    // SQLite as UTF-8 bytes, kept by the statement, where a QString would be bound as UTF-16
    // and converted by SQLite, with an allocation, value by value; on PostgreSQL as text.
    // Empty text is stored as '', never NULL.
    SqlQuery &bindText(const QString &placeholder, QStringView text);
    SqlQuery &exec();

    bool next() { return m_query.next(); }
    QVariant value(int column) const { return m_query.value(column); }
    // The value of the result column the SELECT names `name` (its alias, or the column's own
    // name), read as value("la_code"). Throws StoreError (Internal) when the result has no
    // column of that name or more than one, so a misspelt or ambiguous name cannot read as
    // empty. Each name is looked up once per statement, so this suits a loop over many rows.
    template<std::size_t N> QVariant value(const char (&name)[N]) const
    {
        return m_query.value(column(name, N - 1));
    }
    QVariant value(const QString &name) const { return m_query.value(column(name)); }
    // The place of the result column named `name`, in any case: PostgreSQL gives unquoted
    // names in lower case. Throws as value(name) does.
    int column(QAnyStringView name) const;
    // The id the last INSERT gave its row.
    qint64 lastInsertId() const;
    int rowsAffected() const { return m_query.numRowsAffected(); }
    QSqlRecord record() const { return m_query.record(); }

    // The first column of the first row, or an invalid QVariant where there is no row.
    QVariant scalar();
    // Ends reading the rows, releasing SQLite's read of the tables, so the statement can be
    // kept and run again.
    void finish() { m_query.finish(); }

    // Turns a driver error into a StoreError whose kind says what went wrong.
    static StoreError translate(const QSqlError &error, const QString &context,
                                const SqlDialect &dialect = SqlDialect());

private:
    // The place of the column named by the string literal at `name`: the literal's address is
    // remembered, so each row's reads cost a comparison of pointers.
    int column(const char *name, qsizetype size) const;

    // A placeholder and what it was last bound to: a value, or UTF-8 text that the driver
    // binds without a copy, so it stays here unchanged until the placeholder is bound again.
    struct Bound
    {
        QString placeholder;
        QVariant value;
        QByteArray utf8;
        bool isUtf8 = false;
        bool isValue = false;
    };
    // The placeholder's entry, made on its first binding. A statement's placeholders are bound
    // in the same order at every execution: the one after the last found is tried first.
    Bound &bound(const QString &placeholder);

    const Database &m_db;
    QSqlQuery m_query;
    QString m_sql;
    QList<Bound> m_bound;
    qsizetype m_nextBound = 0;
    QByteArray m_encoded; // room for bindText()'s text, before it is compared with the last
    // The result's column names, read once: a statement's columns are the same every run.
    mutable QStringList m_columnNames;
    mutable QVarLengthArray<std::pair<const char *, int>, 32> m_columnsByLiteral;
    mutable qsizetype m_nextLiteral = 0;
};

// Runs one statement with no parameters (PRAGMA, BEGIN, DDL).
void execSql(const Database &db, const QString &sql);
// The same for a statement that carries data in its text, named in an error as `shownAs`.
void execSql(const Database &db, const QString &sql, const QString &shownAs);

// Bound-parameter helpers for optional values: an invalid date or empty text is stored as NULL.
QVariant nullableDate(const QDate &date);
QVariant nullableTime(const QTime &time);
QVariant nullableId(qint64 id);
QDate dateFrom(const QVariant &value);

// Text for a LIKE pattern with ESCAPE '\\': a search for "50%" or "st_john" means what it says.
QString likeEscaped(const QString &text);
QTime timeFrom(const QVariant &value);

} // namespace hubreg
