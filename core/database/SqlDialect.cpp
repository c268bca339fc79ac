#include "SqlDialect.h"

#include <QStringList>

namespace hubreg {

QString SqlDialect::utf8Text(const QString &placeholder) const
{
    return bindsUtf8Text() ? QStringLiteral("CAST(%1 AS TEXT)").arg(placeholder) : placeholder;
}

QString SqlDialect::likeIgnoringCase() const
{
    return isPostgres() ? QStringLiteral("ILIKE") : QStringLiteral("LIKE");
}

QString SqlDialect::joinedText(const QString &expression, const QString &separatorLiteral,
                               const QString &orderBy) const
{
    if (!isPostgres())
        return QStringLiteral("group_concat(%1, %2)").arg(expression, separatorLiteral);
    const QString order = orderBy.isEmpty() ? QString() : QStringLiteral(" ORDER BY ") + orderBy;
    return QStringLiteral("string_agg(CAST(%1 AS TEXT), %2%3)")
        .arg(expression, separatorLiteral, order);
}

QString SqlDialect::nowUtc() const
{
    return isPostgres() ? QStringLiteral("to_char(clock_timestamp() AT TIME ZONE 'UTC', "
                                         "'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')")
                        : QStringLiteral("strftime('%Y-%m-%dT%H:%M:%fZ', 'now')");
}

QString SqlDialect::isoDatePlusYears(const QString &isoDate, const QString &years) const
{
    return isPostgres()
        ? QStringLiteral("to_char(CAST(%1 AS DATE) + make_interval(years => CAST(%2 AS INTEGER)), "
                         "'YYYY-MM-DD')")
              .arg(isoDate, years)
        : QStringLiteral("date(%1, '+' || %2 || ' years')").arg(isoDate, years);
}

QString SqlDialect::asReal(const QString &expression) const
{
    return QStringLiteral("CAST(%1 AS %2)")
        .arg(expression,
             isPostgres() ? QStringLiteral("DOUBLE PRECISION") : QStringLiteral("REAL"));
}

QString SqlDialect::greatest(const QString &a, const QString &b) const
{
    return QStringLiteral("%1(%2, %3)")
        .arg(isPostgres() ? QStringLiteral("greatest") : QStringLiteral("max"), a, b);
}

QString SqlDialect::least(const QString &a, const QString &b) const
{
    return QStringLiteral("%1(%2, %3)")
        .arg(isPostgres() ? QStringLiteral("least") : QStringLiteral("min"), a, b);
}

QString SqlDialect::beginTransaction() const
{
    return isPostgres() ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE");
}

QString SqlDialect::migrationOverrides() const
{
    return isPostgres() ? QStringLiteral(":/migrations/pgsql") : QString();
}

QString SqlDialect::tablesSql() const
{
    if (isPostgres())
        return QStringLiteral(
            "SELECT CAST(table_name AS TEXT) AS name FROM information_schema.tables "
            "WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' "
            "ORDER BY CAST(table_name AS TEXT) COLLATE \"C\"");
    return QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' "
                          "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name");
}

QString SqlDialect::columnsSql() const
{
    if (isPostgres())
        return QStringLiteral(
            "SELECT CAST(c.column_name AS TEXT) AS name, CAST(c.data_type AS TEXT) AS type, "
            "coalesce((SELECT CAST(k.ordinal_position AS INTEGER) "
            "FROM information_schema.table_constraints t "
            "JOIN information_schema.key_column_usage k ON k.constraint_schema = "
            "t.constraint_schema "
            "AND k.constraint_name = t.constraint_name AND k.table_name = t.table_name "
            "WHERE t.constraint_type = 'PRIMARY KEY' AND t.table_schema = c.table_schema "
            "AND t.table_name = c.table_name AND k.column_name = c.column_name), 0) AS pk "
            "FROM information_schema.columns c "
            "WHERE c.table_schema = current_schema() AND c.table_name = CAST(:table AS TEXT) "
            "ORDER BY c.ordinal_position");
    return QStringLiteral(
        "SELECT name, type, pk FROM pragma_table_info(CAST(:table AS TEXT)) ORDER BY cid");
}

QString SqlDialect::createdIndexesSql() const
{
    if (isPostgres())
        return QStringLiteral(
            "SELECT CAST(i.relname AS TEXT) AS name, pg_get_indexdef(i.oid) AS sql "
            "FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid "
            "JOIN pg_class t ON t.oid = x.indrelid "
            "WHERE t.relname = CAST(:table AS TEXT) "
            "AND t.relnamespace = CAST(current_schema() AS regnamespace) "
            "AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.oid) "
            "ORDER BY CAST(i.relname AS TEXT) COLLATE \"C\"");
    // sql is NULL for the indexes SQLite makes for a table's constraints.
    return QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' "
                          "AND tbl_name = :table AND sql IS NOT NULL ORDER BY name");
}

QString SqlDialect::uniqueConstraintsSql() const
{
    if (isPostgres())
        return QStringLiteral(
            "SELECT CAST(c.conname AS TEXT) AS name, pg_get_constraintdef(c.oid) AS sql "
            "FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid "
            "WHERE t.relname = CAST(:table AS TEXT) "
            "AND t.relnamespace = CAST(current_schema() AS regnamespace) AND c.contype = 'u' "
            "AND NOT EXISTS (SELECT 1 FROM pg_constraint f "
            "WHERE f.contype = 'f' AND f.conindid = c.conindid) "
            "ORDER BY CAST(c.conname AS TEXT) COLLATE \"C\"");
    // SQLite cannot drop the index of a constraint made with its table.
    return QStringLiteral("SELECT NULL AS name, NULL AS sql WHERE :table IS NULL");
}

QString SqlDialect::mayRebuildIndexesSql() const
{
    if (isPostgres())
        return QStringLiteral("SELECT pg_has_role(t.relowner, 'USAGE') FROM pg_class t "
                              "WHERE t.relname = CAST(:table AS TEXT) "
                              "AND t.relnamespace = CAST(current_schema() AS regnamespace)");
    // A file is its user's.
    return QStringLiteral("SELECT 1 WHERE :table IS NOT NULL");
}

} // namespace hubreg
