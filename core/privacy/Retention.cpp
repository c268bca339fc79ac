#include "Retention.h"

#include "database/Clock.h"
#include "database/Database.h"
#include "database/SqlQuery.h"
#include "database/StoreError.h"
#include "records/HubStore.h"

#include <QCoreApplication>

namespace hubreg {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(hubreg::Retention)
};
} // namespace

QList<HubRetention> Retention::hubs() const
{
    SqlQuery query(m_db,
                   QStringLiteral("SELECT id, name, retention_years FROM hubs ORDER BY name "
                                  "COLLATE NOCASE, id"));
    query.exec();
    QList<HubRetention> result;
    while (query.next())
        result.append(
            { query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toInt() });
    return result;
}

void Retention::setYears(RecordId hubId, int years)
{
    if (years < kFewestYears || years > kMostYears)
        throw StoreError(StoreError::Kind::Invalid,
                         Tr::tr("Keep personal data for %1 to %2 years after the academic year "
                                "ends.")
                             .arg(kFewestYears)
                             .arg(kMostYears),
                         Tr::tr("Retention period"), QStringLiteral("years"));
    HubStore(m_db).setRetentionYears(hubId, years);
}

int Retention::longestYears() const
{
    SqlQuery query(m_db, QStringLiteral("SELECT max(retention_years) FROM hubs"));
    const QVariant longest = query.scalar();
    return longest.isNull() ? kDefaultYears : longest.toInt();
}

namespace {
// Each person's last academic year and the last day their hubs' periods allow, or with
// `:years` set, that many years for every hub.
QString latestCte(const SqlDialect &dialect)
{
    return QStringLiteral(
               "WITH involvement (person_id, year_id, hub_id) AS ("
               "  SELECT p.person_id, w.academic_year_id, w.hub_id FROM work_group_participants p"
               "  JOIN work_groups w ON w.id = p.work_group_id"
               "  UNION ALL"
               "  SELECT lead_person_id, academic_year_id, hub_id FROM work_groups"
               "  WHERE lead_person_id IS NOT NULL),"
               " latest AS ("
               "  SELECT i.person_id, max(y.end_date) AS last_end, max(y.label) AS last_label,"
               "   max(%1) AS kept_until"
               "  FROM involvement i JOIN academic_years y ON y.id = i.year_id"
               "  JOIN hubs h ON h.id = i.hub_id GROUP BY i.person_id)")
        .arg(dialect.isoDatePlusYears(
            QStringLiteral("y.end_date"),
            QStringLiteral("coalesce(CAST(:years AS INTEGER), h.retention_years)")));
}

// The day a person's details may be kept until when they took part in nothing: `:fallback`
// years after their record last changed.
QString fallbackUntil(const SqlDialect &dialect)
{
    return dialect.isoDatePlusYears(QStringLiteral("substr(pe.updated_at, 1, 10)"),
                                    QStringLiteral("CAST(:fallback AS INTEGER)"));
}
} // namespace

QDate Retention::keptUntil(RecordId personId) const
{
    SqlQuery query(
        m_db,
        latestCte(m_db.dialect())
            + QStringLiteral(" SELECT coalesce(l.kept_until, %1) FROM people pe "
                             "LEFT JOIN latest l ON l.person_id = pe.id WHERE pe.id = :id")
                  .arg(fallbackUntil(m_db.dialect())));
    query.bind(QStringLiteral(":years"), QVariant(QMetaType(QMetaType::Int)))
        .bind(QStringLiteral(":fallback"), longestYears())
        .bind(QStringLiteral(":id"), personId);
    return dateFrom(query.scalar());
}

QList<RetentionCandidate> Retention::due(const QDate &today, std::optional<int> years) const
{
    // Academic year labels ("2017/18") sort as the years do.
    SqlQuery query(
        m_db,
        latestCte(m_db.dialect())
            + QStringLiteral(
                  " SELECT pe.id AS person_id, trim(pe.first_name || ' ' || pe.last_name) AS "
                  "name, pe.email, s.name AS school_name, s.urn,"
                  "  l.last_label, coalesce(l.last_end, substr(pe.updated_at, 1, 10)) AS "
                  "last_date, coalesce(l.kept_until, %1) AS until"
                  " FROM people pe LEFT JOIN latest l ON l.person_id = pe.id"
                  " LEFT JOIN schools s ON s.id = pe.school_id"
                  // The WHERE repeats the expression: PostgreSQL knows no output names there.
                  " WHERE pe.erased_at IS NULL AND coalesce(l.kept_until, %1) < :today"
                  " ORDER BY until, pe.last_name COLLATE NOCASE, pe.first_name COLLATE NOCASE, "
                  "pe.id")
                  .arg(fallbackUntil(m_db.dialect())));
    query
        .bind(QStringLiteral(":years"),
              years ? QVariant(*years) : QVariant(QMetaType(QMetaType::Int)))
        .bind(QStringLiteral(":fallback"), years ? *years : longestYears())
        .bind(QStringLiteral(":today"), today.toString(Qt::ISODate))
        .exec();
    QList<RetentionCandidate> result;
    while (query.next()) {
        RetentionCandidate candidate;
        candidate.personId = query.value("person_id").toLongLong();
        candidate.name = query.value("name").toString();
        candidate.email = query.value("email").toString();
        if (!query.value("school_name").isNull())
            candidate.school
                = Tr::tr("%1 (URN %2)")
                      .arg(query.value("school_name").toString(), query.value("urn").toString());
        candidate.lastYear = query.value("last_label").toString();
        candidate.lastDate = dateFrom(query.value("last_date"));
        candidate.keptUntil = dateFrom(query.value("until"));
        result << candidate;
    }
    return result;
}

} // namespace hubreg
