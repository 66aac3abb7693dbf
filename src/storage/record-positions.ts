// Positions of a pair's record items: numbers that follow the items' sort keys with gaps, so that a new item takes a
// free number between its neighbours and a record update never renumbers the whole pair (except, rarely, to make room).
import { DyadError } from '../shared/errors';
import { FACT_TYPES } from '../shared/kinds/index';

/** Each type has its own range of positions, so a new item at the end of one type never crowds the next type. */
export const TYPE_SPAN = 2 ** 28;
/** The gap left between items when numbers are handed out afresh. */
export const STEP = 1024;
/** Sorts below every character a date or a document name holds, so that "2024" comes before "2024-08". */
const SEPARATOR = '\u0001';

const typeIndex = (type: string): number => Math.max(0, (FACT_TYPES as readonly string[]).indexOf(type));

/**
 * The order of an item within its pair, compared byte by byte (COLLATE "C"): its type, its date or period (undated
 * first), then its first fact by document name, place in the text and row id (a document's facts are stored in text
 * order, so the row id only breaks ties within one document).
 */
export function sortKeyOf(item: { type: string; date: string | null; docName: string; charStart: number | null;
  factId: number }): string {
  const pad = (n: number): string => String(n).padStart(12, '0');
  return [typeIndex(item.type), item.date ?? '', item.docName, pad(item.charStart ?? 999_999_999_999), pad(item.factId)]
    .join(SEPARATOR);
}

/** The bounds of the sort keys of one type: every key of the type is >= low and < high. */
export function typeRange(type: string): { low: string; high: string } {
  const t = typeIndex(type);
  return { low: `${t}${SEPARATOR}`, high: `${t}\u0002` };
}

/** A new item with the positions of its nearest stored neighbours of the same type (null when it has none). */
export interface Slot {
  type: string;
  before: number | null;
  after: number | null;
}

/**
 * Positions for new items given in sort-key order, each between its neighbours; null when some gap is too narrow
 * and the pair must be renumbered. Items that share a gap are spread evenly in it; at the end of a type they are
 * placed a STEP apart, since dated items mostly arrive at the end.
 */
export function placeBetween(slots: readonly Slot[]): number[] | null {
  const out: number[] = [];
  for (let start = 0; start < slots.length;) {
    let end = start + 1;
    const s = slots[start];
    while (end < slots.length && slots[end].type === s.type && slots[end].before === s.before && slots[end].after === s.after) end++;
    const m = end - start;
    const base = typeIndex(s.type) * TYPE_SPAN;
    const low = s.before ?? base - 1;
    const high = s.after ?? base + TYPE_SPAN;
    if (high - low - 1 < m) return null;
    for (let i = 1; i <= m; i++) {
      if (s.after === null && low + STEP * m < high) out.push(low + STEP * i);
      else if (s.before === null && high - STEP * m > low) out.push(high - STEP * (m + 1 - i));
      else out.push(low + Math.floor(((high - low) * i) / (m + 1)));
    }
    start = end;
  }
  return out;
}

/** Fresh positions for all of a pair's items in sort-key order: a STEP apart within each type's range. */
export function renumber(items: readonly { type: string }[]): number[] {
  const counts = new Map<string, number>();
  for (const i of items) counts.set(i.type, (counts.get(i.type) ?? 0) + 1);
  const seen = new Map<string, number>();
  return items.map((i) => {
    const n = (seen.get(i.type) ?? 0) + 1;
    seen.set(i.type, n);
    const step = Math.min(STEP, Math.floor(TYPE_SPAN / (counts.get(i.type)! + 1)));
    return typeIndex(i.type) * TYPE_SPAN + step * n;
  });
}

/** The least spacing a local respread aims for: room for several more insertions in each of its gaps. */
export const MIN_SPREAD = STEP / 4;

/**
 * Positions for a stretch of one type's items in sort-key order when some new items (position null) find no free
 * number between their neighbours: each crowded run of new items is spread evenly together with as few stored
 * neighbours as give room (a window around it, widened on both sides until its gaps are at least MIN_SPREAD), and
 * every other item keeps its position. Returns the position of every item; stored items whose number changed must be
 * moved. Moving a few neighbours instead of renumbering the pair keeps a busy pair's update small.
 * The stretch lies between two stored items that must not move, at positions `low` and `high` (null where it reaches
 * the end of its type): a record update reads only the stored items around its crowded new ones. Null when the stretch
 * has no room at that spacing, so that the caller reads a wider one; only a whole type is squeezed tighter.
 */
export function respreadBetween(items: readonly { type: string; position: number | null }[], low: number | null,
  high: number | null): number[] | null {
  const out = items.map((i) => i.position ?? NaN);
  if (items.some((i) => i.type !== items[0]?.type)) throw new DyadError('internal', 'respreadBetween takes items of one type');
  return items.length === 0 || spreadType(items, out, low, high) ? out : null;
}

/**
 * respreadBetween's work, writing into `out`: false when a run finds no room between `low` and `high` (null: the
 * type's own bounds).
 */
function spreadType(items: readonly { type: string; position: number | null }[], out: number[], low: number | null,
  high: number | null): boolean {
  const [from, to] = [0, items.length];
  const base = typeIndex(items[from].type) * TYPE_SPAN;
  const boundAt = (k: number): number => (k < from ? low ?? base - 1 : k >= to ? high ?? base + TYPE_SPAN : out[k]);
  for (let i = from; i < to;) {
    if (items[i].position !== null) { i++; continue; }
    // A run of new items [i, j) between stored (or already placed) neighbours i - 1 and j.
    let j = i;
    while (j < to && items[j].position === null) j++;
    let [lo, hi] = [i, j - 1];
    for (let widen = 0; ; widen = Math.max(1, widen * 2)) {
      lo = Math.max(from, i - widen);
      hi = Math.min(to - 1, j - 1 + widen);
      const below = boundAt(lo - 1);
      const above = boundAt(hi + 1);
      const count = hi - lo + 1;
      const whole = lo === from && hi === to - 1;
      // Only the first try (no stored item moved) may place the run the usual way, a step apart at a type's end.
      const placed = widen === 0 ? placeBetween(items.slice(i, j).map((x) => ({ type: x.type,
        before: lo === from ? low : below, after: hi === to - 1 ? high : above }))) : null;
      if (placed) {
        placed.forEach((p, n) => { out[i + n] = p; });
        break;
      }
      // Gaps narrower than MIN_SPREAD only when the whole type is too full for more: between fences, the caller
      // reads a wider stretch first.
      const typeWhole = whole && low === null && high === null;
      if ((above - below) / (count + 1) >= MIN_SPREAD || (typeWhole && above - below - 1 >= count)) {
        for (let k = lo; k <= hi; k++) out[k] = below + Math.floor(((above - below) * (k - lo + 1)) / (count + 1));
        break;
      }
      if (whole) {
        if (typeWhole) {
          throw new DyadError('storage', `no room for ${count} record items of type ${items[from].type} in one pair`);
        }
        return false;
      }
    }
    // Items after the window that were new are placed by it; continue after it.
    i = Math.max(j, hi + 1);
  }
  return true;
}
