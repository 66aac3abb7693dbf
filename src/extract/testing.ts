// Helpers for extractor tests: a cleaned document from a sentence, and facts reduced to their compared fields.
import type { CleanDocument, Fact, FactBody } from '../shared/types';

export function docOf(text: string, date: string | null = null, name = 'case', title: string | null = null): CleanDocument {
  return { name, source: name, title, text, hash: '', language: 'en', date };
}

const FIELDS: Record<FactBody['type'], string[]> = {
  person: ['name', 'country', 'role'],
  visit: ['visitor', 'host', 'date', 'place'],
  call: ['parties', 'date'],
  meeting: ['parties', 'date', 'place'],
  agreement: ['parties', 'topic', 'date', 'status'],
  figure: ['metric', 'parties', 'value', 'unit', 'period', 'modality'],
  project: ['parties', 'sector', 'place', 'status'],
};

/** The fields a case compares, as a stable string; turnover parties are unordered, project names loose. */
export function compared(f: FactBody | Fact): string {
  const o = f as unknown as Record<string, unknown>;
  const parts: unknown[] = [f.type];
  for (const field of FIELDS[f.type]) {
    if (field === 'parties' && f.type === 'figure') {
      const pair = [f.from, f.to];
      parts.push(f.metric === 'trade_turnover' || f.metric === 'other' ? [...pair].sort() : pair);
    } else if (field === 'parties') {
      parts.push([...(o.parties as string[])].sort());
    } else {
      parts.push(o[field] ?? null);
    }
  }
  return JSON.stringify(parts);
}

const STOP = new Set(['the', 'a', 'an', 'of', 'in', 'for', 'and', 'on', 'to', 'at', 'with', 'by', 'joint', 'new',
  'plant', 'project', 'production', 'construction', 'company', 'factory']);
const content = (s: string) => s.toLowerCase().split(/[^\p{L}\d]+/u).filter((w) => w.length > 2 && !STOP.has(w));

/** Project names match when at least half the expected content words appear (as the scorer does). */
export function sameName(expected: string, actual: string): boolean {
  const e = content(expected);
  if (!e.length) return true;
  const a = new Set(content(actual));
  return e.filter((w) => a.has(w)).length / e.length >= 0.5;
}
