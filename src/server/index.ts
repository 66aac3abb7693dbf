// The HTTP server of dyad: the JSON API under /api/v1, its OpenAPI document and reference, and the web UI.
import { Hono } from 'hono';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { DyadError } from '../shared/errors';
import { router, type Env, type ServerSettings } from './core/env';
import { onError } from './core/errors';
import { requireToken, securityHeaders } from './core/security';
import type { Data } from './data/index';
import { curationRoutes } from './curation/index';
import { documentsRoutes } from './documents/index';
import { dossierRoutes } from './dossier/index';
import { eventsRoutes } from './events/index';
import { factsRoutes } from './facts/index';
import { figuresRoutes } from './figures/index';
import { ingestRoutes } from './ingest/index';
import { itemsRoutes } from './items/index';
import { peopleRoutes } from './people/index';
import { pairsRoutes } from './pairs/index';
import { projectsRoutes } from './projects/index';
import { referenceRoutes } from './reference/index';
import { DEFAULT_WEB_DIR, staticRoutes } from './runtime/static';
import { searchRoutes } from './search/index';

export interface AppOptions {
  data: Data;
  /** When set, every request needs `Authorization: Bearer TOKEN`. */
  token?: string | null;
  /** The built web UI (default dist/web). */
  webDir?: string;
  allowPrivate?: boolean;
  settings?: Partial<ServerSettings>;
}

export const API_VERSION = '1.0.0';

/** The API alone, mounted under /api/v1; also what the OpenAPI document describes. */
export function apiRoutes(options: Pick<AppOptions, 'allowPrivate'> = {}): OpenAPIHono<Env> {
  return router()
    .route('/', pairsRoutes)
    .route('/', dossierRoutes)
    .route('/', eventsRoutes)
    .route('/', itemsRoutes)
    .route('/', figuresRoutes)
    .route('/', projectsRoutes)
    .route('/', peopleRoutes)
    .route('/', documentsRoutes)
    .route('/', factsRoutes)
    .route('/', searchRoutes)
    .route('/', curationRoutes)
    .route('/', ingestRoutes({ allowPrivate: options.allowPrivate ?? false }));
}

export function openApiDocument(api: OpenAPIHono<Env> = apiRoutes()) {
  return api.getOpenAPI31Document({
    openapi: '3.1.0',
    info: {
      title: 'dyad API', version: API_VERSION,
      description: 'Country pairs, their events, figures, pledges, projects and people, the documents every fact was ' +
        'read from, search and curation. Lists return {items, next}: pass `next` as `cursor` for the next page. ' +
        'Errors are {error: {code, message}}.',
    },
    servers: [{ url: '/api/v1' }],
    security: [{ bearer: [] }],
  });
}

/** A request for the built UI (not the API, its document or its reference page). */
function isUiFile(method: string, path: string): boolean {
  return (method === 'GET' || method === 'HEAD') && path !== '/api' && !path.startsWith('/api/') && path !== '/openapi.json';
}

export function createApp(options: AppOptions): Hono<Env> {
  const settings: ServerSettings = { defaultAuthor: process.env.USER || 'api', ...options.settings };
  const app = new Hono<Env>();
  app.onError(onError);
  app.notFound((c) => c.json(new DyadError('not_found', `no such path: ${c.req.method} ${c.req.path}`).toJSON(), 404));
  app.use('*', securityHeaders());
  if (options.token) {
    const guard = requireToken(options.token);
    // The UI's own files hold no data, and a browser opening a page cannot send a bearer token: they load without it,
    // and the UI asks for the token and sends it with every API call.
    app.use('*', (c, next) => (isUiFile(c.req.method, c.req.path) ? next() : guard(c, next)));
  }
  app.use('*', async (c, next) => {
    c.set('data', options.data);
    c.set('settings', settings);
    await next();
  });
  const api = apiRoutes(options);
  api.openAPIRegistry.registerComponent('securitySchemes', 'bearer', { type: 'http', scheme: 'bearer' });
  const doc = openApiDocument(api);
  app.get('/openapi.json', (c) => c.json(doc));
  app.route('/api/v1', api);
  // An unknown API path is a JSON 404, never the UI's page.
  app.all('/api/v1/*', (c) => c.json(new DyadError('not_found', `no such path: ${c.req.method} ${c.req.path}`).toJSON(), 404));
  app.route('/', referenceRoutes);
  app.route('/', staticRoutes(options.webDir ?? DEFAULT_WEB_DIR));
  return app;
}
