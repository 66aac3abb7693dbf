// The record layer: Facts v1 facts of many documents consolidated into Record v1 items (see shared/eval/RECORD.md).
//
// API (pure and deterministic: the same facts and documents give the same items, in the same order):
//   consolidate(facts, docs, options?) => RecordItem[]
//     facts:   Facts v1 facts ({doc, type, ...fields, evidence?}), in the order they were read
//     docs:    document metadata ({doc, date?, url?}); a document without an entry is undated
//     options: { keepApart?(a, b) } a curator's veto on merging two source facts
//   toRecordV1(item, { sources? }) => the Record v1 line of an item (with `sources`/`merges` only when asked)
//   renderPairStory(items) => the pair's story as terminal text          (./story.ts)
//   exportRows(items, 'jsonl' | 'csv' | 'events', docs?) => lines of text (./export.ts)
//   blockKey(fact, docDate) => the block of a fact: facts of different blocks never share an item, so consolidate()
//     goes block by block and the store recomputes only the blocks a new document touches (./blocks.ts)
// Each item keeps, beyond Record v1, `sources` (doc, evidence, text order and the fact as that document gave it)
// and `merges` (which rule joined which source to which), so a merge can be explained and undone.
import { FACT_TYPES, type FactType } from '../shared/types';
import { blockKey } from './blocks';
import { entriesOf } from './cluster';
import { compareDates } from './dates';
import { consolidateEvents, type EventFact } from './events';
import { consolidateFigures, type FigureSource } from './figures';
import { consolidatePeople } from './people';
import { consolidateProjects, type ProjectSource } from './projects';
import type { ConsolidateOptions, DocIndex, DocMeta, RecordItem, SourceFact } from './types';
import { validateFact } from './validate';

export type { ConsolidateOptions, DocMeta, ItemSource, MergeNote, RecordItem, SourceFact } from './types';
export { renderPairStory } from './story';
export { exportRows, EXPORT_FORMATS, type ExportFormat } from './export';
export { toRecordV1 } from './record-v1';
export { blockKey } from './blocks';

export function consolidate(facts: readonly SourceFact[], docs: readonly DocMeta[] = [],
  options: ConsolidateOptions = {}): RecordItem[] {
  const index = docIndex(docs);
  const blocks = new Map<string, { fact: SourceFact; order: number }[]>();
  facts.forEach((fact, order) => {
    validateFact(fact, order);
    const key = blockKey(fact, index.dateOf(fact.doc));
    const block = blocks.get(key);
    if (block) block.push({ fact, order });
    else blocks.set(key, [{ fact, order }]);
  });
  // Blocks never share an item (./blocks.ts): each is consolidated on its own, as the stored record is.
  const items = [...blocks.values()].flatMap((block) => consolidateBlock(block, index, options));
  return items.sort(itemOrder);
}

/** The items of one block's facts (all of one kind). */
function consolidateBlock(block: { fact: SourceFact; order: number }[], index: DocIndex,
  options: ConsolidateOptions): RecordItem[] {
  const type: FactType = block[0].fact.type;
  const of = <F extends SourceFact>() => entriesOf(block as { fact: F; order: number }[], index);
  switch (type) {
    case 'person': return consolidatePeople(of(), options);
    case 'figure': return consolidateFigures(of<FigureSource>(), options);
    case 'project': return consolidateProjects(of<ProjectSource>(), options);
    default: return consolidateEvents(of<EventFact>(), options);
  }
}

function docIndex(docs: readonly DocMeta[]): DocIndex {
  const byName = new Map<string, DocMeta>();
  for (const d of docs) byName.set(d.doc, d);
  return { dateOf: (doc) => byName.get(doc)?.date ?? null, urlOf: (doc) => byName.get(doc)?.url ?? null };
}

/** Type by type; within a type by date (people by name), then by first source: a stable, readable order. */
function itemOrder(a: RecordItem, b: RecordItem): number {
  const t = FACT_TYPES.indexOf(a.type) - FACT_TYPES.indexOf(b.type);
  if (t !== 0) return t;
  const when = (i: RecordItem): string | null => (i.date ?? i.period ?? null) as string | null;
  return compareDates(when(a), when(b)) || a.sources[0].order - b.sources[0].order;
}
