// The one service of dyad: ingest, extract, consolidate, query and curate. The CLI calls it, the HTTP API will too.
import { userInfo } from 'node:os';
import type { IngestListener, IngestOptions, IngestSummary } from '../pipeline/ingest';
import { DyadError } from '../shared/errors';
import { kindOf, parseFactBody, type FactBody, type FactType } from '../shared/kinds/index';
import { createCurationStore, type Decision, type FactRef } from '../storage/curation';
import type { Driver } from '../storage/driver';
import { openDatabase } from '../storage/index';
import { createRecordStore, type PairFact, type StoredItem } from '../storage/record';
import { createStore } from '../storage/store';
import type {
  DocumentDetail, DocumentPage, FactFilter as StoreFactFilter, ListedDocument, SearchHit, Store, StoredFact, StoreOptions,
} from '../storage/types';
import { decisionFor, factDecisions, refOf, type FactCuration } from './curation';
import { createRecordKeeper, type RecordProgressListener } from './record';
import { recordUpdates } from './record-updates';
import { parsePair } from './pairs';

export type { ExtractedDocument, ExtractHandlers } from './extract';
/**
 * Extraction without a store (./extract). It and ingest load the pipeline (sources, cleaning, extraction) on first
 * use, so that the reading commands start without it: about 0.4 s less for `dyad facts` or `dyad search`.
 */
export const extract: typeof import('./extract').extract = async (...args) => (await import('./extract')).extract(...args);
export { consolidate, type RecordDocument, type RecordItem } from './consolidate';
export { parsePair, pairName } from './pairs';
/** The reads in SQL the HTTP API serves (pages, filters, the sources of the rows shown); the CLI may share them. */
export * as read from './read/index';
export type { Decision, StoredItem };

/** Who made a decision and why; the author defaults to $USER. */
export interface DecisionMeta {
  author?: string;
  reason?: string | null;
}

/** A stored fact as curation leaves it: an edited fact shows its edited fields. */
export type CuratedStoredFact = StoredFact & { curation: FactCuration };

/** The store's filters (document, type, pair, country, dates, paging) and whether to leave rejected facts out. */
export type FactFilter = StoreFactFilter & {
  /** Leave out rejected facts (the listings keep them, marked). */
  withoutRejected?: boolean;
};

export interface RecordFilter {
  /** "AAA-BBB" in either order. */
  pair?: string;
  type?: FactType;
}

/** The event types whose items a curator may merge or split, besides people. */
const MERGEABLE = new Set<string>(['person', 'visit', 'call', 'meeting', 'agreement']);

export interface ServiceIngestOptions extends IngestOptions {
  /** Hears the record update that follows the last document (the caller waits for it: minutes at 100,000 documents). */
  onRecord?: RecordProgressListener;
}

export interface DyadService {
  /** Stores documents with their facts, then updates the record of every pair they touch. */
  ingest(inputs: string[], options?: ServiceIngestOptions, onEvent?: IngestListener):
    Promise<IngestSummary & { pairs: string[] }>;
  documents(page?: DocumentPage): Promise<ListedDocument[]>;
  /** A document by id or name (the latest version, or `version`); a DyadError `not_found` when there is none. */
  document(ref: string, options?: { version?: number }): Promise<DocumentDetail>;
  facts(filter?: FactFilter): Promise<CuratedStoredFact[]>;
  search(query: string, limit?: number): Promise<SearchHit[]>;
  /** Every pair with a record and its number of items. */
  pairs(): Promise<{ pair: string; items: number; updatedAt: string }[]>;
  /** Record items (up to date: pairs left stale by an interrupted run are recomputed first). */
  record(filter?: RecordFilter): Promise<StoredItem[]>;
  /** One record item and the facts it was consolidated from. */
  item(id: number): Promise<{ item: StoredItem; facts: PairFact[] }>;
  /** Recomputes every pair from the stored facts and decisions; `onProgress` hears it move. */
  rebuild(onProgress?: RecordProgressListener): Promise<{ pairs: number; items: number }>;
  readonly curate: CurationService;
  close(): Promise<void>;
}

export interface CurationService {
  confirm(factId: number, meta?: DecisionMeta): Promise<Decision>;
  reject(factId: number, meta?: DecisionMeta): Promise<Decision>;
  /** `changes` are fields of the fact's kind ({"date": "2021-05-04"}); the result must pass the kind's schema. */
  edit(factId: number, changes: Record<string, unknown>, meta?: DecisionMeta): Promise<Decision>;
  /** Makes two or more items of one type (people or events) one. */
  merge(itemIds: number[], meta?: DecisionMeta): Promise<Decision>;
  /** Takes the facts of the given documents out of an item into an item of their own. */
  split(itemId: number, docs: string[], meta?: DecisionMeta): Promise<Decision>;
  log(): Promise<Decision[]>;
  undo(decisionId: number, meta?: DecisionMeta): Promise<Decision>;
}

/** Opens the database (embedded or PostgreSQL) and returns the service over it; the caller closes it. */
export async function openService(opts: StoreOptions = {}): Promise<DyadService> {
  return createService(await openDatabase(opts));
}

function defaultAuthor(): string {
  try {
    return process.env.USER || process.env.USERNAME || userInfo().username || 'unknown';
  } catch {
    return 'unknown';
  }
}

function needId(value: number, what: string): number {
  if (!Number.isInteger(value) || value <= 0) throw new DyadError('usage', `${what} must be a positive whole number, got "${value}"`);
  return value;
}

export function createService(driver: Driver): DyadService {
  const store: Store = createStore(driver);
  const records = createRecordStore(driver);
  const decisions = createCurationStore(driver);
  const keeper = createRecordKeeper(driver);

  const who = (meta: DecisionMeta = {}): { author: string; reason: string | null } =>
    ({ author: meta.author?.trim() || defaultAuthor(), reason: meta.reason?.trim() || null });

  async function factFor(factId: number): Promise<NonNullable<Awaited<ReturnType<typeof records.factById>>>> {
    needId(factId, 'a fact id');
    await keeper.catchUp();
    const fact = await records.factById(factId);
    if (!fact) throw new DyadError('not_found', `no stored fact ${factId}: see \`dyad facts\` for ids`, { input: String(factId) });
    if (!fact.latest) {
      throw new DyadError('usage', `fact ${factId} belongs to an old version of ${fact.documentName}: curate the facts of its latest version`,
        { input: String(factId) });
    }
    return fact;
  }

  async function decideOnFact(action: 'confirm' | 'reject' | 'edit', factId: number, meta: DecisionMeta | undefined,
    detail?: Record<string, unknown>, extraPairs: string[] = []): Promise<Decision> {
    const fact = await factFor(factId);
    const ref = refOf(fact);
    const decision = await decisions.add({ action, fact: { ...ref, type: fact.body.type }, detail,
      pairs: [...new Set([...fact.pairs, ...extraPairs])].sort(), blocks: await keeper.blocksOf([factId]), ...who(meta) });
    await keeper.applyDecision(decision, factId);
    return decision;
  }

  async function itemFor(itemId: number): Promise<{ item: StoredItem; facts: PairFact[] }> {
    needId(itemId, 'a record item id');
    await keeper.catchUp();
    const item = await records.getItem(itemId);
    if (!item) throw new DyadError('not_found', `no record item ${itemId}: see \`dyad record\` for ids`, { input: String(itemId) });
    return { item, facts: await records.itemFacts(itemId) };
  }

  const refsOf = (facts: PairFact[]): FactRef[] => {
    const seen = new Map<string, FactRef>();
    for (const f of facts) {
      const ref = refOf(f);
      seen.set(`${ref.doc}\u0000${ref.key}`, ref);
    }
    return [...seen.values()];
  };

  const curate: CurationService = {
    confirm: (factId, meta) => decideOnFact('confirm', factId, meta),
    reject: (factId, meta) => decideOnFact('reject', factId, meta),
    async edit(factId, changes, meta) {
      const fact = await factFor(factId);
      if (changes.type !== undefined && changes.type !== fact.body.type) {
        throw new DyadError('usage', `an edit cannot change fact ${factId} from ${fact.body.type} to ${String(changes.type)}`);
      }
      const body = parseFactBody({ ...fact.body, ...changes }, `the edit of fact ${factId}`);
      return decideOnFact('edit', factId, meta, { body });
    },
    async merge(itemIds, meta) {
      const ids = [...new Set(itemIds.map((id) => needId(id, 'a record item id')))];
      if (ids.length < 2) throw new DyadError('usage', 'a merge needs two or more different record items');
      const found = [];
      for (const id of ids) found.push(await itemFor(id));
      const types = new Set(found.map((f) => f.item.body.type));
      const [type] = types;
      if (types.size > 1) throw new DyadError('usage', `cannot merge items of different types (${[...types].join(', ')})`);
      if (!MERGEABLE.has(type)) throw new DyadError('usage', `${type} items cannot be merged: only people and events (visit, call, meeting, agreement)`);
      const pairs = [...new Set(found.map((f) => f.item.pair))].sort();
      const decision = await decisions.add({ action: 'merge', detail: { type, groups: found.map((f) => refsOf(f.facts)) },
        pairs, blocks: await keeper.blocksOf(found.flatMap((f) => f.facts.map((x) => x.id))), ...who(meta) });
      await keeper.applyDecision(decision);
      return decision;
    },
    async split(itemId, docs, meta) {
      const { item, facts } = await itemFor(itemId);
      if (!MERGEABLE.has(item.body.type)) throw new DyadError('usage', `${item.body.type} items cannot be split: only people and events`);
      const apart = facts.filter((f) => docs.includes(f.documentName));
      const unknown = docs.filter((d) => !facts.some((f) => f.documentName === d));
      if (unknown.length) {
        throw new DyadError('usage', `record item ${itemId} has no source ${unknown.map((d) => `"${d}"`).join(', ')}: its documents are ${[...new Set(facts.map((f) => f.documentName))].join(', ')}`);
      }
      if (apart.length === 0 || apart.length === facts.length) {
        throw new DyadError('usage', `a split of record item ${itemId} must leave documents on both sides`);
      }
      const decision = await decisions.add({ action: 'split', detail: { type: item.body.type, apart: refsOf(apart) },
        pairs: [item.pair], blocks: await keeper.blocksOf(facts.map((f) => f.id)), ...who(meta) });
      await keeper.applyDecision(decision);
      return decision;
    },
    log: () => decisions.list(),
    async undo(decisionId, meta) {
      needId(decisionId, 'a decision id');
      const existing = await decisions.get(decisionId);
      if (!existing) throw new DyadError('not_found', `no curation decision ${decisionId}: see \`dyad curate log\``, { input: String(decisionId) });
      const { author, reason } = who(meta);
      const undone = await decisions.undo(decisionId, author, reason);
      if (!undone) throw new DyadError('usage', `curation decision ${decisionId} was already undone at ${existing.undoneAt}`);
      await keeper.applyDecision(undone);
      return undone;
    },
  };

  return {
    async ingest(inputs, options = {}, onEvent) {
      const { ingest: runIngest } = await import('../pipeline/ingest');
      const { onRecord, ...pipelineOptions } = options;
      const updates = recordUpdates(keeper, driver.backend === 'postgres');
      const summary = await runIngest(inputs, pipelineOptions, store, (event, progress) => {
        if (event.document && (event.status === 'ingested' || event.status === 'new_version')) updates.add(event.document.id);
        onEvent?.(event, progress);
      }).catch(async (err: unknown) => {
        // The documents stored before the failure still reach the record; the failure is what the caller hears.
        await updates.finish().catch(() => undefined);
        throw err;
      });
      return { ...summary, pairs: await updates.finish(onRecord) };
    },
    documents: (page) => store.listDocuments(page),
    async document(ref, options) {
      const doc = await store.getDocument(ref, options);
      if (doc) return doc;
      // A document that exists without the version asked for deserves a different hint than a typo.
      if (options?.version !== undefined && (await store.getDocument(ref))) {
        throw new DyadError('not_found', `document "${ref}" has no version ${options.version}: see \`dyad show ${ref}\``, { input: ref });
      }
      throw new DyadError('not_found', `no stored document "${ref}": see \`dyad docs\` for ids and names`, { input: ref });
    },
    async facts(filter = {}) {
      const { withoutRejected, ...storeFilter } = filter;
      const [facts, active] = await Promise.all([store.listFacts(storeFilter), decisions.active()]);
      const decided = factDecisions(active);
      const out: CuratedStoredFact[] = [];
      for (const fact of facts) {
        const decision = decisionFor(decided, fact.documentName, fact as unknown as FactBody);
        if (!decision) {
          out.push({ ...fact, curation: 'unreviewed' });
          continue;
        }
        if (decision.action === 'reject' && withoutRejected) continue;
        const curation: FactCuration = decision.action === 'reject' ? 'rejected'
          : decision.action === 'confirm' ? 'confirmed' : 'edited';
        const edited = decision.action === 'edit' ? (decision.detail as { body: FactBody }).body : {};
        out.push({ ...fact, ...edited, curation } as CuratedStoredFact);
      }
      return out;
    },
    search: (query, limit) => store.search(query, limit),
    async pairs() {
      await keeper.catchUp();
      return (await records.listPairs()).map(({ pair, items, updatedAt }) => ({ pair, items, updatedAt }));
    },
    async record(filter = {}) {
      let pair: string | undefined;
      if (filter.pair !== undefined) {
        pair = parsePair(filter.pair) ?? undefined;
        if (!pair) throw new DyadError('usage', `a pair is two ISO alpha-3 codes like KEN-GHA, got "${filter.pair}"`, { input: filter.pair });
      }
      if (filter.type !== undefined) kindOf(filter.type);
      await keeper.catchUp();
      return records.listItems({ pair, type: filter.type });
    },
    item: (id) => itemFor(id),
    rebuild: (onProgress) => keeper.rebuild(onProgress),
    curate,
    // The store's close gathers planner statistics after a bulk ingest, then closes the database.
    close: () => store.close(),
  };
}
