// The store's own consistency check: rows whose parent is missing, for the links no foreign key guards any more.
import type { Driver } from './driver';

/**
 * Each check names a child table's rows with no parent. Migrations 010 and 011 dropped the foreign keys of rows written in
 * the same statement as their parents (the save) or derived from stored facts (the record keeper), since their
 * triggers cost a third of a save; this is what the keys promised, checked on demand instead of per row.
 */
interface Link {
  name: string;
  /** The child table, read as `c`. */
  child: string;
  /** The parent table, read as `p`. */
  parent: string;
  /** How a child row names its parent row. */
  on: string;
}

const LINKS: Link[] = [
  { name: 'sentences without their version', child: 'sentences', parent: 'document_versions', on: 'p.id = c.version_id' },
  { name: 'facts without their version', child: 'facts', parent: 'document_versions', on: 'p.id = c.version_id' },
  { name: 'evidence without its fact', child: 'evidence', parent: 'facts', on: 'p.id = c.fact_id' },
  { name: 'evidence without its sentence', child: 'evidence', parent: 'sentences',
    on: 'p.version_id = c.version_id AND p.sentence_index = c.sentence_index' },
  { name: 'mentions without their entity', child: 'mentions', parent: 'entities', on: 'p.id = c.entity_id' },
  { name: 'mentions without their sentence', child: 'mentions', parent: 'sentences',
    on: 'p.version_id = c.version_id AND p.sentence_index = c.sentence_index' },
  { name: 'spellings without their entity', child: 'entity_aliases', parent: 'entities', on: 'p.id = c.entity_id' },
  { name: 'record links without their fact', child: 'record_links', parent: 'facts', on: 'p.id = c.fact_id' },
  { name: 'record links without their document', child: 'record_links', parent: 'documents', on: 'p.id = c.document_id' },
  { name: 'record fact pairs without their fact', child: 'record_fact_pairs', parent: 'facts', on: 'p.id = c.fact_id' },
  { name: 'record fact pairs without their document', child: 'record_fact_pairs', parent: 'documents',
    on: 'p.id = c.document_id' },
  // Migration 011: the record's items, links and document marks, and the search rows.
  { name: 'record items without their pair', child: 'record_items', parent: 'record_pairs', on: 'p.pair = c.pair' },
  { name: 'record links without their item', child: 'record_links', parent: 'record_items', on: 'p.id = c.item_id' },
  { name: 'record marks without their document', child: 'record_documents', parent: 'documents', on: 'p.id = c.document_id' },
  { name: 'record marks without their version', child: 'record_documents', parent: 'document_versions',
    on: 'p.id = c.version_id' },
  { name: 'search rows without their document', child: 'document_search', parent: 'documents', on: 'p.id = c.document_id' },
  { name: 'search rows without their version', child: 'document_search', parent: 'document_versions',
    on: 'p.id = c.version_id' },
];

/**
 * The child-to-parent links no foreign key declares any more, for whatever needs a table's parents (a dump lists
 * parents first, see dump.ts).
 */
export const UNDECLARED_LINKS: readonly { child: string; parent: string }[] = LINKS.map(({ child, parent }) => ({ child, parent }));

const CHECKS: { name: string; sql: string }[] = [
  ...LINKS.map(({ name, child, parent, on }) => ({ name,
    sql: `SELECT count(*) AS n FROM ${child} c WHERE NOT EXISTS (SELECT 1 FROM ${parent} p WHERE ${on})` })),
  // Not a missing parent but a wrong one: evidence must quote the version its fact was read in.
  { name: 'evidence of another version than its fact', sql:
    'SELECT count(*) AS n FROM evidence e JOIN facts f ON f.id = e.fact_id WHERE f.version_id <> e.version_id' },
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
