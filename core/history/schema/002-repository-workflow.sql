-- Schema version 2: the repository and workflow of a run, for the load filters
-- (repository/workflow and date range), with indexes for those filters. The repository
-- of artifacts stored at version 1 is filled in from their html_url by the migration
-- code (HistorySchema.cpp); their workflow was never stored and stays empty.
ALTER TABLE artifacts ADD COLUMN repository TEXT;
ALTER TABLE artifacts ADD COLUMN workflow TEXT;
CREATE INDEX artifacts_by_repository ON artifacts (repository, workflow, created_at);
CREATE INDEX artifacts_by_created_at ON artifacts (created_at);
