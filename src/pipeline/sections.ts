// Extraction of very long documents section by section, so time and memory grow linearly with their length.
import type { KnownPeople } from '../extract/context';
import { extractFacts, type Extraction } from '../extract/index';
import { PeopleRegistry } from '../resolve/people';
import { DyadError } from '../shared/errors';
import type { CleanDocument, Fact, Sentence } from '../shared/types';

type KnownPerson = KnownPeople extends Map<string, infer V> ? V : never;

/**
 * Longer texts are read in sections of about this many characters, cut at paragraph ends. Articles are far
 * shorter (a long one is 20,000); past this the text is an archive or a dump, and one context for all of it
 * would cost time quadratic in its length (every person known is looked for in every sentence).
 */
export const SECTION_CHARS = 200_000;

/** Past this a text is refused: its sentences alone would not fit one transaction or a worker's memory. */
export const MAX_TEXT_CHARS = 64 * 1024 * 1024;

/** Surname keys answered first by the people of the document's earlier sections, then by other documents'. */
class LayeredKnown extends Map<string, KnownPerson> {
  constructor(private readonly own: KnownPeople, private readonly others: KnownPeople) {
    super();
  }

  override get(key: string): KnownPerson | undefined {
    return this.own.get(key) ?? this.others.get(key);
  }

  override has(key: string): boolean {
    return this.get(key) !== undefined;
  }
}

/**
 * A paragraph longer than this is no prose (a table, a list of numbers, a text without line breaks): it is read
 * in pieces of PIECE_CHARS, because the extractors look around every quantity within its sentence, which costs
 * time quadratic in the length of a sentence that never ends.
 */
export const MAX_PARAGRAPH_CHARS = 20_000;
const PIECE_CHARS = 2_000;

/**
 * [start, end) spans covering all of `text`: whole paragraphs grouped up to `size` characters, and any paragraph
 * longer than `maxParagraph` cut alone into pieces of `piece` characters at sentence ends or spaces.
 */
export function sectionSpans(text: string, size: number, maxParagraph = MAX_PARAGRAPH_CHARS, piece = PIECE_CHARS): [number, number][] {
  const spans: [number, number][] = [];
  let sectionStart = -1;
  let sectionEnd = -1;
  const flush = () => {
    if (sectionStart !== -1) spans.push([sectionStart, sectionEnd]);
    sectionStart = -1;
  };
  let start = 0;
  while (start < text.length) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    if (end - start > maxParagraph) {
      flush();
      for (let p = start; p < end;) {
        const cut = end - p <= piece ? end : cutInside(text, p, piece);
        spans.push([p, cut]);
        p = cut;
      }
    } else if (end > start) {
      if (sectionStart !== -1 && end - sectionStart > size) flush();
      if (sectionStart === -1) sectionStart = start;
      sectionEnd = end;
    }
    start = end + 1;
  }
  flush();
  return spans;
}

function longestParagraph(text: string): number {
  let longest = 0;
  for (let start = 0; start < text.length;) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    longest = Math.max(longest, end - start);
    start = end + 1;
  }
  return longest;
}

function cutInside(text: string, start: number, size: number): number {
  const limit = start + size;
  const sentenceEnd = text.lastIndexOf('. ', limit - 1);
  if (sentenceEnd > start + size / 2) return sentenceEnd + 1;
  const space = text.lastIndexOf(' ', limit);
  return space > start ? space : limit;
}

/**
 * Extracts `doc`, section by section when it is longer than `sectionChars` or has a paragraph past MAX_PARAGRAPH_CHARS: each section gets its own context,
 * and the people an earlier section states carry to the later ones as people known from other documents do.
 * Sentence indexes and evidence offsets are those of the whole text.
 */
export function extractLong(doc: CleanDocument, known: KnownPeople, sectionChars = SECTION_CHARS): Extraction {
  if (doc.text.length > MAX_TEXT_CHARS) {
    throw new DyadError('too_large', `${doc.source}: the text has ${doc.text.length} characters after cleaning; dyad `
      + `reads at most ${MAX_TEXT_CHARS} in one document (split it into files)`, { input: doc.source });
  }
  if (doc.text.length <= sectionChars && longestParagraph(doc.text) <= MAX_PARAGRAPH_CHARS) return extractFacts(doc, { known });

  const own = new PeopleRegistry();
  const view = new LayeredKnown(own.known, known);
  const sentences: Sentence[] = [];
  const facts: Fact[] = [];
  let skipped: string | undefined;
  for (const [start, end] of sectionSpans(doc.text, sectionChars)) {
    const part = extractFacts({ ...doc, text: doc.text.slice(start, end) }, { known: view });
    const first = sentences.length;
    for (const s of part.sentences) sentences.push({ ...s, index: s.index + first, start: s.start + start, end: s.end + start });
    skipped ??= part.skipped;
    if (part.skipped) continue;
    for (const f of part.facts) {
      facts.push({ ...f, evidence: { ...f.evidence, sentence: f.evidence.sentence + first, start: f.evidence.start + start, end: f.evidence.end + start } });
    }
    own.learn(part.facts);
  }
  return skipped ? { sentences, facts: [], skipped } : { sentences, facts };
}
