// The first API's own curation log: unused since curation goes through the service (004), kept as stores have it.

export const name = 'server_curation';

export const sql = /* sql */ `
-- One curation decision taken through the API: confirm, reject or edit a fact, or merge events (facts).
-- 'before' keeps what the decision replaced (curation state and body), so it can be undone exactly.
CREATE TABLE server_curation_log (
  id          integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  action      text NOT NULL CHECK (action IN ('confirm', 'reject', 'edit', 'merge')),
  -- The fact decided on; for a merge, the fact the others join.
  fact_id     integer NOT NULL,
  -- For a merge: the facts that joined fact_id.
  members     integer[] NOT NULL DEFAULT '{}',
  before      jsonb,
  after       jsonb,
  author      text NOT NULL,
  reason      text,
  created_at  timestamptz NOT NULL DEFAULT now(),
  undone_at   timestamptz
);
CREATE INDEX server_curation_log_fact ON server_curation_log (fact_id);
CREATE INDEX server_curation_log_active_merges ON server_curation_log (action) WHERE undone_at IS NULL;
`;
