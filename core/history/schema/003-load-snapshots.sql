-- Schema version 3: load snapshots (docs/history.md, "Load snapshots"). A snapshot is
-- what one load of this store made of its files — the merged runs, issues and counters —
-- so the next load with the same options, over the same artifact versions, decodes it
-- instead of parsing every file again. It is a cache: the stored files stay the truth,
-- a snapshot is used only while versions_digest (the artifact versions the load would
-- read) and the Gatehouse build that wrote it (fingerprint) are the same, and deleting
-- every row loses nothing.
CREATE TABLE load_snapshots (
    snapshot_key TEXT PRIMARY KEY,
    fingerprint TEXT NOT NULL,
    versions_digest TEXT NOT NULL,
    created_at TEXT NOT NULL,
    content @BLOB@ NOT NULL
);
