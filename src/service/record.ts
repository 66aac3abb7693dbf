// Keeps the stored record in step with the facts: pair by pair, after each ingest, decision or rebuild.
import type { ItemSource } from '../record/index';
import { toFactsV1 } from '../shared/kinds/index';
import { createCurationStore, type Decision } from '../storage/curation';
import type { Driver } from '../storage/driver';
import { createRecordStore, type ItemToStore, type PairFact } from '../storage/record';
import { consolidate, type RecordDocument, type RecordItem, type SourceFact } from './consolidate';
import { applyItemDecisions, curateFact, factDecisions, refOf, splitSets, type BuiltItem, type CuratedFact } from './curation';
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

export function createRecordKeeper(driver: Driver): RecordKeeper {
  const records = createRecordStore(driver);
  async function indexDocument(documentId: number): Promise<string[]> {
    const latest = await records.documentFacts(documentId);
    if (!latest) return [];
    return records.setDocumentPairs(documentId, latest.versionId, factPairs(latest.facts));
  }

  async function computePair(pair: string, db: Driver = driver): Promise<ItemToStore[]> {
    const facts = await createRecordStore(db).pairFacts(pair);
    return buildItems(facts, await createCurationStore(db).active(pair));
  }

  /**
   * Reads a pair's facts and writes its items in one transaction holding the pair's lock, so two processes
   * ingesting into one pair at once never interleave (the second recomputes with the first's facts).
   */
  async function recomputePairs(pairs: readonly string[]): Promise<void> {
    for (const pair of pairs) {
      await driver.transaction(async (tx) => {
        await tx.query('SELECT pg_advisory_xact_lock(hashtext($1::text))', [`dyad record ${pair}`]);
        await createRecordStore(tx).replacePairItems(pair, await computePair(pair, tx));
      });
    }
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
    computePair: (pair) => computePair(pair),
  };
}

/**
 * A pair's items from its facts: rejected facts left out, edited ones replaced, consolidated (split facts kept
 * apart), each item linked to the facts behind it, then merges and splits applied in the order they were made.
 */
export function buildItems(facts: readonly PairFact[], decisions: readonly Decision[]): ItemToStore[] {
  const decided = factDecisions(decisions);
  const kept = facts.map((f) => curateFact(f, decided)).filter((f) => f.curation !== 'rejected');
  const lines: SourceFact[] = kept.map((f) => ({ ...toFactsV1(f.documentName, f.body), evidence: f.quote || null }));
  const docs = new Map<string, RecordDocument>();
  for (const f of kept) docs.set(f.documentName, { doc: f.documentName, date: f.date, url: f.url });
  const curated = new Map<number, CuratedFact>(kept.map((f) => [f.id, {
    // Merges and splits name facts by what they were extracted as, before any edit.
    ref: refOf(facts.find((o) => o.id === f.id)!), documentName: f.documentName, body: f.body }]));

  const idOf = new Map<SourceFact, number>(lines.map((line, i) => [line, kept[i].id]));
  const apart = splitSets(decisions, curated);
  const keepApart = apart.length === 0 ? undefined : (a: SourceFact, b: SourceFact): boolean =>
    apart.some((set) => set.has(idOf.get(a)!) !== set.has(idOf.get(b)!));
  const items = consolidate(lines, [...docs.values()], { keepApart });

  // A source's `order` is its fact's position in `lines`.
  const sourceId = (s: ItemSource): number => kept[s.order].id;
  const built: BuiltItem[] = items.map((body) => ({ body, factIds: [...new Set(body.sources.map(sourceId))] }));
  return applyItemDecisions(built, decisions, curated, sourceId).map((i) => ({
    body: i.body as unknown as ItemToStore['body'], factIds: i.factIds }));
}

export type { RecordItem };
