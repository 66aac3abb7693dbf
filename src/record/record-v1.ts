// The Record v1 line of an item (RECORD.md): its type's fields and extras, `docs`, and on request its sources.
import { kindOf, type FactType } from '../shared/kinds/index';
import type { RecordItem } from './types';

/** What Record v1 adds to a kind's Facts v1 fields (RECORD.md), and the optional extras dyad prints with them. */
const RECORD_EXTRAS: Record<FactType, readonly string[]> = {
  person: ['aliases', 'roles'],
  visit: [],
  call: [],
  meeting: [],
  agreement: [],
  figure: ['conflict', 'outcome', 'actual'],
  project: ['history'],
};

/** The Record v1 line of an item; `sources: true` adds the facts behind it and the merge notes. */
export function toRecordV1(item: RecordItem, opts: { sources?: boolean } = {}): Record<string, unknown> {
  const line: Record<string, unknown> = { type: item.type };
  for (const key of [...kindOf(item.type).factsV1Fields, ...RECORD_EXTRAS[item.type]]) {
    if (item[key] !== undefined) line[key] = item[key];
  }
  line.docs = item.docs;
  if (opts.sources) {
    line.sources = item.sources.map(({ doc, evidence }) => ({ doc, evidence }));
    if (item.merges.length) line.merges = item.merges;
  }
  return line;
}
