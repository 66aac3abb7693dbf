// Consolidation as the service calls it. PLACEHOLDER until helper `record` lands src/record: one item per fact.
import type { FactBody, FactsV1 } from '../shared/kinds/index';

/** A document as consolidation knows it: its name (Facts v1 `doc`), its date and, for a web page, its URL. */
export interface RecordDocument {
  doc: string;
  date: string | null;
  url?: string | null;
}

/** A Record v1 item (RECORD.md): the Facts v1 fields of its type, every document reporting it, and its sources. */
export type RecordItem = FactBody & {
  docs: string[];
  aliases?: string[];
  conflict?: boolean;
  outcome?: 'met' | 'missed' | 'open';
  actual?: number;
  history?: { status: string; date: string | null; docs: string[] }[];
  /** The facts it was consolidated from: their document and evidence sentence. */
  sources?: { doc: string; evidence?: string }[];
};

/** One item per fact, as if nothing were consolidated; `src/record`'s consolidate() replaces it. */
export function consolidate(facts: readonly FactsV1[], _docs: readonly RecordDocument[]): RecordItem[] {
  return facts.map((fact) => {
    const { doc, evidence, ...body } = fact;
    return { ...(body as FactBody), docs: [doc], sources: [{ doc, ...(evidence ? { evidence } : {}) }] };
  });
}
