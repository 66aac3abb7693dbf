// End-to-end test of `dyad ingest` on a mix of good and broken inputs: every failure is reported by input and reason.
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { runDyad, SAMPLE_ARTICLES, tempDir } from './testing';

let server: Server;
let base = '';
const requests: string[] = [];

before(async () => {
  server = createServer((req, res) => {
    requests.push(req.url ?? '');
    if (req.url === '/feed.xml') {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      res.end('this is plain text pretending to be a feed {');
    } else if (req.url === '/article') {
      res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(SAMPLE_ARTICLES['peru-japan.txt']);
    } else {
      res.writeHead(404, { 'content-type': 'text/html' });
      res.end('<html><body>Not found</body></html>');
    }
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(() => server.close());

/** A port nothing listens on: bound once, then released. */
async function closedPort(): Promise<number> {
  const probe = createServer().listen(0, '127.0.0.1');
  await once(probe, 'listening');
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

test('good inputs are ingested and each broken one is reported with its input and a reason', async () => {
  const dir = tempDir('bad-input');
  const db = join(dir, 'db');
  const file = (name: string, body: string | Buffer): string => {
    const path = join(dir, name);
    writeFileSync(path, body);
    return path;
  };
  const good = file('kenya-ghana.txt', SAMPLE_ARTICLES['kenya-ghana.txt']);
  const malformed = file('broken-markup.html', '<html><head><title>Senegal and Morocco open a ferry line</title><body>'
    + '<div><p>Dakar, 3 April 2022. Senegal and Morocco opened a ferry line between their ports<p>The ferry will carry '
    + 'freight and passengers twice a week, the transport ministers of both countries said.</div></span><b>');
  const binary = file('scan.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49,
    0x48, 0x44, 0x52, ...Array.from({ length: 4000 }, (_, i) => (i * 131) % 256)]));
  const empty = file('empty.txt', '');
  const badUtf8 = file('latin.txt', Buffer.concat([Buffer.from('Finland and Vietnam sign a trade agreement. '),
    Buffer.from([0xc3, 0x28, 0xa0, 0xa1, 0xff, 0xfe]), Buffer.from(' The ministers met in Hanoi.\n')]));
  const huge = file('huge.txt', Buffer.alloc(50 * 1024 * 1024, 'Canada and Mongolia discuss mining. '));
  const missing = join(dir, 'no-such-file.txt');
  const notFound = `${base}/missing-page`;
  const badFeed = `${base}/feed.xml`;
  const unreachable = `http://127.0.0.1:${await closedPort()}/article`;
  const failing = [binary, empty, badUtf8, huge, missing, notFound, badFeed, unreachable];

  const run = await runDyad(['ingest', good, binary, empty, badUtf8, huge, malformed, missing, notFound, badFeed,
    unreachable, '--db', db, '--allow-private', '--timeout', '5', '--json']);
  assert.equal(run.code, 1, run.stderr);
  const summary = JSON.parse(run.stdout) as { ingested: number; failed: number;
    failures: { input: string; code: string; reason: string }[] };
  assert.equal(summary.ingested, 2, run.stderr);
  assert.deepEqual(summary.failures.map((f) => f.input).sort(), [...failing].sort());
  for (const failure of summary.failures) {
    assert.ok(failure.reason.length > 10, `a reason for ${failure.input}`);
    assert.ok(run.stderr.includes(`failed  ${failure.input}: `), `stderr names ${failure.input}`);
  }
  const codeOf = (input: string): string | undefined => summary.failures.find((f) => f.input === input)?.code;
  assert.equal(codeOf(missing), 'not_found');
  assert.equal(codeOf(huge), 'too_large');
  assert.equal(codeOf(notFound), 'http_status');
  assert.match(summary.failures.find((f) => f.input === notFound)!.reason, /404/);

  // The text summary carries the same: the counts, then each failure with its input.
  const again = await runDyad(['ingest', good, missing, '--db', db]);
  assert.equal(again.code, 1);
  assert.match(again.stdout, /^ingested 0, unchanged 1, new versions 0, failed 1$/m);
  assert.match(again.stdout, new RegExp(`^ {2}failed {2}${missing.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: .+`, 'm'));

  const docs = JSON.parse((await runDyad(['docs', '--db', db, '--json'])).stdout) as { name: string; source: string }[];
  assert.deepEqual(docs.map((d) => d.source).sort(), [malformed, good].sort());
  const shown = await runDyad(['show', docs.find((d) => d.source === malformed)!.name, '--db', db]);
  assert.match(shown.stdout, /ferry will carry freight/);
});

test('without --allow-private a URL on 127.0.0.1 is refused before any request', async () => {
  const db = join(tempDir('private'), 'db');
  requests.length = 0;
  const run = await runDyad(['ingest', `${base}/article`, '--db', db, '--json']);
  assert.equal(run.code, 1);
  const summary = JSON.parse(run.stdout) as { failures: { input: string; code: string }[] };
  assert.deepEqual(summary.failures.map((f) => [f.input, f.code]), [[`${base}/article`, 'forbidden_address']]);
  assert.deepEqual(requests, []);

  const allowed = await runDyad(['ingest', `${base}/article`, '--db', db, '--allow-private']);
  assert.equal(allowed.code, 0, allowed.stderr);
  assert.deepEqual(requests, ['/article']);
});
