// GET /pairs/{pair}/items/{id}: one record item of a pair with every source, for a mark picked on a chart.
import { createRoute, z } from '@hono/zod-openapi';
import { notFound } from '../core/errors';
import { pairSchema } from '../core/params';
import { errorResponses, jsonOk, notFoundResponse } from '../core/schemas';
import { router } from '../core/env';
import { pairItem } from '../../service/read/record';
import { freshRecord } from '../data/index';
import { EventSchema } from '../events/index';

const route = createRoute({
  method: 'get', path: '/pairs/{pair}/items/{id}', tags: ['events'],
  summary: "One item of a pair's record (an event, a figure, a target...) with every source",
  request: {
    params: z.object({
      pair: pairSchema,
      id: z.coerce.number().int().min(1).openapi({ type: 'integer',
        description: 'the id a list or a mark gives the item (the id of one of its source facts)' }),
    }),
  },
  responses: { ...jsonOk(EventSchema, 'the item with its sources; `date` is an event\'s date, else null'),
    ...errorResponses, ...notFoundResponse },
});

export const itemsRoutes = router().openapi(route, async (c) => {
  const { pair, id } = c.req.valid('param');
  await freshRecord(c.var.data);
  const item = await pairItem(c.var.data.driver, pair, id);
  if (!item) throw notFound(`item of ${pair.key}`, String(id));
  return c.json({ ...item, date: typeof item.body.date === 'string' ? item.body.date : null }, 200);
});
