// Plain-text rendering shared by the commands: aligned tables, one-line fact summaries, shortened titles, the record
// update's progress lines.
import type { RecordProgress } from '../service/record';
import type { StoredFact } from '../storage/types';
import { describeFact } from '../shared/kinds/index';

/** Left-aligned columns separated by two spaces; the last column is never padded. */
export function formatTable(header: string[], rows: string[][]): string {
  const all = [header, ...rows];
  // reduce, not Math.max(...): a table of 100,000 documents would overflow the stack as arguments.
  const widths = header.map((_, col) => all.reduce((w, row) => Math.max(w, (row[col] ?? '').length), 0));
  return all
    .map((row) => row.map((cell, col) => (col === row.length - 1 ? cell : cell.padEnd(widths[col]))).join('  ').trimEnd())
    .join('\n');
}

/** Cuts a string to `max` characters with an ellipsis, so one long title cannot break a table. */
export function truncate(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}

// How a fact prints in one line belongs to its kind (src/shared/kinds); re-exported for the commands.
export { describeFact, formatAmount } from '../shared/kinds/index';

/** A stored fact as two lines: what it says with its confidence and document, then the quoted evidence. */
export function formatStoredFact(fact: StoredFact): string {
  // Reviewed facts say so; the id is what `dyad curate` takes.
  const curation = fact.curation && fact.curation !== 'unreviewed' ? `, ${fact.curation}` : '';
  const head = `${fact.type.padEnd(9)}  ${describeFact(fact)}  [${fact.confidence.toFixed(2)}, ${fact.documentName}, #${fact.id}${curation}]`;
  return `${head}\n    “${truncate(fact.evidence.quote, 300)}”`;
}

/** The reason part of an error about `source`: messages already name their input, which the line prints once. */
export function failureReason(source: string, message: string): string {
  return message.startsWith(source) ? message.slice(source.length).replace(/^[\s:,-]+/, '') || message : message;
}

/**
 * The lines a record update gets on a non-interactive stderr (`dyad ingest` after its last document, `dyad rebuild`):
 * one as each step starts and one when the pairs are done, e.g. `record  updating 3354 pairs` then
 * `record  up to date: 3354 pairs in 28.1 s`. An update that touches no pair still ends with its line.
 */
export function recordProgressLines(now: () => number = Date.now): (state: RecordProgress) => string[] {
  let startedAt: number | null = null;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return (state) => {
    startedAt ??= now();
    const lines: string[] = [];
    if (state.done === 0 && state.total > 0) {
      lines.push(state.step === 'index' ? `record  indexing the facts of ${plural(state.total, 'document')}`
        : `record  updating ${plural(state.total, 'pair')}`);
    }
    if (state.step === 'pairs' && state.done === state.total) {
      lines.push(`record  up to date: ${plural(state.total, 'pair')} in ${((now() - startedAt) / 1000).toFixed(1)} s`);
    }
    return lines;
  };
}
