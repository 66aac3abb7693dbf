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

/** Paragraph-aligned [start, end) spans of at most about `size` characters covering all of `text`. */
export function sectionSpans(text: string, size: number): [number, number][] {
  const spans: [number, number][] = [];
  let start = 0;
  while (start < text.length) {
    let end = start + size >= text.length ? text.length : text.lastIndexOf('\n', start + size);
    // A single paragraph longer than a section is cut at the nearest sentence end or space instead.
    if (end <= start) end = cutInside(text, start, size);
    spans.push([start, end]);
    start = end;
    while (text[start] === '\n') start++;
  }
  return spans;
}

function cutInside(text: string, start: number, size: number): number {
  const limit = start + size;
  const sentenceEnd = text.lastIndexOf('. ', limit);
  if (sentenceEnd > start) return sentenceEnd + 1;
  const space = text.lastIndexOf(' ', limit);
  return space > start ? space : limit;
}

/**
 * Extracts `doc`, section by section when it is longer than `sectionChars`: each section gets its own context,
 * and the people an earlier section states carry to the later ones as people known from other documents do.
 * Sentence indexes and evidence offsets are those of the whole text.
 */
export function extractLong(doc: CleanDocument, known: KnownPeople, sectionChars = SECTION_CHARS): Extraction {
  if (doc.text.length > MAX_TEXT_CHARS) {
    throw new DyadError('too_large', `${doc.source}: the text has ${doc.text.length} characters after cleaning; dyad `
      + `reads at most ${MAX_TEXT_CHARS} in one document (split it into files)`, { input: doc.source });
  }
  if (doc.text.length <= sectionChars) return extractFacts(doc, { known });

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
