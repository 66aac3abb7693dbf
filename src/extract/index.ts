// Runs every fact extractor over a cleaned document and returns its sentences and facts with evidence.
import type { CleanDocument, Fact, Sentence } from '../shared/types';

export interface Extraction {
  sentences: Sentence[];
  facts: Fact[];
  /** Why extraction was skipped (a non-English document), if it was. */
  skipped?: string;
}

export function extractFacts(doc: CleanDocument): Extraction {
  // Placeholder until the extractors land: splitting only.
  void doc;
  return { sentences: [], facts: [] };
}
