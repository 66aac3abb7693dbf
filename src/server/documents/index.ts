// GET /documents (stored documents, newest first) and GET /documents/{ref} (text, sentences, facts with evidence).
import { createRoute, z } from '@hono/zod-openapi';
import { booleanQuery, pageOf, pageQuery, pageResult } from '../core/params';
import { DocumentRefSchema, errorResponses, FactSchema, jsonOk, notFoundResponse, pageSchema } from '../core/schemas';
import { router } from '../core/env';
import { getDocument, listDocuments } from '../../service/read/documents';
import { queryFacts } from '../../service/read/facts';

const DocumentSchema = DocumentRefSchema.extend({
  language: z.string(), size: z.number().int(), version: z.number().int(), hash: z.string(),
  ingestedAt: z.string(), facts: z.number().int(),
}).openapi('Document');

const DocumentDetailSchema = DocumentSchema.extend({
  text: z.string().openapi({ description: 'the cleaned text; evidence offsets point into it (UTF-16 code units)' }),
  sentences: z.array(z.object({ index: z.number().int(), start: z.number().int(), end: z.number().int() })),
  factList: z.array(FactSchema),
}).openapi('DocumentDetail');

const listRoute = createRoute({
  method: 'get', path: '/documents', tags: ['documents'],
  summary: 'Stored documents, most recently ingested first',
  request: { query: z.object({ language: z.string().regex(/^[a-z]{2,3}$/).optional(), ...pageQuery }) },
  responses: { ...jsonOk(pageSchema(DocumentSchema, 'DocumentPage'), 'a page of documents'), ...errorResponses },
});

const oneRoute = createRoute({
  method: 'get', path: '/documents/{ref}', tags: ['documents'],
  summary: 'One document by id or name: text, sentences, facts with evidence spans',
  request: {
    params: z.object({ ref: z.string().min(1).openapi({ description: 'document id or name' }) }),
    query: z.object({ include_rejected: booleanQuery.optional() }),
  },
  responses: { ...jsonOk(DocumentDetailSchema, 'the document'), ...errorResponses, ...notFoundResponse },
});

export const documentsRoutes = router()
  .openapi(listRoute, async (c) => {
    const q = c.req.valid('query');
    const page = pageOf(q);
    return c.json(pageResult(await listDocuments(c.var.data.driver, { language: q.language }, page), page), 200);
  })
  .openapi(oneRoute, async (c) => {
    const { ref } = c.req.valid('param');
    const { include_rejected: includeRejected } = c.req.valid('query');
    const doc = await getDocument(c.var.data.driver, ref);
    const factList = await queryFacts(c.var.data.driver, { doc: String(doc.id), includeRejected, order: 'document' });
    return c.json({ ...doc, factList }, 200);
  });
