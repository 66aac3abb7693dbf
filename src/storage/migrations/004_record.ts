// The stored record (items per pair of states, linked to facts and documents) and the curators' decisions.

export const name = 'record';

export const sql = /* sql */ `
-- Which pair of states each fact of a document's latest version belongs to ('AZE-BLR', sorted). A fact naming
-- three states belongs to each of their pairs; a person to the pairs of its document that include its state.
CREATE TABLE record_fact_pairs (
  fact_id      integer NOT NULL REFERENCES facts (id) ON DELETE CASCADE,
  document_id  integer NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  pair         text NOT NULL,
  PRIMARY KEY (fact_id, pair)
);
CREATE INDEX record_fact_pairs_pair ON record_fact_pairs (pair);
CREATE INDEX record_fact_pairs_document ON record_fact_pairs (document_id);

-- The document version whose facts record_fact_pairs holds; a latest version missing here is not indexed yet.
CREATE TABLE record_documents (
  document_id  integer PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
  version_id   integer NOT NULL REFERENCES document_versions (id) ON DELETE CASCADE
);

-- Every pair with a record; dirty until its items are recomputed from its facts.
CREATE TABLE record_pairs (
  pair        text PRIMARY KEY,
  dirty       boolean NOT NULL DEFAULT true,
  items       integer NOT NULL DEFAULT 0,
  updated_at  timestamptz NOT NULL DEFAULT clock_timestamp()
);
CREATE INDEX record_pairs_dirty ON record_pairs (pair) WHERE dirty;

-- One consolidated item (an event, person, figure or project) of a pair, in the Record v1 shape.
CREATE TABLE record_items (
  id        integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  pair      text NOT NULL REFERENCES record_pairs (pair) ON DELETE CASCADE,
  position  integer NOT NULL,
  type      text NOT NULL
            CHECK (type IN ('person', 'visit', 'call', 'meeting', 'agreement', 'figure', 'project')),
  body      jsonb NOT NULL CHECK (body ->> 'type' = type),
  UNIQUE (pair, position)
);

-- The facts (and through them the documents) an item was consolidated from.
CREATE TABLE record_links (
  item_id      integer NOT NULL REFERENCES record_items (id) ON DELETE CASCADE,
  fact_id      integer NOT NULL REFERENCES facts (id) ON DELETE CASCADE,
  document_id  integer NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  PRIMARY KEY (item_id, fact_id)
);
CREATE INDEX record_links_fact ON record_links (fact_id);

-- A curator's decision. Facts are named by what survives re-ingest, new versions and re-extraction (the document's
-- name, fixed for its source, and the kind's key of the fact), never by row ids; merges and splits name the facts
-- of the items concerned.
CREATE TABLE curation_decisions (
  id          integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  action      text NOT NULL CHECK (action IN ('confirm', 'reject', 'edit', 'merge', 'split')),
  -- confirm, reject, edit: the fact; merge, split: null.
  doc         text,
  fact_key    text,
  fact_type   text,
  -- edit: the new fact body; merge: {"groups": [[fact refs], [fact refs]...]}; split: {"apart": [fact refs]}.
  detail      jsonb,
  -- The pairs whose record the decision changes, recomputed when it is made or undone.
  pairs       jsonb NOT NULL DEFAULT '[]',
  author      text NOT NULL,
  reason      text,
  created_at  timestamptz NOT NULL DEFAULT clock_timestamp(),
  undone_at   timestamptz,
  undone_by   text,
  undo_reason text
);
CREATE INDEX curation_decisions_fact ON curation_decisions (doc, fact_key) WHERE undone_at IS NULL;
`;
