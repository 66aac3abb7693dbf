// Helpers for the record's tests: invented facts with a document and consolidation's entries built from them.
import type { FactBody } from '../shared/types';
import { entriesOf, type Entry } from './cluster';
import type { DocMeta, SourceFact } from './types';

/** A Facts v1 fact of document `doc`. */
export function fact<F extends FactBody>(doc: string, body: F, evidence?: string): F & SourceFact {
  return { doc, ...body, ...(evidence ? { evidence } : {}) } as F & SourceFact;
}

/** Entries in the given order (their text order), dated by `docs`. */
export function entries<F extends SourceFact>(facts: F[], docs: DocMeta[] = []): Entry<F>[] {
  const dates = new Map(docs.map((d) => [d.doc, d.date ?? null]));
  return entriesOf(facts.map((f, order) => ({ fact: f, order })), {
    dateOf: (doc) => dates.get(doc) ?? null, urlOf: () => null,
  });
}
