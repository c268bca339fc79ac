#include "CompletionRisk.h"

#include "database/Database.h"
#include "database/SqlQuery.h"
#include "figures/AttendanceRules.h"

#include <algorithm>

namespace hubreg {

int SchoolAtRisk::attendancesNeeded() const
{
    const qint64 shortfall = qint64(threshold) * (expected + remaining) - qint64(attended) * 100;
    return shortfall <= 0 ? 0 : int((shortfall + 99) / 100);
}

std::optional<RiskLevel> CompletionRisk::assess(int attended, int expected, int remaining,
                                                int threshold)
{
    if (expected + remaining == 0)
        return std::nullopt;
    if (!rules::meetsThreshold(attended + remaining, expected + remaining, threshold))
        return RiskLevel::CannotComplete;
    if (expected > 0 && !rules::meetsThreshold(attended, expected, threshold))
        return RiskLevel::BelowThreshold;
    return std::nullopt;
}

QList<SchoolAtRisk> CompletionRisk::forHub(RecordId hubId, const QString &academicYear) const
{
    return query(QStringLiteral("SELECT w.id FROM work_groups w JOIN academic_years y ON y.id = "
                                "w.academic_year_id WHERE w.hub_id = :id AND y.label = :year AND "
                                "w.status NOT IN ('completed', 'cancelled')"),
                 hubId, academicYear);
}

QList<SchoolAtRisk> CompletionRisk::forWorkGroup(RecordId workGroupId) const
{
    // Typed, as PostgreSQL cannot tell a bare parameter's type.
    return query(QStringLiteral("SELECT CAST(:id AS BIGINT)"), workGroupId, QString());
}

QList<SchoolAtRisk> CompletionRisk::query(const QString &workGroupFilter, RecordId id,
                                          const QString &academicYear) const
{
    const QString groups = QStringLiteral("AND h.work_group_id IN (%1)").arg(workGroupFilter);
    const bool needsYear = workGroupFilter.contains(QLatin1String(":year"));
    SqlQuery q(
        m_db,
        QStringLiteral("WITH ") + rules::participantSessionsCte(groups) + QStringLiteral(", ")
            + rules::schoolSessionsCte(groups)
            + QStringLiteral(
                ", held AS (SELECT work_group_id, school_id, sum(expected) AS expected,"
                "  sum(attended) AS attended FROM school_sessions GROUP BY work_group_id, "
                "school_id)"
                " SELECT w.id AS work_group_id, w.code AS work_group_code, pr.code AS "
                "programme_code, pr.completion_threshold, s.id AS school_id, s.urn, s.name AS "
                "school_name, coalesce(hd.expected, 0) AS expected,"
                "  coalesce(hd.attended, 0) AS attended,"
                "  (SELECT count(*) FROM sessions p WHERE p.work_group_id = e.work_group_id"
                "    AND p.status = 'planned'"
                "    AND (p.kind <> 'school_visit' OR p.visit_school_id = e.school_id)) AS "
                "remaining"
                " FROM work_group_schools e"
                " JOIN work_groups w ON w.id = e.work_group_id"
                " JOIN programmes pr ON pr.id = w.programme_id"
                " JOIN schools s ON s.id = e.school_id"
                " LEFT JOIN held hd ON hd.work_group_id = e.work_group_id AND hd.school_id = "
                "e.school_id"
                " WHERE e.withdrawn_on IS NULL AND e.work_group_id IN (")
            + workGroupFilter
            + QStringLiteral(") ORDER BY w.code COLLATE NOCASE, s.name COLLATE NOCASE, s.urn"));
    q.bind(QStringLiteral(":id"), id);
    if (needsYear)
        q.bind(QStringLiteral(":year"), academicYear);
    q.exec();
    QList<SchoolAtRisk> rows;
    while (q.next()) {
        SchoolAtRisk r;
        r.workGroupId = q.value("work_group_id").toLongLong();
        r.workGroupCode = q.value("work_group_code").toString();
        r.programmeCode = q.value("programme_code").toString();
        r.threshold = q.value("completion_threshold").toInt();
        r.schoolId = q.value("school_id").toLongLong();
        r.urn = Urn::fromInt(q.value("urn").toInt()).value_or(Urn());
        r.schoolName = q.value("school_name").toString();
        r.expected = q.value("expected").toInt();
        r.attended = q.value("attended").toInt();
        r.remaining = q.value("remaining").toInt();
        if (const auto level = assess(r.attended, r.expected, r.remaining, r.threshold)) {
            r.level = *level;
            rows << r;
        }
    }
    // Those who can no longer complete first; the query's order within each.
    std::stable_sort(rows.begin(), rows.end(), [](const SchoolAtRisk &a, const SchoolAtRisk &b) {
        return a.level == RiskLevel::CannotComplete && b.level != RiskLevel::CannotComplete;
    });
    return rows;
}

} // namespace hubreg
