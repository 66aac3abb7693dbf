// Seventh schema step: a dirty block is a list of marks, one per indexing, so that clearing never drops a newer mark;
// each item keeps a digest, so that a recompute leaves the items it would write again unchanged in place.

export const name = 'record-dirty-marks';

export const sql = /* sql */ `
-- With one row per (pair, block), a process indexing a document whose block was already marked dirty added nothing
-- (ON CONFLICT DO NOTHING); a concurrent recompute that had read the block's facts before that document committed
-- then cleared the one row, and if the indexing process died before its own recompute the block stayed stale until
-- a rebuild. Now each indexing inserts its own marks, never waiting on or merging into another process's row, and
-- a recompute deletes only the marks it saw before reading the facts (src/service/record.ts), so a newer mark
-- survives it. A block may hold several marks for a while; they are cleared together.
ALTER TABLE record_dirty_blocks DROP CONSTRAINT record_dirty_blocks_pkey;
CREATE INDEX record_dirty_blocks_pair ON record_dirty_blocks (pair, block);

-- A digest of what an item is (its body, facts, block and sort key; src/storage/record-batch.ts). A recompute of a
-- block compares digests and rewrites only the items that changed: a document that adds one visit to a year of
-- visits rewrites that visit, not the year, and the others keep their ids and positions. Items stored before have
-- none and are rewritten once.
ALTER TABLE record_items ADD COLUMN digest text;
`;
