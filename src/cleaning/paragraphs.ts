// Paragraph-level cleaning: drops page furniture (share prompts, counters, error-report notes) and repeated text.

/** Lines that are page furniture whatever the site, matched against the whole (short) line. */
const BOILERPLATE: RegExp[] = [
  /^(share|share (this|the) (article|story|post|page|news)|share on \w+|tweet|print|e-?mail|like|comments?|tags?:?|advertisement|advert|sponsored( content)?|ad)[.:!]?$/i,
  /\b(leave|post|add|write) a (comment|reply)\b/i,
  /^\d+ comments?$/i,
  /\bsubscribe\b.*\b(newsletter|channel|feed|updates|telegram|youtube|mailing list)\b/i,
  /^subscribe( now)?[.!]?$/i,
  /^(follow|join) us on\b/i,
  /^(read|see) (more|also|next)\b/i,
  /^(related|more on this|recommended)( (articles?|stories|news))?:?$/i,
  /^click here\b/i,
  /\ball rights reserved\b/i,
  /^(©|\(c\)|copyright\b)/i,
  // Error-report prompts, in any language, all mention the key combination.
  /\bctrl\s*\+\s*enter\b/i,
  /\b(found|notice|spotted|see) an? (typo|error|mistake)\b/i,
  // View and like counters ("- 23", "1 024"), but not a numeric date line ("12.09.2023").
  /^(?!\s*\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\s*$)[-–—•·|]?\s*[\d\s.,]+$/,
];

const MAX_BOILERPLATE_LENGTH = 160;
/** How many trailing lines in another script can be site notes rather than an article of their own. */
const MAX_FOREIGN_TAIL = 3;

export function isBoilerplate(line: string): boolean {
  return line.length <= MAX_BOILERPLATE_LENGTH && BOILERPLATE.some((re) => re.test(line));
}

// Hoisted: one pattern object for every call rather than a new one each time (these run per sentence or word).
// (String.prototype.match starts a global pattern from its beginning and leaves it there.)
const LATIN_LETTERS = /\p{Script=Latin}/gu;
const LETTERS = /\p{L}/gu;
const ONE_LETTER = /^\p{L}$/u;

function letters(text: string): { latin: number; other: number } {
  const latin = (text.match(LATIN_LETTERS) ?? []).length;
  const all = (text.match(LETTERS) ?? []).length;
  return { latin, other: all - latin };
}

/**
 * Drops boilerplate lines, and short lines at the end written in another script than a Latin-script
 * document: those are site notes ("report an error", "all news") that no translation removed.
 */
export function dropBoilerplate(paragraphs: string[]): string[] {
  const kept = paragraphs.filter((p) => !isBoilerplate(p));
  // Look only at the tail: a quote in another script inside the article is content.
  let tail = kept.length;
  while (tail > 1 && kept.length - tail < MAX_FOREIGN_TAIL) {
    const line = kept[tail - 1];
    // Letters are counted only in a line short enough to be a note: a long last paragraph is content.
    if (line.length > MAX_BOILERPLATE_LENGTH) break;
    const l = letters(line);
    if (l.other > l.latin) tail--;
    else break;
  }
  if (tail === kept.length) return kept;
  const body = letters(kept.slice(0, tail).join(' '));
  return body.latin > 0 && body.latin >= body.other * 4 ? kept.slice(0, tail) : kept;
}

/** Case, punctuation and spacing do not make a sentence new. */
export function normalizeForComparison(text: string): string {
  const lower = text.toLowerCase();
  // Most text is ASCII, where letters and digits are [a-z0-9] once lower-cased: a pattern without Unicode classes.
  return (/^[\x00-\x7f]*$/.test(lower) ? lower.replace(/[^a-z0-9]+/g, ' ') : lower.replace(/[^\p{L}\p{N}]+/gu, ' ')).trim();
}

/** Abbreviations whose full stop does not end a sentence. */
const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'mt', 'gen', 'col', 'lt', 'sgt', 'gov', 'sen', 'rep',
  'jr', 'sr', 'no', 'nos', 'vs', 'etc', 'inc', 'ltd', 'co', 'corp', 'dept', 'approx', 'est', 'fig', 'vol', 'jan', 'feb',
  'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'e.g', 'i.e', 'u.s', 'u.k', 'u.n', 'mln', 'bln']);

/** Splits a paragraph into sentences: enough for spotting repeats, not a linguistic splitter. */
export function splitSentences(paragraph: string): string[] {
  const out: string[] = [];
  let start = 0;
  const boundary = /[.!?…]+["')\]]*\s+(?=["'(\[]?[\p{Lu}\p{N}])/gu;
  for (let m = boundary.exec(paragraph); m; m = boundary.exec(paragraph)) {
    const before = paragraph.slice(start, m.index);
    const lastWord = lastWordOf(before).toLowerCase().replace(/^["'(]+/, '');
    // "Mr. Okafor", "A. Smith", "Mar. 9": the stop belongs to an abbreviation or an initial.
    if (paragraph[m.index] === '.' && (ABBREVIATIONS.has(lastWord) || ONE_LETTER.test(lastWord))) continue;
    const end = m.index + m[0].trimEnd().length;
    out.push(paragraph.slice(start, end));
    start = m.index + m[0].length;
  }
  if (start < paragraph.length) out.push(paragraph.slice(start));
  return out.map((s) => s.trim()).filter(Boolean);
}

/** The run of non-space characters that ends `text` ('' when it ends with a space), read from the end. */
function lastWordOf(text: string): string {
  let i = text.length;
  while (i > 0 && !/\s/.test(text[i - 1])) i--;
  return text.slice(i);
}

/** Sentences this short ("He agreed.") can honestly recur; only whole repeated paragraphs of them go. */
const MIN_REPEAT_WORDS = 5;

/**
 * Keeps the first occurrence of every paragraph and of every sentence. News pages often repeat the lead under
 * the headline, sometimes run together with the first body lines in one paragraph and repeated again as
 * separate paragraphs; comparing sentences, not only paragraphs, leaves each sentence once.
 */
export function dropRepeats(paragraphs: string[]): string[] {
  const seenParagraphs = new Set<string>();
  const seenSentences = new Set<string>();
  const out: string[] = [];
  for (const paragraph of paragraphs) {
    const sentences = splitSentences(paragraph).map((text) => ({ text, key: normalizeForComparison(text) }));
    // Sentences split at punctuation and spaces only, so their keys joined are the paragraph's key.
    const key = sentences.map((s) => s.key).filter(Boolean).join(' ');
    if (!key || seenParagraphs.has(key)) continue;
    seenParagraphs.add(key);
    const kept: string[] = [];
    for (const { text, key: s } of sentences) {
      const long = wordCount(s) >= MIN_REPEAT_WORDS;
      if (long && seenSentences.has(s)) continue;
      if (long) seenSentences.add(s);
      kept.push(text);
    }
    if (kept.length) out.push(kept.join(' '));
  }
  return out;
}

function wordCount(key: string): number {
  if (!key) return 0;
  let n = 1;
  for (let i = 0; i < key.length; i++) if (key.charCodeAt(i) === 32) n++;
  return n;
}
