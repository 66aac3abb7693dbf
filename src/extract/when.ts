// Picks the date of an event from the date mentions of its sentence, resolved against the document date.
import { findDates, type DateMention } from '../language/dates';
import type { DocContext, SentenceInfo } from './context';

// The mentions are kept on the sentence's own object under a symbol (invisible to JSON and to Object.keys): a
// WeakMap entry per sentence cost more than finding the dates of many a sentence.
const DATES = Symbol('dates');
type WithDates = SentenceInfo & { [DATES]?: DateMention[] };

/** Date mentions of a sentence (computed once per sentence). */
export function datesOf(info: SentenceInfo, docDate: string | null): DateMention[] {
  const held = info as WithDates;
  return (held[DATES] ??= findDates(info.sentence.text, docDate));
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

/**
 * The mention nearest to `anchor` (the words that name the event). A date after them is a little nearer than one
 * the same distance before ("a call on Monday" against "In May, ... a call"), since news copy dates an event after
 * naming it.
 */
export function nearest<T extends { start: number; end: number }>(mentions: readonly T[], anchor: number): T | undefined {
  const distance = (m: T) => (m.start >= anchor ? m.start - anchor : (anchor - m.end) * 1.5);
  let best: T | undefined;
  for (const m of mentions) if (!best || distance(m) < distance(best)) best = m;
  return best;
}

/** The single date of an event in the span, the nearest one to `anchor`; null when none or unresolved. */
export function eventDate(info: SentenceInfo, docDate: string | null, anchor: number, from = 0, to = Infinity): string | null {
  return nearest(eventDates(info, docDate, from, to).filter((d) => d.date), anchor)?.date ?? null;
}

const leads = new WeakMap<DocContext, string | null>();
const LEAD_SENTENCES = 3;

/**
 * The day of the event the article reports: the first day-or-month date of its opening sentences that falls
 * within a fortnight before the document date (or up to three days after), else the document date itself.
 * A document signed "on the sidelines" or "also adopted" without a date of its own took place then.
 */
export function leadDate(ctx: DocContext): string | null {
  if (leads.has(ctx)) return leads.get(ctx)!;
  const doc = ctx.doc.date;
  let found: string | null = doc && doc.length === 10 ? doc : null;
  if (doc && doc.length === 10) {
    const at = Date.parse(doc);
    // Prose only: a headline or a bare date line is not the lead ("2023-11-20" would date everything by the report).
    // Only the first prose sentences are read: the rest of the document need not be split into words.
    let read = 0;
    for (const info of ctx.sentences) {
      if (read === LEAD_SENTENCES) break;
      if (!(info.sentence.text.split(/\s+/).length >= 6 && /[.!?]["”’]?$/.test(info.sentence.text))) continue;
      read++;
      const d = eventDates(info, doc).find((m) => m.date && m.date.length === 10
        && Date.parse(m.date) >= at - 14 * 86_400_000 && Date.parse(m.date) <= at + 3 * 86_400_000);
      if (d) { found = d.date; break; }
    }
  }
  leads.set(ctx, found);
  return found;
}
