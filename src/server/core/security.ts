// Security of every response: strict headers (no inline script) and, when a token is set, bearer authentication.
import { timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import { DyadError } from '../../shared/errors';

/**
 * Scripts only from this server (no inline script, no eval), no plugins, no framing; styles may be inline because
 * the UI's charts and the API reference set style attributes; images may be data: URIs (chart exports, icons).
 */
export const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  fontSrc: ["'self'", 'data:'],
  objectSrc: ["'none'"],
  baseUri: ["'none'"],
  frameAncestors: ["'self'"],
  formAction: ["'self'"],
};

export function securityHeaders(): MiddlewareHandler {
  return secureHeaders({
    contentSecurityPolicy: CONTENT_SECURITY_POLICY,
    referrerPolicy: 'no-referrer',
    crossOriginEmbedderPolicy: false,
    xFrameOptions: 'SAMEORIGIN',
  });
}

function same(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** Every request must carry `Authorization: Bearer TOKEN`. */
export function requireToken(token: string): MiddlewareHandler {
  return async (c, next) => {
    const header = c.req.header('authorization') ?? '';
    const m = /^Bearer\s+(.+)$/i.exec(header);
    if (!m || !same(m[1].trim(), token)) {
      c.header('WWW-Authenticate', 'Bearer realm="dyad"');
      const err = new DyadError('unauthorized', m ? 'the bearer token is wrong' : 'this server needs an Authorization: Bearer token');
      return c.json(err.toJSON(), 401);
    }
    await next();
  };
}

/** Loopback addresses, where no token is needed: only this machine can connect. */
export function isLoopback(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase();
  return h === 'localhost' || h === '::1' || /^127(\.\d{1,3}){3}$/.test(h) || h === '::ffff:127.0.0.1';
}

/** The token a server on `host` runs with, or a refusal to start when a non-loopback host has none. */
export function tokenFor(host: string, token: string | undefined): string | null {
  const t = token?.trim() || null;
  if (!t && !isLoopback(host)) {
    throw new DyadError('usage', `listening on ${host} (not a loopback address) needs --token or DYAD_TOKEN: ` +
      'anyone on the network could otherwise read and change the store', { input: host });
  }
  return t;
}
