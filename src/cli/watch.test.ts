// End to end: a known feed is read with a conditional request and only its new articles are fetched; `watch` repeats it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { startServer, type TestServer } from '../sources/testserver';
import { runDyad, tempDir } from './testing';

const seen: { url: string; ifNoneMatch?: string }[] = [];
let items = ['/a/one', '/a/two'];
let server: TestServer;

const article = (title: string) => `<html><head><title>${title}</title></head><body><article><h1>${title}</h1>
<p>Officials of Chile and Peru met in Lima on 3 May 2021 to talk about fisheries and port services.</p>
<p>${title} was written for this test and names no real person.</p></article></body></html>`;

before(async () => {
  server = await startServer((req, res, base) => {
    seen.push({ url: req.url ?? '', ifNoneMatch: req.headers['if-none-match'] as string | undefined });
    if (req.url === '/feed.xml') {
      const etag = `"v${items.length}"`;
      if (req.headers['if-none-match'] === etag) { res.statusCode = 304; res.end(); return; }
      res.writeHead(200, { 'content-type': 'application/rss+xml', etag });
      res.end(`<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>${items
        .map((p) => `<item><title>${p}</title><link>${base}${p}</link></item>`).join('')}</channel></rss>`);
    } else if (req.url?.startsWith('/a/')) {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(article(`Story ${req.url.slice(3)}`));
    } else { res.statusCode = 404; res.end(); }
  });
});
after(() => server.close());

test('a feed ingested twice: the second run is one conditional request; new items alone are fetched later', async () => {
  const db = join(tempDir('feed'), 'db');
  const feed = `${server.base}/feed.xml`;
  const args = ['--db', db, '--allow-private', '--host-delay', '0'];

  const first = await runDyad(['ingest', feed, ...args]);
  assert.equal(first.code, 0, first.stderr);
  assert.match(first.stdout, /ingested 2,/);

  seen.length = 0;
  const second = await runDyad(['ingest', feed, ...args]);
  assert.equal(second.code, 0, second.stderr);
  assert.deepEqual(seen, [{ url: '/feed.xml', ifNoneMatch: '"v2"' }]);
  assert.match(second.stdout, /ingested 0, .*feeds not modified 1/);

  // A third article appears: the feed changed, and only the new article is downloaded.
  items = [...items, '/a/three'];
  seen.length = 0;
  const watch = await runDyad(['watch', feed, '--every', '0.2s', '--rounds', '2', ...args]);
  assert.equal(watch.code, 0, watch.stderr);
  assert.deepEqual(seen.map((r) => r.url), ['/feed.xml', '/a/three', '/feed.xml']);
  assert.equal(seen[2].ifNoneMatch, '"v3"');
  assert.match(watch.stdout, /ingested 1, unchanged 0, new versions 0, failed 0, already stored 2/);
  assert.match(watch.stderr, /round 2/);
});

test('watch refuses a malformed interval with a clear message', async () => {
  const r = await runDyad(['watch', 'http://127.0.0.1:9/feed.xml', '--every', 'soon']);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /--every must be a duration like 30m, 1h or 90s, got "soon"/);
});
