// GET /figures (figure series with conflicts marked) and GET /pledges (targets with their outcome).
import { createRoute, z } from '@hono/zod-openapi';
import { METRICS } from '../../shared/types';
import { marksPageQuery, pageOf, pageQuery, pageResult, pairSchema, partialDate } from '../core/params';
import { errorResponses, jsonOk, pageSchema, SourceSchema } from '../core/schemas';
import { router } from '../core/env';
import { chartMarks, figureSeries, pledges } from '../../service/read/figures';
import { freshRecord } from '../data/index';

const PointSchema = z.object({
  itemId: z.number().int(), period: z.string().nullable(), value: z.number(),
  conflict: z.boolean().openapi({ description: 'another report for the same period differs by more than 2%' }),
  sources: z.array(SourceSchema),
});

const SeriesSchema = z.object({
  key: z.string(), pair: z.string(), metric: z.string(), from: z.string().nullable(),
  to: z.string().nullable(), unit: z.string(), modality: z.string(), commodity: z.string().nullable(),
  points: z.array(PointSchema),
}).openapi('FigureSeries');

const PledgeSchema = z.object({
  id: z.number().int(), pair: z.string(), metric: z.string(), from: z.string().nullable(),
  to: z.string().nullable(), unit: z.string(), value: z.number(), period: z.string().nullable(),
  outcome: z.enum(['met', 'missed', 'open']), actual: z.number().nullable(), sources: z.array(SourceSchema),
}).openapi('Pledge');

const figuresRoute = createRoute({
  method: 'get', path: '/figures', tags: ['figures'],
  summary: 'Figure series per pair, metric, direction, unit and modality',
  request: { query: z.object({
    pair: pairSchema.optional(),
    metric: z.enum(METRICS).optional(),
    modality: z.enum(['actual', 'target']).optional(),
    from: partialDate.optional(), to: partialDate.optional(),
    ...pageQuery,
  }) },
  responses: { ...jsonOk(pageSchema(SeriesSchema, 'FigureSeriesPage'), 'a page of series'), ...errorResponses },
});

const pledgesRoute = createRoute({
  method: 'get', path: '/pledges', tags: ['figures'],
  summary: 'Targets with their outcome (met, missed, open) judged on their own period',
  request: { query: z.object({
    pair: pairSchema.optional(),
    outcome: z.enum(['met', 'missed', 'open']).optional(),
    ...pageQuery,
  }) },
  responses: { ...jsonOk(pageSchema(PledgeSchema, 'PledgePage'), 'a page of pledges'), ...errorResponses },
});

const ChartMarkSchema = z.object({
  id: z.number().int().openapi({ description: 'id of the figure as GET /pairs/{pair}/items/{id} takes it (its first source fact)' }),
  itemId: z.number().int(),
  type: z.literal('figure'),
  documents: z.number().int().openapi({ description: 'documents reporting the figure' }),
  body: z.record(z.string(), z.unknown()).openapi({
    description: 'the item in the Record v1 shape, with `docs`; `conflict` on a disputed figure, `outcome` and `actual` on a target' }),
}).openapi('ChartMark');


const chartRoute = createRoute({
  method: 'get', path: '/pairs/{pair}/chart', tags: ['figures'],
  summary: "A pair's figures and targets as chart marks (their fields and how many documents report each, no sources)",
  request: {
    params: z.object({ pair: pairSchema }),
    query: z.object(marksPageQuery),
  },
  responses: { ...jsonOk(pageSchema(ChartMarkSchema, 'ChartPage'), 'a page of marks in period order, undated last'),
    ...errorResponses },
});

export const figuresRoutes = router()
  .openapi(chartRoute, async (c) => {
    const { pair } = c.req.valid('param');
    const page = pageOf(c.req.valid('query'));
    await freshRecord(c.var.data);
    const marks = await chartMarks(c.var.data.driver, pair, page);
    return c.json(pageResult(marks.map((m) => ({ ...m, type: 'figure' as const })), page), 200);
  })
  .openapi(figuresRoute, async (c) => {
    const q = c.req.valid('query');
    const page = pageOf(q);
    await freshRecord(c.var.data);
    const series = await figureSeries(c.var.data.driver,
      { pair: q.pair, metric: q.metric, modality: q.modality, from: q.from, to: q.to }, page);
    return c.json(pageResult(series, page), 200);
  })
  .openapi(pledgesRoute, async (c) => {
    const q = c.req.valid('query');
    const page = pageOf(q);
    await freshRecord(c.var.data);
    return c.json(pageResult(await pledges(c.var.data.driver, { pair: q.pair, outcome: q.outcome }, page), page), 200);
  });
