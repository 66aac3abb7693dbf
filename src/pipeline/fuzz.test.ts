// Fuzz test of cleaning and extraction: hostile inputs end in a result or a clear DyadError, in bounded time, never a crash.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DyadError } from '../shared/errors';
import type { RawDocument } from '../shared/types';
import { processDocument } from './stages';

/** A seeded generator (mulberry32) so a failure can be replayed. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const next = random(20261130);
const bytes = (n: number) => Buffer.from(Array.from({ length: n }, () => Math.floor(next() * 256)));
const article = '<html><head><title>Fiji and Samoa sign a fisheries accord</title></head><body><article><p>Suva, 5 July '
  + '2018. Fijian Prime Minister Tevita Ravouvou received Samoan Foreign Minister Lemalu Faasalaina.</p><p>The two '
  + 'sides signed an agreement on fisheries and agreed to raise trade to $40 million by 2020.</p></article></body></html>';

const cases: [string, RawDocument][] = [
  ['random bytes', { source: 'random.bin.txt', kind: 'file', body: bytes(64 * 1024) }],
  ['random bytes as HTML', { source: 'random.html', kind: 'file', body: bytes(16 * 1024), contentType: 'text/html' }],
  ...[0.2, 0.5, 0.8].map((cut): [string, RawDocument] => [`HTML cut at ${cut * 100}%`, {
    source: `cut-${cut}.html`, kind: 'file', contentType: 'text/html', body: Buffer.from(article.slice(0, Math.floor(article.length * cut))) }]),
  ['one line of 1 MB', { source: 'line.txt', kind: 'file', body: Buffer.from('Fiji and Samoa traded goods worth $5 million. '.repeat(23_000)) }],
  ['100,000 numbers', { source: 'numbers.txt', kind: 'file', body: Buffer.from(Array.from({ length: 100_000 }, (_, i) => `${i * 37 % 100_003}`).join(' ')) }],
  ['20,000 amounts in one sentence', { source: 'amounts.txt', kind: 'file', body: Buffer.from(Array.from({ length: 20_000 }, (_, i) => `$${i} million`).join(', ')) }],
  ['nesting 20,000 deep', { source: 'deep.html', kind: 'file', contentType: 'text/html',
    body: Buffer.from(`<html><body>${'<div><span>'.repeat(10_000)}Fiji and Samoa met.${'</span></div>'.repeat(10_000)}</body></html>`) }],
  ['brackets 50,000 deep', { source: 'brackets.txt', kind: 'file', body: Buffer.from(`${'('.repeat(50_000)}Samoa${')'.repeat(50_000)}`) }],
  ['JSON-LD with a huge array', { source: 'ld.html', kind: 'file', contentType: 'text/html',
    body: Buffer.from(`<html><head><script type="application/ld+json">[${'{"a":1},'.repeat(200_000)}{}]</script></head><body><p>Fiji and Samoa met in Suva.</p></body></html>`) }],
  ['NUL and control characters', { source: 'control.txt', kind: 'file', body: Buffer.from('Fiji\u0000and\u0007Samoa\u001b[31m signed\r\r\r an accord.') }],
];

/** Generous for a loaded 2-core machine; a super-linear path on these sizes takes minutes, not seconds. */
const LIMIT_MS = 60_000;

for (const [name, raw] of cases) {
  test(`fuzz: ${name} gives a result or a clear error, in bounded time`, async () => {
    const started = performance.now();
    try {
      const result = await processDocument(raw, new Map());
      for (const f of result.facts) assert.equal(result.doc.text.slice(f.evidence.start, f.evidence.end), f.evidence.quote);
    } catch (err) {
      assert.ok(err instanceof DyadError, `${name}: ${String(err)}`);
      assert.notEqual(err.code, 'internal', `${name}: ${err.message}`);
      assert.ok(err.message.includes(raw.source), `the error names the input: ${err.message}`);
    }
    assert.ok(performance.now() - started < LIMIT_MS, `${name} took ${Math.round(performance.now() - started)} ms`);
  });
}
