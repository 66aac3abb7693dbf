// Country pairs of the stored record with their counts, and one pair's summary, from SQL aggregates.
import type { Driver } from '../../storage/driver';
import { pairCountries } from './countries';
import { queryEvents, type ApiEvent } from './events';
import { byPeriod, direction, seriesKey } from './figures';
import { EVENT_TYPES, type Page, type Pair } from './page';

export interface PairListing {
  pair: string;
  countries: { code: string; name: string }[];
  documents: number;
  events: number;
  figures: number;
  /** Record items of every type. */
  items: number;
  /** Stored facts the items were consolidated from. */
  facts: number;
  lastIngested: string | null;
}

/** The latest actual value of one figure series, with how many sources give it. */
export interface KeyFigure {
  metric: string; from: string | null; to: string | null; unit: string; period: string | null; value: number;
  /** Several values are given for that period. */
  conflict: boolean;
  sources: number;
}

export interface PairSummary extends PairListing {
  /** Record items by type, plus `pledges` (targets). */
  counts: Record<string, number>;
  latestEvents: ApiEvent[];
  keyFigures: KeyFigure[];
}

/** How many key figures a summary shows: the series with the most recent values first. */
const KEY_FIGURES = 8;
const LATEST_EVENTS = 5;

interface PairRow { pair: string; documents: number; events: number; figures: number; items: number; facts: number; last: Date | string | null }

function toListing(r: PairRow): PairListing {
  return { pair: r.pair, countries: pairCountries(r.pair), documents: r.documents, events: r.events, figures: r.figures,
    items: r.items, facts: r.facts, lastIngested: r.last ? new Date(r.last).toISOString() : null };
}

/**
 * Pairs with items, most documented first, each with its counts: the fact index and the items are each read once,
 * grouped by pair (a count per pair and per column would read them once per pair), and the latest ingest is looked
 * up for the page's pairs only.
 */
export async function listPairs(driver: Driver, page: Page): Promise<PairListing[]> {
  const rows = await driver.query<PairRow>(
    `WITH facts AS (SELECT pair, count(DISTINCT document_id)::integer AS documents, count(*)::integer AS facts
                    FROM record_fact_pairs GROUP BY pair),
          items AS (SELECT pair, count(*) FILTER (WHERE type = ANY($1::text[]))::integer AS events,
                      count(*) FILTER (WHERE type = 'figure')::integer AS figures
                    FROM record_items GROUP BY pair),
          listed AS (SELECT p.pair, coalesce(f.documents, 0) AS documents, coalesce(i.events, 0) AS events,
                       coalesce(i.figures, 0) AS figures, p.items, coalesce(f.facts, 0) AS facts
                     FROM record_pairs p LEFT JOIN facts f ON f.pair = p.pair LEFT JOIN items i ON i.pair = p.pair
                     WHERE p.items > 0
                     ORDER BY documents DESC, p.items DESC, p.pair
                     LIMIT $2 OFFSET $3)
     SELECT listed.*, (SELECT max(v.ingested_at) FROM document_versions v WHERE v.is_latest AND v.document_id IN (
         SELECT fp.document_id FROM record_fact_pairs fp WHERE fp.pair = listed.pair)) AS last
     FROM listed ORDER BY documents DESC, items DESC, pair`, [[...EVENT_TYPES], page.limit + 1, page.offset]);
  return rows.map(toListing);
}

/**
 * A pair's summary: counts by type in one grouped read, the latest events along the date order with their sources,
 * and the key figures from the figure items' bodies and source counts (no sources loaded). Null for a pair without
 * a record.
 */
export async function pairSummary(driver: Driver, pair: Pair): Promise<PairSummary | null> {
  // The pair's version is read before its summary is computed: a change committed meanwhile gives a newer version,
  // so the next read computes again rather than keep a summary that may have missed it.
  const [state] = await driver.query<{ version: string; dirty: boolean }>(
    'SELECT updated_at::text AS version, dirty FROM record_pairs WHERE pair = $1', [pair.key]);
  if (!state) return null;
  const memo = summaries(driver);
  const kept = memo.get(pair.key);
  if (kept && kept.version === state.version && !state.dirty) {
    // Read again, it goes to the end of the order in which the oldest summary is dropped.
    memo.delete(pair.key);
    memo.set(pair.key, kept);
    return kept.summary;
  }
  const summary = await computePairSummary(driver, pair);
  memo.set(pair.key, { version: state.version, summary });
  if (memo.size > SUMMARIES_KEPT) memo.delete(memo.keys().next().value!);
  return summary;
}

/**
 * How many pairs' summaries a process keeps. A summary reads every fact index row, item count and figure body of its
 * pair (150 ms for a pair of 4,000 documents at 100,000 on PostgreSQL), while the pair changes only when the record
 * of one of its blocks is written again, which moves its `record_pairs.updated_at`: a summary is kept with that
 * version and computed again once it moves.
 */
const SUMMARIES_KEPT = 256;
const summaryMemos = new WeakMap<Driver, Map<string, { version: string; summary: PairSummary | null }>>();

function summaries(driver: Driver): Map<string, { version: string; summary: PairSummary | null }> {
  let memo = summaryMemos.get(driver);
  if (!memo) summaryMemos.set(driver, memo = new Map());
  return memo;
}

/** The summary as the store holds it now (pairSummary keeps it until the pair changes). */
async function computePairSummary(driver: Driver, pair: Pair): Promise<PairSummary | null> {
  // The pair's fact index is read once, grouped by document (facts and documents counted from the groups); the
  // latest ingest is looked up for those documents through the latest versions' document index, given as an array:
  // as a join (or a lateral read the planner turned into one) it hashed every version of the store (7–9 → 3–4 ms for
  // a pair of 374 documents on the embedded store).
  const [head] = await driver.query<Omit<PairRow, 'events' | 'figures'>>(
    `WITH docs AS MATERIALIZED (SELECT document_id, count(*) AS n FROM record_fact_pairs WHERE pair = $1 GROUP BY document_id)
     SELECT p.pair, p.items, (SELECT sum(n)::integer FROM docs) AS facts, (SELECT count(*)::integer FROM docs) AS documents,
       (SELECT max(v.ingested_at) FROM document_versions v
        WHERE v.is_latest AND v.document_id = ANY(ARRAY(SELECT document_id FROM docs))) AS last
     FROM record_pairs p WHERE p.pair = $1 AND p.items > 0`, [pair.key]);
  if (!head) return null;
  const [byType, latestEvents, { keyFigures, targets }] = await Promise.all([
    driver.query<{ type: string; n: number }>(
      'SELECT type, count(*)::integer AS n FROM record_items WHERE pair = $1 GROUP BY type', [pair.key]),
    queryEvents(driver, { pair, order: 'date_desc' }, { limit: LATEST_EVENTS, offset: 0 }),
    pairKeyFigures(driver, pair),
  ]);
  const counts: Record<string, number> = Object.fromEntries(byType.map((r) => [r.type, r.n]));
  const events = EVENT_TYPES.reduce((n, t) => n + (counts[t] ?? 0), 0);
  return {
    ...toListing({ ...head, events, figures: counts.figure ?? 0 }),
    counts: { ...counts, pledges: targets },
    latestEvents: latestEvents.slice(0, LATEST_EVENTS), keyFigures,
  };
}

/**
 * The latest actual point of each of the pair's figure series (several at that period: a conflict) and the number of
 * targets, from one read of the figure items' bodies; sources are counted for the points shown only.
 */
export async function pairKeyFigures(driver: Driver, pair: Pair): Promise<{ keyFigures: KeyFigure[]; targets: number }> {
  const rows = await driver.query<{ id: number; body: Record<string, unknown> }>(
    `SELECT i.id, i.body FROM record_items i WHERE i.pair = $1 AND i.type = 'figure'`, [pair.key]);
  type Point = { id: number; body: Record<string, unknown>; period: string | null; value: number };
  const series = new Map<string, Point[]>();
  let targets = 0;
  for (const r of rows) {
    if (r.body.modality === 'target') { targets++; continue; }
    const key = seriesKey(pair.key, r.body);
    const point = { id: r.id, body: r.body, period: typeof r.body.period === 'string' ? r.body.period : null, value: Number(r.body.value) };
    const points = series.get(key);
    if (points) points.push(point); else series.set(key, [point]);
  }
  // Series in metric and key order first, so series with the same latest period keep a stable order.
  const ordered = [...series.entries()].sort(([x, xs], [y, ys]) =>
    String(xs[0].body.metric).localeCompare(String(ys[0].body.metric)) || x.localeCompare(y));
  const latest = ordered.map(([, points]) => {
    points.sort(byPeriod);
    const last = points[points.length - 1].period;
    return points.filter((p) => p.period === last);
  }).sort((x, y) => (y[0].period ?? '').localeCompare(x[0].period ?? '')).slice(0, KEY_FIGURES);
  const shown = latest.flat().map((p) => p.id);
  const counts = shown.length ? await driver.query<{ item_id: number; n: number }>(
    'SELECT item_id, count(*)::integer AS n FROM record_links WHERE item_id = ANY($1::integer[]) GROUP BY item_id', [shown]) : [];
  const sourcesOf = new Map(counts.map((c) => [c.item_id, c.n]));
  const keyFigures = latest.map((points) => {
    const [from, to] = direction(points[0].body);
    return { metric: String(points[0].body.metric), from, to, unit: String(points[0].body.unit), period: points[0].period,
      value: points[0].value, conflict: points.length > 1, sources: points.reduce((n, p) => n + (sourcesOf.get(p.id) ?? 0), 0) };
  });
  return { keyFigures, targets };
}
