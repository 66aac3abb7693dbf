// Record items as export lines: Record v1 JSONL with sources, a CSV table, or event-data rows (CAMEO/PLOVER).
import { DyadError } from '../shared/errors';
import { eventRows } from './cameo';
import { compareDates } from './dates';
import { toRecordV1 } from './record-v1';
import type { DocMeta, RecordItem } from './types';

export type ExportFormat = 'jsonl' | 'csv' | 'events';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['jsonl', 'csv', 'events'];

const CSV_COLUMNS = ['type', 'date', 'parties', 'what', 'status', 'value', 'unit', 'flags', 'sources', 'docs'] as const;
const EVENT_COLUMNS = ['date', 'source_country', 'target_country', 'cameo', 'cameo_label', 'plover', 'type', 'detail',
  'sources', 'urls'] as const;

/**
 * Lines (without newlines) of an export. `jsonl`: one Record v1 item a line with its sources; `csv`: a header and one
 * row per item; `events`: a CSV header and one row per event and pair of states (see cameo.ts). URLs come from `docs`.
 */
export function exportRows(items: readonly RecordItem[], format: ExportFormat, docs: readonly DocMeta[] = [],
  opts: { hosts?: boolean } = {}): string[] {
  switch (format) {
    case 'jsonl': return items.map((i) => JSON.stringify(toRecordV1(i, { sources: true })));
    case 'csv': return [CSV_COLUMNS.join(','), ...items.map((i) => csvLine(itemRow(i)))];
    case 'events': {
      const urls = new Map(docs.map((d) => [d.doc, d.url ?? null]));
      const lines = [EVENT_COLUMNS.join(',')];
      const events = items.filter((i) => i.date !== undefined).sort((a, b) => compareDates(a.date as string, b.date as string));
      for (const item of events) {
        for (const row of eventRows(item, opts)) {
          lines.push(csvLine([item.date as string | null, row.source, row.target, row.code.cameo, row.code.label,
            row.code.plover, item.type, detailOf(item), String(item.docs.length),
            item.docs.map((d) => urls.get(d) ?? d).join(' ')]));
        }
      }
      return lines;
    }
    default: throw new DyadError('usage', `export format "${String(format)}" is not one of ${EXPORT_FORMATS.join(', ')}`);
  }
}

function partiesOf(item: RecordItem): string {
  if (item.type === 'visit') return `${item.visitor}>${item.host}`;
  if (item.type === 'figure') return `${item.from ?? ''}>${item.to ?? ''}`;
  if (item.type === 'person') return String(item.country ?? '');
  return (item.parties as string[]).join(' ');
}

function detailOf(item: RecordItem): string {
  switch (item.type) {
    case 'person': return `${item.name} (${item.role})`;
    case 'agreement': return String(item.topic);
    case 'figure': return `${item.metric} ${item.modality}${item.commodity ? ` ${item.commodity}` : ''}`;
    case 'project': return `${item.name} (${item.sector})`;
    default: return String(item.place ?? '');
  }
}

function itemRow(item: RecordItem): (string | null)[] {
  const flags = [item.conflict ? 'conflict' : '', item.outcome ? `outcome:${item.outcome}` : ''].filter(Boolean).join(' ');
  return [item.type, (item.date ?? item.period ?? null) as string | null, partiesOf(item), detailOf(item),
    (item.status ?? item.role ?? null) as string | null, item.value == null ? null : String(item.value),
    (item.unit ?? null) as string | null, flags, String(item.sources.length), item.docs.join(' ')];
}

/** RFC 4180: a field with a comma, quote or line break is quoted, its quotes doubled. */
function csvLine(fields: readonly (string | null)[]): string {
  return fields.map((f) => {
    const s = f ?? '';
    return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  }).join(',');
}
