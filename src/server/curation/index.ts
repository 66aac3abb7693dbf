// Curation through the service: POST /facts/{id}/curation, POST /events/merge, POST /events/{id}/split,
// GET /curation/log, POST /curation/{id}/undo. Decisions name facts by document and key, so they survive re-ingest.
import { createRoute, z } from '@hono/zod-openapi';
import type { Decision } from '../../storage/curation';
import { badParameter } from '../core/errors';
import { pageOf, pageQuery, pageResult, parsePair } from '../core/params';
import { errorResponses, FactSchema, jsonOk, notFoundResponse, pageSchema } from '../core/schemas';
import { router } from '../core/env';
import { freshRecord } from '../data/index';
import { queryEvents } from '../../service/read/events';
import { queryFacts } from '../../service/read/facts';
import { itemsOfFacts } from '../../service/read/record';
import { withFactIds } from '../../service/read/curated';
import { EventSchema } from '../events/index';

const DecisionSchema = z.object({
  id: z.number().int(),
  action: z.enum(['confirm', 'reject', 'edit', 'merge', 'split']),
  fact: z.object({ doc: z.string(), key: z.string(), type: z.string() }).nullable()
    .openapi({ description: 'the fact of a confirm, reject or edit: its document name and its kind key' }),
  detail: z.record(z.string(), z.unknown()).nullable()
    .openapi({ description: 'edit: {body}; merge: {type, groups}; split: {type, apart}' }),
  pairs: z.array(z.string()),
  author: z.string(), reason: z.string().nullable(),
  createdAt: z.string(), undoneAt: z.string().nullable(), undoneBy: z.string().nullable(), undoReason: z.string().nullable(),
  factId: z.number().int().nullable().openapi({ description: 'the fact of a confirm, reject or edit, as stored now' }),
  members: z.array(z.number().int()).openapi({ description: 'every fact the decision names, as stored now' }),
  after: z.unknown().openapi({ description: 'what the decision sets (= detail)' }),
}).openapi('CurationDecision');

const who = {
  author: z.string().trim().min(1).max(200).optional().openapi({ description: 'who decides (default: the server user)' }),
  reason: z.string().max(2000).optional(),
};

const id = z.coerce.number().int().min(1).max(2147483647).openapi({ type: 'integer' });

const json = <T extends z.ZodType>(schema: T) => ({ required: true, content: { 'application/json': { schema } } });

const factRoute = createRoute({
  method: 'post', path: '/facts/{id}/curation', tags: ['curation'],
  summary: 'Confirm, reject or edit a fact',
  request: {
    params: z.object({ id }),
    body: json(z.object({
      action: z.enum(['confirm', 'reject', 'edit']),
      fields: z.record(z.string(), z.unknown()).optional()
        .openapi({ description: 'for edit: the fields to change, in the Facts v1 shape of its kind' }),
      ...who,
    })),
  },
  responses: {
    ...jsonOk(z.object({ entry: DecisionSchema, fact: FactSchema }), 'the decision and the fact as it now reads'),
    ...errorResponses, ...notFoundResponse,
  },
});

const mergeRoute = createRoute({
  method: 'post', path: '/events/merge', tags: ['curation'],
  summary: 'Merge events of one type and pair into one (ids as the events list gives them)',
  request: { body: json(z.object({ ids: z.array(z.number().int().min(1)).min(2), ...who })) },
  responses: {
    ...jsonOk(z.object({ entry: DecisionSchema, event: EventSchema.nullable() }), 'the decision and the merged event (its new id)'),
    ...errorResponses, ...notFoundResponse,
  },
});

const splitRoute = createRoute({
  method: 'post', path: '/events/{id}/split', tags: ['curation'],
  summary: 'Take the sources of some documents out of an event into an event of their own',
  request: { params: z.object({ id }), body: json(z.object({ docs: z.array(z.string().min(1)).min(1), ...who })) },
  responses: { ...jsonOk(z.object({ entry: DecisionSchema }), 'the decision'), ...errorResponses, ...notFoundResponse },
});

const logRoute = createRoute({
  method: 'get', path: '/curation/log', tags: ['curation'],
  summary: 'Curation decisions, newest first, undone ones included',
  request: { query: z.object(pageQuery) },
  responses: { ...jsonOk(pageSchema(DecisionSchema, 'CurationPage'), 'a page of decisions'), ...errorResponses },
});

const undoRoute = createRoute({
  method: 'post', path: '/curation/{id}/undo', tags: ['curation'],
  summary: 'Undo a decision',
  request: { params: z.object({ id }), body: { required: false, content: { 'application/json': { schema: z.object(who) } } } },
  responses: { ...jsonOk(z.object({ entry: DecisionSchema }), 'the decision, now undone'), ...errorResponses, ...notFoundResponse },
});

const meta = (body: { author?: string; reason?: string }, fallback: string) => ({ author: body.author ?? fallback, reason: body.reason });

export const curationRoutes = router()
  .openapi(factRoute, async (c) => {
    const { id: factId } = c.req.valid('param');
    const body = c.req.valid('json');
    const curate = c.var.data.service.curate;
    const m = meta(body, c.var.settings.defaultAuthor);
    let entry: Decision;
    if (body.action === 'edit') {
      if (!body.fields || !Object.keys(body.fields).length) throw badParameter('fields', 'an edit needs the fields to change');
      entry = await curate.edit(factId, body.fields, m);
    } else {
      entry = await (body.action === 'confirm' ? curate.confirm(factId, m) : curate.reject(factId, m));
    }
    const [fact] = await queryFacts(c.var.data.driver, { ids: [factId], includeRejected: true });
    const [apiEntry] = await withFactIds(c.var.data.driver, [entry]);
    return c.json({ entry: apiEntry, fact }, 200);
  })
  .openapi(mergeRoute, async (c) => {
    const body = c.req.valid('json');
    const { data } = c.var;
    await freshRecord(data);
    const ids = [...new Set(body.ids)];
    if (ids.length < 2) throw badParameter('ids', 'a merge needs at least two different events');
    const { pair, itemIds } = await itemsOfFacts(data.driver, ids);
    const entry = await data.service.curate.merge(itemIds, meta(body, c.var.settings.defaultAuthor));
    // The pair was recomputed: the merged event is the one its first event's fact now belongs to.
    const [event] = await queryEvents(data.driver, { factIds: [ids[0]], pair: parsePair(pair) ?? undefined });
    const [apiEntry] = await withFactIds(data.driver, [entry]);
    return c.json({ entry: apiEntry, event: event ?? null }, 200);
  })
  .openapi(splitRoute, async (c) => {
    const { id: itemId } = c.req.valid('param');
    const body = c.req.valid('json');
    await freshRecord(c.var.data);
    const { itemIds: [item] } = await itemsOfFacts(c.var.data.driver, [itemId]);
    const entry = await c.var.data.service.curate.split(item, body.docs, meta(body, c.var.settings.defaultAuthor));
    return c.json({ entry: (await withFactIds(c.var.data.driver, [entry]))[0] }, 200);
  })
  .openapi(logRoute, async (c) => {
    const page = pageOf(c.req.valid('query'));
    const all = (await c.var.data.service.curate.log()).reverse();
    const shown = await withFactIds(c.var.data.driver, all.slice(page.offset, page.offset + page.limit + 1));
    return c.json(pageResult(shown, page), 200);
  })
  .openapi(undoRoute, async (c) => {
    const { id: decisionId } = c.req.valid('param');
    const body = (c.req.valid('json') ?? {}) as { author?: string; reason?: string };
    const entry = await c.var.data.service.curate.undo(decisionId, meta(body, c.var.settings.defaultAuthor));
    return c.json({ entry: (await withFactIds(c.var.data.driver, [entry]))[0] }, 200);
  });
