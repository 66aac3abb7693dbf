// Every query of the store, written once in the SQL both PGlite and PostgreSQL understand.
import { DyadError } from '../shared/errors';
import type { FactBody } from '../shared/types';
import type { Driver } from './driver';
import { feedMemory } from './feeds';
import { checkSpans, DOCUMENT_COLUMNS, saveInTransaction, toDocument, type DocumentRow } from './save';
import { bestMatchesSql, withIndexScans } from './search-rank';
import type { DocumentDetail, ListedDocument, SaveItem, SaveOutcome, SearchHit, Store, StoredFact } from './types';

const SNIPPET_OPTIONS = 'StartSel=[, StopSel=], MaxWords=30, MinWords=12';
const MAX_INT = 2147483647;
/** Saves in one session after which close() gathers statistics: the planner needs them once tables have grown. */
const ANALYZE_AFTER_SAVES = 50;
/** PostgreSQL's codes for a deadlock and a serialization failure: the transaction may simply run again. */
const RETRYABLE = new Set(['40P01', '40001']);
const MAX_ATTEMPTS = 5;

/**
 * Facts between two states in either direction, written as the index facts_pair_sorted_id is: the pair's lower
 * and higher code (`?` stand for them, in that order). A page of them is then one range of that index, in id order.
 */
export const PAIR_CONDITION =
  'least(f.country_a, f.country_b) = ? AND greatest(f.country_a, f.country_b) = ? AND f.country_b IS NOT NULL';

/** A reference typed by a user is a document id when it is all digits (and fits), else a name. */
function asId(ref: string): number | null {
  if (!/^\d+$/.test(ref)) return null;
  const n = Number(ref);
  return n <= MAX_INT ? n : null;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Builds a WHERE clause from the conditions present, numbering parameters as they are added. */
class Conditions {
  readonly params: unknown[] = [];
  private readonly parts: string[] = [];
  /** Adds `sql` where each `?` stands for the next of `values`. */
  add(sql: string, ...values: unknown[]): void {
    let i = 0;
    this.parts.push(sql.replace(/\?/g, () => { this.params.push(values[i++]); return `$${this.params.length}`; }));
  }
  param(value: unknown): string {
    this.params.push(value);
    return `$${this.params.length}`;
  }
  get where(): string {
    return this.parts.length ? `WHERE ${this.parts.join(' AND ')}` : '';
  }
}

/** A limit the database can take: a positive whole number, or none. */
function limitOf(n: number | undefined): number | null {
  if (n === undefined) return null;
  if (!Number.isInteger(n) || n < 1) throw new DyadError('usage', `a limit must be a positive whole number, got ${n}`);
  return n;
}

export function createStore(driver: Driver): Store {
  let savedSinceAnalyze = 0;
  // Statistics are gathered again each time this session's saves double (50, 100, 200...): a long ingest or a
  // server taking documents for days keeps plans fit for the tables' size, at a cost logarithmic in the saves.
  let saved = 0;
  let analyzeAt = ANALYZE_AFTER_SAVES;

  async function resolveDocumentId(ref: string): Promise<number> {
    const [row] = await driver.query<{ id: number }>(
      'SELECT id FROM documents WHERE id = $1::integer OR name = $2::text ORDER BY (id = $1::integer) IS TRUE DESC LIMIT 1',
      [asId(ref), ref]);
    if (!row) throw new DyadError('not_found', `no stored document "${ref}": see \`dyad docs\` for ids and names`, { input: ref });
    return row.id;
  }

  /** Runs a read or write, turning database failures into a storage error that names what was asked. */
  async function guarded<T>(what: string, input: string | undefined, fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (err) {
      if (err instanceof DyadError) throw err;
      throw new DyadError('storage', `${what} in ${driver.location} failed: ${(err as Error).message}`,
        { input, cause: err });
    }
  }

  /**
   * Saves documents in order in one transaction, as one save after the other would (a later one sees the earlier
   * ones' rows: a copy, a name taken), so a batch costs one commit instead of one per document. All or nothing.
   */
  async function saveAll(items: readonly SaveItem[], input: string | undefined): Promise<SaveOutcome[]> {
    for (const { doc, sentences, facts } of items) checkSpans(doc, sentences, facts);
    const what = items.length === 1 ? `saving ${items[0].doc.source}` : `saving ${items.length} documents`;
    const outcomes = await guarded(what, input, async () => {
      for (let attempt = 1; ; attempt++) {
        try {
          return await driver.transaction(async (tx) => {
            const done: SaveOutcome[] = [];
            for (const { doc, sentences, facts } of items) done.push(await saveInTransaction(tx, doc, sentences, facts));
            return done;
          });
        } catch (err) {
          const code = (err as { code?: string }).code;
          if (!code || !RETRYABLE.has(code) || attempt >= MAX_ATTEMPTS) throw err;
          // Another writer won the lock race; its transaction is done by now or soon.
          await pause(10 * attempt + Math.random() * 20);
        }
      }
    });
    const stored = outcomes.filter((o) => o.status !== 'unchanged').length;
    savedSinceAnalyze += stored;
    saved += stored;
    if (saved >= analyzeAt) {
      analyzeAt = saved * 2;
      // The documents are stored whatever happens here: failing statistics only leave the older ones in place.
      await analyze().catch(() => undefined);
    }
    return outcomes;
  }

  async function analyze(): Promise<void> {
    // The store's own tables only: a bare ANALYZE would go through every schema of a shared PostgreSQL database
    // (another team's store, a benchmark's copy), seconds each time for tables this store never reads.
    const tables = await driver.query<{ name: string }>(
      `SELECT quote_ident(tablename) AS name FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename`);
    // The embedded store has no autovacuum: without a VACUUM no page is ever marked all-visible, and every
    // index-only read (counts of a pair's facts, a common word's search) visits the table's rows as well.
    const command = driver.backend === 'pglite' ? 'VACUUM ANALYZE' : 'ANALYZE';
    if (tables.length) await driver.exec(`${command} ${tables.map((t) => t.name).join(', ')}`);
    // VACUUM runs outside a transaction, so the embedded driver's own checkpoints (after its transactions) miss it.
    if (driver.backend === 'pglite') await driver.exec('CHECKPOINT');
    savedSinceAnalyze = 0;
  }

  return {
    feeds: feedMemory(driver),
    async saveDocument(doc, sentences, facts) {
      const [outcome] = await saveAll([{ doc, sentences, facts }], doc.source);
      return outcome;
    },

    saveDocuments: (items) => saveAll(items, items.length === 1 ? items[0].doc.source : undefined),

    listDocuments(page = {}) {
      return guarded('listing documents', undefined, async () => {
        const c = new Conditions();
        c.add('v.is_latest');
        if (page.after !== undefined) {
          c.add(`(v.ingested_at, v.id) < (SELECT ingested_at, id FROM document_versions
                  WHERE document_id = ? AND is_latest)`, page.after);
        }
        const limit = limitOf(page.limit);
        const rows = await driver.query<DocumentRow & { facts: number }>(
          `SELECT ${DOCUMENT_COLUMNS}, (SELECT count(*) FROM facts f WHERE f.version_id = v.id)::integer AS facts
           FROM document_versions v JOIN documents d ON d.id = v.document_id
           ${c.where}
           ORDER BY v.ingested_at DESC, v.id DESC
           ${limit === null ? '' : `LIMIT ${c.param(limit)}`} ${page.offset ? `OFFSET ${c.param(page.offset)}` : ''}`,
          c.params);
        return rows.map((r): ListedDocument => ({ ...toDocument(r), facts: r.facts }));
      });
    },

    getDocument(ref, options = {}) {
      return guarded(`reading document ${ref}`, ref, async () => {
        // An all-digit ref is an id first; a document named "2024" is still found when no id matches.
        const version = options.version === undefined
          ? 'v.is_latest' : `v.version = ${Number(limitOf(options.version))}`;
        const [row] = await driver.query<DocumentRow & { text: string; sources: string[]; versions: number }>(
          `SELECT ${DOCUMENT_COLUMNS}, v.text,
                  (SELECT array_agg(source ORDER BY source = d.source DESC, added_at, source)
                   FROM document_sources WHERE document_id = d.id) AS sources,
                  (SELECT count(*) FROM document_versions WHERE document_id = d.id)::integer AS versions
           FROM documents d
           JOIN document_versions v ON v.document_id = d.id AND ${version}
           WHERE d.id = $1::integer OR d.name = $2::text ORDER BY (d.id = $1::integer) IS TRUE DESC LIMIT 1`,
          [asId(ref), ref]);
        return row ? { ...toDocument(row), text: row.text, sources: row.sources ?? [row.source], versions: row.versions } satisfies DocumentDetail : null;
      });
    },

    search(query, limit = 20) {
      return guarded(`searching for "${query}"`, query, async () => {
        const n = Math.max(1, Math.min(Math.floor(limit) || 20, 1000));
        // The best matches as the API's search keeps them (search-rank.ts), the top n of them by ts_rank_cd; only
        // the hits returned are joined to their text and given a headline.
        const rows = await withIndexScans<DocumentRow & { rank: number; snippet: string }>(driver,
          `SELECT ${DOCUMENT_COLUMNS}, hit.rank,
                  ts_headline('english', v.text, websearch_to_tsquery('english', $1::text), $3::text) AS snippet
           FROM (SELECT best.version_id, ts_rank_cd(best.search, best.q) AS rank
                 FROM (${bestMatchesSql(Math.max(n, 100))}) AS best
                 ORDER BY rank DESC, best.version_id DESC LIMIT $2) AS hit
           JOIN document_versions v ON v.id = hit.version_id
           JOIN documents d ON d.id = v.document_id
           ORDER BY hit.rank DESC, hit.version_id DESC`,
          [query, n, SNIPPET_OPTIONS]);
        return rows.map((r): SearchHit => ({ document: toDocument(r), rank: r.rank, snippet: r.snippet }));
      });
    },

    listFacts(filter = {}) {
      return guarded('listing facts', filter.doc, async () => {
        const c = new Conditions();
        if (filter.doc !== undefined) c.add('v.document_id = ?', await resolveDocumentId(filter.doc));
        if (filter.type) c.add('f.type = ?', filter.type);
        if (filter.pair) {
          const [low, high] = [...filter.pair].sort();
          c.add(PAIR_CONDITION, low, high);
        }
        if (filter.country) c.add('(f.country_a = ? OR f.country_b = ?)', filter.country, filter.country);
        // A date or period overlaps the range when compared at the precision both have ("2020" meets "2020-05").
        const start = "split_part(f.date_or_period, '/', 1)";
        const end = `coalesce(nullif(split_part(f.date_or_period, '/', 2), ''), ${start})`;
        if (filter.from) {
          const p = c.param(filter.from);
          c.add(`left(${end}, length(${p}::text)) >= left(${p}::text, length(${end}))`);
        }
        if (filter.to) {
          const p = c.param(filter.to);
          c.add(`left(${start}, length(${p}::text)) <= left(${p}::text, length(${start}))`);
        }
        if (filter.after !== undefined) c.add('f.id > ?', filter.after);
        const limit = limitOf(filter.limit);
        // One evidence row per fact (saveDocument writes exactly one), so a plain join: no lookup per fact.
        const rows = await driver.query<{
          id: number; body: FactBody; confidence: number; curation: string; document_id: number;
          document_name: string; sentence_index: number; char_start: number; char_end: number; quote: string;
        }>(
          `SELECT f.id, f.body, f.confidence, f.curation, d.id AS document_id, d.name AS document_name,
                  e.sentence_index, e.char_start, e.char_end, e.quote
           FROM facts f
           JOIN document_versions v ON v.id = f.version_id AND v.is_latest
           JOIN documents d ON d.id = v.document_id
           JOIN evidence e ON e.fact_id = f.id
           ${c.where}
           ORDER BY f.id
           ${limit === null ? '' : `LIMIT ${c.param(limit)}`}`,
          c.params);
        return rows.map((r) => ({
          // jsonb reorders keys; the type reads best first.
          ...{ type: r.body.type },
          ...r.body,
          confidence: r.confidence,
          evidence: { sentence: r.sentence_index, start: r.char_start, end: r.char_end, quote: r.quote },
          id: r.id, documentId: r.document_id, documentName: r.document_name, curation: r.curation,
        }) as StoredFact);
      });
    },

    analyze: () => guarded('gathering statistics', undefined, analyze),

    async close() {
      try {
        if (savedSinceAnalyze >= ANALYZE_AFTER_SAVES) await analyze();
      } finally {
        await driver.close();
      }
    },
  };
}
