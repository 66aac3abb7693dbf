// Keeps the stored record in step with the facts, block by block: after each ingest only the blocks a document's facts
// fall in are consolidated again (src/record/blocks.ts), and a rebuild goes through the same blocks, so both agree.
// Many documents and pairs are handled together: a batch of pairs costs a fixed number of statements
// (src/storage/record-batch.ts), however many pairs it holds.
import { blockKey, type ItemSource } from '../record/index';
import { factKey, toFactsV1 } from '../shared/kinds/index';
import { createCurationStore, type Decision, type FactRef } from '../storage/curation';
import type { Driver } from '../storage/driver';
import { createRecordStore, type FactBlockRow, type ItemToStore, type PairBlocks, type PairFact } from '../storage/record';
import { blocksFacts, claimDirtyBlocks, dirtyBlockPairs, documentsFacts, lockPairs, pairsBlocks, replaceItems,
  setDocumentsPairs, type DocumentFacts, type PairItems } from '../storage/record-batch';
import { sortKeyOf } from '../storage/record-order';
import { consolidate, type RecordDocument, type RecordItem, type SourceFact } from './consolidate';
import { applyItemDecisions, curateFact, factDecisions, refOf, splitSets, type BuiltItem, type CuratedFact } from './curation';
import { blockGroups } from './record-groups';
import { factPairs } from './pairs';

/**
 * How far a record update has got: its documents indexed by pair and block, then its pairs recomputed. Reported at
 * the start of each step (done 0) and after each transaction, so that a long update (the end of a large ingest,
 * a rebuild) shows it is moving.
 */
export interface RecordProgress {
  step: 'index' | 'pairs';
  done: number;
  total: number;
}
export type RecordProgressListener = (progress: RecordProgress) => void;

export interface RecordKeeper {
  /** Indexes the documents' facts by pair and block and recomputes the blocks they touch; returns their pairs. */
  updateDocuments(documentIds: readonly number[], onProgress?: RecordProgressListener): Promise<string[]>;
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
  rebuild(onProgress?: RecordProgressListener): Promise<{ pairs: number; items: number }>;
  /** The items of one pair computed from its facts now, without storing them (for checks). */
  computePair(pair: string): Promise<ItemToStore[]>;
}

/**
 * How many pairs one transaction recomputes: enough that statements stop dominating, few enough that the pairs'
 * locks are not held for long (another process waiting on one of them waits for the whole batch). A whole pair
 * reads every fact it has, so fewer of them go together.
 */
export const PAIRS_PER_TRANSACTION = 200;
export const WHOLE_PAIRS_PER_TRANSACTION = 50;
/** How many documents one indexing transaction takes. */
const DOCUMENTS_PER_TRANSACTION = 250;

/** Pairs to recompute: some of their blocks, or all of them (`whole`). */
interface PairWork {
  pair: string;
  blocks: Set<string>;
  whole: boolean;
}

/** The blocks to recompute for each pair of `work` and how they are grouped, before their facts are read. */
interface PairPlan {
  pair: string;
  whole: boolean;
  decisions: Decision[];
  groups: string[][];
}

/** A document's fact rows (pair and block of each fact) as curation leaves its facts: an edit can move a fact. */
export function documentRows(doc: DocumentFacts, decided: ReturnType<typeof factDecisions>): FactBlockRow[] {
  const facts = doc.facts.map((f) => ({ id: f.id, body: curateFact({ documentName: doc.documentName, body: f.body }, decided).body }));
  const blockOf = new Map(facts.map((f) => [f.id, blockKey(toFactsV1(doc.documentName, f.body), doc.date)]));
  return factPairs(facts).map((r) => ({ ...r, block: blockOf.get(r.factId)! }));
}

/** Each pair's groups of blocks (blocks a decision in force joins are one group) and the decisions it consolidates with. */
function planPairs(work: readonly PairWork[], decisions: readonly Decision[]): PairPlan[] {
  return work.map((w) => {
    const own = decisions.filter((d) => d.pairs.includes(w.pair));
    return { pair: w.pair, whole: w.whole, decisions: own, groups: blockGroups([...w.blocks].sort(), own) };
  });
}

/**
 * The items of planned pairs from their facts, read for all of them in one statement; each group of blocks is
 * consolidated on its own. Also gives each fact's document, for the items' links.
 */
async function computePlans(db: Driver, plans: readonly PairPlan[]):
  Promise<{ updates: PairItems[]; documentOf: Map<number, number> }> {
  const facts = await blocksFacts(db, plans.map((p) => ({ pair: p.pair, blocks: p.groups.flat() })));
  const documentOf = new Map<number, number>();
  const updates = plans.map((p) => {
    const groupOf = new Map(p.groups.flatMap((group, g) => group.map((block) => [block, g] as const)));
    const factsOf: PairFact[][] = p.groups.map(() => []);
    for (const fact of facts.get(p.pair) ?? []) {
      factsOf[groupOf.get(fact.block!)!].push(fact);
      documentOf.set(fact.id, fact.documentId);
    }
    return { pair: p.pair, blocks: p.groups.flat(), whole: p.whole,
      items: factsOf.flatMap((group) => buildItems(group, p.decisions)) };
  });
  return { updates, documentOf };
}

/** Work cut into transactions of at most PAIRS_PER_TRANSACTION pairs, of which WHOLE_PAIRS_PER_TRANSACTION whole. */
function batches(work: readonly PairWork[]): PairWork[][] {
  const out: PairWork[][] = [];
  let batch: PairWork[] = [];
  let whole = 0;
  for (const w of work) {
    if (batch.length >= PAIRS_PER_TRANSACTION || (w.whole && whole >= WHOLE_PAIRS_PER_TRANSACTION)) {
      out.push(batch);
      batch = [];
      whole = 0;
    }
    batch.push(w);
    if (w.whole) whole++;
  }
  if (batch.length) out.push(batch);
  return out;
}

function chunks<T>(list: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}

export function createRecordKeeper(driver: Driver): RecordKeeper {
  const records = createRecordStore(driver);
  const curation = createCurationStore(driver);

  /**
   * Indexes documents' facts by pair and block, a batch of documents per transaction; returns the blocks touched
   * before or now. Decisions on facts are read once for all of them.
   */
  async function indexDocuments(documentIds: readonly number[], onProgress?: RecordProgressListener): Promise<PairBlocks[]> {
    const ids = [...new Set(documentIds)].sort((a, b) => a - b);
    if (!ids.length) return [];
    const decided = factDecisions(await curation.active());
    const touched: PairBlocks[] = [];
    let done = 0;
    onProgress?.({ step: 'index', done, total: ids.length });
    for (const chunk of chunks(ids, DOCUMENTS_PER_TRANSACTION)) {
      const docs = await documentsFacts(driver, chunk);
      touched.push(...await setDocumentsPairs(driver, docs.map((doc) =>
        ({ documentId: doc.documentId, versionId: doc.versionId, rows: documentRows(doc, decided) }))));
      done += chunk.length;
      onProgress?.({ step: 'index', done, total: ids.length });
    }
    return touched;
  }

  /**
   * Recomputes a batch of pairs in one transaction holding their locks, so that two processes updating one pair
   * never interleave: the second reads the first one's facts. The pairs' dirty marks are taken (deleted) before
   * their facts are read, and their blocks come along: a mark committed by then has its facts committed too, and
   * one committed later stays for the next recompute. Decisions are read under the locks, once for the batch.
   */
  async function recomputeBatch(work: readonly PairWork[]): Promise<void> {
    await driver.transaction(async (tx) => {
      const pairs = work.map((w) => w.pair);
      await lockPairs(tx, pairs);
      const extra = [...await claimDirtyBlocks(tx, pairs),
        ...await pairsBlocks(tx, work.filter((w) => w.whole).map((w) => w.pair))];
      const byName = new Map(work.map((w) => [w.pair, { ...w, blocks: new Set(w.blocks) }]));
      for (const e of extra) for (const b of e.blocks) byName.get(e.pair)!.blocks.add(b);
      const plans = planPairs([...byName.values()], await createCurationStore(tx).active());
      const { updates, documentOf } = await computePlans(tx, plans);
      await replaceItems(tx, updates, documentOf);
    });
  }

  /** Recomputes the given blocks of pairs, and whole pairs, batch by batch in pair order; returns the pairs. */
  async function recompute(touched: readonly PairBlocks[], whole: readonly string[] = [],
    onProgress?: RecordProgressListener): Promise<string[]> {
    const work = new Map<string, PairWork>();
    const of = (pair: string): PairWork => {
      if (!work.has(pair)) work.set(pair, { pair, blocks: new Set(), whole: false });
      return work.get(pair)!;
    };
    for (const t of touched) for (const b of t.blocks) of(t.pair).blocks.add(b);
    for (const pair of whole) of(pair).whole = true;
    const sorted = [...work.values()].sort((a, b) => (a.pair < b.pair ? -1 : a.pair > b.pair ? 1 : 0));
    let done = 0;
    onProgress?.({ step: 'pairs', done, total: sorted.length });
    for (const batch of batches(sorted)) {
      await recomputeBatch(batch);
      done += batch.length;
      onProgress?.({ step: 'pairs', done, total: sorted.length });
    }
    return sorted.map((w) => w.pair);
  }

  /** Recomputes touched blocks and every block left dirty (by an interrupted run or another process). */
  async function recomputeTouched(touched: readonly PairBlocks[], onProgress?: RecordProgressListener): Promise<string[]> {
    const dirty = (await dirtyBlockPairs(driver)).map((pair) => ({ pair, blocks: [] }));
    return recompute([...touched, ...dirty], [], onProgress);
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
        const [latest] = documentId === null ? [] : await documentsFacts(driver, [documentId]);
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
    const touched = await indexDocuments(await records.unindexedDocuments());
    touched.push(...await fillMissingBlocks());
    const pairs = new Set(await recomputeTouched(touched));
    // Pairs marked dirty without dirty blocks (left by an older version) are recomputed whole.
    const whole = await records.dirtyPairs();
    await recompute([], whole);
    for (const pair of whole) pairs.add(pair);
    return [...pairs].sort();
  }

  async function documentIdOf(name: string): Promise<number | null> {
    const [row] = await driver.query<{ id: number }>('SELECT id FROM documents WHERE name = $1', [name]);
    return row?.id ?? null;
  }

  return {
    async updateDocuments(documentIds, onProgress) {
      return recomputeTouched(await indexDocuments(documentIds, onProgress), onProgress);
    },
    catchUp,
    async recomputePairs(pairs) {
      await recompute([], pairs);
    },
    blocksOf: (factIds) => records.factBlocks(factIds),
    async applyDecision(decision, factId) {
      const touched: PairBlocks[] = decision.pairs.map((pair) => ({ pair, blocks: decision.blocks }));
      const documentId = decision.fact ? await documentIdOf(decision.fact.doc) : null;
      if (documentId !== null) touched.push(...await indexDocuments([documentId]));
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
    async rebuild(onProgress) {
      await records.clear();
      // Every pair is recomputed whole: its items were all just deleted, so none needs a place among stored ones.
      const touched = await indexDocuments(await records.unindexedDocuments(), onProgress);
      touched.push(...await fillMissingBlocks());
      const pairs = [...new Set([...touched.map((t) => t.pair), ...await records.dirtyPairs()])];
      await recompute([], pairs, onProgress);
      const items = (await records.listPairs()).reduce((n, p) => n + p.items, 0);
      return { pairs: pairs.length, items };
    },
    async computePair(pair) {
      const [all] = await pairsBlocks(driver, [pair]);
      const plans = planPairs([{ pair, blocks: new Set(all.blocks), whole: true }], await curation.active(pair));
      return (await computePlans(driver, plans)).updates[0].items as ItemToStore[];
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
