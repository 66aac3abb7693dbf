// How much of a long list to draw: a first slice at once, then one more slice in each of the browser's idle moments.
import { useEffect, useState } from 'preact/hooks';

/** The next count to draw: one slice more, never past the total. */
export function nextCount(shown: number, total: number, step: number): number {
  return Math.min(total, shown + step);
}

/**
 * How many of `total` rows to draw now. Drawing hundreds of rows at once keeps the page from answering for a quarter
 * of a second or more; drawn a slice per idle moment, the page answers clicks and keys between slices, and the list
 * is whole a moment later. `total` may grow (a list filling in page by page); the count follows it.
 */
export function useRevealed(total: number, first = 50, step = 50): number {
  const [shown, setShown] = useState(first);
  useEffect(() => {
    if (shown >= total) return undefined;
    if (typeof requestIdleCallback !== 'function') {
      const t = setTimeout(() => setShown((s) => nextCount(s, total, step)), 0);
      return () => clearTimeout(t);
    }
    const id = requestIdleCallback(() => setShown((s) => nextCount(s, total, step)), { timeout: 1000 });
    return () => cancelIdleCallback(id);
  }, [shown, total, step]);
  return Math.min(shown, total);
}
