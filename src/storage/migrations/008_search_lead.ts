// Eighth schema step: a small ranking vector (title and opening) next to each document's full search vector, and a
// stored search vector for each evidence quote.

export const name = 'search-lead-vector';

export const sql = /* sql */ `
-- A search ranked every matching document on its full vector: for a word found in nearly every document that is
-- decompressing about 10,000 vectors of 3.8 KB (20-30 ms at 10,000 documents) to keep 100. The lead vector holds
-- the title (weight A) and the text's first 100 words (weight B): a tenth of the size.
-- Matching stays on the full vector through its GIN index (which answers plain words without reading the vector);
-- the lead vector ranks the matches, and only the 100 kept are ranked again on their full vectors.
ALTER TABLE document_search ADD COLUMN lead tsvector;
UPDATE document_search s
  SET lead = setweight(to_tsvector('english', coalesce(v.title, '')), 'A')
    || setweight(to_tsvector('english', substring(v.text from '^\\s*(?:\\S+\\s+){0,99}\\S*')), 'B')
  FROM document_versions v WHERE v.id = s.version_id;
-- The full vectors move out of the row (TOAST): the table proper keeps the ids and the lead vectors (STORAGE MAIN
-- keeps those inline), a tenth of its former size. A match answered by the GIN index then reads neither vector, and
-- only the vectors of the documents kept are read whole. Migration 006 kept them inline so that the planner would
-- not pick a cheap-looking scan that fetches every vector; the search now turns such scans off for its ranking
-- statement (src/service/read/search.ts).
ALTER TABLE document_search ALTER COLUMN lead SET NOT NULL, ALTER COLUMN lead SET STORAGE MAIN,
  ALTER COLUMN search SET STORAGE EXTENDED, SET (toast_tuple_target = 128);
-- The update left a dead copy of every row behind it (the embedded store has no autovacuum): the table and its
-- indexes are written anew, each vector stored as just set, in one statement allowed inside the migration's
-- transaction.
CLUSTER document_search USING document_search_pkey;
ANALYZE document_search;

-- A search lists the facts whose evidence matches its words, in the 20 best documents: parsing their 400-odd quotes
-- for every search cost 10-15 ms. Each quote's vector is computed once, when the evidence is saved (a generated
-- column: the save path needs no change; adding it writes the table anew, so no dead rows are left).
ALTER TABLE evidence ADD COLUMN quote_search tsvector GENERATED ALWAYS AS (to_tsvector('english', quote)) STORED;
ANALYZE evidence;
`;
