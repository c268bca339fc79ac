#pragma once

#include <QString>

namespace hubreg {
class SqlDialect;
}

namespace hubreg::engagementsql {

// Core-internal SQL for the engagement figures, as common table expressions for a query that
// begins WITH RECURSIVE and binds :hub (a hub id) and :year (an academic year label, "2025/26").
// Every flag column below is an INTEGER 0 or 1 (figures/AttendanceRules.h).
//
// area_schools(id, urn, phase)
//   the hub's area: schools in its local authorities (hub_local_authorities) that GIAS lists as
//   state-funded and open, in the primary or secondary phase. Exactly:
//     status LIKE 'Open%' ("Open", "Open, but proposed to close");
//     type_group not 'Independent schools', 'Other types', 'Welsh schools', 'Universities' or
//       'Online provider' (an empty type group, for a school typed in by hand, counts);
//     phase 'Primary' or 'Middle deemed primary' -> 'primary';
//       'Secondary', 'Middle deemed secondary' or 'All-through' -> 'secondary';
//       any other phase (Nursery, 16 plus, Not applicable: most special schools and PRUs) is
//       outside both goals and left out.
//
// area_history(area_school, school_id)
//   each area school with itself and every school in the register whose history passes to it
//   through GIAS links (rules::historyCte), so a converted academy or a merged school counts once
//   with its predecessors' Work Groups.
//
// outcomes(school_id, year, finished, completed)
//   one row per enrolment of an area_history school in a Work Group of :year or earlier that
//   counts as taking part: the Work Group was not cancelled and the school did not withdraw.
//   Finished: the Work Group is over (rules::workGroupOverSql).
//   Completed: the Work Group is over (status completed, or no session still planned) and the
//   school met the programme's threshold under the counting rules (rules::completesSql).
QString areaCtes(const SqlDialect &dialect);
QString outcomesCtes();

// Per area school: phase, took_part / completed in :year, under_way (in a Work Group of :year or
// earlier that is not over yet), took_part_ever / completed_ever in :year or earlier, and
// last_year (the latest year it took part, or NULL). Needs the CTEs above.
QString perSchoolCte();

} // namespace hubreg::engagementsql
