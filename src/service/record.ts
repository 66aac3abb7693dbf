// Keeps the stored record in step with the facts, block by block: after each ingest only the blocks a document's facts
// fall in are consolidated again (src/record/blocks.ts), and a rebuild goes through the same blocks, so both agree.
import { blockKey, type ItemSource } from '../record/index';
import { factKey, toFactsV1 } from '../shared/kinds/index';
import { createCurationStore, type Decision, type FactRef } from '../storage/curation';
import type { Driver } from '../storage/driver';
import { createRecordStore, type ItemToStore, type PairBlocks, type PairFact } from '../storage/record';
import { sortKeyOf } from '../storage/record-positions';
import { consolidate, type RecordDocument, type RecordItem, type SourceFact } from './consolidate';
import { applyItemDecisions, curateFact, factDecisions, refOf, splitSets, type BuiltItem, type CuratedFact } from './curation';
import { blockGroups } from './record-groups';
import { factPairs } from './pairs';

export interface RecordKeeper {
  /** Indexes the documents' facts by pair and block and recomputes the blocks they touch; returns their pairs. */
  updateDocuments(documentIds: readonly number[]): Promise<string[]>;
  /** Catches up after an interrupted ingest (or a migration): indexes unindexed documents, recomputes dirty blocks. */
  catchUp(): Promise<string[]>;
  /** Recomputes every block of these pairs. */
  recomputePairs(pairs: readonly string[]): Promise<void>;
  /** The blocks of some facts, which a merge or split made of them joins. */
  blocksOf(factIds: readonly number[]): Promise<string[]>;
  /**
   * Brings the record in line with a decision just made or undone: the document of a confirmed, rejected or edited
   * fact is indexed again (an edit may move its fact to another pair or block), then the blocks concerned recomputed.
   */
  applyDecision(decision: Decision, factId?: number): Promise<void>;
  /** Forgets the record and recomputes every pair from the stored facts and decisions. */
  rebuild(): Promise<{ pairs: number; items: number }>;
  /** The items of one pair computed from its facts now, without storing them (for checks). */
  computePair(pair: string): Promise<ItemToStore[]>;
}

export function createRecordKeeper(driver: Driver): RecordKeeper {
  const records = createRecordStore(driver);
  const curation = createCurationStore(driver);

  /** A document's facts as curation leaves them give its pairs and blocks: an edit can move a fact elsewhere. */
  async function indexDocument(documentId: number): Promise<PairBlocks[]> {
    const latest = await records.documentFacts(documentId);
    if (!latest) return [];
    const decided = factDecisions(await curation.forDocument(latest.documentName));
    const facts = latest.facts.map((f) => ({ id: f.id, body: curateFact({ documentName: latest.documentName, body: f.body }, decided).body }));
    const blockOf = new Map(facts.map((f) => [f.id, blockKey(toFactsV1(latest.documentName, f.body), latest.date)]));
    const rows = factPairs(facts).map((r) => ({ ...r, block: blockOf.get(r.factId)! }));
    return records.setDocumentPairs(documentId, latest.versionId, rows);
  }

  /**
   * The items of some blocks of a pair and the blocks they replace. Each group of blocks (blocks a decision joins are
   * one group) is consolidated on its own; the facts of all groups are read in one statement.
   */
  async function computeBlocks(db: Driver, pair: string, blocks: readonly string[] | 'all'):
    Promise<{ blocks: string[] | null; items: ItemToStore[] }> {
    const store = createRecordStore(db);
    const decisions = await createCurationStore(db).active(pair);
    const whole = blocks === 'all';
    const groups = blockGroups(whole ? await store.pairBlocks(pair) : blocks, decisions);
    const groupOf = new Map(groups.flatMap((group, g) => group.map((block) => [block, g] as const)));
    const factsOf: PairFact[][] = groups.map(() => []);
    // A whole pair is read and replaced without naming its blocks.
    const wanted = whole ? null : [...groupOf.keys()];
    for (const fact of await store.pairFacts(pair, wanted)) factsOf[groupOf.get(fact.block!)!].push(fact);
    return { blocks: wanted, items: factsOf.flatMap((facts) => buildItems(facts, decisions)) };
  }

  /**
   * Recomputes blocks of a pair in one transaction holding the pair's lock, so that two processes updating one pair
   * never interleave: the second reads the first one's facts. Blocks left dirty by an interrupted run come along.
   */
  async function recompute(pair: string, blocks: readonly string[] | 'all'): Promise<void> {
    await driver.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock(hashtext($1::text))', [`dyad record ${pair}`]);
      const dirty = blocks === 'all' ? [] : (await tx.query<{ block: string }>(
        'SELECT block FROM record_dirty_blocks WHERE pair = $1', [pair])).map((r) => r.block);
      const computed = await computeBlocks(tx, pair, blocks === 'all' ? 'all' : [...new Set([...blocks, ...dirty])]);
      await createRecordStore(tx).replaceBlockItems(pair, computed.blocks, computed.items);
      // A pair with no facts left keeps its row, clean and empty.
      if (blocks === 'all') await tx.query('UPDATE record_pairs SET dirty = false WHERE pair = $1', [pair]);
    });
  }

  async function recomputeTouched(touched: readonly PairBlocks[]): Promise<string[]> {
    const byPair = new Map<string, Set<string>>();
    for (const t of [...touched, ...(await records.dirtyBlocks())]) {
      if (!byPair.has(t.pair)) byPair.set(t.pair, new Set());
      for (const b of t.blocks) byPair.get(t.pair)!.add(b);
    }
    const pairs = [...byPair.keys()].sort();
    for (const pair of pairs) await recompute(pair, [...byPair.get(pair)!].sort());
    return pairs;
  }

  /**
   * Decisions made before blocks existed learn theirs from the facts they name, found through their documents, so
   * that a merge across blocks still joins them after an upgrade. Returns the blocks to recompute.
   */
  async function fillMissingBlocks(): Promise<PairBlocks[]> {
    const touched: PairBlocks[] = [];
    for (const decision of await curation.withoutBlocks()) {
      const refs = namedFacts(decision);
      const ids: number[] = [];
      const blocks = new Set<string>();
      for (const doc of new Set(refs.map((r) => r.doc))) {
        const documentId = await documentIdOf(doc);
        const latest = documentId === null ? null : await records.documentFacts(documentId);
        for (const fact of latest?.facts ?? []) {
          if (!refs.some((r) => r.doc === doc && r.key === factKey(fact.body))) continue;
          ids.push(fact.id);
          // An edit also joins the block its fact had before the edit.
          if (decision.action === 'edit') blocks.add(blockKey(toFactsV1(doc, fact.body), latest!.date));
        }
      }
      for (const block of await records.factBlocks(ids)) blocks.add(block);
      // A decision whose facts are gone gets a block of its own, so it is not looked up again.
      const found = blocks.size ? [...blocks] : [`decision ${decision.id}`];
      await curation.setScope(decision.id, decision.pairs, found);
      touched.push(...decision.pairs.map((pair) => ({ pair, blocks: found })));
    }
    return touched;
  }

  async function catchUp(): Promise<string[]> {
    const touched: PairBlocks[] = [];
    for (const id of await records.unindexedDocuments()) touched.push(...await indexDocument(id));
    touched.push(...await fillMissingBlocks());
    const pairs = new Set(await recomputeTouched(touched));
    // Pairs marked dirty without dirty blocks (left by an older version) are recomputed whole.
    for (const pair of await records.dirtyPairs()) {
      await recompute(pair, 'all');
      pairs.add(pair);
    }
    return [...pairs].sort();
  }

  async function documentIdOf(name: string): Promise<number | null> {
    const [row] = await driver.query<{ id: number }>('SELECT id FROM documents WHERE name = $1', [name]);
    return row?.id ?? null;
  }

  return {
    async updateDocuments(documentIds) {
      const touched: PairBlocks[] = [];
      for (const id of documentIds) touched.push(...await indexDocument(id));
      return recomputeTouched(touched);
    },
    catchUp,
    async recomputePairs(pairs) {
      for (const pair of pairs) await recompute(pair, 'all');
    },
    blocksOf: (factIds) => records.factBlocks(factIds),
    async applyDecision(decision, factId) {
      const touched: PairBlocks[] = decision.pairs.map((pair) => ({ pair, blocks: decision.blocks }));
      const documentId = decision.fact ? await documentIdOf(decision.fact.doc) : null;
      if (documentId !== null) touched.push(...await indexDocument(documentId));
      if (decision.action === 'edit' && factId !== undefined && !decision.undoneAt) {
        // The edited fact's pairs and blocks before and after: the edit must be read in its new pair, and it joins
        // the old and new block, so that a merge naming the fact still finds it.
        const now = await records.factById(factId);
        const pairs = [...new Set([...decision.pairs, ...(now?.pairs ?? [])])];
        const blocks = [...new Set([...decision.blocks, ...await records.factBlocks([factId])])];
        if (pairs.length !== decision.pairs.length || blocks.length !== decision.blocks.length) {
          await curation.setScope(decision.id, pairs, blocks);
        }
        touched.push(...pairs.map((pair) => ({ pair, blocks })));
      }
      await recomputeTouched(touched);
    },
    async rebuild() {
      await records.clear();
      const pairs = await catchUp();
      const items = (await records.listPairs()).reduce((n, p) => n + p.items, 0);
      return { pairs: pairs.length, items };
    },
    async computePair(pair) {
      return (await computeBlocks(driver, pair, 'all')).items;
    },
  };
}

/** The facts a decision names: the fact of a confirm, reject or edit, the groups of a merge, the facts a split parts. */
function namedFacts(decision: Decision): FactRef[] {
  const detail = decision.detail as { groups?: FactRef[][]; apart?: FactRef[] } | null;
  if (decision.action === 'merge') return (detail?.groups ?? []).flat();
  if (decision.action === 'split') return detail?.apart ?? [];
  return decision.fact ? [decision.fact] : [];
}

/**
 * Items of some blocks of a pair from their facts: rejected facts left out, edited ones replaced, consolidated
 * (split facts kept apart), each item linked to the facts behind it, then merges and splits applied in the order
 * they were made. Each item keeps the block of its first fact and its sort key.
 */
export function buildItems(facts: readonly PairFact[], decisions: readonly Decision[]): ItemToStore[] {
  const decided = factDecisions(decisions);
  const kept = facts.map((f) => curateFact(f, decided)).filter((f) => f.curation !== 'rejected');
  const lines: SourceFact[] = kept.map((f) => ({ ...toFactsV1(f.documentName, f.body), evidence: f.quote || null }));
  const docs = new Map<string, RecordDocument>();
  for (const f of kept) docs.set(f.documentName, { doc: f.documentName, date: f.date, url: f.url });
  const byId = new Map(facts.map((f) => [f.id, f]));
  const curated = new Map<number, CuratedFact>(kept.map((f) => [f.id, {
    // Merges and splits name facts by what they were extracted as, before any edit.
    ref: refOf(byId.get(f.id)!), documentName: f.documentName, body: f.body }]));

  const idOf = new Map<SourceFact, number>(lines.map((line, i) => [line, kept[i].id]));
  const apart = splitSets(decisions, curated);
  const keepApart = apart.length === 0 ? undefined : (a: SourceFact, b: SourceFact): boolean =>
    apart.some((set) => set.has(idOf.get(a)!) !== set.has(idOf.get(b)!));
  const items = consolidate(lines, [...docs.values()], { keepApart });

  // A source's `order` is its fact's position in `lines`.
  const sourceId = (s: ItemSource): number => kept[s.order].id;
  const built: BuiltItem[] = items.map((body) => ({ body, factIds: [...new Set(body.sources.map(sourceId))] }));
  return applyItemDecisions(built, decisions, curated, sourceId).map((i) => {
    // `kept` is in document and text order, so the lowest order is the item's first fact.
    const first = kept[Math.min(...i.body.sources.map((s) => s.order))];
    const date = (i.body.date ?? i.body.period ?? null) as string | null;
    return {
      body: i.body as unknown as ItemToStore['body'], factIds: i.factIds, block: byId.get(first.id)!.block ?? '',
      sortKey: sortKeyOf({ type: i.body.type, date, docName: first.documentName, charStart: first.charStart, factId: first.id }),
    };
  });
}

export type { RecordItem };
