// Picks the date of an event from the date mentions of its sentence, resolved against the document date.
import { findDates, type DateMention } from '../language/dates';
import type { SentenceInfo } from './context';

const cache = new WeakMap<SentenceInfo, DateMention[]>();

/** Date mentions of a sentence (computed once per sentence). */
export function datesOf(info: SentenceInfo, docDate: string | null): DateMention[] {
  let d = cache.get(info);
  if (!d) { d = findDates(info.sentence.text, docDate); cache.set(info, d); }
  return d;
}

/** Point dates in [from, to) of the sentence that can date an event (not "until 2024", not periods). */
export function eventDates(info: SentenceInfo, docDate: string | null, from = 0, to = Infinity): DateMention[] {
  return datesOf(info, docDate).filter((d) => d.start >= from && d.end <= to && d.kind !== 'until' && d.kind !== 'since');
}

/** The single date of an event in the span, the nearest one to `anchor`; null when none or unresolved. */
export function eventDate(info: SentenceInfo, docDate: string | null, anchor: number, from = 0, to = Infinity): string | null {
  const ds = eventDates(info, docDate, from, to).filter((d) => d.date);
  if (!ds.length) return null;
  ds.sort((a, b) => Math.abs(a.start - anchor) - Math.abs(b.start - anchor));
  return ds[0].date;
}
