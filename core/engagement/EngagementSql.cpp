#include "EngagementSql.h"

#include "database/SqlDialect.h"
#include "figures/AttendanceRules.h"
#include "figures/HistoryRules.h"

namespace hubreg::engagementsql {

QString areaCtes(const SqlDialect &dialect)
{
    return QStringLiteral(
               "area_schools AS ("
               " SELECT s.id, s.urn,"
               "  CASE WHEN s.phase IN ('Primary', 'Middle deemed primary') THEN 'primary'"
               "   ELSE 'secondary' END AS phase"
               " FROM hub_local_authorities a JOIN schools s ON s.la_code = a.la_code"
               " WHERE a.hub_id = :hub AND s.status %1 'Open%'"
               "  AND s.phase IN ('Primary', 'Middle deemed primary', 'Secondary',"
               "   'Middle deemed secondary', 'All-through')"
               "  AND s.type_group NOT IN ('Independent schools', 'Other types', 'Welsh schools',"
               "   'Universities', 'Online provider')), ")
               .arg(dialect.likeIgnoringCase())
        + rules::historyCte(QStringLiteral("SELECT id AS root, urn FROM area_schools"))
        + QStringLiteral(", area_history AS ("
                         " SELECT DISTINCT h.root AS area_school, s.id AS school_id"
                         " FROM history h JOIN schools s ON s.urn = h.urn)");
}

QString outcomesCtes()
{
    const QString counted
        = QStringLiteral("AND h.work_group_id IN (SELECT work_group_id FROM counted)");
    return QStringLiteral(
               "counted AS ("
               " SELECT e.work_group_id, e.school_id, y.label AS year,"
               "  pr.completion_threshold AS threshold, %1 AS finished"
               " FROM work_group_schools e"
               " JOIN work_groups w ON w.id = e.work_group_id"
               " JOIN academic_years y ON y.id = w.academic_year_id"
               " JOIN programmes pr ON pr.id = w.programme_id"
               " WHERE e.school_id IN (SELECT school_id FROM area_history)"
               "  AND w.status <> 'cancelled' AND e.withdrawn_on IS NULL AND y.label <= :year), ")
               .arg(rules::flagSql(rules::workGroupOverSql(QStringLiteral("w"))))
        + rules::participantSessionsCte(counted) + QStringLiteral(", ")
        + rules::schoolSessionsCte(counted)
        + QStringLiteral(", outcomes AS ("
                         " SELECT c.school_id, c.year, c.finished, %1 AS completed"
                         " FROM counted c LEFT JOIN school_sessions ss"
                         "  ON ss.work_group_id = c.work_group_id AND ss.school_id = c.school_id"
                         " GROUP BY c.work_group_id, c.school_id, c.year, c.finished, c.threshold)")
              .arg(rules::flagSql(rules::completesSql(
                  QStringLiteral("coalesce(sum(ss.attended), 0)"),
                  QStringLiteral("coalesce(sum(ss.expected), 0)"), QStringLiteral("c.threshold"),
                  QStringLiteral("c.finished <> 0"))));
}

QString perSchoolCte()
{
    return QStringLiteral(
        "per_school AS ("
        " SELECT a.id, a.phase,"
        "  coalesce(max(CASE WHEN o.year = :year THEN 1 ELSE 0 END), 0) AS took_part,"
        "  coalesce(max(CASE WHEN o.year = :year AND o.completed <> 0 THEN 1"
        "   ELSE 0 END), 0) AS completed,"
        "  coalesce(max(CASE WHEN o.finished = 0 THEN 1 ELSE 0 END), 0) AS under_way,"
        "  CASE WHEN count(o.school_id) > 0 THEN 1 ELSE 0 END AS took_part_ever,"
        "  coalesce(max(o.completed), 0) AS completed_ever,"
        "  max(o.year) AS last_year"
        " FROM area_schools a"
        " LEFT JOIN area_history ah ON ah.area_school = a.id"
        " LEFT JOIN outcomes o ON o.school_id = ah.school_id"
        " GROUP BY a.id, a.phase)");
}

} // namespace hubreg::engagementsql
