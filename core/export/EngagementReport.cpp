#include "EngagementReport.h"

#include "ReportSql.h"
#include "database/Clock.h"
#include "database/Database.h"
#include "database/SqlQuery.h"
#include "domain/AcademicYear.h"
#include "domain/Programme.h"
#include "figures/AttendanceRules.h"

#include <QCoreApplication>

namespace hubreg {

namespace {
constexpr const char *kContext = "hubreg::EngagementReport";
using K = CsvCellKind;

// The order here is the order of the cells rows() makes.
const ColumnSpec kColumns[] = {
    { "hub", QT_TRANSLATE_NOOP("hubreg::EngagementReport", "Hub"), K::Text, true },
    { "academic_year", QT_TRANSLATE_NOOP("hubreg::EngagementReport", "Academic year"), K::Code,
      true },
    { "group", QT_TRANSLATE_NOOP("hubreg::EngagementReport", "Group"), K::Code, true },
    { "phase", QT_TRANSLATE_NOOP("hubreg::EngagementReport", "Phase"), K::Code, true },
    { "programme_code", QT_TRANSLATE_NOOP("hubreg::EngagementReport", "Programme code"), K::Text,
      true },
    { "programme_title", QT_TRANSLATE_NOOP("hubreg::EngagementReport", "Programme"), K::Text,
      true },
    { "schools_in_area", QT_TRANSLATE_NOOP("hubreg::EngagementReport", "Schools in area"),
      K::Number, true },
    { "schools_taking_part", QT_TRANSLATE_NOOP("hubreg::EngagementReport", "Schools taking part"),
      K::Number, true },
    { "schools_engaged", QT_TRANSLATE_NOOP("hubreg::EngagementReport", "Schools engaged"),
      K::Number, true },
    { "engaged_pct", QT_TRANSLATE_NOOP("hubreg::EngagementReport", "Engaged %"), K::Number, true },
    { "goal_pct", QT_TRANSLATE_NOOP("hubreg::EngagementReport", "Goal %"), K::Number, true },
    { "goal_progress_pct", QT_TRANSLATE_NOOP("hubreg::EngagementReport", "Progress to goal %"),
      K::Number, true },
};
constexpr int kColumnCount = int(std::size(kColumns));

// A school's completions for the hub's Work Groups of the year: taking part while enrolled
// and not withdrawn; completed under the one completion rule (rules::completesSql): the Work
// Group is over and the school met its programme's threshold. A school that withdrew neither
// takes part nor completes, as in the engagement figures.
QString completionCtes()
{
    return QStringLiteral(
               ", school_totals AS ("
               "  SELECT work_group_id, school_id, sum(expected) AS expected, sum(attended) AS "
               "attended"
               "  FROM school_sessions GROUP BY work_group_id, school_id),"
               " enrolments AS ("
               "  SELECT w.hub_id, w.programme_id, e.school_id,"
               "   CASE WHEN e.withdrawn_on IS NULL THEN 1 ELSE 0 END AS taking_part,"
               "   CASE WHEN e.withdrawn_on IS NULL AND %1 THEN 1 ELSE 0 END AS completed"
               "  FROM work_group_schools e"
               "  JOIN selected w ON w.id = e.work_group_id"
               "  JOIN programmes pr ON pr.id = w.programme_id"
               "  LEFT JOIN school_totals t ON t.work_group_id = e.work_group_id AND t.school_id = "
               "e.school_id)")
        .arg(rules::completesSql(QStringLiteral("coalesce(t.attended, 0)"),
                                 QStringLiteral("coalesce(t.expected, 0)"),
                                 QStringLiteral("pr.completion_threshold"),
                                 rules::workGroupOverSql(QStringLiteral("w"))));
}

// The schools the strategic goal counts: open, state-funded (GIAS type groups), in the hub's
// local authorities. All-through schools teach both phases, so they count in both.
struct PhaseGroup
{
    const char *name;
    const char *phases; // SQL list of GIAS phase names
    const char *goalSetting;
    int defaultGoal;
};
const PhaseGroup kPhaseGroups[] = {
    { QT_TRANSLATE_NOOP("hubreg::EngagementReport", "Primary"),
      "'Primary', 'Middle deemed primary', 'All-through'", "engagement.goal.primary", 75 },
    { QT_TRANSLATE_NOOP("hubreg::EngagementReport", "Secondary"),
      "'Secondary', 'Middle deemed secondary', 'All-through'", "engagement.goal.secondary", 65 },
};
const QString kStateFunded
    = QStringLiteral("'Academies', 'Free Schools', 'Local authority maintained schools'");
} // namespace

QList<ReportColumn> EngagementReport::columns(const ExportFilter &) const
{
    return columnsFrom(kColumns, kColumnCount, kContext);
}

QList<ExportColumn> EngagementReport::defaultLayout() const
{
    return layoutFrom(kColumns, kColumnCount, kContext);
}

void EngagementReport::rows(const ExportFilter &requested,
                            const std::function<bool(const QList<CsvCell> &)> &row) const
{
    // Engagement is always for one year: the one asked for, else the current one.
    ExportFilter filter = requested;
    if (filter.academicYear.trimmed().isEmpty())
        filter.academicYear = AcademicYear::labelFor(m_db.clock().today());
    auto translated = [](const char *text) { return QCoreApplication::translate(kContext, text); };

    SqlQuery hubs(m_db,
                  QStringLiteral("SELECT id, name FROM hubs WHERE :hub = 0 OR id = :hub "
                                 "ORDER BY name COLLATE NOCASE, id"));
    hubs.bind(QStringLiteral(":hub"), filter.hubId).exec();
    QList<QPair<RecordId, QString>> hubList;
    while (hubs.next())
        hubList << qMakePair(hubs.value(0).toLongLong(), hubs.value(1).toString());

    for (const auto &[hubId, hubName] : hubList) {
        // Each hub's figures come from its own Work Groups only: selecting just those keeps
        // every query to one hub's share (on a national file, 40 times less work per query).
        ExportFilter hubFilter = filter;
        hubFilter.hubId = hubId;
        for (const PhaseGroup &group : kPhaseGroups) {
            SqlQuery query(
                m_db,
                reportsql::withClause() + completionCtes()
                    + QStringLiteral(
                          " , per_school AS (SELECT school_id, max(taking_part) AS taking_part,"
                          "  max(completed) AS completed FROM enrolments WHERE hub_id = :area_hub"
                          "  GROUP BY school_id)"
                          " SELECT count(*) AS in_area, coalesce(sum(c.taking_part), 0) AS "
                          "taking_part, coalesce(sum(c.completed), 0) AS engaged"
                          " FROM schools s LEFT JOIN per_school c ON c.school_id = s.id"
                          " WHERE s.la_code IN (SELECT la_code FROM hub_local_authorities WHERE "
                          "hub_id = :area_hub)"
                          "  AND s.status %1 'Open%' AND s.type_group IN (%2) AND s.phase IN "
                          "(%3)")
                          .arg(m_db.dialect().likeIgnoringCase(), kStateFunded,
                               QLatin1String(group.phases)));
            reportsql::bindFilter(query, hubFilter);
            query.bind(QStringLiteral(":area_hub"), hubId).exec();
            query.next();
            const qint64 inArea = query.value("in_area").toLongLong();
            const qint64 takingPart = query.value("taking_part").toLongLong();
            const qint64 engaged = query.value("engaged").toLongLong();
            const int goal
                = m_db.setting(QLatin1String(group.goalSetting), QString::number(group.defaultGoal))
                      .toInt();
            const QList<CsvCell> cells = {
                CsvCell(hubName),
                reportsql::code(filter.academicYear),
                reportsql::code(translated(QT_TRANSLATE_NOOP("hubreg::EngagementReport", "Phase"))),
                reportsql::code(translated(group.name)),
                CsvCell(),
                CsvCell(),
                CsvCell::number(inArea),
                CsvCell::number(takingPart),
                CsvCell::number(engaged),
                reportsql::percent(engaged, inArea),
                CsvCell::number(goal),
                // The share engaged as a share of the goal: 100 means the goal is met.
                reportsql::percent(engaged * 100, inArea * goal),
            };
            if (!row(cells))
                return;
        }

        SqlQuery programmes(
            m_db,
            reportsql::withClause() + completionCtes()
                + QStringLiteral(
                    " , per_school AS (SELECT programme_id, school_id, max(taking_part) AS "
                    "taking_part,"
                    "  max(completed) AS completed FROM enrolments WHERE hub_id = :area_hub"
                    "  GROUP BY programme_id, school_id)"
                    " SELECT pr.code, pr.title, pr.phase, sum(c.taking_part) AS taking_part,"
                    "  sum(c.completed) AS completing"
                    " FROM per_school c JOIN programmes pr ON pr.id = c.programme_id"
                    " GROUP BY pr.id, pr.code, pr.title, pr.phase"
                    " ORDER BY pr.code COLLATE NOCASE"));
        reportsql::bindFilter(programmes, hubFilter);
        programmes.bind(QStringLiteral(":area_hub"), hubId).exec();
        while (programmes.next()) {
            const qint64 takingPart = programmes.value("taking_part").toLongLong();
            const qint64 completing = programmes.value("completing").toLongLong();
            const QList<CsvCell> cells = {
                CsvCell(hubName),
                reportsql::code(filter.academicYear),
                reportsql::code(
                    translated(QT_TRANSLATE_NOOP("hubreg::EngagementReport", "Programme"))),
                reportsql::code(
                    displayName(phaseFromStorage(programmes.value("phase").toString()))),
                CsvCell(programmes.value("code").toString()),
                CsvCell(programmes.value("title").toString()),
                CsvCell::empty(),
                CsvCell::number(takingPart),
                CsvCell::number(completing),
                reportsql::percent(completing, takingPart),
                CsvCell::empty(),
                CsvCell::empty(),
            };
            if (!row(cells))
                return;
        }
    }
}

} // namespace hubreg
