// The order of a pair's record items: a sort key per item, compared byte by byte, that the store lists items by.
import { FACT_TYPES } from '../shared/kinds/index';

/** Sorts below every character a date or a document name holds, so that "2024" comes before "2024-08". */
const SEPARATOR = '\u0001';

const typeIndex = (type: string): number => Math.max(0, (FACT_TYPES as readonly string[]).indexOf(type));

/**
 * The order of an item within its pair, compared byte by byte (COLLATE "C"): its type, its date or period (undated
 * first), then its first fact by document name, place in the text and row id (a document's facts are stored in text
 * order, so the row id only breaks ties within one document). No two items of a pair share a key: it ends with the
 * id of the item's first fact, and a fact is in one item of a pair.
 */
export function sortKeyOf(item: { type: string; date: string | null; docName: string; charStart: number | null;
  factId: number }): string {
  const pad = (n: number): string => String(n).padStart(12, '0');
  return [typeIndex(item.type), item.date ?? '', item.docName, pad(item.charStart ?? 999_999_999_999), pad(item.factId)]
    .join(SEPARATOR);
}
