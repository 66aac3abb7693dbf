// A growing group of source facts that become one record item, with the notes of how each fact joined.
import type { DocIndex, ItemSource, MergeNote, SourceFact } from './types';
import { compareDates } from './dates';

/** A source fact with its position in the input (its text order) and its document's date. */
export interface Entry<F extends SourceFact = SourceFact> {
  fact: F;
  order: number;
  docDate: string | null;
}

export class Cluster<F extends SourceFact = SourceFact> {
  readonly entries: Entry<F>[] = [];
  readonly merges: MergeNote[] = [];
  private readonly docSet = new Set<string>();

  constructor(first: Entry<F>) {
    this.entries.push(first);
    this.docSet.add(first.fact.doc);
  }

  /** Adds a fact, noting the rule that joined it and the fact it was compared with. */
  join(entry: Entry<F>, rule: string, to: Entry<F> = this.entries[0], detail?: string): void {
    this.entries.push(entry);
    this.docSet.add(entry.fact.doc);
    this.merges.push({ rule, joined: entry.order, to: to.order, ...(detail ? { detail } : {}) });
  }

  get docs(): string[] {
    return [...this.docSet].sort();
  }

  hasDoc(doc: string): boolean {
    return this.docSet.has(doc);
  }

  /** The entries from the oldest document to the newest, in text order within a document. */
  chronological(): Entry<F>[] {
    return [...this.entries].sort(byDocDateThenOrder);
  }

  /** True when a curator's veto keeps `entry` apart from any fact already here. */
  vetoed(entry: Entry<F>, keepApart?: (a: SourceFact, b: SourceFact) => boolean): boolean {
    return keepApart !== undefined && this.entries.some((e) => keepApart(e.fact, entry.fact) || keepApart(entry.fact, e.fact));
  }

  /** The facts behind the item, each with its document and sentence, in the order they were read. */
  sources(): ItemSource[] {
    return [...this.entries].sort((a, b) => a.order - b.order).map(({ fact, order }) => {
      const { doc, evidence, ...body } = fact as SourceFact & Record<string, unknown>;
      return { doc, evidence: typeof evidence === 'string' ? evidence : null, order, fact: body };
    });
  }
}

export function byDocDateThenOrder(a: Entry, b: Entry): number {
  return compareDates(a.docDate, b.docDate) || a.order - b.order;
}

/** Entries of one kind, built from the facts and the documents' dates. */
export function entriesOf<F extends SourceFact>(facts: readonly { fact: F; order: number }[], docs: DocIndex): Entry<F>[] {
  return facts.map(({ fact, order }) => ({ fact, order, docDate: docs.dateOf(fact.doc) }));
}
