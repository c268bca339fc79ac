-- HubRegister schema version 9 on PostgreSQL: every committed change is announced to every
-- other HubRegister on the same database (NOTIFY on the channel hubregister_changes), so that
-- their open screens update without a restart. The payload is the kind of record and the ids
-- written, "AttendanceMark 12,13"; past 200 rows in one statement (an import, a merge), only
-- the kind, which a window reads again in full. PostgreSQL delivers a notice only when its
-- transaction commits, and drops one a rollback undoes.
--
-- Statement-level triggers with transition tables: one notice per statement, not per row.
-- PostgreSQL allows a transition table on a trigger of one event only, so each table has
-- three; all three name their rows changed_rows.

CREATE FUNCTION hubregister_notify_rows() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    n bigint;
    ids text;
BEGIN
    SELECT count(*), string_agg(id::text, ',' ORDER BY id) INTO n, ids
        FROM (SELECT id FROM changed_rows LIMIT 201) AS some_rows;
    IF n = 0 THEN
        RETURN NULL;
    END IF;
    PERFORM pg_notify('hubregister_changes',
                      TG_ARGV[0] || CASE WHEN n > 200 THEN '' ELSE ' ' || ids END);
    RETURN NULL;
END;
$$;

CREATE FUNCTION hubregister_notify_kind() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('hubregister_changes', TG_ARGV[0]);
    RETURN NULL;
END;
$$;

CREATE TRIGGER hubs_notify_insert AFTER INSERT ON hubs
    REFERENCING NEW TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION hubregister_notify_rows('Hub');
CREATE TRIGGER hubs_notify_update AFTER UPDATE ON hubs
    REFERENCING NEW TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION hubregister_notify_rows('Hub');
CREATE TRIGGER hubs_notify_delete AFTER DELETE ON hubs
    REFERENCING OLD TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION hubregister_notify_rows('Hub');

CREATE TRIGGER academic_years_notify_insert AFTER INSERT ON academic_years
    REFERENCING NEW TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION hubregister_notify_rows('AcademicYear');
CREATE TRIGGER academic_years_notify_update AFTER UPDATE ON academic_years
    REFERENCING NEW TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION hubregister_notify_rows('AcademicYear');
CREATE TRIGGER academic_years_notify_delete AFTER DELETE ON academic_years
    REFERENCING OLD TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION hubregister_notify_rows('AcademicYear');

CREATE TRIGGER programmes_notify_insert AFTER INSERT ON programmes
    REFERENCING NEW TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION hubregister_notify_rows('Programme');
CREATE TRIGGER programmes_notify_update AFTER UPDATE ON programmes
    REFERENCING NEW TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION hubregister_notify_rows('Programme');
CREATE TRIGGER programmes_notify_delete AFTER DELETE ON programmes
    REFERENCING OLD TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION hubregister_notify_rows('Programme');

CREATE TRIGGER schools_notify_insert AFTER INSERT ON schools
    REFERENCING NEW TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION hubregister_notify_rows('School');
CREATE TRIGGER schools_notify_update AFTER UPDATE ON schools
    REFERENCING NEW TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION hubregister_notify_rows('School');
CREATE TRIGGER schools_notify_delete AFTER DELETE ON schools
    REFERENCING OLD TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION hubregister_notify_rows('School');

CREATE TRIGGER people_notify_insert AFTER INSERT ON people
    REFERENCING NEW TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION hubregister_notify_rows('Person');
CREATE TRIGGER people_notify_update AFTER UPDATE ON people
    REFERENCING NEW TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION hubregister_notify_rows('Person');
CREATE TRIGGER people_notify_delete AFTER DELETE ON people
    REFERENCING OLD TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION hubregister_notify_rows('Person');

CREATE TRIGGER work_groups_notify_insert AFTER INSERT ON work_groups
    REFERENCING NEW TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION hubregister_notify_rows('WorkGroup');
CREATE TRIGGER work_groups_notify_update AFTER UPDATE ON work_groups
    REFERENCING NEW TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION hubregister_notify_rows('WorkGroup');
CREATE TRIGGER work_groups_notify_delete AFTER DELETE ON work_groups
    REFERENCING OLD TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION hubregister_notify_rows('WorkGroup');

CREATE TRIGGER work_group_schools_notify_insert AFTER INSERT ON work_group_schools
    REFERENCING NEW TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION hubregister_notify_rows('SchoolEnrolment');
CREATE TRIGGER work_group_schools_notify_update AFTER UPDATE ON work_group_schools
    REFERENCING NEW TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION hubregister_notify_rows('SchoolEnrolment');
CREATE TRIGGER work_group_schools_notify_delete AFTER DELETE ON work_group_schools
    REFERENCING OLD TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION hubregister_notify_rows('SchoolEnrolment');

CREATE TRIGGER work_group_participants_notify_insert AFTER INSERT ON work_group_participants
    REFERENCING NEW TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION hubregister_notify_rows('ParticipantEnrolment');
CREATE TRIGGER work_group_participants_notify_update AFTER UPDATE ON work_group_participants
    REFERENCING NEW TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION hubregister_notify_rows('ParticipantEnrolment');
CREATE TRIGGER work_group_participants_notify_delete AFTER DELETE ON work_group_participants
    REFERENCING OLD TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION hubregister_notify_rows('ParticipantEnrolment');

CREATE TRIGGER sessions_notify_insert AFTER INSERT ON sessions
    REFERENCING NEW TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION hubregister_notify_rows('Session');
CREATE TRIGGER sessions_notify_update AFTER UPDATE ON sessions
    REFERENCING NEW TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION hubregister_notify_rows('Session');
CREATE TRIGGER sessions_notify_delete AFTER DELETE ON sessions
    REFERENCING OLD TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION hubregister_notify_rows('Session');

CREATE TRIGGER attendance_marks_notify_insert AFTER INSERT ON attendance_marks
    REFERENCING NEW TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION hubregister_notify_rows('AttendanceMark');
CREATE TRIGGER attendance_marks_notify_update AFTER UPDATE ON attendance_marks
    REFERENCING NEW TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION hubregister_notify_rows('AttendanceMark');
CREATE TRIGGER attendance_marks_notify_delete AFTER DELETE ON attendance_marks
    REFERENCING OLD TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION hubregister_notify_rows('AttendanceMark');

-- Tables whose rows are not the records a screen lists: the kind only.
CREATE TRIGGER half_terms_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON half_terms
    FOR EACH STATEMENT EXECUTE FUNCTION hubregister_notify_kind('AcademicYear');
CREATE TRIGGER school_links_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON school_links
    FOR EACH STATEMENT EXECUTE FUNCTION hubregister_notify_kind('SchoolLink');
CREATE TRIGGER hub_local_authorities_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON hub_local_authorities
    FOR EACH STATEMENT EXECUTE FUNCTION hubregister_notify_kind('Hub');
CREATE TRIGGER settings_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON settings
    FOR EACH STATEMENT EXECUTE FUNCTION hubregister_notify_kind('Setting');
CREATE TRIGGER import_mappings_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON import_mappings
    FOR EACH STATEMENT EXECUTE FUNCTION hubregister_notify_kind('Setting');
CREATE TRIGGER export_templates_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON export_templates
    FOR EACH STATEMENT EXECUTE FUNCTION hubregister_notify_kind('Setting');
