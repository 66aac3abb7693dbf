// Tests reading pages: main text with paragraphs, title and date metadata, fallbacks for odd or broken HTML.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractHtml, isHtml } from './html';

const body = (n: number) => Array.from({ length: n }, (_, i) =>
  `<p>Paragraph ${i + 1}: the ministers of Ghana and Togo discussed the new border crossing, customs rules and the shared power line in detail.</p>`).join('');

test('HTML is recognised by content type, extension or its start', () => {
  assert.equal(isHtml('text/html; charset=utf-8', 'https://x.example/a', 'plain'), true);
  assert.equal(isHtml(undefined, 'page.HTM', 'plain'), true);
  assert.equal(isHtml(undefined, 'https://x.example/a.html?x=1', 'plain'), true);
  assert.equal(isHtml(undefined, 'a.txt', '  <!-- saved --><!DOCTYPE html><html>'), true);
  assert.equal(isHtml('text/plain', 'a.txt', 'The <html> tag is old.'), false);
});

test('the article text keeps one paragraph per line and leaves navigation and scripts out', () => {
  const html = `<!doctype html><html lang="en-GB"><head><title>Border deal | Example News</title>
    <meta property="og:title" content="Ghana and Togo open a border crossing">
    <meta property="article:published_time" content="2021-06-04T23:30:00-05:00"></head>
    <body><nav><a href="/">Home</a><a href="/world">World</a></nav>
    <article><h1>Ghana and Togo open a border crossing</h1>${body(6)}<script>track()</script></article>
    <footer>Contact us</footer></body></html>`;
  const page = extractHtml(html);
  const lines = page.text.split('\n');
  assert.ok(lines.length >= 6);
  assert.ok(lines.some((l) => l.startsWith('Paragraph 1: the ministers')));
  assert.ok(lines.some((l) => l.startsWith('Paragraph 6:')));
  assert.doesNotMatch(page.text, /track\(\)|Contact us|Home/);
  assert.equal(page.title, 'Ghana and Togo open a border crossing');
  assert.equal(page.published, '2021-06-04T23:30:00-05:00');
  assert.equal(page.lang, 'en-GB');
});

test('publication dates come from JSON-LD, <time> or meta name=date', () => {
  const ld = `<html><head><script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"@type":"NewsArticle","datePublished":"2020-05-16"}]}</script>
    <script type="application/ld+json">{broken</script></head><body>${body(1)}</body></html>`;
  assert.equal(extractHtml(ld).published, '2020-05-16');
  assert.equal(extractHtml(`<html><body><time datetime="2019-03-09T10:00">9 March</time>${body(1)}</body></html>`).published, '2019-03-09T10:00');
  assert.equal(extractHtml(`<html><head><meta name="date" content="2018-01-02"></head><body>${body(1)}</body></html>`).published, '2018-01-02');
  assert.equal(extractHtml(`<html><body>${body(1)}</body></html>`).published, null);
});

test('fragments and malformed HTML still give their text; a page of scripts gives none', () => {
  assert.equal(extractHtml('<p>Peru and Chile <b>signed</b> it</p><p>Second line').text, 'Peru and Chile signed it\nSecond line');
  const broken = extractHtml('<html><head><title>Broken</head><body><div><p>Norway and Iceland <i>met <p>in Oslo<div>on Monday</span></table>');
  assert.match(broken.text, /Norway and Iceland met/);
  assert.match(broken.text, /in Oslo/);
  assert.match(broken.text, /on Monday/);
  assert.equal(extractHtml('<html><body><script>var a = "x";</script><style>p{}</style></body></html>').text, '');
});
