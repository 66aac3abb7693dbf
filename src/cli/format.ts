// Plain-text rendering shared by the commands: aligned tables, one-line fact summaries, shortened titles.
import type { StoredFact } from '../storage/types';
import type { Fact } from '../shared/types';

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

/** 450000000 → "450 million"; small and odd numbers are printed with digit grouping. */
export function formatAmount(value: number): string {
  const scales: [number, string][] = [[1e12, 'trillion'], [1e9, 'billion'], [1e6, 'million']];
  for (const [scale, word] of scales) {
    if (Math.abs(value) >= scale) return `${Number((value / scale).toFixed(3))} ${word}`;
  }
  return value.toLocaleString('en-US');
}

const orNone = (value: string | null | undefined): string => value ?? '-';
const parties = (list: string[]): string => list.join('–');

/** The main fields of a fact in one compact line, e.g. "visit  AZE → BLR  2016-11-28  Minsk". */
export function describeFact(fact: Fact): string {
  switch (fact.type) {
    case 'person':
      return `${fact.name} (${orNone(fact.country)}, ${fact.role}${fact.title ? `, ${fact.title}` : ''})`;
    case 'visit':
      return `${fact.visitor} → ${fact.host}  ${orNone(fact.date)}  ${orNone(fact.place)}${fact.who ? `  by ${fact.who}` : ''}`;
    case 'call':
      return `${parties(fact.parties)}  ${orNone(fact.date)}`;
    case 'meeting':
      return `${parties(fact.parties)}  ${orNone(fact.date)}  ${orNone(fact.place)}`;
    case 'agreement':
      return `${parties(fact.parties)}  ${fact.topic}  ${fact.status}  ${orNone(fact.date)}`;
    case 'figure': {
      const direction = fact.metric === 'trade_turnover' ? ` ${orNone(fact.from)}–${orNone(fact.to)}`
        : ` ${orNone(fact.from)} → ${orNone(fact.to)}`;
      const commodity = fact.commodity ? ` (${fact.commodity})` : '';
      return `${fact.metric}${direction}  ${formatAmount(fact.value)} ${fact.unit}${commodity}  ${orNone(fact.period)}  ${fact.modality}`;
    }
    case 'project':
      return `${parties(fact.parties)}  "${fact.name}"  ${fact.sector}  ${orNone(fact.place)}  ${fact.status}`;
  }
}

/** A stored fact as two lines: what it says with its confidence and document, then the quoted evidence. */
export function formatStoredFact(fact: StoredFact): string {
  const head = `${fact.type.padEnd(9)}  ${describeFact(fact)}  [${fact.confidence.toFixed(2)}, ${fact.documentName}]`;
  return `${head}\n    “${truncate(fact.evidence.quote, 300)}”`;
}

/** The reason part of an error about `source`: messages already name their input, which the line prints once. */
export function failureReason(source: string, message: string): string {
  return message.startsWith(source) ? message.slice(source.length).replace(/^[\s:,-]+/, '') || message : message;
}
