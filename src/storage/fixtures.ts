// Test helpers: small documents, their sentences and facts, written for the storage tests (no corpus text).
import { createHash } from 'node:crypto';
import type { CleanDocument, Fact, FactBody, Sentence } from '../shared/types';

/** Splits after ". " into sentences with their spans, as the cleaning stage would. */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  const re = /[^.]+(?:\.|$)/g;
  for (const m of text.matchAll(re)) {
    const lead = m[0].length - m[0].trimStart().length;
    const start = m.index! + lead;
    const end = m.index! + m[0].trimEnd().length;
    if (end > start) out.push({ index: out.length, start, end, text: text.slice(start, end) });
  }
  return out;
}

export function makeDoc(source: string, name: string, text: string, extra: Partial<CleanDocument> = {}): CleanDocument {
  return {
    name, source, title: null, text, language: 'en', date: null, dateSource: null,
    hash: createHash('sha256').update(text).digest('hex'), ...extra,
  };
}

/** A fact read in the sentence of `sentences` that contains `needle`, with that sentence as evidence. */
export function factAt(sentences: Sentence[], needle: string, body: FactBody, confidence = 0.8): Fact {
  const s = sentences.find((x) => x.text.includes(needle));
  if (!s) throw new Error(`no sentence contains "${needle}"`);
  return { ...body, confidence, evidence: { sentence: s.index, start: s.start, end: s.end, quote: s.text } } as Fact;
}
