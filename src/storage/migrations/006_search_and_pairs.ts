// Sixth schema step: search vectors in a narrow table of their own, and fact pages of a pair along one index.

export const name = 'search-table-and-pair-index';

export const sql = /* sql */ `
-- The full-text vector of each document's latest version. In document_versions it sat next to the text in a wide
-- row, out of line (TOAST): a sequential scan looked cheap to the planner (a few small heap pages) while it really
-- read every vector, so searches scanned the whole table. Here the vectors stay in the row (STORAGE MAIN keeps
-- them compressed inline), the table's size is what a scan costs, and the GIN index wins whenever it should.
-- The save writes the row in the statement that adds the version; the version's own generated vector is dropped,
-- so each text is parsed for search once.
CREATE TABLE document_search (
  document_id  integer PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
  version_id   integer NOT NULL UNIQUE REFERENCES document_versions (id) ON DELETE CASCADE,
  search       tsvector NOT NULL
);
ALTER TABLE document_search ALTER COLUMN search SET STORAGE MAIN;
INSERT INTO document_search (document_id, version_id, search)
  SELECT document_id, id, search FROM document_versions WHERE is_latest;
CREATE INDEX document_search_vector ON document_search USING gin (search);
ALTER TABLE document_versions DROP COLUMN search;

-- A pair's facts in id order, both directions at once: the pair written as (lower code, higher code), so one
-- range of this index holds a pair's facts already sorted and a page stops after its LIMIT (no sort of them all).
CREATE INDEX facts_pair_sorted_id ON facts (least(country_a, country_b), greatest(country_a, country_b), id)
  WHERE country_b IS NOT NULL;
`;
