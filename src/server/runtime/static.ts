// The web UI's built files (the web helper's `npm run build:web` output), or a notice when it has not been built.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { Hono } from 'hono';
import type { Env } from '../core/env';

/** Where `npm run build:web` puts the UI, relative to the repository. */
export const DEFAULT_WEB_DIR = resolve(new URL('../../../dist/web', import.meta.url).pathname);

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png',
  '.jpg': 'image/jpeg', '.ico': 'image/x-icon', '.woff2': 'font/woff2', '.woff': 'font/woff', '.map': 'application/json',
  '.txt': 'text/plain; charset=utf-8', '.webmanifest': 'application/manifest+json',
};

const NOTICE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>dyad</title></head>
<body><h1>dyad</h1><p>The web interface has not been built: run <code>npm run build:web</code> and restart
<code>dyad serve</code>.</p><p>The API answers under <a href="/api/v1/pairs">/api/v1/</a>; its reference is at
<a href="/api">/api</a>.</p></body></html>`;

/** Files under `dir`, index.html for every other path (the UI routes in the browser). */
export function staticRoutes(dir: string): Hono<Env> {
  const root = resolve(dir);
  const app = new Hono<Env>();
  app.get('*', async (c) => {
    if (!existsSync(join(root, 'index.html'))) return c.html(NOTICE);
    const path = decodeURIComponent(new URL(c.req.url).pathname);
    const file = normalize(join(root, path));
    const inside = file === root || file.startsWith(root + sep);
    const type = TYPES[extname(file).toLowerCase()];
    if (inside && type && existsSync(file)) {
      // Vite names built assets by content hash: they never change under one name.
      const cache = path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache';
      return c.body(await readFile(file), 200, { 'content-type': type, 'cache-control': cache });
    }
    if (extname(path) && path !== '/index.html') return c.notFound();
    return c.body(await readFile(join(root, 'index.html')), 200, { 'content-type': TYPES['.html'], 'cache-control': 'no-cache' });
  });
  return app;
}
