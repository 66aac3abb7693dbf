// The shapes of the record layer: the facts it reads, the documents' metadata and the Record v1 items it makes.
import type { FactBody, FactType, PartialDate } from '../shared/types';

/** A Facts v1 fact as consolidation reads it: its body, the document it comes from and the sentence behind it. */
export type SourceFact = FactBody & { doc: string; evidence?: string | null };

/** What consolidation needs to know of a document: its name (the facts' `doc`), date and address. */
export interface DocMeta {
  doc: string;
  date?: PartialDate | null;
  url?: string | null;
}

/** Why two facts became one item, so that a merge can be explained (and a curator can undo it). */
export interface MergeNote {
  /** The rule that joined them: see `MERGE_RULES` in ./reasons.ts. */
  rule: string;
  /** The source fact that joined (by its index in `sources`) and the one it was joined to. */
  joined: number;
  to: number;
  /** A short human-readable explanation ("kh=h, vowels: Xhodorov ~ Hodorov"). */
  detail?: string;
}

/** A source fact kept on its item: the document, the sentence and the position among all input facts. */
export interface ItemSource {
  doc: string;
  evidence: string | null;
  /** Index of the fact in the input to consolidate(): the text order within one document. */
  order: number;
  /** The fact's own fields as that document gave them. */
  fact: Record<string, unknown>;
}

/** One Record v1 item (RECORD.md): Facts v1 fields of its type, `docs`, and the extras of its type. */
export type RecordItem = Record<string, unknown> & {
  type: FactType;
  docs: string[];
  /** Beyond Record v1: the facts behind the item and how they were merged. */
  sources: ItemSource[];
  merges: MergeNote[];
};

export interface ConsolidateOptions {
  /**
   * A veto a curator can put on any merge: return true to keep the two source facts apart. Consolidation asks it
   * before joining a fact to an item, for every source fact of that item.
   */
  keepApart?: (a: SourceFact, b: SourceFact) => boolean;
}

/** Dates and order of the documents, shared by every kind's consolidation. */
export interface DocIndex {
  dateOf(doc: string): PartialDate | null;
  urlOf(doc: string): string | null;
}
