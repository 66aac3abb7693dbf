// The dossier: every statement footnoted to sources with dates, untrusted text escaped, HTML, Markdown and PDF.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { BACKENDS, seed, startTestServer, type TestServer } from '../testing';
import { escapeHtml } from './html';
import { escapeMarkdown } from './markdown';
import { CHROMIUM, htmlToPdf } from './pdf';

test('escaping leaves no markup of article text', () => {
  assert.equal(escapeHtml(`<img src=x onerror="a()">'&`), '&lt;img src=x onerror=&quot;a()&quot;&gt;&#39;&amp;');
  assert.equal(escapeMarkdown('[click](javascript:x) <b>*'), '\\[click\\](javascript:x) \\<b\\>\\*');
});

describe('dossier over HTTP', () => {
  let s: TestServer;
  before(async () => {
    s = await startTestServer(BACKENDS[0]);
    await seed(s.data);
  });
  after(() => s.close());

  test('HTML: sections, every list item footnoted, footnotes with titles and dates, no script, print CSS', async () => {
    const r = await s.get('/api/v1/pairs/NOR-CHL/dossier');
    assert.equal(r.status, 200);
    assert.match(r.headers.get('content-type') ?? '', /text\/html/);
    const html: string = r.body;
    for (const h of ['Key numbers', 'Key figures', 'Timeline', 'Agreements by topic', 'Projects', 'Pledges', 'Conflicting figures', 'Sources']) {
      assert.match(html, new RegExp(`<h2>${h}</h2>`), h);
    }
    assert.match(html, /<h1>Chile – Norway<\/h1>/);
    const items = [...html.matchAll(/<li>(.*?)<\/li>/g)].map((m) => m[1]);
    assert.ok(items.length >= 8);
    for (const item of items) assert.match(item, /<sup><a href="#fn-\d+"/, item);
    // Three documents about the pair, each a footnote with its title and date.
    const notes = [...html.matchAll(/<li id="fn-(\d+)">(.*?)<\/li>/g)];
    assert.equal(notes.length, 3);
    assert.ok(notes.some(([, , text]) => text.includes('Chilean president in Oslo') && text.includes('2021-03-03')));
    assert.match(html, /Visit from Chile to Norway in Oslo/);
    assert.match(html, /Trade turnover between Chile and Norway: 1\.1 billion USD \(sources disagree\)/);
    assert.match(html, /<h3>Met<\/h3><ul><li><span class="date">2021<\/span>/);
    assert.match(html, /@media print/);
    assert.doesNotMatch(html, /<script/i);
    assert.match(r.headers.get('content-security-policy') ?? '', /script-src 'self'/);
  });

  test('untrusted titles are escaped in the HTML', async () => {
    const r = await s.get('/api/v1/pairs/JPN-PER/dossier');
    assert.equal(r.status, 200);
    assert.doesNotMatch(r.body, /<script>window/);
    assert.match(r.body, /&lt;script&gt;window.__pwned=1&lt;\/script&gt; Talks in Lima/);
  });

  test('Markdown has the same statements with footnotes; unknown pairs are 404, bad formats 400', async () => {
    const r = await s.get('/api/v1/pairs/CHL-NOR/dossier?format=md');
    assert.match(r.headers.get('content-type') ?? '', /text\/markdown/);
    assert.match(r.body, /^# Chile – Norway/);
    // The people its sentence names follow the event.
    assert.match(r.body, /- 2022-01-09 — Phone call between Chile and Norway \(Tove Lindqvist\)\[\^\d\]/);
    assert.match(r.body, /\[\^1\]: .*, \d{4}-\d{2}-\d{2}\./);
    assert.equal((await s.get('/api/v1/pairs/FRA-DEU/dossier')).status, 404);
    const bad = await s.get('/api/v1/pairs/CHL-NOR/dossier?format=docx');
    assert.equal(bad.status, 400);
    assert.match(bad.body.error.message, /^bad parameter format/);
  });

  test('PDF from the same HTML through Chromium', { skip: existsSync(CHROMIUM) ? false : `no Chromium at ${CHROMIUM}` }, async () => {
    const html = (await s.get('/api/v1/pairs/CHL-NOR/dossier')).body as string;
    const pdf = await htmlToPdf(html);
    assert.equal(pdf.subarray(0, 5).toString(), '%PDF-');
    assert.ok(pdf.length > 5000);
  });
});
