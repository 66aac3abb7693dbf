// GET /people (people with their aliases) and GET /people/{id} (roles over time and the facts naming them).
import { createRoute, z } from '@hono/zod-openapi';
import { notFound } from '../core/errors';
import { pageOf, pageQuery, pageResult, pairSchema } from '../core/params';
import { DocumentRefSchema, errorResponses, FactSchema, jsonOk, notFoundResponse, pageSchema, SourceSchema } from '../core/schemas';
import { freshRecord } from '../data/index';
import { ItemSchema } from '../events/index';
import { router } from '../core/env';
import { getPerson, listPeople } from '../../service/read/people';

const PersonSchema = z.object({
  id: z.number().int().openapi({ description: "id of the person's first fact (stable)" }), itemId: z.number().int(),
  mentions: z.number().int().openapi({ description: 'facts the person was read from' }), pair: z.string(), name: z.string(),
  country: z.string().nullable(), role: z.string().nullable(), title: z.string().nullable(),
  aliases: z.array(z.string()).openapi({ description: 'other spellings met (transliterations, surname alone...)' }),
  docs: z.array(z.string()), sources: z.array(SourceSchema),
}).openapi('Person');

const PersonDetailSchema = PersonSchema.extend({
  roles: z.array(z.object({
    role: z.string(), title: z.string().nullable(), date: z.string().nullable(), factId: z.number().int(),
    document: DocumentRefSchema,
  })),
  items: z.array(ItemSchema).openapi({ description: 'events, figures and projects whose sentences name the person' }),
  facts: z.array(FactSchema).openapi({ description: 'the facts of those items' }),
}).openapi('PersonDetail');

const listRoute = createRoute({
  method: 'get', path: '/people', tags: ['people'],
  summary: 'People with the spellings they were met under',
  request: { query: z.object({
    pair: pairSchema.optional().openapi({ description: 'people in the record of the pair' }),
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
    await freshRecord(c.var.data);
    return c.json(pageResult(await listPeople(c.var.data.driver, { pair: q.pair, q: q.q }, page), page), 200);
  })
  .openapi(oneRoute, async (c) => {
    const { id } = c.req.valid('param');
    await freshRecord(c.var.data);
    const person = await getPerson(c.var.data.driver, id);
    if (!person) throw notFound('person', String(id));
    return c.json(person, 200);
  });
