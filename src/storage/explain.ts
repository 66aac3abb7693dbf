// Plans of the store's hot reads: the SQL a call sends, explained as sent, and the big tables it scans whole.
import type { Driver } from './driver';
import { createRecordStore } from './record';
import { blocksFacts } from './record-batch';
import { createStore } from './store';

/** Tables that grow with the archive: a read of one page or one pair must never scan them whole. */
export const BIG_TABLES = ['documents', 'document_versions', 'document_search', 'sentences', 'facts', 'evidence',
  'mentions', 'record_fact_pairs', 'record_links', 'record_items'] as const;

/** One read a user's command or page makes, as a call on a driver (whose statements are then explained). */
export interface HotRead {
  label: string;
  run(driver: Driver): Promise<unknown>;
}

/** A busy pair, a document, words to search: what the reads are asked about. */
export interface Sample {
  pair: [string, string];
  document: string;
  /** A word most documents hold, and one few do. */
  commonWord: string;
  rareWord: string;
}

export interface Statement {
  sql: string;
  params: unknown[];
}

export interface ExplainedStatement extends Statement {
  plan: string;
  /** The database's own time for the statement (EXPLAIN ANALYZE), or null without ANALYZE. */
  executionMs: number | null;
  /** Big tables the plan reads with a sequential scan. */
  seqScans: string[];
}

/** The statements `run` sends through the driver, in order (they do run, so their results are real). */
export async function statementsOf(driver: Driver, run: (driver: Driver) => Promise<unknown>): Promise<Statement[]> {
  const seen: Statement[] = [];
  // Inside a transaction statements go to the transaction's own connection: on the embedded store, one sent to the
  // driver instead would wait for that transaction to end, and it never would.
  const watch = (db: Driver): Driver => ({
    ...db,
    query: (sql, params = [], options) => { seen.push({ sql, params }); return db.query(sql, params, options); },
    transaction: (fn) => db.transaction((tx) => fn(watch(tx))),
  });
  const spy = watch(driver);
  await run(spy);
  return seen;
}

const SEQ_SCAN = /Seq Scan on (\w+)/g;
const EXECUTION_TIME = /Execution Time: ([\d.]+) ms/;

/** Big tables scanned whole in a plan's text. */
export function seqScansIn(plan: string): string[] {
  const big = new Set<string>(BIG_TABLES);
  return [...new Set([...plan.matchAll(SEQ_SCAN)].map((m) => m[1]).filter((t) => big.has(t)))];
}

/**
 * EXPLAIN of one statement, in a transaction rolled back afterwards (ANALYZE runs it). With `forceIndexes`,
 * sequential scans are priced out: on a small store that shows whether an index exists for the query at all.
 * `setup` runs first in the same transaction, e.g. rows and statistics of the size the plan should be made for.
 */
export async function explain(driver: Driver, statement: Statement,
  options: { analyze?: boolean; forceIndexes?: boolean; setup?: readonly string[] } = {}): Promise<ExplainedStatement> {
  const how = options.analyze ? 'ANALYZE, BUFFERS' : 'COSTS OFF';
  let plan = '';
  const rollBack = new Error('roll back the explained statement');
  await driver.transaction(async (tx) => {
    for (const sql of options.setup ?? []) await tx.exec(sql);
    if (options.forceIndexes) await tx.exec('SET LOCAL enable_seqscan = off');
    const rows = await tx.query<Record<string, string>>(`EXPLAIN (${how}) ${statement.sql}`, statement.params);
    plan = rows.map((r) => Object.values(r)[0]).join('\n');
    throw rollBack;
  }).catch((err: unknown) => { if (err !== rollBack) throw err; });
  const time = EXECUTION_TIME.exec(plan);
  return { ...statement, plan, executionMs: time ? Number(time[1]) : null, seqScans: seqScansIn(plan) };
}

/** The reads of the CLI and the record that must stay fast at any size, asked about `sample`. */
export function hotReads(sample: Sample): HotRead[] {
  const [a, b] = sample.pair;
  const pair = [a, b].sort().join('-');
  const store = (d: Driver) => createStore(d);
  return [
    { label: 'docs, first page', run: (d) => store(d).listDocuments({ limit: 21 }) },
    { label: 'docs, a later page (keyset)', run: async (d) => {
      const first = await store(d).listDocuments({ limit: 20 });
      return store(d).listDocuments({ limit: 21, after: first.at(-1)?.id });
    } },
    { label: `facts --pair ${a}-${b}, first page`, run: (d) => store(d).listFacts({ pair: [a, b], limit: 21 }) },
    { label: `facts --pair ${a}-${b}, a later page (keyset)`, run: async (d) => {
      const first = await store(d).listFacts({ pair: [a, b], limit: 20 });
      return store(d).listFacts({ pair: [a, b], limit: 21, after: first.at(-1)?.id });
    } },
    { label: `facts --pair ${a}-${b} --type visit`, run: (d) => store(d).listFacts({ pair: [a, b], type: 'visit', limit: 21 }) },
    { label: 'facts --type agreement', run: (d) => store(d).listFacts({ type: 'agreement', limit: 21 }) },
    { label: `facts --pair ${a}-${b} --from 2019 --to 2020`,
      run: (d) => store(d).listFacts({ pair: [a, b], from: '2019', to: '2020', limit: 21 }) },
    { label: `show ${sample.document} (document page)`, run: (d) => store(d).getDocument(sample.document) },
    { label: `facts --doc ${sample.document}`, run: (d) => store(d).listFacts({ doc: sample.document, limit: 100 }) },
    { label: `search ${sample.commonWord} (common)`, run: (d) => store(d).search(sample.commonWord, 20) },
    { label: `search ${sample.rareWord} (rare)`, run: (d) => store(d).search(sample.rareWord, 20) },
    { label: `record items of ${pair}`, run: (d) => createRecordStore(d).listItems({ pair }) },
    // What an ingest reads to update the record: the facts of the blocks a new document touches (here the pair's
    // largest block). A rebuild reads a whole pair instead, where a scan of the facts is the right plan.
    { label: `record facts of ${pair}'s largest block (a document's record update)`, run: async (d) => {
      const [largest] = await d.query<{ block: string }>(
        'SELECT block FROM record_fact_pairs WHERE pair = $1 GROUP BY block ORDER BY count(*) DESC, block LIMIT 1', [pair]);
      return blocksFacts(d, [{ pair, blocks: largest ? [largest.block] : [] }]);
    } },
  ];
}
