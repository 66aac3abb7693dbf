// GET /events: visits, calls, meetings and agreements, filtered by pair, type, date range and source.
import { createRoute, z } from '@hono/zod-openapi';
import { eventType, marksPageQuery, pageOf, pageQuery, pageResult, pairSchema, partialDate } from '../core/params';
import { CurationStateSchema, errorResponses, jsonOk, notFoundResponse, pageSchema, SourceSchema } from '../core/schemas';
import { router } from '../core/env';
import { requireDocument } from '../../service/read/documents';
import { queryEvents, timeline } from '../../service/read/events';
import { freshRecord } from '../data/index';

/** A record item: one event, figure, project or person across documents, with the facts it rests on. */
export const ItemSchema = z.object({
  id: z.number().int().openapi({ description: 'id of the fact that stands for the item (its first source): stable, and what merges take' }),
  itemId: z.number().int().openapi({ description: "the record item's own id (it changes when the pair's record is recomputed)" }),
  type: z.string(),
  pair: z.string(),
  body: z.record(z.string(), z.unknown()).openapi({ description: 'the item in the Record v1 shape, with `docs`' }),
  confidence: z.number().openapi({ description: 'the highest confidence of its facts' }),
  curation: CurationStateSchema.openapi({ description: 'the state all its facts share, else unreviewed' }),
  sources: z.array(SourceSchema),
}).openapi('RecordItem');

export const EventSchema = ItemSchema.extend({ date: z.string().nullable() }).openapi('Event');

export const eventFilterQuery = {
  pair: pairSchema.optional(),
  type: z.string().optional().transform((s, ctx) => {
    if (s === undefined) return undefined;
    const types = s.split(',').map((t) => t.trim());
    for (const t of types) {
      if (!eventType.safeParse(t).success) {
        ctx.addIssue({ code: 'custom', message: `"${t}" is not one of visit, call, meeting, agreement` });
        return z.NEVER;
      }
    }
    return types;
  }).openapi({ type: 'string', description: 'visit, call, meeting or agreement; several joined by ","' }),
  from: partialDate.optional(),
  to: partialDate.optional(),
  doc: z.string().optional().openapi({ description: 'a document id or name' }),
  source: z.string().optional().openapi({ description: "a document's exact source (path or URL)" }),
  order: z.enum(['asc', 'desc']).default('asc').openapi({ description: 'by date; undated events come last' }),
};

const route = createRoute({
  method: 'get', path: '/events', tags: ['events'],
  summary: 'Visits, calls, meetings and agreements with their sources',
  request: { query: z.object({ ...eventFilterQuery, ...pageQuery }) },
  responses: { ...jsonOk(pageSchema(EventSchema, 'EventPage'), 'a page of events'), ...errorResponses, ...notFoundResponse },
});

const TimelineMarkSchema = z.object({
  id: z.number().int().openapi({ description: 'id of the event as the events list gives it (its first source fact)' }),
  itemId: z.number().int(),
  type: eventType,
  date: z.string().nullable(),
  documents: z.number().int().openapi({ description: 'documents reporting the event' }),
  body: z.record(z.string(), z.unknown()).openapi({ description: 'the item in the Record v1 shape, with `docs`' }),
}).openapi('TimelineMark');


const timelineRoute = createRoute({
  method: 'get', path: '/pairs/{pair}/timeline', tags: ['events'],
  summary: "A pair's events as timeline marks (what each says and how many documents report it, no sources)",
  request: {
    params: z.object({ pair: pairSchema }),
    query: z.object(marksPageQuery),
  },
  responses: { ...jsonOk(pageSchema(TimelineMarkSchema, 'TimelinePage'), 'a page of marks in date order, undated last'),
    ...errorResponses },
});

export const eventsRoutes = router().openapi(timelineRoute, async (c) => {
  const { pair } = c.req.valid('param');
  const page = pageOf(c.req.valid('query'));
  await freshRecord(c.var.data);
  return c.json(pageResult(await timeline(c.var.data.driver, pair, page), page), 200);
}).openapi(route, async (c) => {
  const q = c.req.valid('query');
  const page = pageOf(q);
  await requireDocument(c.var.data.driver, q.doc);
  await freshRecord(c.var.data);
  const events = await queryEvents(c.var.data.driver, {
    pair: q.pair, types: q.type, from: q.from, to: q.to, doc: q.doc, source: q.source,
    order: q.order === 'desc' ? 'date_desc' : 'date',
  }, page);
  return c.json(pageResult(events, page), 200);
});
