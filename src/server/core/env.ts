// What every request handler can reach: the opened data and the server's settings.
import { OpenAPIHono } from '@hono/zod-openapi';
import type { Data } from '../data/index';
import { badParameter } from './errors';

export interface ServerSettings {
  /** Who a curation decision is recorded as when the request names nobody. */
  defaultAuthor: string;
}

export interface Env {
  Variables: { data: Data; settings: ServerSettings };
}

/** A router whose validation failures become the API's 400, naming the parameter. */
export function router(): OpenAPIHono<Env> {
  return new OpenAPIHono<Env>({
    defaultHook: (result) => {
      if (!result.success) {
        const issue = result.error.issues[0];
        const name = issue?.path.length ? issue.path.join('.') : result.target;
        throw badParameter(String(name), issue?.message ?? 'invalid');
      }
    },
  });
}
