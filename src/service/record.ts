// Keeps the stored record in step with the facts: pair by pair, after each ingest, decision or rebuild.
import { factKey, toFactsV1, type FactsV1 } from '../shared/kinds/index';
import type { CurationStore, Decision } from '../storage/curation';
import type { ItemToStore, PairFact, RecordStore } from '../storage/record';
import { consolidate, type RecordDocument, type RecordItem } from './consolidate';
import { applyItemDecisions, curateFact, factDecisions, refOf, type BuiltItem, type CuratedFact } from './curation';
import { factPairs } from './pairs';

export interface RecordKeeper {
  /** Indexes the documents' facts by pair and recomputes every pair they touch; returns those pairs. */
  updateDocuments(documentIds: readonly number[]): Promise<string[]>;
  /** Catches up after an interrupted ingest: indexes unindexed documents, recomputes dirty pairs. */
  catchUp(): Promise<string[]>;
  recomputePairs(pairs: readonly string[]): Promise<void>;
  /** Forgets the record and recomputes every pair from the stored facts and decisions. */
  rebuild(): Promise<{ pairs: number; items: number }>;
  /** The items of one pair computed from its facts now, without storing them (for checks). */
  computePair(pair: string): Promise<ItemToStore[]>;
}

export function createRecordKeeper(records: RecordStore, curation: CurationStore): RecordKeeper {
  async function indexDocument(documentId: number): Promise<string[]> {
    const latest = await records.documentFacts(documentId);
    if (!latest) return [];
    return records.setDocumentPairs(documentId, latest.versionId, factPairs(latest.facts));
  }

  async function computePair(pair: string): Promise<ItemToStore[]> {
    const [facts, decisions] = await Promise.all([records.pairFacts(pair), curation.active(pair)]);
    return buildItems(facts, decisions);
  }

  async function recomputePairs(pairs: readonly string[]): Promise<void> {
    for (const pair of pairs) await records.replacePairItems(pair, await computePair(pair));
  }

  async function catchUp(): Promise<string[]> {
    for (const id of await records.unindexedDocuments()) await indexDocument(id);
    const dirty = await records.dirtyPairs();
    await recomputePairs(dirty);
    return dirty;
  }

  return {
    async updateDocuments(documentIds) {
      const touched = new Set<string>();
      for (const id of documentIds) for (const pair of await indexDocument(id)) touched.add(pair);
      // Pairs left dirty by an earlier interrupted run are recomputed too, so the record never stays stale.
      const pairs = [...new Set([...touched, ...(await records.dirtyPairs())])].sort();
      await recomputePairs(pairs);
      return pairs;
    },
    catchUp,
    recomputePairs,
    async rebuild() {
      await records.clear();
      const pairs = await catchUp();
      const items = (await records.listPairs()).reduce((n, p) => n + p.items, 0);
      return { pairs: pairs.length, items };
    },
    computePair,
  };
}

/**
 * A pair's items from its facts: rejected facts left out, edited ones replaced, consolidated, each item linked to
 * the facts behind it, then merges and splits applied.
 */
export function buildItems(facts: readonly PairFact[], decisions: readonly Decision[]): ItemToStore[] {
  const decided = factDecisions(decisions);
  const kept = facts.map((f) => curateFact(f, decided)).filter((f) => f.curation !== 'rejected');
  const lines: FactsV1[] = kept.map((f) => toFactsV1(f.documentName, {
    ...f.body, evidence: { sentence: 0, start: 0, end: 0, quote: f.quote } }));
  const docs = new Map<string, RecordDocument>();
  for (const f of kept) docs.set(f.documentName, { doc: f.documentName, date: f.date, url: f.url });
  const items = consolidate(lines, [...docs.values()]);

  const built: BuiltItem[] = items.map((body) => ({ body, factIds: linkFacts(body, kept) }));
  const curated = new Map<number, CuratedFact>(kept.map((f) => [f.id, {
    // Merges and splits name facts by what they were extracted as, before any edit.
    ref: refOf(facts.find((o) => o.id === f.id)!), documentName: f.documentName, body: f.body }]));
  return applyItemDecisions(built, decisions, curated).map((i) => ({
    body: i.body as unknown as ItemToStore['body'], factIds: i.factIds }));
}

/**
 * The facts an item came from: through its `sources` (document and evidence) where consolidation gives them,
 * else the facts of its documents with the same kind key; among facts of one sentence the same key wins.
 */
function linkFacts(item: RecordItem, facts: readonly (PairFact & { body: PairFact['body'] })[]): number[] {
  const key = factKey(item);
  const ofType = facts.filter((f) => f.body.type === item.type);
  const ids = new Set<number>();
  if (item.sources?.length) {
    for (const source of item.sources) {
      const candidates = ofType.filter((f) => f.documentName === source.doc
        && (source.evidence === undefined || f.quote === source.evidence));
      const same = candidates.filter((f) => factKey(f.body) === key);
      for (const f of same.length ? same : candidates) ids.add(f.id);
    }
  } else {
    for (const f of ofType) if (item.docs.includes(f.documentName) && factKey(f.body) === key) ids.add(f.id);
  }
  return [...ids];
}

export type { RecordItem };
