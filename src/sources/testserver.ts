// A throwaway HTTP server on 127.0.0.1 for the sources tests; it never leaves this machine.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface TestServer {
  base: string;
  port: number;
  requests: { url: string; userAgent?: string }[];
  close(): Promise<void>;
}

export async function startServer(handler: (req: IncomingMessage, res: ServerResponse, base: string) => void, host = '127.0.0.1'): Promise<TestServer> {
  const requests: TestServer['requests'] = [];
  let base = '';
  const server = createServer((req, res) => {
    requests.push({ url: req.url ?? '', userAgent: req.headers['user-agent'] });
    handler(req, res, base);
  });
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  const port = (server.address() as AddressInfo).port;
  base = `http://${host}:${port}`;
  return {
    base, port, requests,
    close: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}

/** A port on 127.0.0.1 that nothing listens on. */
export async function closedPort(): Promise<number> {
  const s = await startServer((_req, res) => res.end());
  const port = s.port;
  await s.close();
  return port;
}
