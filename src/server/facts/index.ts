// GET /facts: stored facts with their evidence, filtered by pair, type, document and date range.
import { createRoute, z } from '@hono/zod-openapi';
import { booleanQuery, factType, pageOf, pageQuery, pageResult, pairSchema, partialDate } from '../core/params';
import { errorResponses, FactSchema, jsonOk, notFoundResponse, pageSchema } from '../core/schemas';
import { router } from '../core/env';
import { requireDocument } from '../../service/read/documents';
import { queryFacts } from '../../service/read/facts';

const route = createRoute({
  method: 'get', path: '/facts', tags: ['facts'],
  summary: 'Facts with their evidence',
  request: { query: z.object({
    pair: pairSchema.optional(),
    type: factType.optional(),
    doc: z.string().min(1).optional().openapi({ description: 'a document id or name' }),
    from: partialDate.optional(),
    to: partialDate.optional(),
    include_rejected: booleanQuery.optional().openapi({ type: 'string', description: 'also facts a reviewer rejected' }),
    ...pageQuery,
  }) },
  responses: { ...jsonOk(pageSchema(FactSchema, 'FactPage'), 'a page of facts'), ...errorResponses, ...notFoundResponse },
});

export const factsRoutes = router().openapi(route, async (c) => {
  const q = c.req.valid('query');
  const page = pageOf(q);
  await requireDocument(c.var.data.driver, q.doc);
  const facts = await queryFacts(c.var.data.driver, {
    pair: q.pair, types: q.type ? [q.type] : undefined, doc: q.doc, from: q.from, to: q.to,
    includeRejected: q.include_rejected, order: q.doc ? 'document' : 'date',
  }, page);
  return c.json(pageResult(facts, page), 200);
});
