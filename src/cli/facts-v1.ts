// Converts a fact as dyad keeps it into the Facts v1 interchange line that the scorer reads (see shared/eval/FACTS.md).
import type { Fact, FactType, FactsV1 } from '../shared/types';

/** The body fields Facts v1 defines for each type, in the order they are printed. */
const FIELDS: Record<FactType, readonly string[]> = {
  person: ['name', 'country', 'role'],
  visit: ['visitor', 'host', 'date', 'place'],
  call: ['parties', 'date'],
  meeting: ['parties', 'date', 'place'],
  agreement: ['parties', 'topic', 'date', 'status'],
  figure: ['metric', 'from', 'to', 'value', 'unit', 'period', 'modality', 'commodity'],
  project: ['parties', 'name', 'sector', 'place', 'status'],
};

/**
 * One Facts v1 object for a fact of the document `docName`: internal fields (confidence, a visit's `who`, a
 * person's `title`) are dropped so the line stays in the narrow shape the gold annotations use.
 */
export function toFactsV1(docName: string, fact: Fact): FactsV1 {
  const source = fact as unknown as Record<string, unknown>;
  const line: Record<string, unknown> = { doc: docName, type: fact.type };
  for (const key of FIELDS[fact.type]) {
    // Optional fields (commodity) are left out rather than printed as undefined.
    if (source[key] !== undefined) line[key] = source[key];
  }
  if (fact.evidence?.quote) line.evidence = fact.evidence.quote;
  return line as unknown as FactsV1;
}
