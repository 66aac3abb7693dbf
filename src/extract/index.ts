// Runs every fact extractor over a cleaned document and returns its sentences and facts with evidence.
import type { CleanDocument, Fact, Sentence } from '../shared/types';
import { buildContext, type DocContext, type KnownPeople } from './context';
import { extractPeople } from './person';
import { extractVisits } from './visit';
import { extractCalls } from './call';
import { extractMeetings } from './meeting';
import { extractAgreements } from './agreement';
import { extractFigures } from './figure';
import { extractProjects } from './project';

export interface Extraction {
  sentences: Sentence[];
  facts: Fact[];
  /** Why extraction was skipped (a non-English document), if it was. */
  skipped?: string;
}

export type Extractor = (ctx: DocContext) => Fact[];

/** The built-in extractors, one per fact type; a plugin adds its own the same way. */
export const extractors: Extractor[] = [
  extractPeople, extractVisits, extractCalls, extractMeetings, extractAgreements, extractFigures, extractProjects,
];

export interface ExtractOptions {
  /** People known from other documents, to fill in a country this document leaves out. */
  known?: KnownPeople;
}

export function extractFacts(doc: CleanDocument, options: ExtractOptions = {}): Extraction {
  const ctx = buildContext(doc, options.known);
  const sentences = ctx.sentences.map((s) => s.sentence);
  if (doc.language !== 'en' && doc.language !== 'und') {
    return { sentences, facts: [], skipped: `language ${doc.language}` };
  }
  const facts: Fact[] = [];
  // A loop, not push(...found): spreading a very long document's facts as arguments overflows the stack.
  for (const extract of extractors) for (const fact of extract(ctx)) facts.push(fact);
  return { sentences, facts };
}
