-- HubRegister schema version 7: every record carries a version, the number of times it has been
-- written. A change made from a form states the version the form was filled from, and is
-- refused when the record has been written since (by another window, another person on the
-- hub's server, or a merged pack), so nobody's edit is overwritten unseen. Additive only: each
-- record already stored starts at version 1. The version is this database's own count: it is
-- not sent in packs, and a copy of the hub keeps it.
ALTER TABLE hubs ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE academic_years ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE half_terms ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE programmes ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE schools ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE school_links ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE people ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE work_groups ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE work_group_schools ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE work_group_participants ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE sessions ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE attendance_marks ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE import_mappings ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE export_templates ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
