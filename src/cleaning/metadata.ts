// Facts about a document besides its text: name, title, language and publication date (never guessed as today).
import { basename, extname } from 'node:path';
import * as chrono from './chrono';
import { franc } from 'franc-min';
import { iso6393To1 } from 'iso-639-3';
import type { PartialDate, RawDocument } from '../shared/types';

/** A short stable name: the file name without extension, a slug of a URL, or "stdin-" and the hash. */
export function documentName(raw: Pick<RawDocument, 'source' | 'kind'>, hash: string): string {
  if (raw.kind === 'stdin') return `stdin-${hash.slice(0, 8)}`;
  if (raw.kind === 'url') return urlSlug(raw.source);
  return basename(raw.source, extname(raw.source));
}

/** "https://www.example.com/news/visit-to-baku.html?id=7" → "example.com-news-visit-to-baku-id-7". */
export function urlSlug(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return slugify(url) || 'url';
  }
  const host = parsed.hostname.toLowerCase().replace(/^www\./, '');
  const path = decodeURIComponent(parsed.pathname).replace(/\.(html?|php|aspx?|jsp|shtml)$/i, '');
  const rest = slugify(`${path} ${parsed.search.slice(1)}`);
  return (rest ? `${host}-${rest}` : host).slice(0, 120).replace(/-+$/, '');
}

function slugify(s: string): string {
  return s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '');
}

const MAX_TITLE_LENGTH = 120;

/**
 * A plain-text title is the first line when it reads like a headline: short, no final full stop, not a
 * date, byline or timestamp. It stays in the text as well.
 */
export function textTitle(paragraphs: string[]): string | null {
  // An editor's note in brackets ("[Illustrative sample ...]") sits above the headline, not in its place.
  if (paragraphs.length > 2 && /^\[.*\]$/.test(paragraphs[0] ?? '')) paragraphs = paragraphs.slice(1);
  const first = paragraphs[0];
  if (!first || first.length >= MAX_TITLE_LENGTH || /[.]$/.test(first) || !/\p{L}/u.test(first)) return null;
  if (/^by\s/i.test(first) || dateLine(first) || timestampLine(first)) return null;
  if (paragraphs.length === 1) return null; // a one-line document is all body
  return first;
}

/** Common English function words: enough to call a short text English when the trigram detector cannot. */
const ENGLISH_MARKERS = new Set(['the', 'of', 'and', 'to', 'in', 'is', 'was', 'for', 'on', 'with', 'that', 'by', 'as', 'at',
  'from', 'are', 'has', 'have', 'will', 'be', 'a', 'an', 'this', 'their', 'its', 'were', 'said']);
const MIN_WORDS_FOR_DETECTION = 20;
/** Share of function words from ENGLISH_MARKERS in running English prose is about 0.3-0.4; in other Latin-script languages under 0.1. */
const ENGLISH_MARKER_SHARE = 0.25;
const ENGLISH_SAMPLE_WORDS = 400;

function plainlyEnglish(words: string[]): boolean {
  const sample = words.slice(0, ENGLISH_SAMPLE_WORDS);
  let markers = 0;
  let the = 0;
  for (const w of sample) {
    if (ENGLISH_MARKERS.has(w)) markers++;
    if (w === 'the') the++;
  }
  return markers / sample.length >= ENGLISH_MARKER_SHARE && the / sample.length >= 0.03;
}

/**
 * The text's first `wanted` words (runs of letters), lower-cased, or all of them when it has fewer: only a sample is
 * read, and a long article need not be split whole. A prefix is widened until it holds more than `wanted` words, so
 * that its last word, which the cut may have shortened, is never among those returned.
 */
function leadingWords(text: string, wanted: number): string[] {
  for (let size = wanted * 12; ; size *= 2) {
    // Words are read one by one and only until one more than wanted: the rest of the sample was built for nothing.
    const sample = text.slice(0, size).toLowerCase();
    const words: string[] = [];
    // The runs of /\p{L}+/u, read code point by code point: a pattern's match objects cost more than the words.
    let start = -1;
    for (let i = 0; i < sample.length && words.length <= wanted;) {
      const c = sample.charCodeAt(i);
      let width = 1;
      let letter: boolean;
      if (c < 0x80) letter = (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
      else {
        const cp = sample.codePointAt(i)!;
        if (cp > 0xffff) width = 2;
        letter = LETTER.test(String.fromCodePoint(cp));
      }
      if (letter) {
        if (start === -1) start = i;
      } else if (start !== -1) {
        words.push(sample.slice(start, i));
        start = -1;
      }
      i += width;
    }
    if (start !== -1 && words.length <= wanted) words.push(sample.slice(start));
    if (words.length > wanted) return words.slice(0, wanted);
    if (size >= text.length) return words;
  }
}
const LETTER = /^\p{L}$/u;

// Characters that are Latin letters or no letters at all: ASCII, the Latin-1 letters À-ÿ (without × and ÷; the
// micro sign µ, a letter of the Common script, is outside) and general punctuation (quotes, dashes; no letter there).
const SURELY_LATIN_OR_NO_LETTER = String.raw`\x00-\x7f\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff\u2000-\u206f`;
const FIRST_UNSURE = new RegExp(`[^${SURELY_LATIN_OR_NO_LETTER}]`);

/**
 * True when every letter is Latin. The Script property pattern is slow, so it reads only from the first character
 * outside a plain range that is surely Latin or no letter: typical English text has a curly quote or a dash, not
 * a foreign letter, and needs no Unicode pattern at all.
 */
function latinOnly(text: string): boolean {
  const unsure = text.search(FIRST_UNSURE);
  return unsure === -1 || /^[\p{Script=Latin}\P{L}]*$/u.test(text.slice(unsure));
}

/** ISO 639-1 code of the text's language, or "und"; short texts are "und" unless plainly English. */
export function detectLanguage(text: string, declared?: string | null): string {
  const words = leadingWords(text, Math.max(ENGLISH_SAMPLE_WORDS, MIN_WORDS_FOR_DETECTION));
  if (words.length < MIN_WORDS_FOR_DETECTION) {
    const markers = words.filter((w) => ENGLISH_MARKERS.has(w)).length;
    if (markers >= 2 && markers / Math.max(words.length, 1) >= 0.2 && latinOnly(text)) return 'en';
    const lang = declared?.toLowerCase().split(/[-_]/)[0];
    return lang && /^[a-z]{2}$/.test(lang) ? lang : 'und';
  }
  // Plainly English prose needs no trigram model: the detector costs more than the rest of cleaning.
  if (plainlyEnglish(words) && latinOnly(text.slice(0, 4000))) return 'en';
  const code = franc(text, { minLength: 10 });
  return (code !== 'und' && iso6393To1[code]) || 'und';
}

export interface DateFinding {
  date: PartialDate;
  source: 'override' | 'html-meta' | 'date-line' | 'timestamp' | 'dateline' | 'url';
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function validYmd(y: number, m: number, d?: number): boolean {
  if (y < 1900 || y > 2100 || m < 1 || m > 12) return false;
  if (d === undefined) return true;
  return d >= 1 && d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function ymd(y: number, m: number, d?: number): PartialDate | null {
  if (!validYmd(y, m, d)) return null;
  return d === undefined ? `${y}-${pad(m)}` : `${y}-${pad(m)}-${pad(d)}`;
}

/** Accepts "2021", "2021-05" or "2021-05-12" as given by --date; anything else is no date. */
export function normalizeOverride(value: string | undefined): PartialDate | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value?.trim() ?? '');
  if (!m) return null;
  if (!m[2]) return Number(m[1]) >= 1900 && Number(m[1]) <= 2100 ? m[1] : null;
  return ymd(Number(m[1]), Number(m[2]), m[3] ? Number(m[3]) : undefined);
}

/**
 * Reads a date as written, at the precision written, with chrono's strict mode (no "today" or "last week").
 * Needs a year, either in the text or given by the caller; a time zone never shifts the day.
 */
export function parseWrittenDate(text: string, yearHint?: number): PartialDate | null {
  const iso = /\b(\d{4})-(\d{2})(?:-(\d{2}))?(?:[T\s]\d{2}:\d{2}|\b)/.exec(text);
  if (iso) return ymd(Number(iso[1]), Number(iso[2]), iso[3] ? Number(iso[3]) : undefined);
  const numeric = /(?<![\d.\/-])(\d{1,2})([./-])(\d{1,2})\2((?:19|20)\d{2})(?![\d.\/-]*\d)/.exec(text);
  if (numeric) {
    const [a, b, y] = [Number(numeric[1]), Number(numeric[3]), Number(numeric[4])];
    // Dotted dates are day first everywhere; with slashes the order shows only when one part exceeds 12, and
    // otherwise the international day-first order is taken: the outlets dyad reads are mostly not American.
    const dayFirst = numeric[2] === '.' || a > 12 || b <= 12;
    return dayFirst ? ymd(y, b, a) : ymd(y, a, b);
  }
  // The common written forms first ("March 9, 2019", "9 March 2019"); chrono is slow and only needed for the rest.
  const mdy = /\b(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+((?:19|20)\d{2})\b/i.exec(text);
  if (mdy) return ymd(Number(mdy[3]), MONTHS.indexOf(mdy[1].toLowerCase().slice(0, 3)) + 1, Number(mdy[2]));
  const dmy = /\b(\d{1,2})(?:st|nd|rd|th)?\s+(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?,?\s+((?:19|20)\d{2})\b/i.exec(text);
  if (dmy) return ymd(Number(dmy[3]), MONTHS.indexOf(dmy[2].toLowerCase().slice(0, 3)) + 1, Number(dmy[1]));
  for (const result of chrono.strict.parse(text, new Date(Date.UTC(2000, 0, 1)))) {
    const c = result.start;
    if (!c.isCertain('month')) continue;
    const year = c.isCertain('year') ? c.get('year') : yearHint;
    if (!year) continue;
    return ymd(year, c.get('month')!, c.isCertain('day') ? c.get('day')! : undefined);
  }
  // Strict chrono wants a day; "May 2021" is still a month.
  const month = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?\s+((?:19|20)\d{2})\b/i.exec(text);
  if (month) return ymd(Number(month[2]), MONTHS.indexOf(month[1].toLowerCase().slice(0, 3)) + 1);
  return null;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const TOP_LINES = 8;

/** "date 2020-05-16 By A. Writer", "Date: 2020-05-16", or a line that starts with an ISO date. */
export function dateLine(line: string): PartialDate | null {
  const m = /^(?:dated?\s*:?\s*)(\d{4}-\d{2}-\d{2})\b/i.exec(line) ?? /^(\d{4}-\d{2}-\d{2})(?:[T\s]|$)/.exec(line);
  return m ? parseWrittenDate(m[1]) : null;
}

/**
 * A publication stamp: "Published: 12 May 2021", "9 March 2019 14:52 (UTC +04:00)". A line counts when it
 * says so (published/posted/updated), carries a clock time, or is little more than the date, so a body
 * sentence that mentions a date is not taken for the stamp.
 */
export function timestampLine(line: string): PartialDate | null {
  if (line.length > 100 || !/(?:19|20)\d\d/.test(line)) return null; // no year, no stamp: spares chrono most lines
  // A document's first line is read twice (as a stamp, then as a title that must not be one), and a text without a
  // date reads its short lines again (extract/docdate.ts): chrono costs about half a millisecond a line.
  const seen = STAMPS.get(line);
  if (seen !== undefined) return seen;
  if (STAMPS.size >= MAX_STAMPS) STAMPS.clear();
  const date = readTimestamp(line);
  STAMPS.set(line, date);
  return date;
}

/** The last lines timestampLine read, with its answers (a pure function of the line: chrono's reference is fixed). */
const STAMPS = new Map<string, PartialDate | null>();
const MAX_STAMPS = 64;

function readTimestamp(line: string): PartialDate | null {
  const labelled = /^(published|posted|updated|last updated|date|dated|publication date|released)\b\s*(on)?\s*:?/i.test(line);
  const clock = /\b\d{1,2}:\d{2}\b/.test(line);
  const results = chrono.strict.parse(line, new Date(Date.UTC(2000, 0, 1)));
  const first = results.find((r) => r.start.isCertain('year') && r.start.isCertain('month'));
  // chrono reads no dotted or day-first numeric dates ("12.09.2023"); parseWrittenDate does.
  const numeric = /(?<![\d.\/-])\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d{2}(?![\d])/.exec(line)?.[0];
  const written = first?.text ?? numeric ?? (labelled ? line : null);
  if (!written) return null;
  const residue = line.replace(written, '').replace(/[^\p{L}]+/gu, ' ').trim();
  if (!labelled && !clock && residue.length > 30) return null;
  return parseWrittenDate(written);
}

/** "BAKU, March 9, 2019 —", "Minsk, 4 June 2021 (BelTA) –", "Lima, Peru, 3 May 2020:"; year needed. */
export function datelineDate(line: string, yearHint?: number): PartialDate | null {
  const m = /^\p{Lu}[\p{L}.' -]{1,40}(?:,\s*\p{Lu}[\p{L}.' -]{1,30})?,\s*([^,()–—:]{3,25}?(?:,\s*\d{4})?)\s*(?:\([^)]{1,40}\)\s*)?(?:[–—:-]|$)/u.exec(line);
  if (!m || (yearHint === undefined && !/\d{4}/.test(m[1]))) return null;
  const date = parseWrittenDate(m[1], yearHint);
  return date && date.length === 10 ? date : null;
}

/** A date in the URL path ("/2019/03/09/"), or just the year there, used when the text gives none. */
export function urlDate(url: string): { date: PartialDate | null; year?: number } {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return { date: null };
  }
  const full = /\/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:[/-]|$)/.exec(path);
  if (full) {
    const date = ymd(Number(full[1]), Number(full[2]), Number(full[3]));
    if (date) return { date, year: Number(full[1]) };
  }
  const year = /\/((?:19|20)\d{2})\//.exec(path);
  return { date: null, year: year ? Number(year[1]) : undefined };
}

/**
 * The publication date by the first rule that fires: --date, the page's metadata, a "date" line, a
 * publication stamp, a dateline, then the URL. Unknown stays null: a wrong date is worse than none.
 */
export function findDate(raw: Pick<RawDocument, 'source' | 'kind' | 'dateOverride'>, paragraphs: string[], htmlPublished: string | null): DateFinding | null {
  const override = normalizeOverride(raw.dateOverride);
  if (override) return { date: override, source: 'override' };
  if (htmlPublished) {
    const date = parseWrittenDate(htmlPublished);
    if (date) return { date, source: 'html-meta' };
  }
  const top = paragraphs.slice(0, TOP_LINES);
  for (const line of top) {
    const date = dateLine(line);
    if (date) return { date, source: 'date-line' };
  }
  for (const line of top) {
    const date = timestampLine(line);
    if (date) return { date, source: 'timestamp' };
  }
  const fromUrl = raw.kind === 'url' ? urlDate(raw.source) : { date: null };
  for (const line of top) {
    const date = datelineDate(line, fromUrl.year);
    if (date) return { date, source: 'dateline' };
  }
  return fromUrl.date ? { date: fromUrl.date, source: 'url' } : null;
}
