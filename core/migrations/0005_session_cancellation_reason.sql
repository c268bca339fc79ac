-- HubRegister schema version 5: why a session was cancelled, asked (optionally) when a Lead
-- cancels it. Additive only: one column, empty for every session cancelled before; a session
-- that is not cancelled keeps it empty.
ALTER TABLE sessions ADD COLUMN cancellation_reason TEXT NOT NULL DEFAULT '';
