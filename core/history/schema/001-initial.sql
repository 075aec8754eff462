-- Schema version 1 of the history store (docs/history.md). One text, both back ends:
-- @BLOB@ becomes BLOB (SQLite) or BYTEA (PostgreSQL); nothing else differs.
-- Keys are text (hashes) rather than generated integers, so no auto-increment syntax is
-- needed and the same artifact gets the same key in every store.
CREATE TABLE schema_version (
    version INTEGER NOT NULL
);
-- One row per artifact as CI uploaded it: a top-level folder or zip of a source, or a
-- file at a source's root (whitelist, baselines, run sidecar). The run fields are those
-- of the run sidecar and metadata.json, kept for filtering; the loader never reads them:
-- it parses the stored files, exactly as it parses a folder.
CREATE TABLE artifacts (
    artifact_key TEXT PRIMARY KEY,
    run_id TEXT NOT NULL,
    name TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    origin TEXT NOT NULL,
    file_count INTEGER NOT NULL,
    ingested_at TEXT NOT NULL,
    run_number BIGINT,
    run_attempt INTEGER,
    head_branch TEXT,
    head_sha TEXT,
    conclusion TEXT,
    created_at TEXT,
    html_url TEXT,
    UNIQUE (run_id, name, content_hash)
);
-- Every file of an artifact, byte for byte, under its source-relative path.
CREATE TABLE files (
    artifact_key TEXT NOT NULL REFERENCES artifacts (artifact_key),
    path TEXT NOT NULL,
    at_root INTEGER NOT NULL,
    size BIGINT NOT NULL,
    sha256 TEXT NOT NULL,
    content @BLOB@ NOT NULL,
    PRIMARY KEY (artifact_key, path)
);
