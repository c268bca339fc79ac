-- HubRegister schema version 10: who changed what (docs/audit.md). Every insert, change and
-- removal of a record is written to audit_log: who, when, which record, and for a change the
-- fields it changed, each with its old and new value, as a JSON object {"field": [old, new]}.
--
-- On a file the triggers that write it are not stored here: SQLite refuses its JSON functions
-- in a file's own triggers while the program keeps the schema untrusted (PRAGMA trusted_schema
-- = OFF, so that a hostile file can run nothing unsafe), and a file's trigger could not know
-- who is writing. HubRegister makes them as temporary triggers of its connection each time it
-- opens a file for writing (AuditTrail::startRecording), from the tables' columns as they are
-- then. PostgreSQL's own version (pgsql/0010_audit_trail.sql) stores them in the schema.
-- While audit_pauses has a row (a GIAS import, generated data, a copy of a whole hub: only ever
-- inside the transaction that made it) nothing is recorded, and the writer records one
-- summary entry instead.

CREATE TABLE audit_log (
    id          INTEGER PRIMARY KEY,
    at          TEXT NOT NULL,
    who         TEXT NOT NULL DEFAULT '',
    table_name  TEXT NOT NULL,
    record_id   INTEGER NOT NULL,
    record_uuid TEXT NOT NULL DEFAULT '',
    action      TEXT NOT NULL CHECK (action IN ('insert', 'update', 'delete', 'import')),
    changes     TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX audit_log_record ON audit_log (table_name, record_id);
CREATE INDEX audit_log_at ON audit_log (at);

CREATE TABLE audit_pauses (
    id     INTEGER PRIMARY KEY,
    reason TEXT NOT NULL
);
