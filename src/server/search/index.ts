// GET /search?q=: documents and facts matching words, with facets by pair, type and year.
import { createRoute, z } from '@hono/zod-openapi';
import { factType, pageOf, pageQuery, pairSchema } from '../core/params';
import { DocumentRefSchema, errorResponses, FactSchema, jsonOk } from '../core/schemas';
import { router } from '../core/env';
import { search } from '../../service/read/search';

const HitSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('document'), rank: z.number(), document: DocumentRefSchema,
    snippet: z.string().openapi({ description: 'text around the match, matched words wrapped in [ and ]' }) }),
  z.object({ kind: z.literal('fact'), rank: z.number(), fact: FactSchema }),
]).openapi('SearchHit');

const facet = z.record(z.string(), z.number().int());

const SearchSchema = z.object({
  items: z.array(HitSchema),
  next: z.string().nullable(),
  total: z.object({ documents: z.number().int(), facts: z.number().int() }),
  facets: z.object({ pair: facet, type: facet, year: facet }),
}).openapi('SearchResult');

const route = createRoute({
  method: 'get', path: '/search', tags: ['search'],
  summary: 'Documents (ranked) and the facts whose evidence matches, with facets',
  description: 'Web-search syntax: words, "quoted phrases", -excluded, or. Documents are the 100 whose title and opening ' +
    'match best, ordered by rank (how often and how close the words stand in the whole text); facets count ' +
    'them by the pairs and fact types they hold and their year; facts are those whose evidence sentence matches, in the ' +
    'best 20 documents kept.',
  request: { query: z.object({
    q: z.string().trim().min(1, 'must not be empty').max(500),
    pair: pairSchema.optional(),
    type: factType.optional(),
    year: z.string().regex(/^\d{4}$/, 'must be a year, e.g. 2021').optional(),
    ...pageQuery,
  }) },
  responses: { ...jsonOk(SearchSchema, 'documents first, then facts'), ...errorResponses },
});

export const searchRoutes = router().openapi(route, async (c) => {
  const q = c.req.valid('query');
  return c.json(await search(c.var.data.driver, { q: q.q, pair: q.pair, type: q.type, year: q.year }, pageOf(q)), 200);
});
