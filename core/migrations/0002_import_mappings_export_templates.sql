-- HubRegister schema version 2: what imports and exports remember between uses.
-- Additive only: two new tables, nothing in version 1 changes.

-- How the columns of an import file map to fields, saved under a name and found again by the
-- file's header. `header_key` is the header normalised (trimmed, lower case, sorted, joined by
-- U+001F) so the same layout in another column order is recognised. `columns` is JSON: an object
-- from field key to the column heading it is read from.
CREATE TABLE import_mappings (
    id         INTEGER PRIMARY KEY,
    uuid       TEXT NOT NULL UNIQUE,
    kind       TEXT NOT NULL CHECK (length(trim(kind)) > 0),
    name       TEXT NOT NULL CHECK (length(trim(name)) > 0),
    header_key TEXT NOT NULL DEFAULT '',
    columns    TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE UNIQUE INDEX import_mappings_name ON import_mappings (kind, name COLLATE NOCASE);
CREATE INDEX import_mappings_header ON import_mappings (kind, header_key);

-- A named layout of one export: which columns, in which order, under which headings.
-- `columns` is JSON: an array of {"key": column key, "heading": heading in the file}.
CREATE TABLE export_templates (
    id         INTEGER PRIMARY KEY,
    uuid       TEXT NOT NULL UNIQUE,
    report     TEXT NOT NULL CHECK (report IN ('participants', 'schools', 'sessions', 'register',
                                               'engagement')),
    name       TEXT NOT NULL CHECK (length(trim(name)) > 0),
    columns    TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE UNIQUE INDEX export_templates_name ON export_templates (report, name COLLATE NOCASE);

CREATE TRIGGER import_mappings_tombstone AFTER DELETE ON import_mappings BEGIN
    INSERT OR REPLACE INTO tombstones (entity, uuid, deleted_at)
    VALUES ('import_mapping', OLD.uuid, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;
CREATE TRIGGER export_templates_tombstone AFTER DELETE ON export_templates BEGIN
    INSERT OR REPLACE INTO tombstones (entity, uuid, deleted_at)
    VALUES ('export_template', OLD.uuid, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;
