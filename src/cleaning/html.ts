// Reads an HTML page: main text with paragraph breaks (Readability), title, publication date and language hints.
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';

export interface HtmlExtract {
  /** Main text, one block (paragraph, heading, list item) per line. */
  text: string;
  title: string | null;
  /** Raw publication date string from the page's metadata, not yet normalised. */
  published: string | null;
  /** The page's declared language (`<html lang>`), e.g. "en-GB". */
  lang: string | null;
}

/** Whether bytes should be read as HTML: declared so, named so, or starting like a page. */
export function isHtml(contentType: string | undefined, source: string, text: string): boolean {
  if (contentType && /html/i.test(contentType)) return true;
  if (/\.html?$/i.test(source.replace(/[?#].*$/, ''))) return true;
  return /^\s*(<!--[\s\S]*?-->\s*)*<(!doctype\s+html|html[\s>])/i.test(text.slice(0, 4096));
}

const BLOCK_TAGS = new Set(['ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TD',
  'TH', 'TR', 'UL', 'CAPTION', 'DETAILS', 'SUMMARY']);
const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'OBJECT', 'CANVAS', 'HEAD', 'BUTTON', 'FORM', 'SELECT']);
/** Page furniture left out of the fallback text when Readability finds no article. */
const CHROME_TAGS = new Set(['NAV', 'HEADER', 'FOOTER', 'ASIDE']);

/** Text of a node with a line break around every block element, so paragraphs survive. */
export function blockText(root: any, skipChrome = false): string {
  const out: string[] = [];
  const walk = (node: any) => {
    if (node.nodeType === 3) { out.push(node.textContent ?? ''); return; }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    const tag = String(node.tagName ?? '').toUpperCase();
    if (SKIP_TAGS.has(tag) || (skipChrome && CHROME_TAGS.has(tag))) return;
    const block = BLOCK_TAGS.has(tag);
    if (block) out.push('\n');
    // Table cells on one row are kept apart by a space rather than glued together.
    if (tag === 'TD' || tag === 'TH') out.push(' ');
    for (const child of Array.from(node.childNodes ?? []) as any[]) walk(child);
    if (block) out.push('\n');
  };
  walk(root);
  return out.join('')
    .split('\n')
    .map((l) => l.replace(/[ \t\u00A0]+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

/** Fragments ("<p>..</p>") get a document around them; linkedom leaves the body empty otherwise. */
function asDocument(html: string): string {
  if (/<html[\s>]/i.test(html)) return html;
  if (/<(head|body)[\s>]/i.test(html)) return `<!doctype html><html>${html}</html>`;
  return `<!doctype html><html><head></head><body>${html}</body></html>`;
}

function meta(document: any, selectors: string[]): string | null {
  for (const sel of selectors) {
    const v = document.querySelector(sel)?.getAttribute('content')?.trim();
    if (v) return v;
  }
  return null;
}

/** Finds `datePublished` anywhere in the page's JSON-LD blocks (plain objects, arrays, @graph). */
function jsonLdDate(document: any): string | null {
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]')) as any[]) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue; // broken JSON-LD is common and not worth failing the page for
    }
    const stack: unknown[] = [data];
    while (stack.length) {
      const v = stack.pop();
      if (Array.isArray(v)) for (const x of v) stack.push(x);
      else if (v && typeof v === 'object') {
        const o = v as Record<string, unknown>;
        if (typeof o.datePublished === 'string' && o.datePublished.trim()) return o.datePublished.trim();
        for (const x of Object.values(o)) stack.push(x);
      }
    }
  }
  return null;
}

function publishedDate(document: any): string | null {
  return meta(document, ['meta[property="article:published_time"]', 'meta[name="article:published_time"]',
    'meta[itemprop="datePublished"]', 'meta[property="og:published_time"]'])
    ?? jsonLdDate(document)
    ?? (document.querySelector('time[itemprop="datePublished"]') ?? document.querySelector('time[pubdate]')
      ?? document.querySelector('time[datetime]'))?.getAttribute('datetime')?.trim()
    ?? meta(document, ['meta[name="date"]', 'meta[name="pubdate"]', 'meta[name="publishdate"]', 'meta[name="publish-date"]',
      'meta[name="DC.date.issued"]', 'meta[name="dc.date"]', 'meta[name="DC.date"]', 'meta[name="citation_publication_date"]'])
    ?? null;
}

/** An unclosed <title> swallows the rest of the page into the title; keep only what precedes the markup. */
function cleanTitle(title: string | null | undefined): string | null {
  const t = (title ?? '').split('<')[0].replace(/\s+/g, ' ').trim();
  return t || null;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/**
 * Last resort for markup so broken that the parser hides all text (an unclosed <title> or <textarea>
 * swallows the page): drop non-text elements, turn tags into breaks, decode the common entities.
 */
export function stripTags(html: string): string {
  return html
    .replace(/<!--[\s\S]*?(-->|$)/g, ' ')
    .replace(/<(script|style|noscript|template|svg)\b[\s\S]*?(<\/\1\s*>|$)/gi, ' ')
    .replace(/<title\b[^>]*>[^<]*/gi, ' ')
    .replace(/<\/?(p|div|br|h[1-6]|li|ul|ol|tr|td|th|table|section|article|header|footer|blockquote|pre|dd|dt|hr|title|body|head|html)\b[^>]*>?/gi, '\n')
    .replace(/<\/?[a-z!?][^>]*>?/gi, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, e: string) => {
      if (e[0] !== '#') return ENTITIES[e.toLowerCase()] ?? whole;
      const cp = e[1].toLowerCase() === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : whole;
    })
    .split('\n')
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

/** Extracts the article from a page; malformed HTML still yields whatever text it holds. */
export function extractHtml(html: string): HtmlExtract {
  const { document } = parseHTML(asDocument(html));
  // Metadata first: Readability rewrites the document as it works.
  const published = publishedDate(document);
  const ogTitle = meta(document, ['meta[property="og:title"]', 'meta[name="twitter:title"]']);
  const docTitle = (document.title ?? '').trim() || null;
  const lang = document.documentElement?.getAttribute('lang')?.trim() || null;
  const fallback = document.body ? blockText(document.body, true) : '';

  let article: { title?: string | null; content?: string | null } | null = null;
  try {
    article = new Readability(document as any).parse();
  } catch {
    article = null; // Readability can trip over odd DOMs; the plain body text still stands
  }
  let text = '';
  if (article?.content) text = blockText(parseHTML(asDocument(article.content)).document.body);
  if (!text.trim()) text = fallback;
  if (!text.trim()) text = stripTags(html);

  const title = cleanTitle(ogTitle) || cleanTitle(article?.title) || cleanTitle(docTitle);
  return { text, title, published, lang };
}
