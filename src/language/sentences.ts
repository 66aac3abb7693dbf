// Splits cleaned text into sentences with character spans; hand-written because wink-nlp's
// full document pass (~9 ms for a 900-word article, measured here) alone would eat the speed budget.
import type { Sentence } from '../shared/types';

// Abbreviations after which a period does not end a sentence in news copy.
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'gen', 'col', 'lt', 'sgt', 'capt', 'maj', 'rev', 'sen', 'rep', 'gov',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'no', 'nos', 'vs', 'etc', 'inc', 'ltd', 'co', 'corp', 'jr', 'sr', 'approx', 'est', 'dept', 'govt', 'mln', 'bln',
  'u.s', 'u.k', 'u.n', 'e.g', 'i.e', 'fig', 'vol', 'art', 'para',
]);

// A sentence ends at . ! ? (optionally followed by closing quotes/brackets) before whitespace and
// something that can start a sentence; paragraphs (lines) always end one.
const BOUNDARY = /([.!?])(["'”’)\]]*)(\s+)(?=["'“‘(\[]?[A-Z0-9À-Ý])/g;

export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    // A line broken mid-sentence (no final punctuation, next line starts in lowercase or a digit) continues.
    while (lineEnd !== -1 && /[\p{Ll},\d-]$/u.test(text.slice(lineStart, lineEnd)) && /^[\p{Ll}\d]/u.test(text.slice(lineEnd + 1))) {
      lineEnd = text.indexOf('\n', lineEnd + 1);
    }
    if (lineEnd === -1) lineEnd = text.length;
    splitLine(text, lineStart, lineEnd, out);
    lineStart = lineEnd + 1;
  }
  return out;
}

function splitLine(text: string, from: number, to: number, out: Sentence[]): void {
  const line = text.slice(from, to);
  let start = 0;
  BOUNDARY.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = BOUNDARY.exec(line))) {
    const end = m.index + 1 + m[2].length;
    if (m[1] === '.' && !endsSentence(line, m.index)) continue;
    push(text, from + start, from + end, out);
    start = m.index + m[0].length;
  }
  push(text, from + start, to, out);
}

function endsSentence(line: string, dot: number): boolean {
  // The word before the period.
  let i = dot - 1;
  while (i >= 0 && /[A-Za-z.]/.test(line[i])) i--;
  const word = line.slice(i + 1, dot).toLowerCase();
  if (ABBREVIATIONS.has(word)) return false;
  // A single capital initial ("J. Smith") or a run of them ("A.K.M. Hasan") does not end a sentence.
  if (/^(?:[a-z]\.)*[a-z]$/.test(word) && /[A-Z]/.test(line[dot - 1])) return false;
  return true;
}

function push(text: string, start: number, end: number, out: Sentence[]): void {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (end <= start) return;
  out.push({ index: out.length, start, end, text: text.slice(start, end) });
}
