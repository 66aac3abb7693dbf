// The Record v1 line of an item (RECORD.md): its type's fields and extras, `docs`, and on request its sources.
import type { FactType } from '../shared/types';
import type { RecordItem } from './types';

/** The fields of an item that Record v1 defines (plus its optional extras), in print order. */
const RECORD_FIELDS: Record<FactType, readonly string[]> = {
  person: ['name', 'country', 'role', 'aliases'],
  visit: ['visitor', 'host', 'date', 'place'],
  call: ['parties', 'date'],
  meeting: ['parties', 'date', 'place'],
  agreement: ['parties', 'topic', 'date', 'status'],
  figure: ['metric', 'from', 'to', 'value', 'unit', 'period', 'modality', 'commodity', 'conflict', 'outcome', 'actual'],
  project: ['parties', 'name', 'sector', 'place', 'status', 'history'],
};

/** The Record v1 line of an item; `sources: true` adds the facts behind it and the merge notes. */
export function toRecordV1(item: RecordItem, opts: { sources?: boolean } = {}): Record<string, unknown> {
  const line: Record<string, unknown> = { type: item.type };
  for (const key of RECORD_FIELDS[item.type]) if (item[key] !== undefined) line[key] = item[key];
  if (item.type === 'person' && item.roles !== undefined) line.roles = item.roles;
  line.docs = item.docs;
  if (opts.sources) {
    line.sources = item.sources.map(({ doc, evidence }) => ({ doc, evidence }));
    if (item.merges.length) line.merges = item.merges;
  }
  return line;
}
