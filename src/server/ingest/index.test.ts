// POST /ingest over HTTP on both backends: an uploaded file, a URL (private addresses only when allowed), refusals.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { startServer as startArticleServer, type TestServer as ArticleServer } from '../../sources/testserver';
import { BACKENDS, startTestServer, type TestServer } from '../testing';

const ARTICLE = 'Norway and Chile signed an agreement on energy cooperation in Oslo on 3 March 2021. '
  + 'The agreement was signed by Foreign Minister Tove Lindqvist of Norway and her Chilean counterpart.';

function uploadForm(name: string, text: string, extra: Record<string, string> = {}): FormData {
  const form = new FormData();
  form.set('file', new Blob([text], { type: 'text/plain' }), name);
  for (const [k, v] of Object.entries(extra)) form.set(k, v);
  return form;
}

for (const backend of BACKENDS) {
  describe(`ingest on ${backend.name}`, () => {
    let s: TestServer;
    let site: ArticleServer;
    before(async () => {
      s = await startTestServer(backend, { allowPrivate: true });
      site = await startArticleServer((req, res) => {
        if (req.url === '/news/oslo-energy.html') {
          res.setHeader('content-type', 'text/html; charset=utf-8');
          res.end(`<html><head><title>Energy deal in Oslo</title></head><body><article><p>${ARTICLE} A second round of talks is planned for June.</p></article></body></html>`);
        } else {
          res.statusCode = 404;
          res.end('missing');
        }
      });
    });
    after(async () => {
      await site.close();
      await s.close();
    });

    test('an uploaded file is stored with its facts, readable afterwards; the same bytes again are unchanged', async () => {
      const res = await s.get('/api/v1/ingest', { method: 'POST', body: uploadForm('oslo-energy.txt', ARTICLE, { date: '2021-03-04' }) });
      assert.equal(res.status, 200);
      const [item] = res.body.items;
      assert.equal(item.status, 'ingested');
      assert.equal(item.document.name, 'oslo-energy');
      assert.equal(item.document.date, '2021-03-04');
      assert.ok(item.facts > 0);
      const doc = await s.get('/api/v1/documents/oslo-energy');
      assert.equal(doc.body.text, ARTICLE);
      assert.ok(doc.body.factList.some((f: any) => f.type === 'agreement' && f.pair === 'CHL-NOR'));
      const again = await s.get('/api/v1/ingest', { method: 'POST', body: uploadForm('oslo-energy.txt', ARTICLE, { date: '2021-03-04' }) });
      assert.equal(again.body.items[0].status, 'unchanged');
    });

    test('a URL is fetched and stored; a missing page is the error of that input', async () => {
      const res = await s.post('/api/v1/ingest', { url: `${site.base}/news/oslo-energy.html` });
      assert.equal(res.status, 200);
      assert.equal(res.body.items[0].status, 'ingested');
      assert.equal(res.body.items[0].document.title, 'Energy deal in Oslo');
      const missing = await s.post('/api/v1/ingest', { url: `${site.base}/news/gone.html` });
      assert.equal(missing.status, 502);
      assert.equal(missing.body.error.code, 'http_status');
    });

    test('bad requests are refused with the reason', async () => {
      const badUrl = await s.post('/api/v1/ingest', { url: 'file:///etc/passwd' });
      assert.equal(badUrl.status, 400);
      assert.match(badUrl.body.error.message, /^bad parameter url:/);
      const exe = await s.get('/api/v1/ingest', { method: 'POST', body: uploadForm('tool.exe', 'MZ') });
      assert.equal(exe.status, 415);
      assert.match(exe.body.error.message, /tool\.exe/);
      const noFile = new FormData();
      noFile.set('source', 'x');
      const r = await s.get('/api/v1/ingest', { method: 'POST', body: noFile });
      assert.equal(r.status, 400);
      assert.match(r.body.error.message, /file/);
      const text = await s.get('/api/v1/ingest', { method: 'POST', body: 'hello', headers: { 'content-type': 'text/plain' } });
      assert.equal(text.status, 415);
    });
  });
}

describe('ingest of private addresses', () => {
  let s: TestServer;
  before(async () => { s = await startTestServer(BACKENDS[0]); });
  after(() => s.close());

  test('is refused unless the server was started with --allow-private', async () => {
    const res = await s.post('/api/v1/ingest', { url: 'http://127.0.0.1:9/article.html' });
    assert.equal(res.status, 422);
    assert.equal(res.body.error.code, 'forbidden_address');
  });
});
