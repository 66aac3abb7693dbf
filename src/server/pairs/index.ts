// GET /pairs (country pairs with counts) and GET /pairs/{pair} (a pair's summary: counts, latest events, key figures).
import { createRoute, z } from '@hono/zod-openapi';
import { notFound } from '../core/errors';
import { pageOf, pageQuery, pageResult, pairSchema } from '../core/params';
import { errorResponses, jsonOk, notFoundResponse, pageSchema } from '../core/schemas';
import { router } from '../core/env';
import { listPairs, pairSummary } from '../../service/read/pairs';
import { freshRecord } from '../data/index';
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
    return c.json(pageResult(await listPairs(c.var.data.driver, page), page), 200);
  })
  .openapi(summaryRoute, async (c) => {
    const { pair } = c.req.valid('param');
    await freshRecord(c.var.data);
    const summary = await pairSummary(c.var.data.driver, pair);
    if (!summary) throw notFound('facts about the pair', pair.key);
    return c.json(summary, 200);
  });
