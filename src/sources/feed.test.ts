// Tests feed detection and link extraction for RSS 2.0, RSS 1.0 and Atom.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { looksLikeFeed, parseFeedLinks } from './feed';

const b = (s: string) => Buffer.from(s);

test('feeds are recognised by content type or by their root element; HTML and XHTML are articles', () => {
  assert.equal(looksLikeFeed('application/rss+xml', b('anything')), true);
  assert.equal(looksLikeFeed('text/xml; charset=utf-8', b('')), true);
  assert.equal(looksLikeFeed(undefined, b('\uFEFF  <rss version="2.0"><channel/></rss>')), true);
  assert.equal(looksLikeFeed('text/plain', b('<feed xmlns="http://www.w3.org/2005/Atom"></feed>')), true);
  assert.equal(looksLikeFeed(undefined, b('<?xml version="1.0"?>\n<!-- c --><rss/>')), true);
  assert.equal(looksLikeFeed('text/html', b('<?xml version="1.0"?><rss/>')), false);
  assert.equal(looksLikeFeed(undefined, b('<?xml version="1.0"?><!DOCTYPE html><html><body>x</body></html>')), false);
  assert.equal(looksLikeFeed(undefined, b('<!doctype html><html></html>')), false);
  assert.equal(looksLikeFeed('application/xhtml+xml', b('<html/>')), false);
});

test('RSS 2.0 items give their links, resolved against the feed and without duplicates', () => {
  const rss = `<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>
    <item><title>Chile and Peru sign port deal</title><link>https://news.example.org/a</link></item>
    <item><title>Relative</title><link>/b?x=1&amp;y=2</link></item>
    <item><title>Guid only</title><guid>https://news.example.org/c</guid></item>
    <item><title>Not a permalink</title><guid isPermaLink="false">tag-123</guid></item>
    <item><title>Again</title><link>https://news.example.org/a</link></item>
  </channel></rss>`;
  assert.deepEqual(parseFeedLinks(b(rss), 'https://news.example.org/feed.xml'),
    ['https://news.example.org/a', 'https://news.example.org/b?x=1&y=2', 'https://news.example.org/c']);
});

test('Atom entries give their alternate links', () => {
  const atom = `<feed xmlns="http://www.w3.org/2005/Atom"><title>Wire</title>
    <entry><title>Ghana and Togo talk trade</title><link rel="self" href="https://x.example/self/1"/><link rel="alternate" href="https://x.example/1"/></entry>
    <entry><title>Two</title><link href="2.html"/></entry>
  </feed>`;
  assert.deepEqual(parseFeedLinks(b(atom), 'https://x.example/news/feed'), ['https://x.example/1', 'https://x.example/news/2.html']);
});

test('RSS 1.0 (RDF) items give their links', () => {
  const rdf = `<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">
    <channel><title>t</title></channel><item><title>a</title><link>https://r.example/a</link></item></rdf:RDF>`;
  assert.deepEqual(parseFeedLinks(b(rdf), 'https://r.example/'), ['https://r.example/a']);
});

test('malformed XML or an unknown root is not a valid feed', () => {
  for (const body of ['this is not xml', '<rss><channel><item></rss>', '<?xml version="1.0"?><catalog><book/></catalog>']) {
    assert.throws(() => parseFeedLinks(b(body), 'https://f.example/feed'), (err: any) =>
      err.code === 'bad_feed' && /https:\/\/f\.example\/feed: not a valid RSS or Atom feed/.test(err.message));
  }
});
