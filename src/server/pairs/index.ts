// GET /pairs (country pairs with counts) and GET /pairs/{pair} (a pair's summary: counts, latest events, key figures).
import { createRoute, z } from '@hono/zod-openapi';
import { notFound } from '../core/errors';
import { pageOf, pageQuery, pageResult, pairSchema, type Pair } from '../core/params';
import { errorResponses, jsonOk, notFoundResponse, pageSchema } from '../core/schemas';
import { router } from '../core/env';
import { pairCountries } from '../../service/read/countries';
import { queryEvents } from '../../service/read/events';
import { figureSeries } from '../../service/read/figures';
import { freshRecord } from '../data/index';
import type { Driver } from '../../storage/driver';
import { EventSchema } from '../events/index';

const CountrySchema = z.object({ code: z.string(), name: z.string() });

const PairSchema = z.object({
  pair: z.string().openapi({ example: 'AZE-BLR' }),
  countries: z.array(CountrySchema),
  documents: z.number().int(),
  events: z.number().int(),
  figures: z.number().int(),
  items: z.number().int().openapi({ description: 'record items of every type' }),
  facts: z.number().int().openapi({ description: 'stored facts the items were consolidated from' }),
  lastIngested: z.string().nullable(),
}).openapi('Pair');

const KeyFigureSchema = z.object({
  metric: z.string(), from: z.string().nullable(), to: z.string().nullable(), unit: z.string(),
  period: z.string().nullable(), value: z.number(), conflict: z.boolean(), sources: z.number().int(),
});

const SummarySchema = PairSchema.extend({
  counts: z.record(z.string(), z.number().int()).openapi({ description: 'record items by type, plus pledges' }),
  latestEvents: z.array(EventSchema),
  keyFigures: z.array(KeyFigureSchema),
}).openapi('PairSummary');

interface PairRow { pair: string; documents: number; events: number; figures: number; items: number; facts: number; last: Date | string | null }

function toPair(r: PairRow) {
  return { pair: r.pair, countries: pairCountries(r.pair), documents: r.documents, events: r.events, figures: r.figures,
    items: r.items, facts: r.facts, lastIngested: r.last ? new Date(r.last).toISOString() : null };
}

/** Pairs of the stored record with their counts (items are what the record consolidated, not raw facts). */
async function pairRows(driver: Driver, pair: Pair | null, limit: number, offset: number): Promise<PairRow[]> {
  return driver.query<PairRow>(
    `SELECT p.pair,
       (SELECT count(DISTINCT fp.document_id)::integer FROM record_fact_pairs fp WHERE fp.pair = p.pair) AS documents,
       (SELECT count(*)::integer FROM record_items i WHERE i.pair = p.pair
          AND i.type IN ('visit', 'call', 'meeting', 'agreement')) AS events,
       (SELECT count(*)::integer FROM record_items i WHERE i.pair = p.pair AND i.type = 'figure') AS figures,
       p.items,
       (SELECT count(*)::integer FROM record_fact_pairs fp WHERE fp.pair = p.pair) AS facts,
       (SELECT max(v.ingested_at) FROM record_fact_pairs fp
          JOIN document_versions v ON v.document_id = fp.document_id AND v.is_latest WHERE fp.pair = p.pair) AS last
     FROM record_pairs p
     WHERE p.items > 0 AND ($1::text IS NULL OR p.pair = $1)
     ORDER BY documents DESC, p.items DESC, p.pair
     LIMIT $2 OFFSET $3`, [pair?.key ?? null, limit, offset]);
}

const listRoute = createRoute({
  method: 'get', path: '/pairs', tags: ['pairs'],
  summary: 'Country pairs with counts of documents, events and figures',
  request: { query: z.object(pageQuery) },
  responses: { ...jsonOk(pageSchema(PairSchema, 'PairPage'), 'a page of pairs, most documented first'), ...errorResponses },
});

const summaryRoute = createRoute({
  method: 'get', path: '/pairs/{pair}', tags: ['pairs'],
  summary: "A pair's summary: counts, latest events, key figures",
  request: { params: z.object({ pair: pairSchema }) },
  responses: { ...jsonOk(SummarySchema, 'the summary'), ...errorResponses, ...notFoundResponse },
});

export const pairsRoutes = router()
  .openapi(listRoute, async (c) => {
    const page = pageOf(c.req.valid('query'));
    await freshRecord(c.var.data);
    const rows = await pairRows(c.var.data.driver, null, page.limit + 1, page.offset);
    return c.json(pageResult(rows.map(toPair), page), 200);
  })
  .openapi(summaryRoute, async (c) => {
    const { pair } = c.req.valid('param');
    await freshRecord(c.var.data);
    const summary = await pairSummary(c.var.data.driver, pair);
    if (!summary) throw notFound('facts about the pair', pair.key);
    return c.json(summary, 200);
  });

export async function pairSummary(driver: Driver, pair: Pair) {
  const [row] = await pairRows(driver, pair, 1, 0);
  if (!row) return null;
  const [counts, latestEvents, series, targets] = await Promise.all([
    driver.query<{ type: string; n: number }>(
      'SELECT type, count(*)::integer AS n FROM record_items WHERE pair = $1 GROUP BY type', [pair.key]),
    queryEvents(driver, { pair, order: 'date_desc' }, { limit: 5, offset: 0 }),
    figureSeries(driver, { pair, modality: 'actual' }),
    driver.query<{ n: number }>(
      `SELECT count(*)::integer AS n FROM record_items WHERE pair = $1 AND type = 'figure' AND body ->> 'modality' = 'target'`,
      [pair.key]),
  ]);
  // Key figures: the latest actual point of each trade, export and investment series.
  const keyFigures = series
    .filter((s) => s.points.length)
    .map((s) => {
      const latest = s.points.filter((p) => p.period === s.points[s.points.length - 1].period);
      const p = latest[0];
      return { metric: s.metric, from: s.from, to: s.to, unit: s.unit, period: p.period, value: p.value,
        conflict: latest.length > 1, sources: latest.reduce((n, x) => n + x.sources.length, 0) };
    })
    .sort((x, y) => (y.period ?? '').localeCompare(x.period ?? ''))
    .slice(0, 8);
  return {
    ...toPair(row),
    counts: { ...Object.fromEntries(counts.map((r) => [r.type, r.n])), pledges: targets[0]?.n ?? 0 },
    latestEvents, keyFigures,
  };
}
