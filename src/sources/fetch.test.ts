// Tests fetching against a local server: status errors, limits, redirects and the private-address guard.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { fetchUrl, DEFAULT_USER_AGENT } from './fetch';
import { closedPort, startServer, type TestServer } from './testserver';
import { DyadError } from '../shared/errors';

let server: TestServer;

before(async () => {
  server = await startServer((req, res, base) => {
    const url = req.url ?? '/';
    if (url === '/ok') { res.setHeader('content-type', 'text/html; charset=utf-8'); res.end('<p>Hello from the test server</p>'); }
    else if (url === '/hop1') { res.statusCode = 302; res.setHeader('location', '/hop2'); res.end(); }
    else if (url === '/hop2') { res.statusCode = 301; res.setHeader('location', `${base}/ok`); res.end(); }
    else if (url.startsWith('/loop')) { res.statusCode = 302; res.setHeader('location', `/loop${url.length}`); res.end(); }
    else if (url === '/to-private') { res.statusCode = 302; res.setHeader('location', `${base}/ok`); res.end(); }
    else if (url === '/big') { res.write(Buffer.alloc(3000, 97)); res.end(Buffer.alloc(3000, 97)); }
    else if (url === '/big-declared') { res.setHeader('content-length', '6000'); res.end(Buffer.alloc(6000, 97)); }
    else if (url === '/slow') { setTimeout(() => res.end('late'), 2000).unref(); }
    else if (url === '/boom') { res.statusCode = 500; res.end('oops'); }
    else { res.statusCode = 404; res.end('nothing here'); }
  });
});
after(() => server.close());

test('fetches a page with a clear User-Agent and reports its content type', async () => {
  const res = await fetchUrl(`${server.base}/ok`, { allowPrivate: true });
  assert.equal(res.body.toString(), '<p>Hello from the test server</p>');
  assert.match(res.contentType ?? '', /text\/html/);
  assert.equal(server.requests.at(-1)?.userAgent, DEFAULT_USER_AGENT);
});

test('HTTP errors become http_status errors naming the URL and status', async () => {
  await assert.rejects(fetchUrl(`${server.base}/missing`, { allowPrivate: true }), (err: DyadError) =>
    err.code === 'http_status' && err.message.includes(`${server.base}/missing`) && /HTTP 404 Not Found/.test(err.message));
  await assert.rejects(fetchUrl(`${server.base}/boom`, { allowPrivate: true }), /HTTP 500 Internal Server Error/);
});

test('a refused connection is a network error', async () => {
  const port = await closedPort();
  await assert.rejects(fetchUrl(`http://127.0.0.1:${port}/`, { allowPrivate: true }), (err: DyadError) =>
    err.code === 'network' && /connection refused/.test(err.message));
});

test('loopback is refused without allowPrivate, before any request is made', async () => {
  const before = server.requests.length;
  await assert.rejects(fetchUrl(`${server.base}/ok`), (err: DyadError) =>
    err.code === 'forbidden_address' && /refusing to fetch a private or loopback address \(127\.0\.0\.1\) \(use --allow-private\)/.test(err.message));
  assert.equal(server.requests.length, before);
});

test('redirects are followed by hand, and a hop into a private address is refused', async () => {
  const res = await fetchUrl(`${server.base}/hop1`, { allowPrivate: true });
  assert.equal(res.finalUrl, `${server.base}/ok`);
  assert.match(res.body.toString(), /Hello/);

  // A host the test's policy calls public (127.0.0.2) redirects to the literal 127.0.0.1, which it calls private.
  const lookup = async () => [{ address: '127.0.0.2' }];
  const isForbidden = (address: string) => address === '127.0.0.1';
  const hop = await startServer((_req, res) => { res.statusCode = 302; res.setHeader('location', `${server.base}/ok`); res.end(); }, '127.0.0.2');
  try {
    const first = `http://public.invalid:${hop.port}/to-private`;
    const before = server.requests.length;
    await assert.rejects(fetchUrl(first, { lookup, isForbidden }), (err: DyadError) =>
      err.code === 'forbidden_address' && err.input === first && err.message.includes(`redirected to ${server.base}/ok`));
    assert.deepEqual(hop.requests.map((r) => r.url), ['/to-private']);
    assert.equal(server.requests.length, before);
  } finally {
    await hop.close();
  }
});

test('more than five redirects is an error', async () => {
  await assert.rejects(fetchUrl(`${server.base}/loop`, { allowPrivate: true }), /too many redirects/);
});

test('bodies over the size limit are refused, with or without Content-Length', async () => {
  await assert.rejects(fetchUrl(`${server.base}/big`, { allowPrivate: true, maxBytes: 5000 }), { code: 'too_large' });
  await assert.rejects(fetchUrl(`${server.base}/big-declared`, { allowPrivate: true, maxBytes: 5000 }), { code: 'too_large' });
  const ok = await fetchUrl(`${server.base}/big`, { allowPrivate: true, maxBytes: 6000 });
  assert.equal(ok.body.length, 6000);
});

test('a server that does not answer in time is a timeout', async () => {
  await assert.rejects(fetchUrl(`${server.base}/slow`, { allowPrivate: true, timeoutMs: 200 }), (err: DyadError) =>
    err.code === 'timeout' && /within 0\.2 s/.test(err.message));
});

test('non-http schemes are unsupported', async () => {
  await assert.rejects(fetchUrl('ftp://example.org/file'), { code: 'unsupported' });
});

test('DNS rebinding: the connection goes to the address that was checked, not to a second answer', async () => {
  // Two servers on the loopback range; the test's policy calls 127.0.0.2 public and 127.0.0.1 private.
  const outside = await startServer((_req, res) => res.end('the public page'), '127.0.0.2');
  const inside = await startServer((_req, res) => res.end('the internal secret'));
  try {
    let calls = 0;
    // A resolver that answers "public" first and "loopback" afterwards, as a rebinding attacker's would.
    const lookup = async () => [{ address: calls++ === 0 ? '127.0.0.2' : '127.0.0.1' }];
    const isForbidden = (address: string) => address === '127.0.0.1';
    const res = await fetchUrl(`http://rebind.invalid:${outside.port}/`, { lookup, isForbidden });
    assert.equal(res.body.toString(), 'the public page');
    assert.equal(calls, 1, 'the host is resolved once, for the check and the connection together');
    assert.equal(inside.requests.length, 0);

    // Answering loopback at once is refused before any byte is sent.
    const loopback = async () => [{ address: '127.0.0.1' }];
    await assert.rejects(fetchUrl(`http://rebind.invalid:${inside.port}/`, { lookup: loopback, isForbidden }),
      (err: DyadError) => err.code === 'forbidden_address' && /rebind\.invalid is 127\.0\.0\.1/.test(err.message));
    assert.equal(inside.requests.length, 0);
  } finally {
    await outside.close();
    await inside.close();
  }
});

test('a redirect to a host name that resolves privately is refused on that hop', async () => {
  const lookup = async (host: string) => [{ address: host === 'first.invalid' ? '127.0.0.2' : '127.0.0.1' }];
  const isForbidden = (address: string) => address === '127.0.0.1';
  const hop = await startServer((_req, res) => { res.statusCode = 302; res.setHeader('location', `http://second.invalid:${server.port}/ok`); res.end(); }, '127.0.0.2');
  try {
    const before = server.requests.length;
    await assert.rejects(fetchUrl(`http://first.invalid:${hop.port}/`, { lookup, isForbidden }), (err: DyadError) =>
      err.code === 'forbidden_address' && /redirected to http:\/\/second\.invalid/.test(err.message));
    assert.equal(server.requests.length, before);
  } finally {
    await hop.close();
  }
});
