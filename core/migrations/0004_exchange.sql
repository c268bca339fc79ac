-- HubRegister schema version 4: the exchange of packs between a hub's file and its Leads'
-- copies (docs/exchange.md). Additive only: new tables, nothing earlier changes.
-- Keys and digests are base64 text; times ISO 8601 UTC, for people to read (nothing is
-- ordered by them).

-- This file's part in the exchange: none (no row), a hub's file or a Lead's copy. The secret
-- keys are encrypted under a key derived from a passphrase with `secret_salt`, `secret_ops`
-- and `secret_mem`; the passphrase is never kept.
CREATE TABLE exchange_identity (
    id               INTEGER PRIMARY KEY CHECK (id = 1),
    role             TEXT NOT NULL CHECK (role IN ('hub', 'lead')),
    hub_id           TEXT NOT NULL,
    hub_name         TEXT NOT NULL,
    -- A Lead's copy: the Lead (a person's uuid) and this copy's own device id.
    lead_uuid        TEXT NOT NULL DEFAULT '',
    device_id        TEXT NOT NULL DEFAULT '',
    box_public       TEXT NOT NULL,
    sign_public      TEXT NOT NULL,
    secret_keys      TEXT NOT NULL,
    secret_nonce     TEXT NOT NULL,
    secret_salt      TEXT NOT NULL,
    secret_ops       INTEGER NOT NULL,
    secret_mem       INTEGER NOT NULL,
    -- A Lead's copy: the hub's public keys.
    peer_box_public  TEXT NOT NULL DEFAULT '',
    peer_sign_public TEXT NOT NULL DEFAULT '',
    -- A hub: the last version given to a record. A Lead's copy: the next return pack's number,
    -- the last of its returns the hub acknowledged, and the last hub pack it opened.
    version_counter  INTEGER NOT NULL DEFAULT 0,
    next_seq         INTEGER NOT NULL DEFAULT 1,
    acked_seq        INTEGER NOT NULL DEFAULT 0,
    last_hub_seq     INTEGER NOT NULL DEFAULT 0,
    last_exchange_at TEXT,
    created_at       TEXT NOT NULL
);

-- A hub's Leads: the public keys it issued each, the next pack number to them and the Work
-- Groups the last pack held (a JSON array of uuids).
CREATE TABLE exchange_leads (
    lead_uuid     TEXT PRIMARY KEY NOT NULL,
    box_public    TEXT NOT NULL,
    sign_public   TEXT NOT NULL,
    key_issued_at TEXT NOT NULL,
    next_seq      INTEGER NOT NULL DEFAULT 1 CHECK (next_seq >= 1),
    scope         TEXT NOT NULL DEFAULT '[]'
);

-- Every pack made here or taken in, so the same pack twice changes nothing, a reused id is
-- refused and sequences only go forward. `digest`: SHA-256 of the pack's content.
CREATE TABLE exchange_packs (
    pack_id   TEXT PRIMARY KEY NOT NULL,
    direction TEXT NOT NULL CHECK (direction IN ('sent', 'received')),
    lead_uuid TEXT NOT NULL,
    device_id TEXT NOT NULL DEFAULT '',
    seq       INTEGER NOT NULL CHECK (seq >= 1),
    digest    TEXT NOT NULL,
    at        TEXT NOT NULL,
    summary   TEXT NOT NULL DEFAULT ''
);
CREATE INDEX exchange_packs_sequence ON exchange_packs (direction, lead_uuid, device_id, seq);

-- A hub: the version it last gave each record, and the fingerprint (SHA-256 of its fields)
-- of the record then; a record whose fingerprint has changed gets the next version.
CREATE TABLE exchange_versions (
    entity      TEXT NOT NULL,
    uuid        TEXT NOT NULL,
    version     INTEGER NOT NULL CHECK (version >= 1),
    fingerprint TEXT NOT NULL,
    PRIMARY KEY (entity, uuid)
);

-- A Lead's copy: per record, the base (the version and field values both sides last agreed on;
-- NULL for a record made here) and what the last return sent of it (fields as JSON, or
-- 'deleted') in which pack.
CREATE TABLE exchange_base (
    entity   TEXT NOT NULL,
    uuid     TEXT NOT NULL,
    version  INTEGER NOT NULL DEFAULT 0,
    fields   TEXT,
    sent_seq INTEGER,
    sent     TEXT,
    PRIMARY KEY (entity, uuid)
);

-- A hub: uuids a Lead's copy made for records the hub already held (the same person by email,
-- the same mark), so later packs naming them find the hub's record.
CREATE TABLE exchange_aliases (
    entity TEXT NOT NULL,
    alias  TEXT NOT NULL,
    uuid   TEXT NOT NULL,
    PRIMARY KEY (entity, alias)
);
