-- HubRegister schema version 1.
-- Every record has a stable uuid (for merging offline copies later) and created/updated
-- timestamps (ISO 8601, UTC); deleting a record leaves a tombstone with its uuid only.
-- Domain dates are ISO dates ('2024-11-05') and times are local wall-clock 'HH:MM'.

PRAGMA application_id = 1213547090;

CREATE TABLE settings (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE tombstones (
    entity     TEXT NOT NULL,
    uuid       TEXT NOT NULL,
    deleted_at TEXT NOT NULL,
    PRIMARY KEY (entity, uuid)
) WITHOUT ROWID;

CREATE TABLE hubs (
    id            INTEGER PRIMARY KEY,
    uuid          TEXT NOT NULL UNIQUE,
    name          TEXT NOT NULL CHECK (length(trim(name)) > 0),
    contact_name  TEXT NOT NULL DEFAULT '',
    contact_email TEXT NOT NULL DEFAULT '',
    phone         TEXT NOT NULL DEFAULT '',
    website       TEXT NOT NULL DEFAULT '',
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL
);
CREATE UNIQUE INDEX hubs_name ON hubs (name COLLATE NOCASE);

-- The local authorities a hub serves: its area for engagement figures.
CREATE TABLE hub_local_authorities (
    hub_id  INTEGER NOT NULL REFERENCES hubs (id) ON DELETE CASCADE,
    la_code TEXT NOT NULL,
    PRIMARY KEY (hub_id, la_code)
) WITHOUT ROWID;

CREATE TABLE academic_years (
    id         INTEGER PRIMARY KEY,
    uuid       TEXT NOT NULL UNIQUE,
    label      TEXT NOT NULL UNIQUE CHECK (label GLOB '[0-9][0-9][0-9][0-9]/[0-9][0-9]'),
    start_date TEXT NOT NULL,
    end_date   TEXT NOT NULL CHECK (end_date > start_date),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE half_terms (
    id               INTEGER PRIMARY KEY,
    uuid             TEXT NOT NULL UNIQUE,
    academic_year_id INTEGER NOT NULL REFERENCES academic_years (id) ON DELETE CASCADE,
    term             INTEGER NOT NULL CHECK (term BETWEEN 1 AND 6),
    start_date       TEXT NOT NULL,
    end_date         TEXT NOT NULL CHECK (end_date >= start_date),
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    UNIQUE (academic_year_id, term)
);

CREATE TABLE programmes (
    id                      INTEGER PRIMARY KEY,
    uuid                    TEXT NOT NULL UNIQUE,
    code                    TEXT NOT NULL CHECK (length(trim(code)) > 0),
    title                   TEXT NOT NULL CHECK (length(trim(title)) > 0),
    phase                   TEXT NOT NULL CHECK (phase IN ('early-years', 'primary', 'cross-phase',
                                                           'secondary', 'post-16')),
    strand                  TEXT NOT NULL DEFAULT '',
    description             TEXT NOT NULL DEFAULT '',
    default_sessions        INTEGER NOT NULL DEFAULT 6 CHECK (default_sessions BETWEEN 0 AND 100),
    participants_per_school INTEGER NOT NULL DEFAULT 2 CHECK (participants_per_school BETWEEN 0 AND 50),
    participant_guidance    TEXT NOT NULL DEFAULT '',
    roles_expected          TEXT NOT NULL DEFAULT '',
    -- Share of held sessions a school must attend to complete, in percent.
    completion_threshold    INTEGER NOT NULL DEFAULT 75 CHECK (completion_threshold BETWEEN 1 AND 100),
    -- Eligibility rule as JSON (see core/domain/EligibilityRule.h); '' when anyone may join.
    prerequisites           TEXT NOT NULL DEFAULT '',
    active                  INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at              TEXT NOT NULL,
    updated_at              TEXT NOT NULL
);
CREATE UNIQUE INDEX programmes_code ON programmes (code COLLATE NOCASE);

CREATE TABLE schools (
    id                     INTEGER PRIMARY KEY,
    uuid                   TEXT NOT NULL UNIQUE,
    urn                    INTEGER NOT NULL UNIQUE CHECK (urn BETWEEN 100000 AND 999999),
    name                   TEXT NOT NULL CHECK (length(trim(name)) > 0),
    la_code                TEXT NOT NULL DEFAULT '',
    la_name                TEXT NOT NULL DEFAULT '',
    establishment_type     TEXT NOT NULL DEFAULT '',
    type_group             TEXT NOT NULL DEFAULT '',
    phase                  TEXT NOT NULL DEFAULT '',
    status                 TEXT NOT NULL DEFAULT 'Open',
    street                 TEXT NOT NULL DEFAULT '',
    locality               TEXT NOT NULL DEFAULT '',
    address3               TEXT NOT NULL DEFAULT '',
    town                   TEXT NOT NULL DEFAULT '',
    county                 TEXT NOT NULL DEFAULT '',
    postcode               TEXT NOT NULL DEFAULT '',
    trust_name             TEXT NOT NULL DEFAULT '',
    head_title             TEXT NOT NULL DEFAULT '',
    head_first_name        TEXT NOT NULL DEFAULT '',
    head_last_name         TEXT NOT NULL DEFAULT '',
    telephone              TEXT NOT NULL DEFAULT '',
    website                TEXT NOT NULL DEFAULT '',
    open_date              TEXT,
    close_date             TEXT,
    statutory_low_age      INTEGER,
    statutory_high_age     INTEGER,
    pupils                 INTEGER,
    has_mastery_specialist INTEGER NOT NULL DEFAULT 0 CHECK (has_mastery_specialist IN (0, 1)),
    barrier                TEXT NOT NULL DEFAULT '',
    notes                  TEXT NOT NULL DEFAULT '',
    created_at             TEXT NOT NULL,
    updated_at             TEXT NOT NULL
);
CREATE INDEX schools_name ON schools (name COLLATE NOCASE);
CREATE INDEX schools_postcode ON schools (postcode COLLATE NOCASE);
CREATE INDEX schools_town ON schools (town COLLATE NOCASE);
CREATE INDEX schools_la ON schools (la_code);
CREATE INDEX schools_phase_status ON schools (phase, status);

-- GIAS links between URNs. Either end may be missing from the register, so they are URNs,
-- not references.
CREATE TABLE school_links (
    id             INTEGER PRIMARY KEY,
    uuid           TEXT NOT NULL UNIQUE,
    urn            INTEGER NOT NULL CHECK (urn BETWEEN 100000 AND 999999),
    linked_urn     INTEGER NOT NULL CHECK (linked_urn BETWEEN 100000 AND 999999 AND linked_urn <> urn),
    link_type      TEXT NOT NULL,
    linked_name    TEXT NOT NULL DEFAULT '',
    established_on TEXT,
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    UNIQUE (urn, linked_urn, link_type)
);
CREATE INDEX school_links_linked ON school_links (linked_urn);

CREATE TABLE people (
    id                    INTEGER PRIMARY KEY,
    uuid                  TEXT NOT NULL UNIQUE,
    first_name            TEXT NOT NULL DEFAULT '',
    last_name             TEXT NOT NULL DEFAULT '',
    email                 TEXT NOT NULL DEFAULT '',
    phone                 TEXT NOT NULL DEFAULT '',
    role                  TEXT NOT NULL DEFAULT '',
    school_id             INTEGER REFERENCES schools (id) ON DELETE RESTRICT,
    year_group            TEXT NOT NULL DEFAULT '',
    trn                   TEXT NOT NULL DEFAULT ''
                          CHECK (trn = '' OR trn GLOB '[0-9][0-9][0-9][0-9][0-9][0-9][0-9]'),
    is_work_group_lead    INTEGER NOT NULL DEFAULT 0 CHECK (is_work_group_lead IN (0, 1)),
    is_mastery_specialist INTEGER NOT NULL DEFAULT 0 CHECK (is_mastery_specialist IN (0, 1)),
    notes                 TEXT NOT NULL DEFAULT '',
    created_at            TEXT NOT NULL,
    updated_at            TEXT NOT NULL,
    CHECK (length(trim(first_name)) + length(trim(last_name)) > 0)
);
CREATE UNIQUE INDEX people_email ON people (email COLLATE NOCASE) WHERE email <> '';
CREATE INDEX people_school ON people (school_id);
CREATE INDEX people_name ON people (last_name COLLATE NOCASE, first_name COLLATE NOCASE);

CREATE TABLE work_groups (
    id               INTEGER PRIMARY KEY,
    uuid             TEXT NOT NULL UNIQUE,
    hub_id           INTEGER NOT NULL REFERENCES hubs (id) ON DELETE RESTRICT,
    programme_id     INTEGER NOT NULL REFERENCES programmes (id) ON DELETE RESTRICT,
    academic_year_id INTEGER NOT NULL REFERENCES academic_years (id) ON DELETE RESTRICT,
    code             TEXT NOT NULL CHECK (length(trim(code)) > 0),
    title            TEXT NOT NULL DEFAULT '',
    lead_person_id   INTEGER REFERENCES people (id) ON DELETE RESTRICT,
    status           TEXT NOT NULL DEFAULT 'planned'
                     CHECK (status IN ('planned', 'recruiting', 'running', 'completed', 'cancelled')),
    capacity         INTEGER NOT NULL DEFAULT 7 CHECK (capacity BETWEEN 1 AND 200),
    notes            TEXT NOT NULL DEFAULT '',
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL
);
CREATE UNIQUE INDEX work_groups_code ON work_groups (code COLLATE NOCASE);
CREATE INDEX work_groups_programme ON work_groups (programme_id);
CREATE INDEX work_groups_year ON work_groups (academic_year_id);
CREATE INDEX work_groups_lead ON work_groups (lead_person_id);
CREATE INDEX work_groups_hub ON work_groups (hub_id);

CREATE TABLE work_group_schools (
    id                    INTEGER PRIMARY KEY,
    uuid                  TEXT NOT NULL UNIQUE,
    work_group_id         INTEGER NOT NULL REFERENCES work_groups (id) ON DELETE CASCADE,
    school_id             INTEGER NOT NULL REFERENCES schools (id) ON DELETE RESTRICT,
    joined_on             TEXT,
    withdrawn_on          TEXT CHECK (withdrawn_on IS NULL OR joined_on IS NULL OR withdrawn_on >= joined_on),
    head_commitment       INTEGER NOT NULL DEFAULT 0 CHECK (head_commitment IN (0, 1)),
    -- Why an administrator enrolled a school the eligibility rules warned about.
    eligibility_override  TEXT NOT NULL DEFAULT '',
    notes                 TEXT NOT NULL DEFAULT '',
    created_at            TEXT NOT NULL,
    updated_at            TEXT NOT NULL,
    UNIQUE (work_group_id, school_id)
);
CREATE INDEX work_group_schools_school ON work_group_schools (school_id);

CREATE TABLE work_group_participants (
    id                  INTEGER PRIMARY KEY,
    uuid                TEXT NOT NULL UNIQUE,
    work_group_id       INTEGER NOT NULL REFERENCES work_groups (id) ON DELETE CASCADE,
    person_id           INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    school_id           INTEGER NOT NULL,
    is_lead_participant INTEGER NOT NULL DEFAULT 0 CHECK (is_lead_participant IN (0, 1)),
    role                TEXT NOT NULL DEFAULT '',
    joined_on           TEXT,
    left_on             TEXT CHECK (left_on IS NULL OR joined_on IS NULL OR left_on >= joined_on),
    created_at          TEXT NOT NULL,
    updated_at          TEXT NOT NULL,
    UNIQUE (work_group_id, person_id),
    -- A participant represents a school enrolled in the same Work Group.
    FOREIGN KEY (work_group_id, school_id) REFERENCES work_group_schools (work_group_id, school_id)
        ON UPDATE CASCADE
);
CREATE INDEX work_group_participants_person ON work_group_participants (person_id);
CREATE INDEX work_group_participants_school ON work_group_participants (work_group_id, school_id);

CREATE TABLE sessions (
    id              INTEGER PRIMARY KEY,
    uuid            TEXT NOT NULL UNIQUE,
    work_group_id   INTEGER NOT NULL REFERENCES work_groups (id) ON DELETE CASCADE,
    number          INTEGER NOT NULL CHECK (number > 0),
    title           TEXT NOT NULL DEFAULT '',
    held_on         TEXT,
    start_time      TEXT CHECK (start_time IS NULL OR start_time GLOB '[0-2][0-9]:[0-5][0-9]'),
    end_time        TEXT CHECK (end_time IS NULL OR end_time GLOB '[0-2][0-9]:[0-5][0-9]'),
    mode            TEXT NOT NULL DEFAULT 'in_person' CHECK (mode IN ('in_person', 'online', 'hybrid')),
    venue           TEXT NOT NULL DEFAULT '',
    kind            TEXT NOT NULL DEFAULT 'workshop'
                    CHECK (kind IN ('workshop', 'school_visit', 'residential_day', 'online_elective')),
    visit_school_id INTEGER REFERENCES schools (id) ON DELETE RESTRICT,
    status          TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'held', 'cancelled')),
    notes           TEXT NOT NULL DEFAULT '',
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    UNIQUE (work_group_id, number),
    CHECK (start_time IS NULL OR end_time IS NULL OR end_time > start_time),
    CHECK ((kind = 'school_visit') = (visit_school_id IS NOT NULL))
);
CREATE INDEX sessions_date ON sessions (held_on);

CREATE TABLE attendance_marks (
    id              INTEGER PRIMARY KEY,
    uuid            TEXT NOT NULL UNIQUE,
    session_id      INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    participant_id  INTEGER NOT NULL REFERENCES work_group_participants (id) ON DELETE CASCADE,
    -- P present, L late, E left early, S substitute, A apologies, X absent, N not expected.
    mark            TEXT NOT NULL CHECK (mark IN ('P', 'L', 'E', 'S', 'A', 'X', 'N')),
    substitute_name TEXT NOT NULL DEFAULT '',
    note            TEXT NOT NULL DEFAULT '',
    recorded_by     TEXT NOT NULL DEFAULT '',
    recorded_at     TEXT NOT NULL,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    UNIQUE (session_id, participant_id),
    CHECK (mark = 'S' OR substitute_name = '')
);
CREATE INDEX attendance_marks_participant ON attendance_marks (participant_id);

CREATE TRIGGER attendance_marks_same_work_group_insert
BEFORE INSERT ON attendance_marks
WHEN (SELECT work_group_id FROM sessions WHERE id = NEW.session_id)
     IS NOT (SELECT work_group_id FROM work_group_participants WHERE id = NEW.participant_id)
BEGIN
    SELECT RAISE(ABORT, 'An attendance mark must be for a participant of the session''s Work Group.');
END;

CREATE TRIGGER attendance_marks_same_work_group_update
BEFORE UPDATE OF session_id, participant_id ON attendance_marks
WHEN (SELECT work_group_id FROM sessions WHERE id = NEW.session_id)
     IS NOT (SELECT work_group_id FROM work_group_participants WHERE id = NEW.participant_id)
BEGIN
    SELECT RAISE(ABORT, 'An attendance mark must be for a participant of the session''s Work Group.');
END;

CREATE TRIGGER attendance_marks_not_cancelled_insert
BEFORE INSERT ON attendance_marks
WHEN (SELECT status FROM sessions WHERE id = NEW.session_id) = 'cancelled'
BEGIN
    SELECT RAISE(ABORT, 'A cancelled session takes no attendance marks.');
END;

CREATE TRIGGER attendance_marks_not_cancelled_update
BEFORE UPDATE ON attendance_marks
WHEN (SELECT status FROM sessions WHERE id = NEW.session_id) = 'cancelled'
BEGIN
    SELECT RAISE(ABORT, 'A cancelled session takes no attendance marks.');
END;

-- Tombstones: a merge can then tell "deleted here" from "never seen here".
CREATE TRIGGER hubs_tombstone AFTER DELETE ON hubs BEGIN
    INSERT OR REPLACE INTO tombstones (entity, uuid, deleted_at)
    VALUES ('hub', OLD.uuid, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;
CREATE TRIGGER academic_years_tombstone AFTER DELETE ON academic_years BEGIN
    INSERT OR REPLACE INTO tombstones (entity, uuid, deleted_at)
    VALUES ('academic_year', OLD.uuid, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;
CREATE TRIGGER half_terms_tombstone AFTER DELETE ON half_terms BEGIN
    INSERT OR REPLACE INTO tombstones (entity, uuid, deleted_at)
    VALUES ('half_term', OLD.uuid, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;
CREATE TRIGGER programmes_tombstone AFTER DELETE ON programmes BEGIN
    INSERT OR REPLACE INTO tombstones (entity, uuid, deleted_at)
    VALUES ('programme', OLD.uuid, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;
CREATE TRIGGER schools_tombstone AFTER DELETE ON schools BEGIN
    INSERT OR REPLACE INTO tombstones (entity, uuid, deleted_at)
    VALUES ('school', OLD.uuid, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;
CREATE TRIGGER school_links_tombstone AFTER DELETE ON school_links BEGIN
    INSERT OR REPLACE INTO tombstones (entity, uuid, deleted_at)
    VALUES ('school_link', OLD.uuid, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;
CREATE TRIGGER people_tombstone AFTER DELETE ON people BEGIN
    INSERT OR REPLACE INTO tombstones (entity, uuid, deleted_at)
    VALUES ('person', OLD.uuid, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;
CREATE TRIGGER work_groups_tombstone AFTER DELETE ON work_groups BEGIN
    INSERT OR REPLACE INTO tombstones (entity, uuid, deleted_at)
    VALUES ('work_group', OLD.uuid, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;
CREATE TRIGGER work_group_schools_tombstone AFTER DELETE ON work_group_schools BEGIN
    INSERT OR REPLACE INTO tombstones (entity, uuid, deleted_at)
    VALUES ('school_enrolment', OLD.uuid, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;
CREATE TRIGGER work_group_participants_tombstone AFTER DELETE ON work_group_participants BEGIN
    INSERT OR REPLACE INTO tombstones (entity, uuid, deleted_at)
    VALUES ('participant_enrolment', OLD.uuid, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;
CREATE TRIGGER sessions_tombstone AFTER DELETE ON sessions BEGIN
    INSERT OR REPLACE INTO tombstones (entity, uuid, deleted_at)
    VALUES ('session', OLD.uuid, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;
CREATE TRIGGER attendance_marks_tombstone AFTER DELETE ON attendance_marks BEGIN
    INSERT OR REPLACE INTO tombstones (entity, uuid, deleted_at)
    VALUES ('attendance_mark', OLD.uuid, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;

-- The starting catalogue, from the hubs' published programme pages. Fixed uuids: the same
-- programme is the same record in every hub's file.
INSERT INTO programmes (uuid, code, title, phase, strand, description, default_sessions,
                        participants_per_school, participant_guidance, roles_expected,
                        completion_threshold, prerequisites, created_at, updated_at)
VALUES
    ('51e9e2ec-b788-5e90-a428-025f7bda2204', 'MR', 'Mastery Readiness', 'primary', 'Teaching for Mastery',
     'For primary schools with an identified barrier to teaching for mastery (for example an Ofsted grading of RI or Inadequate, poor pupil progress in maths, an area of low social mobility); the first year of a four-year journey.',
     6, 2, 'The headteacher and the maths lead', 'Headteacher; Maths lead', 75, '{"kind":"barrier"}', '2026-11-24T00:00:00.000Z', '2026-11-24T00:00:00.000Z'),
    ('a177f278-c492-5487-8d83-90030c975e06', 'TFM-INTRO', 'Teaching for Mastery (Introductory)', 'primary', 'Teaching for Mastery',
     'An introduction to teaching for mastery for schools starting out.',
     6, 2, 'Two teachers', 'Teacher', 75, '', '2026-11-24T00:00:00.000Z', '2026-11-24T00:00:00.000Z'),
    ('269916a3-211c-54ff-87ae-0439d0889608', 'TFM-DEV', 'Teaching for Mastery Development Work Group', 'primary', 'Teaching for Mastery',
     'Two teachers from each of six or seven local primary schools meet regularly (a Teacher Research Group, TRG) to plan, observe and discuss teaching for mastery, led by a Primary Mastery Specialist.',
     6, 2, 'Two teachers per school', 'Teacher', 75, '{"kind":"notTakenPartIn","programmes":["TFM-DEV"]}', '2026-11-24T00:00:00.000Z', '2026-11-24T00:00:00.000Z'),
    ('3b2ce39f-9ef3-5d5f-ac63-e52fd4f1e64a', 'TFM-EMB', 'Teaching for Mastery Embedding Work Group', 'primary', 'Teaching for Mastery',
     'Builds on a Development Work Group: scaling teaching for mastery from the lead participants'' classrooms to the whole school. Six local schools; the Mastery Specialist visits each school once and agrees an action plan.',
     6, 2, 'Two teachers per school, with school leaders', 'Teacher; Maths lead', 75, '{"kind":"tookPartIn","programmes":["TFM-DEV"]}', '2026-11-24T00:00:00.000Z', '2026-11-24T00:00:00.000Z'),
    ('62e4e35b-3e40-59e6-ade8-5475bb15643f', 'TFM-SUS', 'Teaching for Mastery Sustaining Work Group', 'primary', 'Teaching for Mastery',
     'For schools that took part in a Development or Embedding Work Group, or have a Mastery Specialist: leadership, collaborative planning and subject knowledge development. Six sessions, one per half term (for example NCP 24-11).',
     6, 1, 'The maths lead (subject leader)', 'Maths lead', 75, '{"kind":"any","rules":[{"kind":"tookPartIn","programmes":["TFM-DEV","TFM-EMB"]},{"kind":"masterySpecialist"}]}', '2026-11-24T00:00:00.000Z', '2026-11-24T00:00:00.000Z'),
    ('1f8ad996-9ec9-5288-83d0-0c68ab2e17dd', 'PMS', 'Primary Mastery Specialist programme', 'primary', 'Mastery Specialist',
     'Develops expert primary teachers as Mastery Specialists: three two-day residentials in the first year, school-based tasks and a trial TRG; then they lead Work Groups.',
     6, 1, 'One teacher; headteacher commitment essential', 'Teacher', 75, '', '2026-11-24T00:00:00.000Z', '2026-11-24T00:00:00.000Z'),
    ('dd942619-5c30-5a38-aacb-0a032d6bdbc4', 'MN', 'Mastering Number', 'primary', 'Mastering Number',
     'Secure foundations in number sense from Reception through Year 1 and Year 2. Open to schools that have not yet engaged with the Mastering Number programme.',
     4, 3, 'Three Lead Teachers: Reception, Year 1 and Year 2', 'Reception Lead Teacher; Year 1 Lead Teacher; Year 2 Lead Teacher', 75, '{"kind":"notTakenPartIn","programmes":["MN"]}', '2026-11-24T00:00:00.000Z', '2026-11-24T00:00:00.000Z'),
    ('cf112d40-10a1-5361-ac91-a15d446a3e6b', 'SKTM-P', 'Specialist Knowledge for Teaching Maths: Primary Teachers', 'primary', 'Specialist Knowledge for Teaching Maths',
     'Develops primary teachers'' specialist knowledge for teaching mathematics.',
     6, 1, 'One or more teachers', 'Teacher', 75, '', '2026-11-24T00:00:00.000Z', '2026-11-24T00:00:00.000Z'),
    ('7b4689fc-0735-5c10-a9bc-a18be7ede1cb', 'SKTM-TA', 'Specialist Knowledge for Teaching Maths: Teaching Assistants', 'primary', 'Specialist Knowledge for Teaching Maths',
     'Develops teaching assistants'' specialist knowledge for teaching mathematics.',
     6, 1, 'One or more teaching assistants', 'Teaching assistant', 75, '', '2026-11-24T00:00:00.000Z', '2026-11-24T00:00:00.000Z'),
    ('9c839d6a-63a4-577e-b238-3a526ac2e396', 'SKTM-ECT', 'Specialist Knowledge for Teaching Maths: Primary Early Career Teachers', 'primary', 'Specialist Knowledge for Teaching Maths',
     'For teachers in their first two years: early number concepts, additive reasoning or multiplicative reasoning, linked to the Early Career Framework.',
     6, 1, 'Early Career Teachers', 'Early Career Teacher', 75, '', '2026-11-24T00:00:00.000Z', '2026-11-24T00:00:00.000Z'),
    ('502b1092-ab32-5c06-bec2-460a094818d0', 'SKTM-EY', 'Specialist Knowledge for Teaching Maths: Early Years', 'early-years', 'Specialist Knowledge for Teaching Maths',
     'For Early Years teachers. Pathway 1: Number Patterns and Structures; Pathway 2: Pattern, Shape, Space and Measures.',
     6, 1, 'Early Years teachers', 'Early Years teacher', 75, '', '2026-11-24T00:00:00.000Z', '2026-11-24T00:00:00.000Z'),
    ('9e5f9e7a-25dd-545e-94b2-2f19cae8da49', 'P-SL', 'Primary Subject Leadership', 'primary', 'Subject Leadership',
     'Supports primary maths subject leaders to lead teaching for mastery in their schools.',
     6, 1, 'The maths subject leader', 'Maths lead', 75, '', '2026-11-24T00:00:00.000Z', '2026-11-24T00:00:00.000Z'),
    ('b7f0f739-32f4-5b87-b0ef-eb79519a15f4', 'MIXED-AGE', 'Mixed-age Teaching (Research and Innovation)', 'primary', 'Research and Innovation',
     'Explores teaching for mastery in mixed-age classes.',
     6, 2, 'Teachers of mixed-age classes', 'Teacher', 75, '', '2026-11-24T00:00:00.000Z', '2026-11-24T00:00:00.000Z'),
    ('b32230da-80b8-51bb-8627-607a11a9a967', 'Y5-8', 'Years 5–8 Continuity', 'cross-phase', 'Curriculum and Pedagogy',
     'Strengthens the transition from primary to secondary through curriculum and pedagogical continuity over Years 5 to 8, often with multiplicative reasoning.',
     6, 2, 'Year 5/6 and Year 7/8 teachers', 'Teacher', 75, '', '2026-11-24T00:00:00.000Z', '2026-11-24T00:00:00.000Z'),
    ('cd15d6be-e49c-52f9-be7a-85a88666de06', 'S-TFM-DEV', 'Secondary Teaching for Mastery Development Work Group', 'secondary', 'Teaching for Mastery',
     'Two Mastery Advocates from each school introduce and embed teaching for mastery, supported by a Local Leader of Mathematics Education (LLME).',
     6, 2, 'Two teachers (Mastery Advocates)', 'Mastery Advocate', 75, '{"kind":"notTakenPartIn","programmes":["S-TFM-DEV"]}', '2026-11-24T00:00:00.000Z', '2026-11-24T00:00:00.000Z'),
    ('eebb76dd-793a-570e-b6dc-4906def2d8db', 'S-TFM-ES', 'Secondary Teaching for Mastery Embedding and Sustaining Work Group', 'secondary', 'Teaching for Mastery',
     'For schools that were in an advocate group or have a trained Mastery Specialist: planned developments shared and critiqued in a professional learning community.',
     6, 2, 'Head of department and a Mastery Advocate', 'Head of department; Mastery Advocate', 75, '{"kind":"any","rules":[{"kind":"tookPartIn","programmes":["S-TFM-DEV"]},{"kind":"masterySpecialist"}]}', '2026-11-24T00:00:00.000Z', '2026-11-24T00:00:00.000Z'),
    ('2012e743-ebca-5359-94a6-1eba8ca4452c', 'S-SL', 'Secondary Subject Leadership', 'secondary', 'Subject Leadership',
     'Focused support for secondary heads of department to lead teaching for mastery across their department.',
     6, 1, 'Head of department', 'Head of department', 75, '', '2026-11-24T00:00:00.000Z', '2026-11-24T00:00:00.000Z'),
    ('9a77bbdc-ca0c-5e27-895a-d81e20a66116', 'MT-GCSE', 'Mathematical Thinking for GCSE', 'secondary', 'Curriculum and Pedagogy',
     'Mathematical thinking as it relates to problem-solving and reasoning at KS4, using practical task types.',
     6, 2, 'Secondary maths teachers', 'Teacher', 75, '', '2026-11-24T00:00:00.000Z', '2026-11-24T00:00:00.000Z'),
    ('fd0e450d-d36f-5fad-aba0-815450300c84', 'Y7-11', 'Years 7–11 Coherence', 'secondary', 'Curriculum and Pedagogy',
     'Teachers analyse and trace a key topic through the curriculum, informing longer-term curriculum design.',
     6, 2, 'Secondary maths teachers', 'Teacher', 75, '', '2026-11-24T00:00:00.000Z', '2026-11-24T00:00:00.000Z'),
    ('1c6f5832-0f31-5d5c-9f41-dc8f42fd8784', 'SKTM-NS', 'Specialist Knowledge for Teaching Maths: Secondary Non-specialist Teachers', 'secondary', 'Specialist Knowledge for Teaching Maths',
     'For non-specialist teachers of mathematics: structure of the number system, operating on number, multiplicative reasoning, sequences and graphs, statistics and probability, geometry.',
     6, 1, 'Non-specialist teachers of maths', 'Teacher', 75, '', '2026-11-24T00:00:00.000Z', '2026-11-24T00:00:00.000Z'),
    ('d960383a-f1e7-5404-9464-2aeabf41c90b', 'P16-RESIT', 'Supporting GCSE Resit', 'post-16', 'Post-16',
     'Effective ways of teaching key content to post-16 GCSE resit students.',
     6, 2, 'Teachers of post-16 GCSE resit', 'Teacher', 75, '', '2026-11-24T00:00:00.000Z', '2026-11-24T00:00:00.000Z'),
    ('ed9a1acf-522a-5b7d-8b66-7e54f2d42022', 'P16-CORE', 'Core Maths', 'post-16', 'Post-16',
     'Teaching approaches for Core Maths and contextualised problem-solving, in partnership with the AMSP.',
     6, 2, 'Core Maths teachers', 'Teacher', 75, '', '2026-11-24T00:00:00.000Z', '2026-11-24T00:00:00.000Z'),
    ('7fa8e081-936a-54d9-ac6c-01c02da839e4', 'P16-ALEVEL', 'Developing A level Pedagogy', 'post-16', 'Post-16',
     'Regional communities of practice developing pedagogy in A level Mathematics, in partnership with the AMSP.',
     6, 2, 'A level maths teachers', 'Teacher', 75, '', '2026-11-24T00:00:00.000Z', '2026-11-24T00:00:00.000Z');
