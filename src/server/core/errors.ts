// How the API reports failures: one shape ({error: {code, message}}) and the HTTP status each error code means.
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { HTTPException } from 'hono/http-exception';
import { asDyadError, DyadError, type ErrorCode } from '../../shared/errors';

const STATUS: Partial<Record<ErrorCode, ContentfulStatusCode>> = {
  usage: 400,
  unauthorized: 401,
  not_found: 404,
  too_large: 413,
  unsupported: 415,
  empty: 422, binary: 422, encoding: 422, bad_html: 422, bad_feed: 422, unreadable: 422,
  forbidden_address: 422,
  network: 502, http_status: 502, timeout: 504,
  storage: 500, internal: 500,
};

export function statusOf(error: DyadError): ContentfulStatusCode {
  return STATUS[error.code] ?? 500;
}

// The readers' errors: a 400 naming the parameter, a 404 naming the unknown reference.
export { badParameter, notFound } from '../../service/read/page';

/** Hono's onError: every failure leaves as DyadError's JSON, internals without their stack. */
export function onError(err: Error, c: Context): Response {
  if (err instanceof HTTPException && !(err.cause instanceof DyadError)) {
    const code: ErrorCode = ({ 401: 'unauthorized', 404: 'not_found', 413: 'too_large', 415: 'unsupported' } as
      Partial<Record<number, ErrorCode>>)[err.status] ?? 'usage';
    return c.json(new DyadError(code, err.message || `HTTP ${err.status}`).toJSON(), err.status as ContentfulStatusCode);
  }
  const error = asDyadError(err instanceof HTTPException ? err.cause : err);
  if (error.code === 'internal' || error.code === 'storage') console.error(`dyad serve: ${error.message}`);
  return c.json(error.toJSON(), statusOf(error));
}
