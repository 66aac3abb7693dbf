// Recognises RSS 2.0, RSS 1.0 (RDF) and Atom feeds and lists the article links they point to.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { DyadError } from '../shared/errors';

/**
 * Whether a fetched body must be read as a feed. The server's word (an XML/RSS/Atom content type) or an XML
 * start decides; an HTML page, XHTML included, is an article page even when it begins with `<?xml`.
 */
export function looksLikeFeed(contentType: string | undefined, body: Buffer): boolean {
  const type = (contentType ?? '').toLowerCase();
  if (type.includes('html')) return false;
  if (/xml|rss|atom/.test(type)) return true;
  const head = body.subarray(0, 2048).toString('utf8').replace(/^\uFEFF/, '').trimStart();
  if (/^<(rss|feed)[\s>]/i.test(head) || /^<rdf:RDF[\s>]/i.test(head)) return true;
  if (/^<\?xml/i.test(head)) return firstElementName(head) !== 'html';
  return false;
}

/** The first element after the XML prolog, comments and doctype. */
function firstElementName(text: string): string | null {
  const m = /<(?![?!])([A-Za-z_][\w:.-]*)/.exec(text.replace(/<!--[\s\S]*?-->/g, ''));
  return m ? m[1].toLowerCase() : null;
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  removeNSPrefix: false,
  processEntities: true,
  isArray: (name) => ['item', 'entry', 'link'].includes(name),
});

/** Returns the absolute http(s) links of a feed's items in feed order, without duplicates. */
export function parseFeedLinks(body: Buffer, feedUrl: string): string[] {
  const text = body.toString('utf8').replace(/^\uFEFF/, '');
  const invalid = () => new DyadError('bad_feed', `${feedUrl}: not a valid RSS or Atom feed`, { input: feedUrl });
  if (XMLValidator.validate(text) !== true) throw invalid();
  let doc: Record<string, any>;
  try {
    doc = parser.parse(text);
  } catch (err) {
    throw invalid();
  }

  let raw: unknown[];
  if (doc.rss) raw = asArray(doc.rss.channel).flatMap((c: any) => asArray(c?.item)).map(rssItemLink);
  else if (doc.feed) raw = asArray(doc.feed.entry).map(atomEntryLink);
  else if (doc['rdf:RDF']) raw = asArray(doc['rdf:RDF'].item).map(rssItemLink);
  else throw invalid();

  const links: string[] = [];
  for (const value of raw) {
    if (typeof value !== 'string' || !value.trim()) continue;
    let abs: string;
    try {
      abs = new URL(value.trim(), feedUrl).toString();
    } catch {
      continue;
    }
    if (!/^https?:/i.test(abs) || links.includes(abs)) continue;
    links.push(abs);
  }
  return links;
}

function asArray<T>(v: T | T[] | undefined | null): T[] {
  if (v === undefined || v === null) return [];
  return Array.isArray(v) ? v : [v];
}

function textOf(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  if (v && typeof v === 'object' && '#text' in v) return String((v as Record<string, unknown>)['#text']);
  return undefined;
}

function rssItemLink(item: any): string | undefined {
  const link = asArray(item?.link).map(textOf).find(Boolean);
  if (link) return link;
  // A guid is a link only when the feed says so (isPermaLink defaults to true).
  const guid = item?.guid;
  if (guid && (typeof guid === 'string' || guid['@isPermaLink'] !== 'false')) return textOf(guid);
  return undefined;
}

function atomEntryLink(entry: any): string | undefined {
  const links = asArray(entry?.link) as any[];
  const alternate = links.find((l) => typeof l === 'object' && (!l['@rel'] || l['@rel'] === 'alternate'));
  return alternate?.['@href'] ?? textOf(links[0]);
}
