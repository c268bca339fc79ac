#pragma once

#include <QString>

namespace hubreg::rules {

// docs/domain.md's counting rules as SQL, written once so every figure, list and export counts
// the same way, in SQL that SQLite and PostgreSQL both run. Two kinds of expression come from
// here, and they do not mix: a *flag* is an INTEGER 0 or 1 (sum it, select it, compare it with
// 0); a *condition* is a truth value (use it in WHERE, CASE WHEN, AND/OR; flagSql() turns it
// into a flag). PostgreSQL neither sums a condition nor takes a flag for a condition.
//
// The common table expressions: `sessionFilter` is an extra condition on the sessions table
// aliased `h` (for example "AND h.work_group_id = :wg"), or empty. Their expected and attended
// columns are flags.
//
// participant_sessions(work_group_id, participant_id, school_id, session_id, mark, expected,
// attended)
//   one row per participant per held session that concerns them (a school visit concerns the
//   visited school only). Expected: any mark but N; with no mark, expected while the
//   participant was in the group (between joined_on and left_on) and their school was too
//   (between its joined_on and withdrawn_on). Attended: P, L, E or S.
//
// school_sessions(work_group_id, school_id, session_id, expected, attended)
//   attended when at least one of the school's participants attended; not expected when every
//   participant of the school was not expected, or, with nobody attending, when the session fell
//   outside the school's enrolment.
//
// Cancelled and planned sessions appear in neither.
QString participantSessionsCte(const QString &sessionFilter = {});
QString schoolSessionsCte(const QString &sessionFilter = {});

// The threshold: at least one held session expected, and attended * 100 >= threshold * expected
// with the programme's threshold in percent, so exactly at the threshold meets it. A school or
// participant meeting it while the Work Group still runs is on track, not yet completed.
bool meetsThreshold(int attended, int expected, int thresholdPercent);
// The condition over three integer expressions (never NULL).
QString meetsThresholdSql(const QString &attended, const QString &expected,
                          const QString &threshold);

// Whether a Work Group is over, as a condition over the work_groups row aliased `workGroup` (any
// table with its id and status): its status is completed, or it was not cancelled and none of
// its sessions is still planned. A cancelled Work Group is never over.
QString workGroupOverSql(const QString &workGroup);

// Completion (docs/eligibility-and-engagement.md): the Work Group is over and the threshold is
// met. The one rule every figure, list, return and the engagement figures apply. The SQL is a
// condition; `workGroupOver` is a condition too (workGroupOverSql(), or "c.finished <> 0" for a
// flag column), the other three integer expressions.
bool completes(int attended, int expected, int thresholdPercent, bool workGroupOver);
QString completesSql(const QString &attended, const QString &expected, const QString &threshold,
                     const QString &workGroupOver);

// A condition as a flag: 1 where it holds, 0 where it does not (or is NULL).
QString flagSql(const QString &condition);

} // namespace hubreg::rules
