-- HubRegister schema version 11: indexes for the Work Groups list's first screen. The list
-- shows the current year's Work Groups in order of code, a page at a time, each with its
-- schools, participants and sessions counted. Without these, a national year's 3,000 Work
-- Groups were each read from the table and sorted to find the first page, and each count read
-- every enrolment or session of its Work Group from the table for one column.
-- work_groups_year_code gives a year's Work Groups in the list's order (codes are unique, so the
-- id that would break a tie never has to), so a page is read in order and no further; it serves
-- every lookup by year that the index it replaces did. The other three also hold the column
-- each count tests, so a count reads the index alone. No record changes.

CREATE INDEX work_groups_year_code ON work_groups (academic_year_id, code COLLATE NOCASE);
DROP INDEX work_groups_year;
CREATE INDEX work_group_schools_current ON work_group_schools (work_group_id, withdrawn_on);
CREATE INDEX work_group_participants_current ON work_group_participants (work_group_id, left_on);
CREATE INDEX sessions_work_group_status ON sessions (work_group_id, status);
