// The store's own consistency check: rows whose parent is missing, for the links no foreign key guards any more.
import type { Driver } from './driver';

/**
 * Each check names a child table's rows with no parent. Migration 010 dropped the foreign keys of rows written in
 * the same statement as their parents (the save) or derived from stored facts (the record keeper), since their
 * triggers cost a third of a save; this is what the keys promised, checked on demand instead of per row.
 */
const CHECKS: { name: string; sql: string }[] = [
  { name: 'sentences without their version', sql:
    'SELECT count(*) AS n FROM sentences s WHERE NOT EXISTS (SELECT 1 FROM document_versions v WHERE v.id = s.version_id)' },
  { name: 'facts without their version', sql:
    'SELECT count(*) AS n FROM facts f WHERE NOT EXISTS (SELECT 1 FROM document_versions v WHERE v.id = f.version_id)' },
  { name: 'evidence without its fact', sql:
    'SELECT count(*) AS n FROM evidence e WHERE NOT EXISTS (SELECT 1 FROM facts f WHERE f.id = e.fact_id)' },
  { name: 'evidence without its sentence', sql:
    `SELECT count(*) AS n FROM evidence e WHERE NOT EXISTS (
       SELECT 1 FROM sentences s WHERE s.version_id = e.version_id AND s.sentence_index = e.sentence_index)` },
  { name: 'evidence of another version than its fact', sql:
    'SELECT count(*) AS n FROM evidence e JOIN facts f ON f.id = e.fact_id WHERE f.version_id <> e.version_id' },
  { name: 'mentions without their entity', sql:
    'SELECT count(*) AS n FROM mentions m WHERE NOT EXISTS (SELECT 1 FROM entities x WHERE x.id = m.entity_id)' },
  { name: 'mentions without their sentence', sql:
    `SELECT count(*) AS n FROM mentions m WHERE NOT EXISTS (
       SELECT 1 FROM sentences s WHERE s.version_id = m.version_id AND s.sentence_index = m.sentence_index)` },
  { name: 'spellings without their entity', sql:
    'SELECT count(*) AS n FROM entity_aliases a WHERE NOT EXISTS (SELECT 1 FROM entities x WHERE x.id = a.entity_id)' },
  { name: 'record links without their fact or document', sql:
    `SELECT count(*) AS n FROM record_links l WHERE NOT EXISTS (SELECT 1 FROM facts f WHERE f.id = l.fact_id)
       OR NOT EXISTS (SELECT 1 FROM documents d WHERE d.id = l.document_id)` },
  { name: 'record fact pairs without their fact or document', sql:
    `SELECT count(*) AS n FROM record_fact_pairs p WHERE NOT EXISTS (SELECT 1 FROM facts f WHERE f.id = p.fact_id)
       OR NOT EXISTS (SELECT 1 FROM documents d WHERE d.id = p.document_id)` },
];

/** Every broken link in the store, as "what: count"; empty when the store is consistent. */
export async function integrityProblems(driver: Pick<Driver, 'query'>): Promise<string[]> {
  const problems: string[] = [];
  for (const check of CHECKS) {
    const [row] = await driver.query<{ n: number | string }>(check.sql);
    const n = Number(row.n);
    if (n > 0) problems.push(`${check.name}: ${n}`);
  }
  return problems;
}
