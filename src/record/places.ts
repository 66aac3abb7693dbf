// Place names compared loosely: "Lakeside" and "Lakeside District" are one place; a missing place agrees with any.
import { foldName } from './names';

/** True when both places are given and one contains the other once case and accents are folded. */
export function samePlace(a: string | null | undefined, b: string | null | undefined): boolean {
  if (!a || !b) return false;
  if (a === b) return true;
  const x = folded(a), y = folded(b);
  return x !== '' && y !== '' && (x.includes(y) || y.includes(x));
}

/** Place names recur in every report, so each is folded once; the cache is emptied if it grows large. */
const FOLDED = new Map<string, string>();
function folded(place: string): string {
  let f = FOLDED.get(place);
  if (f === undefined) {
    if (FOLDED.size > 10_000) FOLDED.clear();
    f = foldName(place);
    FOLDED.set(place, f);
  }
  return f;
}

/** Places that do not contradict each other: either is missing, or they are the same place. */
export function placesAgree(a: string | null | undefined, b: string | null | undefined): boolean {
  return !a || !b || samePlace(a, b);
}

/** The place most facts give, the earliest-read one on a tie; null when none gives one. */
export function commonPlace(places: readonly (string | null | undefined)[]): string | null {
  const counts = new Map<string, number>();
  for (const p of places) if (p) counts.set(p, (counts.get(p) ?? 0) + 1);
  let best: string | null = null;
  for (const [p, n] of counts) if (best === null || n > counts.get(best)!) best = p;
  return best;
}
