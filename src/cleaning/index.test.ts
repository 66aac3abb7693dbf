// Tests cleaning end to end: the real corpus, written samples in text and HTML, and inputs that must be refused.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { cleanDocument } from './index';
import type { RawDocument } from '../shared/types';

const corpusDir = new URL('../../../shared/corpus/', import.meta.url);
const corpusFile = (prefix: string) => {
  const name = readdirSync(corpusDir).find((f) => f.startsWith(prefix));
  assert.ok(name, `corpus file ${prefix}_*`);
  return fileURLToPath(new URL(name, corpusDir));
};
const fromFile = (path: string): RawDocument => ({ source: path, kind: 'file', body: readFileSync(path), contentType: 'text/plain' });
const text = (body: string, extra: Partial<RawDocument> = {}): RawDocument =>
  ({ source: 'sample.txt', kind: 'file', body: Buffer.from(body), contentType: 'text/plain', ...extra });

test('corpus 000: lead once, no BBCode, hyphens repaired, compounds intact, no site note in Cyrillic', () => {
  const path = corpusFile('000');
  const raw = readFileSync(path, 'utf8');
  const lead = /\[b\]([^[]+)\[\/b\]/.exec(raw)?.[1].slice(0, 60);
  assert.ok(lead && lead.length === 60);
  const doc = cleanDocument(fromFile(path));
  assert.equal(doc.text.split(lead).length - 1, 1);
  assert.doesNotMatch(doc.text, /\[\/?b\]/);
  assert.ok(!doc.text.includes('colla-boration'));
  assert.ok(doc.text.includes('collaboration'));
  assert.doesNotMatch(doc.text, /develop-\s?ment|in-\s?terested|consi-dered/);
  assert.doesNotMatch(doc.text, /\p{Script=Cyrillic}/u);
  assert.ok(doc.text.includes('Belarusian-Azerbaijani'));
  assert.doesNotMatch(doc.text, /[ \t]$|^$|\n\n/m);
  assert.equal(doc.name, '000_b234d695aa0905ec');
  assert.equal(doc.hash, createHash('sha256').update(doc.text).digest('hex'));
  // Every sentence of at least five words appears once.
  const sentences = doc.text.split(/(?<=[.!?])\s+/).filter((s) => s.split(' ').length >= 5);
  assert.equal(new Set(sentences).size, sentences.length);
});

test('corpus dates: 003 from its date line, 004 from its timestamp', () => {
  const d3 = cleanDocument(fromFile(corpusFile('003')));
  assert.deepEqual([d3.date, d3.dateSource], ['2020-05-16', 'date-line']);
  const d4 = cleanDocument(fromFile(corpusFile('004')));
  assert.deepEqual([d4.date, d4.dateSource], ['2019-03-09', 'timestamp']);
});

test('all corpus files clean without error, are English and have no view counter or curly quote left', () => {
  const files = readdirSync(corpusDir).filter((f) => f.endsWith('.txt')).sort();
  assert.ok(files.length >= 5);
  for (const f of files) {
    const doc = cleanDocument(fromFile(fileURLToPath(new URL(f, corpusDir))));
    assert.equal(doc.language, 'en', f);
    assert.ok(doc.text.length > 1000, f);
    assert.doesNotMatch(doc.text, /^- \d+$/m, f);
    assert.doesNotMatch(doc.text, /[\u2018\u2019\u201C\u201D]/, f);
  }
});

test('a written text article: title, dateline date, repeats and furniture removed', () => {
  const body = [
    'Ghana and Togo open a border crossing',
    '',
    '[b]Ghana and Togo opened a new border crossing near Aflao on Friday[/b]The ministers of both countries cut the ribbon. Trucks began to cross within the hour.',
    'Ghana and Togo opened a new border crossing near Aflao on Friday',
    '',
    // The dateline makes its first sentence new; the second was already said.
    'Accra, 4 June 2021 (GNA) – The ministers of both countries cut the ribbon.',
    'Officials expect the colla-boration to cut waiting times for long-distance hauliers by half, and the develop-',
    'ment of a second crossing is being consi-dered.',
    'Share this article',
    '- 120',
    'Нашли ошибку? Выделите её и нажмите Ctrl+Enter',
  ].join('\r\n');
  const doc = cleanDocument(text(body));
  assert.equal(doc.title, 'Ghana and Togo open a border crossing');
  assert.deepEqual([doc.date, doc.dateSource], ['2021-06-04', 'dateline']);
  assert.equal(doc.text, [
    'Ghana and Togo open a border crossing',
    'Ghana and Togo opened a new border crossing near Aflao on Friday',
    'The ministers of both countries cut the ribbon. Trucks began to cross within the hour.',
    // The dateline makes its first sentence new; the second was already said.
    'Accra, 4 June 2021 (GNA) – The ministers of both countries cut the ribbon.',
    'Officials expect the collaboration to cut waiting times for long-distance hauliers by half, and the development of a second crossing is being considered.',
  ].join('\n'));
  assert.equal(doc.language, 'en');
});

test('an HTML page: Readability text, og:title, metadata date, URL slug name', () => {
  const paras = Array.from({ length: 5 }, (_, i) =>
    `<p>Part ${i + 1}. Norway and Iceland agreed on fishing quotas for the next season and on a joint study of the shared stocks in the north.</p>`).join('');
  const html = `<html><head><title>Quota deal - Example</title><meta property="og:title" content="Norway and Iceland agree quotas">
    <script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2022-11-28T08:00:00+01:00"}</script></head>
    <body><nav>Home | World</nav><article>${paras}<p>Follow us on Telegram</p></article></body></html>`;
  const doc = cleanDocument({ source: 'https://www.example.com/world/quota-deal.html', kind: 'url', body: Buffer.from(html), contentType: 'text/html' });
  assert.equal(doc.title, 'Norway and Iceland agree quotas');
  assert.deepEqual([doc.date, doc.dateSource], ['2022-11-28', 'html-meta']);
  assert.equal(doc.name, 'example.com-world-quota-deal');
  assert.equal(doc.text.split('\n').length, 5);
  assert.doesNotMatch(doc.text, /Telegram|Home/);
  assert.equal(doc.language, 'en');
});

test('--date overrides, stdin gets a hash name, unknown dates stay null', () => {
  const doc = cleanDocument(text('Peru and Chile signed five accords in Lima today, the ministers said on Monday.', { source: '-', kind: 'stdin', dateOverride: '2020-02' }));
  assert.deepEqual([doc.date, doc.dateSource], ['2020-02', 'override']);
  assert.equal(doc.name, `stdin-${doc.hash.slice(0, 8)}`);
  const undated = cleanDocument(text('Peru and Chile signed five accords in Lima today, the ministers said on Monday.'));
  assert.equal(undated.date, null);
  assert.equal(undated.dateSource, null);
});

test('markdown files lose their syntax', () => {
  const doc = cleanDocument(text('# Kenya and Uganda\n\nThe **railway** deal was [signed](https://x.example) in Kampala.', { source: 'notes.md', contentType: 'text/markdown' }));
  assert.equal(doc.text, 'Kenya and Uganda\nThe railway deal was signed in Kampala.');
  assert.equal(doc.title, 'Kenya and Uganda');
});

test('bad inputs are refused with their code and the source named', () => {
  const refuse = (raw: RawDocument, code: string, message: RegExp) =>
    assert.throws(() => cleanDocument(raw), (err: any) => err.code === code && message.test(err.message) && err.input === raw.source);
  refuse(text(''), 'empty', /^sample\.txt: document is empty/);
  refuse(text('  \n\n '), 'empty', /whitespace/);
  refuse({ ...text(''), body: Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x00, 0x00]) }, 'binary', /sample\.txt: looks like a binary/);
  refuse({ ...text(''), body: Buffer.from([0x53, 0xe3, 0x6f, 0x20, 0x50, 0x61, 0x75, 0x6c, 0x6f]) }, 'encoding', /not valid UTF-8/);
  refuse(text('<html><body><script>app()</script></body></html>', { source: 'page.html', contentType: 'text/html' }), 'bad_html', /page\.html: no text could be extracted/);
  refuse(text('Share this article\n- 12\nAdvertisement'), 'empty', /no text left/);
});

test('malformed HTML still yields its text', () => {
  const doc = cleanDocument(text('<html><body><div><p>Norway and Iceland <b>met in Oslo<p>to talk about fish</div></span></td>', { source: 'broken.html' }));
  assert.match(doc.text, /Norway and Iceland met in Oslo/);
  assert.match(doc.text, /to talk about fish/);
});

test('a zero-width character between a letter and its accent: the letter is composed once it is removed', () => {
  // Plain text with no markup skips the second normalisation unless NFC would compose more; here it must.
  const doc = cleanDocument(text('The delegation met in Mare\u200B\u0301na on Monday to discuss the new ferry timetable.\n'));
  assert.ok(doc.text.includes('Mar\u00e9na'), doc.text);
  assert.equal(doc.text, doc.text.normalize('NFC'));
});
