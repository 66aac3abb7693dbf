// Tenth schema step: the foreign keys of rows written together with their parents leave the hot write path.

export const name = 'writer-checks';

export const sql = /* sql */ `
-- Each key below guarded a child row that the very statement writing its parent writes too (a version's sentences,
-- facts, evidence and mentions; an entity's spellings) or that the record keeper derives from stored facts (links,
-- fact pairs), and no command ever deletes a document, version, fact or entity, so no check could fail and no
-- cascade ever ran. Their triggers were a third of the embedded store's CPU per document saved (an index probe per
-- row: 42 against 28 ms per document on 800 generated articles, measured by saving them with and without triggers).
-- What they promised is now checked by src/storage/integrity.ts, which the store, ingest and durability tests run
-- after every save and after a killed writer.
ALTER TABLE sentences DROP CONSTRAINT IF EXISTS sentences_version_id_fkey;
ALTER TABLE facts DROP CONSTRAINT IF EXISTS facts_version_id_fkey;
ALTER TABLE evidence DROP CONSTRAINT IF EXISTS evidence_fact_id_fkey,
  DROP CONSTRAINT IF EXISTS evidence_version_id_sentence_index_fkey;
ALTER TABLE mentions DROP CONSTRAINT IF EXISTS mentions_entity_id_fkey,
  DROP CONSTRAINT IF EXISTS mentions_version_id_sentence_index_fkey;
ALTER TABLE entity_aliases DROP CONSTRAINT IF EXISTS entity_aliases_entity_id_fkey;
ALTER TABLE IF EXISTS record_fact_pairs DROP CONSTRAINT IF EXISTS record_fact_pairs_fact_id_fkey,
  DROP CONSTRAINT IF EXISTS record_fact_pairs_document_id_fkey;
ALTER TABLE IF EXISTS record_links DROP CONSTRAINT IF EXISTS record_links_fact_id_fkey,
  DROP CONSTRAINT IF EXISTS record_links_document_id_fkey;
-- evidence (fact_id, id) of migration 005 answers every look-up this one did.
DROP INDEX IF EXISTS evidence_fact;
`;
