// Eleventh schema step: the record's own rows and the search rows leave the foreign-key triggers too (see 010).

export const name = 'record-checks';

export const sql = /* sql */ `
-- An item's pair row is written by the statement before its items, under the pair's lock; its links are written
-- right after it, and record-batch.ts deletes them with their items (the cascade did). The search row of a document
-- is written by the save's one statement with the document and version it names; the record's document marks name
-- documents the keeper has just read. No command deletes a document, a version or a pair on its own (clearing the
-- record deletes every table of it). Their triggers were an eighth of a record rebuild (2,000 generated articles,
-- 41,051 items: 10.6 s with them, 9.2 s without). src/storage/integrity.ts checks the same links.
ALTER TABLE record_items DROP CONSTRAINT IF EXISTS record_items_pair_fkey;
ALTER TABLE record_links DROP CONSTRAINT IF EXISTS record_links_item_id_fkey;
ALTER TABLE record_documents DROP CONSTRAINT IF EXISTS record_documents_document_id_fkey,
  DROP CONSTRAINT IF EXISTS record_documents_version_id_fkey;
ALTER TABLE document_search DROP CONSTRAINT IF EXISTS document_search_document_id_fkey,
  DROP CONSTRAINT IF EXISTS document_search_version_id_fkey;
`;
