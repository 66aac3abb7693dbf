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

// "..., the ministry said on Wednesday": the day of the report, not of the event it reports.
const REPORTING = /\b(?:said|says|announced|reported|stated|confirmed|added|noted|wrote|tweeted|posted|told (?:\w+ ){0,2}?(?:reporters|journalists|the press|media))\s+(?:on\s+|late\s+|earlier\s+)?$/i;

/** True when the mention dates the report ("the ministry said on Wednesday") rather than an event. */
export function isReportDate(text: string, d: DateMention): boolean {
  return REPORTING.test(text.slice(Math.max(0, d.start - 60), d.start));
}

/** Point dates in [from, to) of the sentence that can date an event (not "until 2024", not periods, not the report's day). */
export function eventDates(info: SentenceInfo, docDate: string | null, from = 0, to = Infinity): DateMention[] {
  return datesOf(info, docDate).filter((d) => d.start >= from && d.end <= to && d.kind !== 'until' && d.kind !== 'since'
    && !isReportDate(info.sentence.text, d));
}

/** The single date of an event in the span, the nearest one to `anchor`; null when none or unresolved. */
export function eventDate(info: SentenceInfo, docDate: string | null, anchor: number, from = 0, to = Infinity): string | null {
  const ds = eventDates(info, docDate, from, to).filter((d) => d.date);
  if (!ds.length) return null;
  ds.sort((a, b) => Math.abs(a.start - anchor) - Math.abs(b.start - anchor));
  return ds[0].date;
}
