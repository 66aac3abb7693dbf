// GET /people (people with their aliases) and GET /people/{id} (roles over time and the facts naming them).
import { createRoute, z } from '@hono/zod-openapi';
import { notFound } from '../core/errors';
import { pageOf, pageQuery, pageResult, pairSchema } from '../core/params';
import { DocumentRefSchema, errorResponses, FactSchema, jsonOk, notFoundResponse, pageSchema } from '../core/schemas';
import { router } from '../core/env';
import { getPerson, listPeople } from '../data/people';

const PersonSchema = z.object({
  id: z.number().int(), name: z.string(), country: z.string().nullable(), aliases: z.array(z.string()),
  mentions: z.number().int(),
}).openapi('Person');

const PersonDetailSchema = PersonSchema.extend({
  roles: z.array(z.object({
    role: z.string(), title: z.string().nullable(), date: z.string().nullable(), factId: z.number().int(),
    document: DocumentRefSchema,
  })),
  facts: z.array(FactSchema),
}).openapi('PersonDetail');

const listRoute = createRoute({
  method: 'get', path: '/people', tags: ['people'],
  summary: 'People with the spellings they were met under',
  request: { query: z.object({
    pair: pairSchema.optional().openapi({ description: 'people of either country of the pair' }),
    q: z.string().min(1).optional().openapi({ description: 'part of a name or alias' }),
    ...pageQuery,
  }) },
  responses: { ...jsonOk(pageSchema(PersonSchema, 'PersonPage'), 'a page of people'), ...errorResponses },
});

const oneRoute = createRoute({
  method: 'get', path: '/people/{id}', tags: ['people'],
  summary: 'A person: aliases, roles over time, the events and figures naming them',
  request: { params: z.object({ id: z.coerce.number().int().min(1).max(2147483647).openapi({ type: 'integer' }) }) },
  responses: { ...jsonOk(PersonDetailSchema, 'the person'), ...errorResponses, ...notFoundResponse },
});

export const peopleRoutes = router()
  .openapi(listRoute, async (c) => {
    const q = c.req.valid('query');
    const page = pageOf(q);
    return c.json(pageResult(await listPeople(c.var.data.driver, { pair: q.pair, q: q.q }, page), page), 200);
  })
  .openapi(oneRoute, async (c) => {
    const { id } = c.req.valid('param');
    const person = await getPerson(c.var.data.driver, id);
    if (!person) throw notFound('person', String(id));
    return c.json(person, 200);
  });
