// GET /pairs/{pair}/dossier?format=html|md: a readable, footnoted account of a pair's relations.
import { createRoute, z } from '@hono/zod-openapi';
import { pairSchema } from '../core/params';
import { errorResponses, notFoundResponse } from '../core/schemas';
import { router } from '../core/env';
import { freshRecord } from '../data/index';
import { dossierHtml } from './html';
import { dossierMarkdown } from './markdown';
import { buildDossier } from './model';

export { buildDossier, dossierHtml, dossierMarkdown };

const route = createRoute({
  method: 'get', path: '/pairs/{pair}/dossier', tags: ['pairs'],
  summary: "The pair's dossier: key numbers, timeline, agreements, projects, pledges, conflicts, footnoted",
  request: {
    params: z.object({ pair: pairSchema }),
    query: z.object({ format: z.enum(['html', 'md']).default('html') }),
  },
  responses: {
    200: { description: 'the dossier', content: {
      'text/html': { schema: z.string() }, 'text/markdown': { schema: z.string() },
    } },
    ...errorResponses, ...notFoundResponse,
  },
});

export const dossierRoutes = router().openapi(route, async (c) => {
  const { pair } = c.req.valid('param');
  const { format } = c.req.valid('query');
  await freshRecord(c.var.data);
  const dossier = await buildDossier(c.var.data.driver, pair);
  if (format === 'md') {
    return c.body(dossierMarkdown(dossier), 200, { 'content-type': 'text/markdown; charset=utf-8' });
  }
  return c.html(dossierHtml(dossier), 200);
});
