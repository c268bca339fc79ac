-- HubRegister schema version 8, on PostgreSQL: who may do what, enforced by the server itself, so
-- that a login sees and changes no more with psql than in the window (docs/postgresql.md, Roles).
-- The file's ../0008_roles.sql changes nothing: a file is one person's.
--
-- Three group roles per hub database, named after it when they are made (roles are the whole
-- cluster's, and one server may hold several hubs): NAME_admin (everything), NAME_lead (their
-- own Work Groups: read them, take their registers, add participants; nobody else's
-- participants) and NAME_reader (reads everything but the exchange's keys, for reports). A
-- login is a member of one of them and has a row in hub_access.hub_users, which the row-level
-- policies read through current_user: a group role alone shows nothing, so a login mapped in one
-- hub sees nothing in a copy of it that does not map it too. The database's owner (who runs the
-- migrations and the tests) is bound by none of it: owners pass row-level security.
-- Everything of this version but the hub's tables' policies lives in the schema hub_access, so
-- the hub's own tables stay the same as the file's.

-- The functions below look the hub's tables up in the schema they are in now, and nowhere else.
SELECT set_config('search_path', format('%I, pg_temp', current_schema()), true);

CREATE SCHEMA hub_access;

-- The names of this hub's group roles, as made.
CREATE TABLE hub_access.group_roles (
    role TEXT PRIMARY KEY CHECK (role IN ('admin', 'lead', 'reader')),
    name TEXT NOT NULL UNIQUE
);

-- Who each login of this hub is: their role, and for a Lead the person they are (the Lead of a
-- Work Group is work_groups.lead_person_id). Removing the person removes the mapping, and with
-- it everything the login could see.
CREATE TABLE hub_access.hub_users (
    login      TEXT PRIMARY KEY,
    role       TEXT NOT NULL CHECK (role IN ('admin', 'lead', 'reader')),
    person_id  BIGINT REFERENCES people (id) ON DELETE CASCADE,
    created_at TEXT NOT NULL,
    CHECK (role <> 'lead' OR person_id IS NOT NULL)
);

-- The policies' look-ups. They run as the owner (SECURITY DEFINER), so that a policy can ask
-- about rows the login cannot see without the policies calling each other; each takes the login
-- from the policy, as current_user inside them is the owner. They answer yes or no, or a role,
-- never a row's data.
CREATE FUNCTION hub_access.role_of(for_login TEXT) RETURNS TEXT
LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$
    SELECT u.role FROM hub_access.hub_users u WHERE u.login = $1
$$;

CREATE FUNCTION hub_access.leads_work_group(work_group BIGINT, for_login TEXT) RETURNS BOOLEAN
LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$
    SELECT EXISTS (SELECT 1
                   FROM work_groups g
                   JOIN hub_access.hub_users u ON u.person_id = g.lead_person_id
                   WHERE g.id = $1 AND u.login = $2 AND u.role = 'lead')
$$;

CREATE FUNCTION hub_access.leads_session(session BIGINT, for_login TEXT) RETURNS BOOLEAN
LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$
    SELECT hub_access.leads_work_group((SELECT s.work_group_id FROM sessions s WHERE s.id = $1), $2)
$$;

-- A Lead sees themselves, the participants of their own Work Groups, and people nobody else
-- has: neither in another Lead's Work Group (one with no Lead counts as another's) nor a Lead
-- of one. So a Lead can find a new colleague to add, and never another Lead's participants.
CREATE FUNCTION hub_access.lead_may_see_person(person BIGINT, for_login TEXT) RETURNS BOOLEAN
LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$
    WITH me AS (SELECT u.person_id FROM hub_access.hub_users u
                WHERE u.login = $2 AND u.role = 'lead')
    SELECT EXISTS (SELECT 1 FROM me WHERE me.person_id = $1)
        OR EXISTS (SELECT 1
                   FROM work_group_participants p
                   JOIN work_groups g ON g.id = p.work_group_id
                   JOIN me ON me.person_id = g.lead_person_id
                   WHERE p.person_id = $1)
        OR (EXISTS (SELECT 1 FROM me)
            AND NOT EXISTS (SELECT 1
                            FROM work_group_participants p
                            JOIN work_groups g ON g.id = p.work_group_id
                            WHERE p.person_id = $1
                              AND g.lead_person_id IS DISTINCT FROM (SELECT person_id FROM me))
            AND NOT EXISTS (SELECT 1 FROM work_groups g
                            WHERE g.lead_person_id = $1
                              AND g.lead_person_id IS DISTINCT FROM (SELECT person_id FROM me)))
$$;

-- Makes the group roles (once, named after the database) and grants them what each may do;
-- safe to run again. The migration runs it when its user may make roles; otherwise the first
-- `hubregister user add` does, run by the owner with the right to make roles.
CREATE FUNCTION hub_access.set_up_roles() RETURNS VOID
LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
DECLARE
    hub_schema TEXT := current_schema();
    -- Role names are at most 63 bytes: the database's name is cut to leave room for the suffix.
    stem TEXT := left(current_database(), 50);
    group_role RECORD;
    readable TEXT[] := ARRAY['settings', 'tombstones', 'hubs', 'hub_local_authorities',
                             'academic_years', 'half_terms', 'programmes', 'schools',
                             'school_links', 'people', 'work_groups', 'work_group_schools',
                             'work_group_participants', 'sessions', 'attendance_marks',
                             'import_mappings', 'export_templates', 'hubregister_schema'];
    admin_role TEXT;
    lead_role TEXT;
    reader_role TEXT;
    tbl TEXT;
BEGIN
    INSERT INTO hub_access.group_roles (role, name)
    VALUES ('admin', stem || '_admin'), ('lead', stem || '_lead'), ('reader', stem || '_reader')
    ON CONFLICT (role) DO NOTHING;
    FOR group_role IN SELECT name FROM hub_access.group_roles LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = group_role.name) THEN
            EXECUTE format('CREATE ROLE %I NOLOGIN', group_role.name);
        END IF;
        EXECUTE format('GRANT CONNECT ON DATABASE %I TO %I', current_database(), group_role.name);
        EXECUTE format('GRANT USAGE ON SCHEMA %I, hub_access TO %I', hub_schema, group_role.name);
        EXECUTE format('GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA hub_access TO %I',
                       group_role.name);
    END LOOP;
    SELECT name INTO admin_role FROM hub_access.group_roles WHERE role = 'admin';
    SELECT name INTO lead_role FROM hub_access.group_roles WHERE role = 'lead';
    SELECT name INTO reader_role FROM hub_access.group_roles WHERE role = 'reader';

    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %I TO %I',
                   hub_schema, admin_role);
    EXECUTE format('REVOKE INSERT, UPDATE, DELETE ON hubregister_schema FROM %I', admin_role);
    EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %I TO %I', hub_schema,
                   admin_role);
    EXECUTE format('GRANT SELECT ON hub_access.hub_users, hub_access.group_roles TO %I',
                   admin_role);

    FOREACH tbl IN ARRAY readable LOOP
        EXECUTE format('GRANT SELECT ON %I TO %I, %I', tbl, lead_role, reader_role);
    END LOOP;
    -- A Lead takes registers (a mark removed leaves a tombstone), records a session held,
    -- enrols schools and adds participants, new people among them.
    EXECUTE format('GRANT INSERT, UPDATE ON tombstones TO %I', lead_role);
    EXECUTE format('GRANT INSERT, UPDATE, DELETE ON attendance_marks TO %I', lead_role);
    EXECUTE format('GRANT UPDATE ON sessions TO %I', lead_role);
    -- A Lead's first register starts their Work Group (WorkGroupStore::startOnceHeld), and
    -- undoing it puts it back: its status, and nothing else of it.
    EXECUTE format('GRANT UPDATE (status, updated_at, version) ON work_groups TO %I', lead_role);
    EXECUTE format('GRANT INSERT ON work_group_schools TO %I', lead_role);
    EXECUTE format('GRANT INSERT, UPDATE ON work_group_participants, people TO %I', lead_role);
    EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %I TO %I', hub_schema,
                   lead_role);
END;
$$;

REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA hub_access FROM PUBLIC;

-- Row-level security on the tables that say whose a record is. Without a mapping in hub_users
-- a login passes none of these policies. The role is asked as a subquery, (SELECT ...), which
-- the server answers once per query rather than once per row of a national hub's tables.
ALTER TABLE people ENABLE ROW LEVEL SECURITY;
ALTER TABLE work_groups ENABLE ROW LEVEL SECURITY;
ALTER TABLE work_group_schools ENABLE ROW LEVEL SECURITY;
ALTER TABLE work_group_participants ENABLE ROW LEVEL SECURITY;
ALTER TABLE sessions ENABLE ROW LEVEL SECURITY;
ALTER TABLE attendance_marks ENABLE ROW LEVEL SECURITY;

CREATE POLICY people_admin ON people FOR ALL
    USING ((SELECT hub_access.role_of(current_user)) = 'admin')
    WITH CHECK ((SELECT hub_access.role_of(current_user)) = 'admin');
CREATE POLICY people_reader ON people FOR SELECT
    USING ((SELECT hub_access.role_of(current_user)) = 'reader');
CREATE POLICY people_lead_read ON people FOR SELECT
    USING (hub_access.lead_may_see_person(id, current_user));
CREATE POLICY people_lead_add ON people FOR INSERT
    WITH CHECK ((SELECT hub_access.role_of(current_user)) = 'lead');
CREATE POLICY people_lead_change ON people FOR UPDATE
    USING (hub_access.lead_may_see_person(id, current_user))
    WITH CHECK (hub_access.lead_may_see_person(id, current_user));

CREATE POLICY work_groups_admin ON work_groups FOR ALL
    USING ((SELECT hub_access.role_of(current_user)) = 'admin')
    WITH CHECK ((SELECT hub_access.role_of(current_user)) = 'admin');
CREATE POLICY work_groups_reader ON work_groups FOR SELECT
    USING ((SELECT hub_access.role_of(current_user)) = 'reader');
CREATE POLICY work_groups_lead_read ON work_groups FOR SELECT
    USING (hub_access.leads_work_group(id, current_user));
CREATE POLICY work_groups_lead_start ON work_groups FOR UPDATE
    USING (hub_access.leads_work_group(id, current_user))
    WITH CHECK (hub_access.leads_work_group(id, current_user));

CREATE POLICY work_group_schools_admin ON work_group_schools FOR ALL
    USING ((SELECT hub_access.role_of(current_user)) = 'admin')
    WITH CHECK ((SELECT hub_access.role_of(current_user)) = 'admin');
CREATE POLICY work_group_schools_reader ON work_group_schools FOR SELECT
    USING ((SELECT hub_access.role_of(current_user)) = 'reader');
CREATE POLICY work_group_schools_lead_read ON work_group_schools FOR SELECT
    USING (hub_access.leads_work_group(work_group_id, current_user));
CREATE POLICY work_group_schools_lead_enrol ON work_group_schools FOR INSERT
    WITH CHECK (hub_access.leads_work_group(work_group_id, current_user));

CREATE POLICY work_group_participants_admin ON work_group_participants FOR ALL
    USING ((SELECT hub_access.role_of(current_user)) = 'admin')
    WITH CHECK ((SELECT hub_access.role_of(current_user)) = 'admin');
CREATE POLICY work_group_participants_reader ON work_group_participants FOR SELECT
    USING ((SELECT hub_access.role_of(current_user)) = 'reader');
CREATE POLICY work_group_participants_lead_read ON work_group_participants FOR SELECT
    USING (hub_access.leads_work_group(work_group_id, current_user));
CREATE POLICY work_group_participants_lead_add ON work_group_participants FOR INSERT
    WITH CHECK (hub_access.leads_work_group(work_group_id, current_user));
CREATE POLICY work_group_participants_lead_change ON work_group_participants FOR UPDATE
    USING (hub_access.leads_work_group(work_group_id, current_user))
    WITH CHECK (hub_access.leads_work_group(work_group_id, current_user));

CREATE POLICY sessions_admin ON sessions FOR ALL
    USING ((SELECT hub_access.role_of(current_user)) = 'admin')
    WITH CHECK ((SELECT hub_access.role_of(current_user)) = 'admin');
CREATE POLICY sessions_reader ON sessions FOR SELECT
    USING ((SELECT hub_access.role_of(current_user)) = 'reader');
CREATE POLICY sessions_lead_read ON sessions FOR SELECT
    USING (hub_access.leads_work_group(work_group_id, current_user));
CREATE POLICY sessions_lead_change ON sessions FOR UPDATE
    USING (hub_access.leads_work_group(work_group_id, current_user))
    WITH CHECK (hub_access.leads_work_group(work_group_id, current_user));

CREATE POLICY attendance_marks_admin ON attendance_marks FOR ALL
    USING ((SELECT hub_access.role_of(current_user)) = 'admin')
    WITH CHECK ((SELECT hub_access.role_of(current_user)) = 'admin');
CREATE POLICY attendance_marks_reader ON attendance_marks FOR SELECT
    USING ((SELECT hub_access.role_of(current_user)) = 'reader');
CREATE POLICY attendance_marks_lead ON attendance_marks FOR ALL
    USING (hub_access.leads_session(session_id, current_user))
    WITH CHECK (hub_access.leads_session(session_id, current_user));

-- The roles are made now where this migration's user may make them and grant on the tables;
-- where it may not, the hub opens as before and the roles wait for the first user added.
DO $$
BEGIN
    PERFORM hub_access.set_up_roles();
EXCEPTION WHEN insufficient_privilege THEN
    NULL;
END;
$$;
