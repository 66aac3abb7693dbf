// How curators' decisions change facts and record items: pure functions the record and every listing apply.
import { factKey, kindOf, type FactBody } from '../shared/kinds/index';
import type { Decision, FactRef } from '../storage/curation';
import type { ItemSource } from '../record/index';
import type { RecordItem } from './consolidate';

export type FactCuration = 'unreviewed' | 'confirmed' | 'rejected' | 'edited';

/** What a decision names a fact by: its document's name and its kind's key. */
export function refOf(fact: { documentName: string; body: FactBody }): FactRef {
  return { doc: fact.documentName, key: factKey(fact.body) };
}

const refId = (ref: FactRef): string => `${ref.doc}\u0000${ref.key}`;

/** The state of each curated fact (by ref), the latest decision in force winning: confirm, reject or edit. */
export function factDecisions(decisions: readonly Decision[]): Map<string, Decision> {
  const out = new Map<string, Decision>();
  for (const d of decisions) {
    if (d.undoneAt || !d.fact || !['confirm', 'reject', 'edit'].includes(d.action)) continue;
    out.set(refId(d.fact), d);
  }
  return out;
}

/** The decision in force for the fact `body` of document `doc`, if any. */
export function decisionFor(decided: Map<string, Decision>, doc: string, body: FactBody): Decision | undefined {
  return decided.get(refId({ doc, key: factKey(body) }));
}

/** A fact as curation leaves it: its (possibly edited) body and its curation state. */
export function curateFact<F extends { documentName: string; body: FactBody }>(fact: F, decided: Map<string, Decision>):
  F & { curation: FactCuration } {
  const decision = decisionFor(decided, fact.documentName, fact.body);
  if (!decision) return { ...fact, curation: 'unreviewed' };
  if (decision.action === 'reject') return { ...fact, curation: 'rejected' };
  if (decision.action === 'confirm') return { ...fact, curation: 'confirmed' };
  const body = (decision.detail as { body: FactBody }).body;
  return { ...fact, body, curation: 'edited' };
}

/** An item being built: its Record v1 body and the ids of the facts behind it. */
export interface BuiltItem {
  body: RecordItem;
  factIds: number[];
}

/** A fact of the pair as merges and splits see it: its ref, document name and body. */
export interface CuratedFact {
  ref: FactRef;
  documentName: string;
  body: FactBody;
}

function mergeInto(target: BuiltItem, other: BuiltItem, decision: number): void {
  const docs = [...new Set([...target.body.docs, ...other.body.docs])].sort();
  target.factIds = [...new Set([...target.factIds, ...other.factIds])];
  const joined = target.body.sources.length;
  target.body = { ...target.body, docs, sources: [...target.body.sources, ...other.body.sources],
    merges: [...target.body.merges, { rule: 'curator', joined, to: 0, detail: `merged by decision ${decision}` }] };
  if (target.body.type === 'person' && other.body.type === 'person') {
    const names = new Set([...((target.body.aliases as string[] | undefined) ?? []), other.body.name as string,
      ...((other.body.aliases as string[] | undefined) ?? [])]);
    names.delete(target.body.name as string);
    target.body = { ...target.body, aliases: [...names].sort() };
  }
}

/** The split decisions in force, each as the set of fact ids it keeps apart from the rest. */
export function splitSets(decisions: readonly Decision[], facts: ReadonlyMap<number, CuratedFact>): Set<number>[] {
  const ids = factIdsByRef(facts);
  return decisions.filter((d) => !d.undoneAt && d.action === 'split')
    .map((d) => new Set((d.detail as { apart: FactRef[] }).apart.flatMap((r) => ids.get(refId(r)) ?? [])));
}

function factIdsByRef(facts: ReadonlyMap<number, CuratedFact>): Map<string, number[]> {
  const byRef = new Map<string, number[]>();
  for (const [id, fact] of facts) {
    const key = refId(fact.ref);
    byRef.set(key, [...(byRef.get(key) ?? []), id]);
  }
  return byRef;
}

/**
 * Applies merges and splits, oldest first. A merge joins the items holding any fact of each of its groups into the
 * first one; a split takes its facts out of the item holding them into an item of their own, built from the first
 * of them (consolidation already keeps them apart, see splitSets; this parts what a later merge joined). Facts gone since the decision (re-extracted away) are skipped, so a decision never fails a rebuild.
 */
export function applyItemDecisions(items: BuiltItem[], decisions: readonly Decision[],
  facts: ReadonlyMap<number, CuratedFact>, sourceId: (source: ItemSource) => number): BuiltItem[] {
  let current = items.map((i) => ({ ...i, factIds: [...i.factIds] }));
  const factsByRef = factIdsByRef(facts);
  const idsOf = (refs: FactRef[]): Set<number> => new Set(refs.flatMap((r) => factsByRef.get(refId(r)) ?? []));
  const holding = (ids: Set<number>): BuiltItem[] => current.filter((i) => i.factIds.some((f) => ids.has(f)));

  for (const d of decisions) {
    if (d.undoneAt) continue;
    if (d.action === 'merge') {
      const groups = (d.detail as { groups: FactRef[][] }).groups;
      const targets = [...new Set(groups.flatMap((g) => holding(idsOf(g)).slice(0, 1)))];
      if (targets.length < 2) continue;
      const [first, ...rest] = targets;
      for (const other of rest) mergeInto(first, other, d.id);
      current = current.filter((i) => !rest.includes(i));
    } else if (d.action === 'split') {
      const apart = idsOf((d.detail as { apart: FactRef[] }).apart);
      for (const item of holding(apart)) {
        const moved = item.factIds.filter((f) => apart.has(f));
        const kept = item.factIds.filter((f) => !apart.has(f));
        if (kept.length === 0) continue;
        // Merge notes point into the sources by position: they no longer hold once the sources are parted.
        const sources = item.body.sources;
        item.factIds = kept;
        item.body = { ...item.body, docs: docsOf(kept, facts), merges: [],
          sources: sources.filter((s) => !apart.has(sourceId(s))) };
        const first = facts.get(moved[0])!;
        current.push({ factIds: moved, body: { ...strip(first.body), docs: docsOf(moved, facts), merges: [],
          sources: sources.filter((s) => apart.has(sourceId(s))) } as RecordItem });
      }
    }
  }
  return current;
}

function docsOf(ids: number[], facts: ReadonlyMap<number, CuratedFact>): string[] {
  return [...new Set(ids.map((id) => facts.get(id)!.documentName))].sort();
}

/** The Facts v1 fields of a body, as a fresh record item starts from. */
function strip(body: FactBody): FactBody {
  const out: Record<string, unknown> = { type: body.type };
  for (const key of kindOf(body.type).factsV1Fields) {
    const value = (body as unknown as Record<string, unknown>)[key];
    if (value !== undefined) out[key] = value;
  }
  return out as unknown as FactBody;
}
