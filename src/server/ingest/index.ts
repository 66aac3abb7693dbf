// POST /ingest: an article or feed URL as JSON, or an uploaded file as multipart, stored with its facts.
import { createRoute, z } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { DyadError } from '../../shared/errors';
import { badParameter, statusOf } from '../core/errors';
import { router } from '../core/env';
import { partialDate } from '../core/params';
import { errorResponses, jsonOk } from '../core/schemas';
import { freshRecord } from '../data/index';
import { ingestUpload, ingestUrl } from '../data/ingest';

/** Largest upload accepted, as for `dyad ingest` files by default. */
export const MAX_UPLOAD_BYTES = 50 * 1024 * 1024;

const ResultSchema = z.object({
  source: z.string(),
  status: z.enum(['ingested', 'unchanged', 'new_version', 'failed']),
  document: z.object({ id: z.number().int(), name: z.string(), title: z.string().nullable(), date: z.string().nullable(),
    version: z.number().int() }).nullable(),
  facts: z.number().int(),
  skipped: z.string().nullable().openapi({ description: 'why no facts were extracted, e.g. "language ru"' }),
  error: z.object({ code: z.string(), message: z.string() }).nullable(),
}).openapi('IngestResult');

const UrlBody = z.object({
  url: z.string().regex(/^https?:\/\//i, 'must be an http or https URL').openapi({ example: 'https://example.org/news/feed.xml' }),
  date: partialDate.optional().openapi({ description: 'publication date, overriding what the text says' }),
});

const FileBody = z.object({
  file: z.any().openapi({ type: 'string', format: 'binary', description: 'a .txt, .md, .html or .htm document' }),
  source: z.string().optional().openapi({ description: 'what the document is known by (path or URL); default its file name' }),
  kind: z.enum(['file', 'url', 'stdin']).optional().openapi({ description: 'what `source` is (default file)' }),
  contentType: z.string().max(200).optional().openapi({ description: 'MIME type; by default from the file name' }),
  date: partialDate.optional(),
});

const route = createRoute({
  method: 'post', path: '/ingest', tags: ['ingest'],
  summary: 'Store a document from a URL (JSON) or an uploaded file (multipart), with its facts',
  description: 'Send either body (the request needs one). A feed URL stores every article it links. Results are ' +
    'listed per document; an input that fails is listed with its error, and a request whose only document fails ' +
    'answers with that error.',
  request: { body: { required: false, content: {
    'application/json': { schema: UrlBody },
    'multipart/form-data': { schema: FileBody },
  } } },
  responses: {
    ...jsonOk(z.object({ items: z.array(ResultSchema) }).openapi('IngestResponse'), 'what happened to each document'),
    ...errorResponses,
  },
});

export interface IngestSettings {
  /** Lets URLs reach loopback and private addresses (`dyad serve --allow-private`). */
  allowPrivate: boolean;
}

export function ingestRoutes(settings: IngestSettings) {
  const app = router();
  app.use('/ingest', bodyLimit({
    maxSize: MAX_UPLOAD_BYTES,
    onError: () => { throw new DyadError('too_large', `the upload is larger than ${MAX_UPLOAD_BYTES / 1024 / 1024} MB`); },
  }));
  return app.openapi(route, async (c) => {
    const type = c.req.header('content-type') ?? '';
    const store = c.var.data.store;
    if (type.startsWith('application/json')) {
      const parsed = UrlBody.safeParse(await c.req.json().catch(() => { throw badParameter('body', 'is not valid JSON'); }));
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw badParameter(issue.path.join('.') || 'body', issue.message);
      }
      const items = await ingestUrl(store, parsed.data.url, { date: parsed.data.date, allowPrivate: settings.allowPrivate });
      // The record of the pairs these documents touch is consolidated now, not at the next read.
      await freshRecord(c.var.data);
      if (items.length === 1 && items[0].status === 'failed' && items[0].error) {
        const err = new DyadError(items[0].error.code as never, items[0].error.message, { input: items[0].source });
        return c.json(err.toJSON(), statusOf(err)) as never;
      }
      return c.json({ items }, 200);
    }
    if (type.startsWith('multipart/form-data')) {
      const form = await c.req.parseBody();
      const file = form.file;
      if (!(file instanceof File)) throw badParameter('file', 'a multipart upload needs a file field');
      const fields = FileBody.omit({ file: true }).safeParse({
        source: form.source || undefined, kind: form.kind || undefined, date: form.date || undefined,
        contentType: form.contentType || undefined,
      });
      if (!fields.success) {
        const issue = fields.error.issues[0];
        throw badParameter(issue.path.join('.'), issue.message);
      }
      const item = await ingestUpload(store, {
        filename: file.name, body: Buffer.from(await file.arrayBuffer()), ...fields.data,
      });
      await freshRecord(c.var.data);
      return c.json({ items: [item] }, 200);
    }
    throw new DyadError('unsupported', `content type ${type || '(none)'}: send application/json with a url, or multipart/form-data with a file`);
  });
}
