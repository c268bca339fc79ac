#include "SqlDialect.h"

namespace hubreg {

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

} // namespace hubreg
