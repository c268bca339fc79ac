#!/usr/bin/env python3
"""The references for the export benchmarks: each NCETM return's default layout as one query
for the sqlite3 shell, and a check that the shell's file holds what HubRegister wrote.

  reference.py sql REPORT [--year YEAR] [--sessions FILE]   print the query (register: FILE
                                                            holds "number|date" lines from
                                                            `reference.py sql register-sessions`)
  reference.py compare OURS THEIRS                          exit 1 at the first difference

The queries follow core/export/*Report.cpp and figures/AttendanceRules.cpp: the same
selection, the same counting rules, the same rounding, the formula guard of csv/FormulaGuard.cpp
on free-text cells, and the same order. They are the work HubRegister does, in SQL alone.
"""
import csv
import sys

TRIGGERS = "'=', '+', '-', '@', char(9), char(13)"


def guard(expr):
    """csv/FormulaGuard.cpp: text that is apostrophes then a trigger gets one more apostrophe."""
    return (f"(CASE WHEN substr(ltrim({expr}, ''''), 1, 1) IN ({TRIGGERS}) "
            f"THEN '''' || {expr} ELSE {expr} END)")


def percent(part, whole):
    return f"(CASE WHEN ({whole}) > 0 THEN printf('%.1f', 100.0 * ({part}) / ({whole})) ELSE '' END)"


def yes_no(condition):
    return f"(CASE WHEN {condition} THEN 'Y' ELSE 'N' END)"


def with_clause(year=""):
    """reportsql::withClause() with a filter that is empty but for the year."""
    session_filter = "AND h.work_group_id IN (SELECT id FROM selected)"
    return f"""WITH selected AS (
 SELECT w.id, w.hub_id, w.programme_id, w.academic_year_id, w.code, w.title, w.lead_person_id
 FROM work_groups w JOIN academic_years y ON y.id = w.academic_year_id
 WHERE ('{year}' = '' OR y.label = '{year}')),
participant_sessions AS (
 SELECT h.work_group_id, p.id AS participant_id, p.school_id, h.id AS session_id, m.mark,
  CASE WHEN m.mark IS NOT NULL THEN m.mark <> 'N'
   ELSE ((p.joined_on IS NULL OR h.held_on IS NULL OR h.held_on >= p.joined_on)
     AND (p.left_on IS NULL OR h.held_on IS NULL OR h.held_on <= p.left_on)
     AND (e.joined_on IS NULL OR h.held_on IS NULL OR h.held_on >= e.joined_on)
     AND (e.withdrawn_on IS NULL OR h.held_on IS NULL OR h.held_on <= e.withdrawn_on)) END AS expected,
  coalesce(m.mark IN ('P', 'L', 'E', 'S'), 0) AS attended
 FROM sessions h
 JOIN work_group_participants p ON p.work_group_id = h.work_group_id
  AND (h.kind <> 'school_visit' OR h.visit_school_id = p.school_id)
 LEFT JOIN work_group_schools e ON e.work_group_id = p.work_group_id AND e.school_id = p.school_id
 LEFT JOIN attendance_marks m ON m.session_id = h.id AND m.participant_id = p.id
 WHERE h.status = 'held' {session_filter}),
school_sessions AS (
 SELECT h.work_group_id, e.school_id, h.id AS session_id,
  CASE WHEN coalesce(max(ps.attended), 0) = 1 THEN 1
   WHEN count(ps.participant_id) > 0 AND max(ps.expected) = 0 THEN 0
   WHEN h.held_on IS NOT NULL AND ((e.joined_on IS NOT NULL AND h.held_on < e.joined_on)
     OR (e.withdrawn_on IS NOT NULL AND h.held_on > e.withdrawn_on)) THEN 0
   ELSE 1 END AS expected,
  coalesce(max(ps.attended), 0) AS attended
 FROM sessions h
 JOIN work_group_schools e ON e.work_group_id = h.work_group_id
  AND (h.kind <> 'school_visit' OR h.visit_school_id = e.school_id)
 LEFT JOIN participant_sessions ps ON ps.session_id = h.id AND ps.school_id = e.school_id
 WHERE h.status = 'held' {session_filter}
 GROUP BY h.work_group_id, e.school_id, h.id)"""


def participants():
    name = "trim(pe.first_name || ' ' || pe.last_name)"
    lead = "trim(coalesce(ld.first_name, '') || ' ' || coalesce(ld.last_name, ''))"
    return with_clause() + f"""
SELECT {guard('hb.name')} AS "Hub", y.label AS "Academic year", {guard('pr.code')} AS "Programme code",
 {guard('pr.title')} AS "Programme", {guard('w.code')} AS "Work Group", {guard(lead)} AS "Work Group Lead",
 s.urn AS "URN", {guard('s.name')} AS "School", {guard('s.la_name')} AS "Local authority",
 {guard('s.phase')} AS "Phase", {guard(name)} AS "Participant",
 {guard("coalesce(nullif(p.role, ''), pe.role)")} AS "Role", {guard('pe.email')} AS "Email", pe.trn AS "TRN",
 coalesce(sum(ps.expected), 0) AS "Sessions held", coalesce(sum(ps.attended), 0) AS "Sessions attended",
 {percent('coalesce(sum(ps.attended), 0)', 'coalesce(sum(ps.expected), 0)')} AS "Attendance %",
 {yes_no('coalesce(sum(ps.expected), 0) > 0 AND coalesce(sum(ps.attended), 0) * 100 >= pr.completion_threshold * coalesce(sum(ps.expected), 0)')} AS "Completed"
FROM work_group_participants p
JOIN selected w ON w.id = p.work_group_id
JOIN hubs hb ON hb.id = w.hub_id
JOIN academic_years y ON y.id = w.academic_year_id
JOIN programmes pr ON pr.id = w.programme_id
LEFT JOIN people ld ON ld.id = w.lead_person_id
JOIN people pe ON pe.id = p.person_id
JOIN schools s ON s.id = p.school_id
LEFT JOIN participant_sessions ps ON ps.participant_id = p.id
GROUP BY p.id
ORDER BY y.label, w.code COLLATE NOCASE, s.name COLLATE NOCASE,
 pe.last_name COLLATE NOCASE, pe.first_name COLLATE NOCASE, p.id;
"""


def schools():
    leads = ("(SELECT group_concat(name, '; ') FROM (SELECT trim(pe.first_name || ' ' || pe.last_name) AS name"
             " FROM work_group_participants p JOIN people pe ON pe.id = p.person_id"
             " WHERE p.work_group_id = e.work_group_id AND p.school_id = e.school_id AND p.is_lead_participant = 1"
             " ORDER BY pe.last_name COLLATE NOCASE, pe.first_name COLLATE NOCASE))")
    expected = "coalesce(t.expected, 0)"
    attended = "coalesce(t.attended, 0)"
    return with_clause() + f""", school_totals AS (
 SELECT work_group_id, school_id, sum(expected) AS expected, sum(attended) AS attended
 FROM school_sessions GROUP BY work_group_id, school_id)
SELECT {guard('hb.name')} AS "Hub", y.label AS "Academic year", {guard('pr.code')} AS "Programme code",
 {guard('pr.title')} AS "Programme", {guard('w.code')} AS "Work Group", s.urn AS "URN",
 {guard('s.name')} AS "School", {guard('s.la_name')} AS "Local authority", {guard('s.phase')} AS "Phase",
 {expected} AS "Sessions held", {attended} AS "Sessions attended",
 {percent(attended, expected)} AS "Attendance %",
 {yes_no(f'{expected} > 0 AND {attended} * 100 >= pr.completion_threshold * {expected}')} AS "Completed",
 {guard(f"coalesce({leads}, '')")} AS "Lead participant"
FROM work_group_schools e
JOIN selected w ON w.id = e.work_group_id
JOIN hubs hb ON hb.id = w.hub_id
JOIN academic_years y ON y.id = w.academic_year_id
JOIN programmes pr ON pr.id = w.programme_id
JOIN schools s ON s.id = e.school_id
LEFT JOIN school_totals t ON t.work_group_id = e.work_group_id AND t.school_id = e.school_id
ORDER BY y.label, w.code COLLATE NOCASE, s.name COLLATE NOCASE, s.urn;
"""


def sessions():
    minutes = ("(CAST(substr(s.{0}, 1, 2) AS INTEGER) * 60 + CAST(substr(s.{0}, 4, 2) AS INTEGER))")
    duration = (f"(CASE WHEN s.start_time IS NOT NULL AND s.end_time IS NOT NULL "
                f"THEN {minutes.format('end_time')} - {minutes.format('start_time')} ELSE '' END)")
    return with_clause() + f"""
SELECT {guard('w.code')} AS "Work Group", s.number AS "Session", coalesce(s.held_on, '') AS "Date",
 coalesce(s.start_time, '') AS "Start", coalesce(s.end_time, '') AS "End", {duration} AS "Duration (minutes)",
 CASE s.mode WHEN 'online' THEN 'Online' WHEN 'hybrid' THEN 'Hybrid' ELSE 'In person' END AS "Mode",
 {guard('s.venue')} AS "Venue",
 CASE s.status WHEN 'held' THEN 'Held' WHEN 'cancelled' THEN 'Cancelled' ELSE 'Planned' END AS "Status",
 coalesce(sum(ps.expected), 0) AS "Expected", coalesce(sum(ps.attended), 0) AS "Attended",
 coalesce(sum(ps.mark = 'A'), 0) AS "Apologies", coalesce(sum(ps.mark = 'X'), 0) AS "Absent"
FROM sessions s
JOIN selected w ON w.id = s.work_group_id
JOIN academic_years y ON y.id = w.academic_year_id
LEFT JOIN participant_sessions ps ON ps.session_id = s.id
GROUP BY s.id
ORDER BY y.label, w.code COLLATE NOCASE, s.number;
"""


def register_sessions():
    """The register's columns: each session number, with its date when every group held it
    that day (RegisterReport's sessionNumbers)."""
    return ("SELECT number, CASE WHEN count(DISTINCT coalesce(held_on, '')) = 1 "
            "THEN max(coalesce(held_on, '')) ELSE '' END FROM sessions GROUP BY number ORDER BY number;")


def register(numbers):
    columns = []
    for number, date in numbers:
        heading = f"Session {number} {date}".strip()
        columns.append(f"max(CASE WHEN c.number = {number} THEN c.cell END) AS \"{heading}\"")
    session_columns = ",\n ".join(columns)
    return with_clause() + f""", cells AS (
 SELECT p.id AS participant_id, s.number,
  CASE WHEN s.status = 'cancelled' THEN 'C'
   WHEN s.kind = 'school_visit' AND s.visit_school_id <> p.school_id THEN '-'
   ELSE coalesce(m.mark, '') END AS cell
 FROM work_group_participants p
 JOIN selected w ON w.id = p.work_group_id
 JOIN sessions s ON s.work_group_id = p.work_group_id
 LEFT JOIN attendance_marks m ON m.session_id = s.id AND m.participant_id = p.id),
totals AS (
 SELECT p.id AS participant_id, coalesce(sum(ps.attended), 0) AS attended, coalesce(sum(ps.expected), 0) AS expected
 FROM work_group_participants p JOIN selected w ON w.id = p.work_group_id
 LEFT JOIN participant_sessions ps ON ps.participant_id = p.id
 GROUP BY p.id)
SELECT {guard('w.code')} AS "Work Group", s.urn AS "URN", {guard('s.name')} AS "School",
 {guard("trim(pe.first_name || ' ' || pe.last_name)")} AS "Participant",
 {session_columns},
 t.attended AS "Attended", t.expected AS "Expected"
FROM work_group_participants p
JOIN selected w ON w.id = p.work_group_id
JOIN academic_years y ON y.id = w.academic_year_id
JOIN people pe ON pe.id = p.person_id
JOIN schools s ON s.id = p.school_id
JOIN totals t ON t.participant_id = p.id
LEFT JOIN cells c ON c.participant_id = p.id
GROUP BY p.id
ORDER BY y.label, w.code COLLATE NOCASE, s.name COLLATE NOCASE,
 pe.last_name COLLATE NOCASE, pe.first_name COLLATE NOCASE, p.id;
"""


def engagement(year):
    state_funded = "'Academies', 'Free Schools', 'Local authority maintained schools'"
    phases = {
        "Primary": ("'Primary', 'Middle deemed primary', 'All-through'", "engagement.goal.primary", 75),
        "Secondary": ("'Secondary', 'Middle deemed secondary', 'All-through'", "engagement.goal.secondary", 65),
    }
    phase_rows = []
    for order, (name, (names, setting, default)) in enumerate(phases.items()):
        goal = f"CAST(coalesce((SELECT value FROM settings WHERE key = '{setting}'), '{default}') AS INTEGER)"
        phase_rows.append(f"""
 SELECT hb.id AS hub_id, hb.name AS hub, {order} AS part, '' AS sort_code, 'Phase' AS grp, '{name}' AS phase,
  '' AS programme_code, '' AS programme_title, count(s.id) AS in_area,
  coalesce(sum(c.taking_part), 0) AS taking_part, coalesce(sum(c.completed), 0) AS engaged,
  {percent('coalesce(sum(c.completed), 0)', 'count(s.id)')} AS engaged_pct, {goal} AS goal_pct,
  {percent(f'coalesce(sum(c.completed), 0) * 100', f'count(s.id) * {goal}')} AS progress_pct
 FROM hubs hb
 LEFT JOIN schools s ON s.la_code IN (SELECT la_code FROM hub_local_authorities a WHERE a.hub_id = hb.id)
  AND s.status LIKE 'Open%' AND s.type_group IN ({state_funded}) AND s.phase IN ({names})
 LEFT JOIN per_school c ON c.hub_id = hb.id AND c.school_id = s.id
 GROUP BY hb.id""")
    programme_phase = ("CASE pr.phase WHEN 'early-years' THEN 'Early years' WHEN 'cross-phase' THEN 'Cross-phase' "
                       "WHEN 'secondary' THEN 'Secondary' WHEN 'post-16' THEN 'Post-16' ELSE 'Primary' END")
    return with_clause(year) + f""", school_totals AS (
 SELECT work_group_id, school_id, sum(expected) AS expected, sum(attended) AS attended
 FROM school_sessions GROUP BY work_group_id, school_id),
enrolments AS (
 SELECT w.hub_id, w.programme_id, e.school_id, e.withdrawn_on IS NULL AS taking_part,
  coalesce(t.expected, 0) > 0 AND coalesce(t.attended, 0) * 100
   >= pr.completion_threshold * coalesce(t.expected, 0) AS completed
 FROM work_group_schools e
 JOIN selected w ON w.id = e.work_group_id
 JOIN programmes pr ON pr.id = w.programme_id
 LEFT JOIN school_totals t ON t.work_group_id = e.work_group_id AND t.school_id = e.school_id),
per_school AS (
 SELECT hub_id, school_id, max(taking_part) AS taking_part, max(completed) AS completed
 FROM enrolments GROUP BY hub_id, school_id),
per_programme AS (
 SELECT hub_id, programme_id, school_id, max(taking_part) AS taking_part, max(completed) AS completed
 FROM enrolments GROUP BY hub_id, programme_id, school_id),
hub_rows AS ({" UNION ALL".join(phase_rows)}
 UNION ALL
 SELECT hb.id, hb.name, 2, pr.code, 'Programme', {programme_phase}, pr.code, pr.title, '',
  sum(c.taking_part), sum(c.completed), {percent('sum(c.completed)', 'sum(c.taking_part)')}, '', ''
 FROM per_programme c JOIN hubs hb ON hb.id = c.hub_id JOIN programmes pr ON pr.id = c.programme_id
 GROUP BY hb.id, pr.id)
SELECT {guard('hub')} AS "Hub", '{year}' AS "Academic year", grp AS "Group", phase AS "Phase",
 {guard('programme_code')} AS "Programme code", {guard('programme_title')} AS "Programme",
 in_area AS "Schools in area", taking_part AS "Schools taking part", engaged AS "Schools engaged",
 engaged_pct AS "Engaged %", goal_pct AS "Goal %", progress_pct AS "Progress to goal %"
FROM hub_rows
ORDER BY hub COLLATE NOCASE, hub_id, part, sort_code COLLATE NOCASE;
"""


def compare(ours_path, theirs_path):
    with open(ours_path, encoding="utf-8-sig", newline="") as ours_file, \
            open(theirs_path, encoding="utf-8-sig", newline="") as theirs_file:
        ours = csv.reader(ours_file)
        theirs = csv.reader(theirs_file)
        line = 0
        for mine, reference in zip(ours, theirs):
            line += 1
            if mine != reference:
                print(f"line {line} differs:\n  hubregister: {mine}\n  sqlite3:     {reference}", file=sys.stderr)
                return 1
        rest_ours = sum(1 for _ in ours)
        rest_theirs = sum(1 for _ in theirs)
        if rest_ours or rest_theirs:
            print(f"after {line} lines: {rest_ours} more rows from hubregister, {rest_theirs} more from sqlite3",
                  file=sys.stderr)
            return 1
    return 0


def main(argv):
    if len(argv) >= 3 and argv[0] == "compare":
        return compare(argv[1], argv[2])
    if len(argv) < 2 or argv[0] != "sql":
        print(__doc__, file=sys.stderr)
        return 64
    report = argv[1]
    options = dict(zip(argv[2::2], argv[3::2]))
    if report == "participants":
        print(participants())
    elif report == "schools":
        print(schools())
    elif report == "sessions":
        print(sessions())
    elif report == "register-sessions":
        print(register_sessions())
    elif report == "register":
        with open(options["--sessions"], encoding="utf-8") as listing:
            numbers = [line.rstrip("\n").split("|") for line in listing if line.strip()]
        print(register([(int(n), d) for n, d in numbers]))
    elif report == "engagement":
        print(engagement(options["--year"]))
    else:
        print(f"unknown report {report}", file=sys.stderr)
        return 64
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
