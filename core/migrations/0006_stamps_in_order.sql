-- HubRegister schema version 6: a record's change is never stamped before the record existed.
-- A clock put back (a wrong date corrected, a machine whose clock battery died) would stamp
-- updated_at before created_at; the stamp becomes created_at instead, whichever store, import
-- or exchange wrote it. Until version 5 each program made these triggers as temporary ones
-- when it opened the file; in the schema, a server's hub keeps the same rule
-- (pgsql/0006_stamps_in_order.sql). A table added later with id, created_at and updated_at
-- gets its trigger in its own migration. Additive only: no record changes.

CREATE TRIGGER hubs_stamps_in_order
AFTER UPDATE OF updated_at ON hubs
WHEN NEW.updated_at < NEW.created_at
BEGIN
    UPDATE hubs SET updated_at = NEW.created_at WHERE id = NEW.id;
END;

CREATE TRIGGER academic_years_stamps_in_order
AFTER UPDATE OF updated_at ON academic_years
WHEN NEW.updated_at < NEW.created_at
BEGIN
    UPDATE academic_years SET updated_at = NEW.created_at WHERE id = NEW.id;
END;

CREATE TRIGGER half_terms_stamps_in_order
AFTER UPDATE OF updated_at ON half_terms
WHEN NEW.updated_at < NEW.created_at
BEGIN
    UPDATE half_terms SET updated_at = NEW.created_at WHERE id = NEW.id;
END;

CREATE TRIGGER programmes_stamps_in_order
AFTER UPDATE OF updated_at ON programmes
WHEN NEW.updated_at < NEW.created_at
BEGIN
    UPDATE programmes SET updated_at = NEW.created_at WHERE id = NEW.id;
END;

CREATE TRIGGER schools_stamps_in_order
AFTER UPDATE OF updated_at ON schools
WHEN NEW.updated_at < NEW.created_at
BEGIN
    UPDATE schools SET updated_at = NEW.created_at WHERE id = NEW.id;
END;

CREATE TRIGGER school_links_stamps_in_order
AFTER UPDATE OF updated_at ON school_links
WHEN NEW.updated_at < NEW.created_at
BEGIN
    UPDATE school_links SET updated_at = NEW.created_at WHERE id = NEW.id;
END;

CREATE TRIGGER people_stamps_in_order
AFTER UPDATE OF updated_at ON people
WHEN NEW.updated_at < NEW.created_at
BEGIN
    UPDATE people SET updated_at = NEW.created_at WHERE id = NEW.id;
END;

CREATE TRIGGER work_groups_stamps_in_order
AFTER UPDATE OF updated_at ON work_groups
WHEN NEW.updated_at < NEW.created_at
BEGIN
    UPDATE work_groups SET updated_at = NEW.created_at WHERE id = NEW.id;
END;

CREATE TRIGGER work_group_schools_stamps_in_order
AFTER UPDATE OF updated_at ON work_group_schools
WHEN NEW.updated_at < NEW.created_at
BEGIN
    UPDATE work_group_schools SET updated_at = NEW.created_at WHERE id = NEW.id;
END;

CREATE TRIGGER work_group_participants_stamps_in_order
AFTER UPDATE OF updated_at ON work_group_participants
WHEN NEW.updated_at < NEW.created_at
BEGIN
    UPDATE work_group_participants SET updated_at = NEW.created_at WHERE id = NEW.id;
END;

CREATE TRIGGER sessions_stamps_in_order
AFTER UPDATE OF updated_at ON sessions
WHEN NEW.updated_at < NEW.created_at
BEGIN
    UPDATE sessions SET updated_at = NEW.created_at WHERE id = NEW.id;
END;

CREATE TRIGGER attendance_marks_stamps_in_order
AFTER UPDATE OF updated_at ON attendance_marks
WHEN NEW.updated_at < NEW.created_at
BEGIN
    UPDATE attendance_marks SET updated_at = NEW.created_at WHERE id = NEW.id;
END;

CREATE TRIGGER import_mappings_stamps_in_order
AFTER UPDATE OF updated_at ON import_mappings
WHEN NEW.updated_at < NEW.created_at
BEGIN
    UPDATE import_mappings SET updated_at = NEW.created_at WHERE id = NEW.id;
END;

CREATE TRIGGER export_templates_stamps_in_order
AFTER UPDATE OF updated_at ON export_templates
WHEN NEW.updated_at < NEW.created_at
BEGIN
    UPDATE export_templates SET updated_at = NEW.created_at WHERE id = NEW.id;
END;
