// Tests expanding inputs: files, folders, stdin, article URLs, feeds, and every kind of bad input.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, mkdir, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { expandInputs } from './index';
import { closedPort, startServer, type TestServer } from './testserver';

let dir: string;
let server: TestServer;

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dyad-sources-'));
  await mkdir(join(dir, 'news', 'b-sub'), { recursive: true });
  await mkdir(join(dir, 'news', '.hidden'), { recursive: true });
  await writeFile(join(dir, 'news', 'c.txt'), 'Kenya and Uganda talks');
  await writeFile(join(dir, 'news', 'a.md'), '# Heading');
  await writeFile(join(dir, 'news', 'b-sub', 'z.html'), '<p>x</p>');
  await writeFile(join(dir, 'news', 'b-sub', 'y.HTM'), '<p>y</p>');
  await writeFile(join(dir, 'news', 'notes.pdf'), '%PDF');
  await writeFile(join(dir, 'news', '.hidden', 'secret.txt'), 'hidden');
  await writeFile(join(dir, 'report.pdf'), '%PDF');
  await mkdir(join(dir, 'empty'));

  server = await startServer((req, res, base) => {
    const url = req.url ?? '/';
    const send = (type: string, body: string) => { res.setHeader('content-type', type); res.end(body); };
    if (url === '/article') send('text/html', '<html><body><p>Norway and Iceland agree on fishing quotas.</p></body></html>');
    else if (url === '/rss') send('application/rss+xml', `<?xml version="1.0"?><rss version="2.0"><channel><title>w</title>
      <item><link>${base}/article</link></item><item><link>/second</link></item></channel></rss>`);
    else if (url === '/atom') send('text/plain', `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">
      <entry><link href="${base}/article"/></entry></feed>`);
    else if (url === '/broken-feed') send('application/rss+xml', '<html><body>We moved our feed</body></html>');
    else if (url === '/empty-feed') send('application/atom+xml', '<feed xmlns="http://www.w3.org/2005/Atom"></feed>');
    else if (url === '/second') send('text/html', '<p>Second story</p>');
    else { res.statusCode = 404; res.end(); }
  });
});

after(async () => {
  await server.close();
  await rm(dir, { recursive: true, force: true });
});

test('a folder expands recursively in sorted order, skipping hidden entries and other extensions', async () => {
  const { items, failures } = await expandInputs([join(dir, 'news')]);
  assert.deepEqual(failures, []);
  assert.deepEqual(items.map((i) => i.source.slice(dir.length + 1)),
    ['news/a.md', 'news/b-sub/y.HTM', 'news/b-sub/z.html', 'news/c.txt']);
  const doc = await items[3].load();
  assert.equal(doc.body.toString(), 'Kenya and Uganda talks');
  assert.equal(doc.kind, 'file');
  assert.equal(doc.contentType, 'text/plain');
  assert.equal((await items[1].load()).contentType, 'text/html');
});

test('bad paths fail one by one, naming the input, while the rest go on', async () => {
  const missing = join(dir, 'nope.txt');
  const { items, failures } = await expandInputs([missing, join(dir, 'report.pdf'), join(dir, 'news', 'c.txt'), join(dir, 'empty')]);
  assert.equal(items.length, 1);
  assert.deepEqual(failures.map((f) => [f.source, f.error.code]),
    [[missing, 'not_found'], [join(dir, 'report.pdf'), 'unsupported'], [join(dir, 'empty'), 'not_found']]);
  assert.equal(failures[0].error.message, `${missing}: no such file or directory`);
  assert.match(failures[1].error.message, /report\.pdf: unsupported file type/);
});

test('a file over the size limit fails on its size, without being read', async () => {
  const big = join(dir, 'big.txt');
  await writeFile(big, '');
  await truncate(big, 50 * 1024 * 1024); // sparse: no 50 MB written
  const { items, failures } = await expandInputs([big]);
  assert.equal(items.length, 0);
  assert.equal(failures[0].error.code, 'too_large');
  assert.match(failures[0].error.message, /big\.txt: file is 50 MB, larger than the limit of 20 MB/);

  // A file that grows after expansion is refused on load too.
  const growing = join(dir, 'growing.txt');
  await writeFile(growing, 'small');
  const expanded = await expandInputs([growing], { maxBytes: 100 });
  await writeFile(growing, 'x'.repeat(200));
  await assert.rejects(expanded.items[0].load(), { code: 'too_large' });
});

test('"-" reads standard input, and --date is carried to the document', async () => {
  const { items } = await expandInputs(['-'], { stdin: Readable.from([Buffer.from('Peru and '), Buffer.from('Chile')]), date: '2021-05-12' });
  const doc = await items[0].load();
  assert.deepEqual([doc.source, doc.kind, doc.body.toString(), doc.dateOverride], ['-', 'stdin', 'Peru and Chile', '2021-05-12']);
  const tooBig = await expandInputs(['-'], { stdin: Readable.from([Buffer.alloc(50)]), maxBytes: 10 });
  await assert.rejects(tooBig.items[0].load(), { code: 'too_large' });
});

test('an article URL is one item whose load reuses the body already fetched', async () => {
  const before = server.requests.length;
  const { items, failures } = await expandInputs([`${server.base}/article`], { allowPrivate: true });
  assert.deepEqual(failures, []);
  assert.equal(items.length, 1);
  const doc = await items[0].load();
  assert.equal(doc.kind, 'url');
  assert.match(doc.body.toString(), /fishing quotas/);
  assert.equal(doc.contentType, 'text/html');
  assert.equal(server.requests.length, before + 1);
});

test('RSS and Atom feeds expand to one item per entry link', async () => {
  const rss = await expandInputs([`${server.base}/rss`], { allowPrivate: true });
  assert.deepEqual(rss.items.map((i) => i.source), [`${server.base}/article`, `${server.base}/second`]);
  assert.match((await rss.items[1].load()).body.toString(), /Second story/);
  const atom = await expandInputs([`${server.base}/atom`], { allowPrivate: true });
  assert.deepEqual(atom.items.map((i) => i.source), [`${server.base}/article`]);
});

test('feed, HTTP and network failures are reported per input', async () => {
  const port = await closedPort();
  const inputs = [`${server.base}/broken-feed`, `${server.base}/empty-feed`, `${server.base}/gone`, `http://127.0.0.1:${port}/x`, 'ftp://example.org/a.txt'];
  const { items, failures } = await expandInputs(inputs, { allowPrivate: true });
  assert.equal(items.length, 0);
  assert.deepEqual(failures.map((f) => f.source), inputs);
  assert.deepEqual(failures.map((f) => f.error.code), ['bad_feed', 'bad_feed', 'http_status', 'network', 'unsupported']);
  assert.match(failures[0].error.message, /not a valid RSS or Atom feed/);
  assert.match(failures[2].error.message, /HTTP 404 Not Found/);
});

test('without allowPrivate a local URL is refused', async () => {
  const { failures } = await expandInputs([`${server.base}/article`]);
  assert.equal(failures[0].error.code, 'forbidden_address');
  assert.match(failures[0].error.message, /use --allow-private/);
});
