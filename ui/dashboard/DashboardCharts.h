#pragma once

#include "engagement/EngagementFigures.h"
#include "engagement/HubActivity.h"

class QChart;

namespace hubreg::ui::charts {

// The dashboard's charts, built from the core's figures; the caller owns the chart returned.

// Per phase: took part, completed this year and engaged over all years, as a share of the
// area's schools, with the goal drawn across each phase.
QChart *engagement(const QList<PhaseEngagement> &phases);
// Engaged-over-all-years share per phase, year by year, with the goals.
QChart *engagementOverYears(const QList<YearEngagement> &years);
QChart *workGroupsByStatus(const QList<StatusCount> &counts);
// Attendance (attended / expected, participants) month by month.
QChart *attendanceByMonth(const QList<MonthAttendance> &months);

} // namespace hubreg::ui::charts
