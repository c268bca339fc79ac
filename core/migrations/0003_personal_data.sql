-- HubRegister schema version 3: personal data kept as UK GDPR expects (docs/personal-data.md).
-- Additive: two columns, and one trigger narrowed so that an erasure can clear the notes of
-- marks in cancelled sessions.

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
DROP TRIGGER attendance_marks_not_cancelled_update;
CREATE TRIGGER attendance_marks_not_cancelled_update
BEFORE UPDATE OF session_id, participant_id, mark ON attendance_marks
WHEN (SELECT status FROM sessions WHERE id = NEW.session_id) = 'cancelled'
BEGIN
    SELECT RAISE(ABORT, 'A cancelled session takes no attendance marks.');
END;
