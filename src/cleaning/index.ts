// The cleaning stage: from raw bytes to the one clean text that is stored, shown and quoted as evidence.
import { createHash } from 'node:crypto';
import { DyadError } from '../shared/errors';
import type { CleanDocument, RawDocument } from '../shared/types';
import { decodeText } from './decode';
import { extractHtml, isHtml } from './html';
import { joinLineBreakHyphens, joinSplitWords } from './hyphens';
import { detectLanguage, documentName, findDate, textTitle } from './metadata';
import { dropBoilerplate, dropRepeats } from './paragraphs';
import { joinSoftWraps, normalizeUnicode, separateRunTogetherSentences, stripBbcode, stripMarkdown } from './text';

function isMarkdown(raw: RawDocument): boolean {
  return /markdown/i.test(raw.contentType ?? '') || /\.md$/i.test(raw.source);
}

/** The text repairs, in an order where each step sees what the previous one made plain. */
export function cleanParagraphs(text: string, markdown = false): string[] {
  const normal = normalizeUnicode(text);
  const stripped = stripBbcode(markdown ? stripMarkdown(normal) : normal);
  // Normalised text is normalised again only if markup was removed or NFC now composes more: removing a control or
  // zero-width character can bring a letter and its accent together. Otherwise the second pass would change nothing.
  let t = stripped === normal && normal.normalize('NFC') === normal ? normal : normalizeUnicode(stripped);
  t = separateRunTogetherSentences(t);
  t = joinLineBreakHyphens(t);
  t = joinSoftWraps(t);
  t = joinSplitWords(t);
  const lines = t.split('\n').map((l) => l.replace(/ {2,}/g, ' ').trim()).filter(Boolean);
  return dropRepeats(dropBoilerplate(lines));
}

/**
 * Cleans one document. Throws DyadError 'empty', 'binary', 'encoding' or 'bad_html', naming the source.
 * The text has one paragraph per line and no trailing spaces; `hash` is the sha256 of exactly that text.
 */
export function cleanDocument(raw: RawDocument): CleanDocument {
  const decoded = decodeText(raw.body, raw.source);
  const where = raw.source === '-' ? 'standard input' : raw.source;

  let body = decoded;
  let htmlTitle: string | null = null;
  let published: string | null = null;
  let declaredLang: string | null = null;
  if (isHtml(raw.contentType, raw.source, decoded)) {
    const page = readHtml(decoded, raw.source, where);
    if (!page.text.trim()) throw new DyadError('bad_html', `${where}: no text could be extracted from the HTML`, { input: raw.source });
    ({ text: body, published, lang: declaredLang } = page);
    htmlTitle = page.title ? normalizeUnicode(page.title).replace(/\n+/g, ' ') : null;
  }

  const paragraphs = cleanParagraphs(body, isMarkdown(raw));
  if (paragraphs.length === 0) throw new DyadError('empty', `${where}: no text left after removing page furniture`, { input: raw.source });
  const text = paragraphs.join('\n');
  const hash = createHash('sha256').update(text).digest('hex');
  const date = findDate(raw, paragraphs, published);

  return {
    name: documentName(raw, hash),
    source: raw.source,
    title: htmlTitle || textTitle(paragraphs),
    text,
    hash,
    language: detectLanguage(text, declaredLang),
    date: date?.date ?? null,
    dateSource: date?.source ?? null,
  };
}

/** The HTML parser and Readability recurse per element: a page nested thousands deep overflows the stack. */
function readHtml(html: string, source: string, where: string): ReturnType<typeof extractHtml> {
  try {
    return extractHtml(html);
  } catch (err) {
    if (!(err instanceof RangeError)) throw err;
    throw new DyadError('bad_html', `${where}: the HTML is nested too deeply to read (${err.message})`, { input: source, cause: err });
  }
}
