// Runs the server: opens the store, listens, records itself for the CLI, and closes everything on a signal.
import { resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { DyadError } from '../../shared/errors';
import { tokenFor } from '../core/security';
import { openData, type Data } from '../data/index';
import { createApp } from '../index';
import { writeServerNote } from './registry';

export interface ServeOptions {
  port?: number;
  host?: string;
  token?: string;
  /** PGlite directory (default $DYAD_DB or ./dyad-data); ignored with a PostgreSQL url. */
  dataDir?: string;
  url?: string;
  webDir?: string;
  allowPrivate?: boolean;
}

export interface RunningServer {
  url: string;
  port: number;
  data: Data;
  close(): Promise<void>;
}

export async function startServer(options: ServeOptions = {}): Promise<RunningServer> {
  const host = options.host ?? '127.0.0.1';
  // Refuse before opening anything: a non-loopback server without a token does not start at all.
  const token = tokenFor(host, options.token ?? process.env.DYAD_TOKEN);
  const data = await openData({ dataDir: options.dataDir, url: options.url });
  const app = createApp({ data, token, webDir: options.webDir, allowPrivate: options.allowPrivate });
  let server: ServerType;
  try {
    server = await new Promise<ServerType>((resolvePromise, reject) => {
      const s = serve({ fetch: app.fetch, port: options.port ?? 8080, hostname: host }, () => resolvePromise(s));
      s.once('error', reject);
    });
  } catch (err) {
    await data.close();
    const e = err as NodeJS.ErrnoException;
    throw new DyadError('usage', `cannot listen on ${host}:${options.port ?? 8080}: ${e.code === 'EADDRINUSE' ? 'the port is in use' : e.message}`,
      { input: `${host}:${options.port ?? 8080}`, cause: err });
  }
  const port = (server.address() as AddressInfo).port;
  const shown = host.includes(':') ? `[${host}]` : host === '0.0.0.0' ? '127.0.0.1' : host;
  const url = `http://${shown}:${port}/`;
  const forget = data.dataDir ? writeServerNote(resolve(data.dataDir), { url, token }) : () => {};
  let closed: Promise<void> | null = null;
  return {
    url, port, data,
    close() {
      closed ??= (async () => {
        forget();
        await new Promise<void>((r) => {
          server.close(() => r());
          // Keep-alive connections of browsers would hold close() open.
          (server as { closeAllConnections?: () => void }).closeAllConnections?.();
        });
        await data.close();
      })();
      return closed;
    },
  };
}
