// GET /pairs (country pairs with counts) and GET /pairs/{pair} (a pair's summary: counts, latest events, key figures).
import { createRoute, z } from '@hono/zod-openapi';
import { notFound } from '../core/errors';
import { pageOf, pageQuery, pageResult, pairSchema, type Pair } from '../core/params';
import { errorResponses, jsonOk, notFoundResponse, pageSchema } from '../core/schemas';
import { router } from '../core/env';
import { pairCountries } from '../data/countries';
import { countFacts, FACT_FROM } from '../data/facts';
import { queryEvents } from '../data/events';
import { figureSeries, pledges } from '../data/figures';
import { projects } from '../data/projects';
import type { Driver } from '../../storage/driver';
import { EventSchema } from '../events/index';

const CountrySchema = z.object({ code: z.string(), name: z.string() });

const PairSchema = z.object({
  pair: z.string().openapi({ example: 'AZE-BLR' }),
  countries: z.array(CountrySchema),
  documents: z.number().int(),
  events: z.number().int(),
  figures: z.number().int(),
  facts: z.number().int(),
  lastIngested: z.string().nullable(),
}).openapi('Pair');

const KeyFigureSchema = z.object({
  metric: z.string(), from: z.string().nullable(), to: z.string().nullable(), unit: z.string(),
  period: z.string().nullable(), value: z.number(), conflict: z.boolean(), sources: z.number().int(),
});

const SummarySchema = PairSchema.extend({
  counts: z.record(z.string(), z.number().int()).openapi({ description: 'facts by type, plus pledges and projects' }),
  latestEvents: z.array(EventSchema),
  keyFigures: z.array(KeyFigureSchema),
}).openapi('PairSummary');

const EVENT_FILTER = `f.type IN ('visit', 'call', 'meeting', 'agreement')`;

interface PairRow { a: string; b: string; documents: number; events: number; figures: number; facts: number; last: Date | string | null }

function toPair(r: PairRow) {
  const pair = `${r.a}-${r.b}`;
  return { pair, countries: pairCountries(pair), documents: r.documents, events: r.events, figures: r.figures,
    facts: r.facts, lastIngested: r.last ? new Date(r.last).toISOString() : null };
}

async function pairRows(driver: Driver, pair: Pair | null, limit: number, offset: number): Promise<PairRow[]> {
  return driver.query<PairRow>(
    `SELECT least(f.country_a, f.country_b) AS a, greatest(f.country_a, f.country_b) AS b,
            count(DISTINCT v.document_id)::integer AS documents,
            (count(*) FILTER (WHERE ${EVENT_FILTER}))::integer AS events,
            (count(*) FILTER (WHERE f.type = 'figure'))::integer AS figures,
            count(*)::integer AS facts, max(v.ingested_at) AS last
     FROM ${FACT_FROM}
     WHERE f.country_a IS NOT NULL AND f.country_b IS NOT NULL AND f.country_a <> f.country_b
       AND f.curation <> 'rejected'
       AND ($1::text IS NULL OR (f.country_a = $1 AND f.country_b = $2) OR (f.country_a = $2 AND f.country_b = $1))
     GROUP BY 1, 2
     ORDER BY documents DESC, facts DESC, a, b
     LIMIT $3 OFFSET $4`, [pair?.a ?? null, pair?.b ?? null, limit, offset]);
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
    const rows = await pairRows(c.var.data.driver, null, page.limit + 1, page.offset);
    return c.json(pageResult(rows.map(toPair), page), 200);
  })
  .openapi(summaryRoute, async (c) => {
    const { pair } = c.req.valid('param');
    const summary = await pairSummary(c.var.data.driver, pair);
    if (!summary) throw notFound('facts about the pair', pair.key);
    return c.json(summary, 200);
  });

export async function pairSummary(driver: Driver, pair: Pair) {
  const [row] = await pairRows(driver, pair, 1, 0);
  if (!row) return null;
  const [counts, latestEvents, series, targets, projectList] = await Promise.all([
    countFacts(driver, { pair }),
    queryEvents(driver, { pair, order: 'date_desc' }, { limit: 5, offset: 0 }),
    figureSeries(driver, { pair }),
    pledges(driver, { pair }),
    projects(driver, { pair }),
  ]);
  // Key figures: the latest actual point of each trade, export and investment series.
  const keyFigures = series
    .filter((s) => s.modality === 'actual' && s.points.length)
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
    counts: { ...counts, pledges: targets.length, projects: projectList.length },
    latestEvents, keyFigures,
  };
}
