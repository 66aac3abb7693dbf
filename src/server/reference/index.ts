// The API reference: the OpenAPI 3.1 document at /openapi.json and a Swagger UI page at /api, served from npm files.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Hono } from 'hono';
import type { Env } from '../core/env';

const require = createRequire(import.meta.url);

/** Swagger UI's files, shipped inside the npm package rather than fetched from a CDN. */
const SWAGGER_DIR = (require('swagger-ui-dist') as { getAbsoluteFSPath(): string }).getAbsoluteFSPath();
const ASSETS: Record<string, string> = {
  'swagger-ui.css': 'text/css; charset=utf-8',
  'swagger-ui-bundle.js': 'text/javascript; charset=utf-8',
  'swagger-ui-standalone-preset.js': 'text/javascript; charset=utf-8',
};

const PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>dyad API reference</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/api/assets/swagger-ui.css"></head>
<body><div id="swagger-ui"></div>
<script src="/api/assets/swagger-ui-bundle.js"></script>
<script src="/api/assets/init.js"></script>
</body></html>`;

/** Kept in a file of its own: the Content-Security-Policy forbids inline script. */
const INIT = `window.ui = SwaggerUIBundle({ url: '/openapi.json', dom_id: '#swagger-ui', deepLinking: true });\n`;

export const referenceRoutes = new Hono<Env>()
  .get('/api', (c) => c.html(PAGE))
  .get('/api/assets/init.js', (c) => c.body(INIT, 200, { 'content-type': 'text/javascript; charset=utf-8' }))
  .get('/api/assets/:file', async (c) => {
    const file = c.req.param('file');
    const type = ASSETS[file];
    if (!type) return c.notFound();
    return c.body(await readFile(join(SWAGGER_DIR, file)), 200, {
      'content-type': type, 'cache-control': 'public, max-age=86400',
    });
  });
