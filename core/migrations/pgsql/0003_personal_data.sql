-- HubRegister schema version 3, on PostgreSQL: personal data kept as UK GDPR expects
-- (docs/personal-data.md). Additive: two columns, and one trigger narrowed so that an erasure
-- can clear the notes of marks in cancelled sessions.
-- PostgreSQL's own version of ../0003_personal_data.sql: its DROP TRIGGER names the table, and
-- the narrowed trigger calls the check function of pgsql/0001_initial.sql.

-- When the person's personal data was erased; NULL while they are a named person. An erased
-- person's record stays, named "Erased participant N", so that their places in Work Groups and
-- their attendance marks still count for their school; it holds no personal data, and cannot be
-- given any again.
ALTER TABLE people ADD COLUMN erased_at TEXT
    CHECK (erased_at IS NULL
           OR (first_name = '' AND email = '' AND phone = '' AND trn = '' AND role = ''
               AND year_group = '' AND notes = ''));
CREATE INDEX people_erased ON people (erased_at) WHERE erased_at IS NOT NULL;

-- How many years after an academic year ends the hub keeps the personal data of the people in
-- that year's Work Groups; then a purge anonymises them as an erasure does.
ALTER TABLE hubs ADD COLUMN retention_years INTEGER NOT NULL DEFAULT 6
    CHECK (retention_years BETWEEN 1 AND 50);

-- A cancelled session takes no marks, and the marks it has keep their codes; their personal text
-- (a note, a substitute's name) can still be cleared by an erasure.
DROP TRIGGER attendance_marks_not_cancelled_update ON attendance_marks;
CREATE TRIGGER attendance_marks_not_cancelled_update
BEFORE UPDATE OF session_id, participant_id, mark ON attendance_marks
FOR EACH ROW EXECUTE FUNCTION attendance_marks_not_cancelled();
