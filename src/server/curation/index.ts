// Curation: POST /facts/{id}/curation, POST /events/merge, GET /curation/log, POST /curation/{id}/undo.
import { createRoute, z } from '@hono/zod-openapi';
import { pageOf, pageQuery, pageResult } from '../core/params';
import { errorResponses, FactSchema, jsonOk, notFoundResponse, pageSchema } from '../core/schemas';
import { router } from '../core/env';
import { curateFact, curationLog, mergeEvents, undoCuration } from '../data/curation';
import { queryEvents } from '../data/events';
import { queryFacts } from '../data/facts';
import { EventSchema } from '../events/index';

const EntrySchema = z.object({
  id: z.number().int(),
  action: z.enum(['confirm', 'reject', 'edit', 'merge']),
  factId: z.number().int().openapi({ description: 'the fact decided on; for a merge, the event the others joined' }),
  members: z.array(z.number().int()),
  before: z.unknown(), after: z.unknown(),
  author: z.string(), reason: z.string().nullable(),
  createdAt: z.string(), undoneAt: z.string().nullable(),
}).openapi('CurationEntry');

const who = {
  author: z.string().trim().min(1).max(200).optional().openapi({ description: 'who decides (default: the server user)' }),
  reason: z.string().max(2000).optional(),
};

const id = z.coerce.number().int().min(1).max(2147483647).openapi({ type: 'integer' });

const factRoute = createRoute({
  method: 'post', path: '/facts/{id}/curation', tags: ['curation'],
  summary: 'Confirm, reject or edit a fact',
  request: {
    params: z.object({ id }),
    body: { required: true, content: { 'application/json': { schema: z.object({
      action: z.enum(['confirm', 'reject', 'edit']),
      fields: z.record(z.string(), z.unknown()).optional()
        .openapi({ description: 'for edit: the fields to change, in the Facts v1 shape of the kind' }),
      ...who,
    }) } } },
  },
  responses: {
    ...jsonOk(z.object({ entry: EntrySchema, fact: FactSchema }), 'the decision and the fact as it now reads'),
    ...errorResponses, ...notFoundResponse,
  },
});

const mergeRoute = createRoute({
  method: 'post', path: '/events/merge', tags: ['curation'],
  summary: 'Merge events: the first id stands for the event, the others become its sources',
  request: { body: { required: true, content: { 'application/json': { schema: z.object({
    ids: z.array(z.number().int().min(1)).min(2), ...who,
  }) } } } },
  responses: {
    ...jsonOk(z.object({ entry: EntrySchema, event: EventSchema }), 'the decision and the merged event'),
    ...errorResponses, ...notFoundResponse,
  },
});

const logRoute = createRoute({
  method: 'get', path: '/curation/log', tags: ['curation'],
  summary: 'Curation decisions, newest first',
  request: { query: z.object({ fact: id.optional().openapi({ description: 'only decisions about this fact' }), ...pageQuery }) },
  responses: { ...jsonOk(pageSchema(EntrySchema, 'CurationPage'), 'a page of decisions'), ...errorResponses },
});

const undoRoute = createRoute({
  method: 'post', path: '/curation/{id}/undo', tags: ['curation'],
  summary: 'Undo a decision (the latest on its fact), restoring what it replaced',
  request: { params: z.object({ id }) },
  responses: { ...jsonOk(z.object({ entry: EntrySchema }), 'the decision, now undone'), ...errorResponses, ...notFoundResponse },
});

export const curationRoutes = router()
  .openapi(factRoute, async (c) => {
    const { id: factId } = c.req.valid('param');
    const body = c.req.valid('json');
    const driver = c.var.data.driver;
    const entry = await curateFact(driver, factId, {
      action: body.action, fields: body.fields, author: body.author ?? c.var.settings.defaultAuthor, reason: body.reason,
    });
    const [fact] = await queryFacts(driver, { ids: [factId], includeRejected: true });
    return c.json({ entry, fact }, 200);
  })
  .openapi(mergeRoute, async (c) => {
    const body = c.req.valid('json');
    const driver = c.var.data.driver;
    const entry = await mergeEvents(driver, body.ids, { author: body.author ?? c.var.settings.defaultAuthor, reason: body.reason });
    const [event] = await queryEvents(driver, { ids: [entry.factId], includeRejected: true });
    return c.json({ entry, event }, 200);
  })
  .openapi(logRoute, async (c) => {
    const q = c.req.valid('query');
    const page = pageOf(q);
    return c.json(pageResult(await curationLog(c.var.data.driver, { factId: q.fact }, page), page), 200);
  })
  .openapi(undoRoute, async (c) => {
    const { id: entryId } = c.req.valid('param');
    return c.json({ entry: await undoCuration(c.var.data.driver, entryId) }, 200);
  });
