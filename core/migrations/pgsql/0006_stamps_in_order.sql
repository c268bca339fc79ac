-- HubRegister schema version 6, on PostgreSQL: a record's change is never stamped before the
-- record existed (see ../0006_stamps_in_order.sql). PostgreSQL's own version for its PL/pgSQL
-- trigger function; a BEFORE trigger sets the stamp as SQLite's AFTER trigger does, with the
-- same names. The times are ISO text, compared byte by byte ("C") as SQLite compares them,
-- whatever the database's collation.

CREATE FUNCTION keep_stamps_in_order() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.updated_at := NEW.created_at;
    RETURN NEW;
END;
$$;

CREATE TRIGGER hubs_stamps_in_order
BEFORE UPDATE OF updated_at ON hubs
FOR EACH ROW WHEN (NEW.updated_at COLLATE "C" < NEW.created_at COLLATE "C")
EXECUTE FUNCTION keep_stamps_in_order();

CREATE TRIGGER academic_years_stamps_in_order
BEFORE UPDATE OF updated_at ON academic_years
FOR EACH ROW WHEN (NEW.updated_at COLLATE "C" < NEW.created_at COLLATE "C")
EXECUTE FUNCTION keep_stamps_in_order();

CREATE TRIGGER half_terms_stamps_in_order
BEFORE UPDATE OF updated_at ON half_terms
FOR EACH ROW WHEN (NEW.updated_at COLLATE "C" < NEW.created_at COLLATE "C")
EXECUTE FUNCTION keep_stamps_in_order();

CREATE TRIGGER programmes_stamps_in_order
BEFORE UPDATE OF updated_at ON programmes
FOR EACH ROW WHEN (NEW.updated_at COLLATE "C" < NEW.created_at COLLATE "C")
EXECUTE FUNCTION keep_stamps_in_order();

CREATE TRIGGER schools_stamps_in_order
BEFORE UPDATE OF updated_at ON schools
FOR EACH ROW WHEN (NEW.updated_at COLLATE "C" < NEW.created_at COLLATE "C")
EXECUTE FUNCTION keep_stamps_in_order();

CREATE TRIGGER school_links_stamps_in_order
BEFORE UPDATE OF updated_at ON school_links
FOR EACH ROW WHEN (NEW.updated_at COLLATE "C" < NEW.created_at COLLATE "C")
EXECUTE FUNCTION keep_stamps_in_order();

CREATE TRIGGER people_stamps_in_order
BEFORE UPDATE OF updated_at ON people
FOR EACH ROW WHEN (NEW.updated_at COLLATE "C" < NEW.created_at COLLATE "C")
EXECUTE FUNCTION keep_stamps_in_order();

CREATE TRIGGER work_groups_stamps_in_order
BEFORE UPDATE OF updated_at ON work_groups
FOR EACH ROW WHEN (NEW.updated_at COLLATE "C" < NEW.created_at COLLATE "C")
EXECUTE FUNCTION keep_stamps_in_order();

CREATE TRIGGER work_group_schools_stamps_in_order
BEFORE UPDATE OF updated_at ON work_group_schools
FOR EACH ROW WHEN (NEW.updated_at COLLATE "C" < NEW.created_at COLLATE "C")
EXECUTE FUNCTION keep_stamps_in_order();

CREATE TRIGGER work_group_participants_stamps_in_order
BEFORE UPDATE OF updated_at ON work_group_participants
FOR EACH ROW WHEN (NEW.updated_at COLLATE "C" < NEW.created_at COLLATE "C")
EXECUTE FUNCTION keep_stamps_in_order();

CREATE TRIGGER sessions_stamps_in_order
BEFORE UPDATE OF updated_at ON sessions
FOR EACH ROW WHEN (NEW.updated_at COLLATE "C" < NEW.created_at COLLATE "C")
EXECUTE FUNCTION keep_stamps_in_order();

CREATE TRIGGER attendance_marks_stamps_in_order
BEFORE UPDATE OF updated_at ON attendance_marks
FOR EACH ROW WHEN (NEW.updated_at COLLATE "C" < NEW.created_at COLLATE "C")
EXECUTE FUNCTION keep_stamps_in_order();

CREATE TRIGGER import_mappings_stamps_in_order
BEFORE UPDATE OF updated_at ON import_mappings
FOR EACH ROW WHEN (NEW.updated_at COLLATE "C" < NEW.created_at COLLATE "C")
EXECUTE FUNCTION keep_stamps_in_order();

CREATE TRIGGER export_templates_stamps_in_order
BEFORE UPDATE OF updated_at ON export_templates
FOR EACH ROW WHEN (NEW.updated_at COLLATE "C" < NEW.created_at COLLATE "C")
EXECUTE FUNCTION keep_stamps_in_order();
