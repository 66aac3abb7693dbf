// GET /projects: joint projects with their latest status and the history of statuses with sources.
import { createRoute, z } from '@hono/zod-openapi';
import { pageOf, pageQuery, pageResult, pairSchema } from '../core/params';
import { errorResponses, jsonOk, pageSchema, SourceSchema } from '../core/schemas';
import { router } from '../core/env';
import { freshRecord } from '../data/index';
import { projects } from '../../service/read/projects';

const ProjectSchema = z.object({
  id: z.number().int().openapi({ description: 'id of the fact that stands for the project' }),
  itemId: z.number().int(), pair: z.string(), name: z.string(), sector: z.string(),
  place: z.string().nullable(),
  status: z.string().openapi({ description: 'the latest status by document date, then order in the text' }),
  history: z.array(z.object({ status: z.string(), date: z.string().nullable(), docs: z.array(z.string()) })
    .extend(SourceSchema.partial().shape)).openapi({ description: 'each step, its documents and the first of their sources' }),
  docs: z.array(z.string()),
  sources: z.array(SourceSchema),
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
  await freshRecord(c.var.data);
  return c.json(pageResult(await projects(c.var.data.driver, { pair: q.pair }, page), page), 200);
});
