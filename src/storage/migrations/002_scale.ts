// Second schema step: several sources per document, and the indexes that keep listing, paging and naming fast.

export const name = 'sources-and-indexes';

export const sql = /* sql */ `
-- Every path or URL a document's content was read from. documents.source stays the first one; the same content
-- met again under another name or URL adds a row here instead of a second document (and a second set of facts).
CREATE TABLE document_sources (
  source       text PRIMARY KEY,
  document_id  integer NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  added_at     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX document_sources_document ON document_sources (document_id);
INSERT INTO document_sources (source, document_id, added_at) SELECT source, id, created_at FROM documents;

-- Search looks at latest versions only: the full-text index covers just those.
DROP INDEX document_versions_search;
CREATE INDEX document_versions_latest_search ON document_versions USING gin (search) WHERE is_latest;

-- Finding content already stored under another source: the latest version with this hash.
CREATE INDEX document_versions_latest_hash ON document_versions (hash) WHERE is_latest;
-- \`--date\` on re-ingest stores the same content again as a new version carrying the corrected date.
ALTER TABLE document_versions DROP CONSTRAINT document_versions_document_id_hash_key;
CREATE INDEX document_versions_document_hash ON document_versions (document_id, hash);

-- Free names ("nile", "nile-2"...) are found by a range scan in byte order, whatever the database's collation.
CREATE INDEX documents_name_bytes ON documents ((name COLLATE "C"));

-- Fact pages are keyset-paged by id: each filter has an index that ends in id.
DROP INDEX facts_type;
DROP INDEX facts_countries;
DROP INDEX facts_country_b;
CREATE INDEX facts_type_id ON facts (type, id);
CREATE INDEX facts_pair_id ON facts (country_a, country_b, id);
CREATE INDEX facts_country_b_id ON facts (country_b, id);
`;
