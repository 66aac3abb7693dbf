// GET /projects: joint projects with their latest status and the history of statuses with sources.
import { createRoute, z } from '@hono/zod-openapi';
import { pageOf, pageQuery, pageResult, pairSchema } from '../core/params';
import { DocumentRefSchema, errorResponses, EvidenceSchema, jsonOk, pageSchema } from '../core/schemas';
import { router } from '../core/env';
import { projects } from '../data/projects';

const ProjectSchema = z.object({
  id: z.number().int(), pair: z.string().nullable(), name: z.string(), sector: z.string(), place: z.string().nullable(),
  status: z.string().openapi({ description: 'the latest status by document date, then order in the text' }),
  history: z.array(z.object({
    status: z.string(), date: z.string().nullable(), factId: z.number().int(),
    document: DocumentRefSchema, evidence: EvidenceSchema,
  })),
}).openapi('Project');

const route = createRoute({
  method: 'get', path: '/projects', tags: ['projects'],
  summary: 'Joint projects with their status history',
  request: { query: z.object({ pair: pairSchema.optional(), ...pageQuery }) },
  responses: { ...jsonOk(pageSchema(ProjectSchema, 'ProjectPage'), 'a page of projects'), ...errorResponses },
});

export const projectsRoutes = router().openapi(route, async (c) => {
  const q = c.req.valid('query');
  const page = pageOf(q);
  const all = await projects(c.var.data.driver, { pair: q.pair });
  return c.json(pageResult(all.slice(page.offset, page.offset + page.limit + 1), page), 200);
});
