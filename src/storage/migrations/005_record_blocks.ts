// The record kept block by block (src/record/blocks.ts): each fact's block, each item's block and sort key, the
// blocks waiting for a recompute, and the blocks a curator's decision joins.

export const name = 'record_blocks';

export const sql = /* sql */ `
-- Stores indexed before blocks existed are indexed again, document by document, by the next catch-up: their rows
-- carry no block, and items without a block could never be replaced.
DELETE FROM record_links;
DELETE FROM record_items;
DELETE FROM record_fact_pairs;
DELETE FROM record_documents;
UPDATE record_pairs SET dirty = true, items = 0;

ALTER TABLE record_fact_pairs ADD COLUMN block text NOT NULL;
CREATE INDEX record_fact_pairs_block ON record_fact_pairs (pair, block);
-- (pair, block) serves every lookup by pair; the index on pair alone only tempted the planner to read a whole pair.
DROP INDEX record_fact_pairs_pair;
-- A fact's first evidence, as the record reads it for every fact: without it the planner may walk all evidence.
CREATE INDEX evidence_fact_first ON evidence (fact_id, id);

-- block: the block of the item's first fact (a curator's merge may join several blocks; they are replaced together).
-- sort_key: type, date and first source, compared byte by byte; position follows it with gaps, so that a new item
-- takes a free number between its neighbours instead of renumbering the pair.
ALTER TABLE record_items ADD COLUMN block text NOT NULL;
ALTER TABLE record_items ADD COLUMN sort_key text COLLATE "C" NOT NULL;
CREATE INDEX record_items_block ON record_items (pair, block);
CREATE INDEX record_items_sort_key ON record_items (pair, sort_key);

-- Blocks whose facts changed since their items were computed (an ingest interrupted before its update leaves them).
CREATE TABLE record_dirty_blocks (
  pair   text NOT NULL,
  block  text NOT NULL,
  PRIMARY KEY (pair, block)
);

-- The blocks whose facts a merge, split or edit names: they are consolidated together while it is in force.
ALTER TABLE curation_decisions ADD COLUMN blocks jsonb NOT NULL DEFAULT '[]';
`;
