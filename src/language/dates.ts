// Finds date mentions in English text and resolves them to partial ISO dates against the document's own date.

import * as chronoEnglish from '../cleaning/chrono';
import { MONTH_RE, iso, parseDocDate, resolveMonthDay } from './dates-calendar';
import { RULES, type Reading, type RuleContext } from './dates-rules';

export { resolveMonthDay } from './dates-calendar';

export interface DateMention {
  /** Character span in the input; for "since"/"until" mentions it includes the preposition. */
  start: number;
  end: number;
  text: string;
  /**
   * point: a day, month or year ("on 28 November 2016", "in 2020");
   * period: a stretch with both ends ("January-April 2024", "the first quarter of 2021", "2019-2020");
   * since / until: an open stretch ("since 2007", "by 2030");
   * relative: a deictic phrase resolved from the document date ("last year", "on Tuesday", "yesterday").
   */
  kind: 'point' | 'period' | 'since' | 'until' | 'relative';
  /** ISO at the precision the text supports; a period's or since-mention's start; null when nothing fixes it. */
  date: string | null;
  /** A period's last month/day/year; null for an open "since" (the caller may close it with the document date). */
  endDate?: string | null;
  /** True when part of the date (usually the year) was taken from the document date, not from the text. */
  inferred?: boolean;
}

const SINCE_BEFORE = /\b(?:since|starting from|starting in|starting|as from|beginning from|from)\s+$/i;
const UNTIL_BEFORE = /\b(?:until|till|til|up to|up until|through|by|before|no later than|not later than)\s+$/i;

/** Only text with a digit, a month, a weekday or a deictic word can hold a date: skip the rest outright. */
const ANY_DATE_HINT = new RegExp(`\\d|${MONTH_RE}|day\\b|year|month|week|tomorrow|ago\\b|tonight|morning|afternoon|evening|quarter|half`, 'u');

/** Month or weekday names chrono may read in forms the rules do not ("November the 28th"). */
const CHRONO_HINT = new RegExp(`${MONTH_RE}`, 'gu');

/** The distinct `needs` patterns of the rules (several rules share one), and each rule's as numbers into them. */
const HINTS = [...new Set(RULES.flatMap((rule) => rule.needs))];
const RULE_HINTS = RULES.map((rule) => rule.needs.map((h) => HINTS.indexOf(h)));

const DAY_HINT = /\d|(?:first|second|third|fifth|eighth|ninth|twelfth|th)\b/i;

/**
 * All date mentions of `text`, in order, non-overlapping (the longest reading wins). `docDate` is the
 * document's publication date ('2020-05-16', '2020-05', '2020' or null) and fixes years and relative phrases.
 */
export function findDates(text: string, docDate: string | null): DateMention[] {
  if (!ANY_DATE_HINT.test(text)) return [];
  const ctx: RuleContext = { text, doc: parseDocDate(docDate), docDate };
  const readings: Reading[] = [];
  // Each hint is tested at most once per text; its answer sits in a slot by number (a Map per call cost more).
  const hints = new Int8Array(HINTS.length); // 0 untested, 1 holds, -1 fails
  rules: for (let k = 0; k < RULES.length; k++) {
    const rule = RULES[k];
    for (const i of RULE_HINTS[k]) {
      if (hints[i] === 0) hints[i] = HINTS[i].test(text) ? 1 : -1;
      if (hints[i] < 0) continue rules;
    }
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(text); m; m = rule.re.exec(text)) {
      const r = rule.read(m, ctx);
      if (r) readings.push(r);
      if (m[0].length === 0) rule.re.lastIndex++;
    }
  }
  const chosen = pickLongest(readings);
  for (const r of chronoFallback(text, ctx, chosen)) chosen.push(r);
  chosen.sort((a, b) => a.start - b.start);
  return chosen.map((r) => toMention(text, r));
}

/** Non-overlapping readings: where two overlap the longer wins ("in May 2007" over a bare "May"), then the earlier. */
function pickLongest(readings: Reading[]): Reading[] {
  const byLength = [...readings].sort((a, b) => (b.end - b.start) - (a.end - a.start) || a.start - b.start);
  const taken: Reading[] = [];
  for (const r of byLength) {
    if (!taken.some((t) => r.start < t.end && t.start < r.end)) taken.push(r);
  }
  return taken;
}

/** Turns a reading into a mention, folding a "since"/"until" word before it into the kind and the span. */
function toMention(text: string, r: Reading): DateMention {
  const before = text.slice(Math.max(0, r.start - 24), r.start);
  const since = r.kind !== 'period' ? SINCE_BEFORE.exec(before) : null;
  const until = !since && r.kind !== 'period' ? UNTIL_BEFORE.exec(before) : null;
  const mention: DateMention = { start: r.start, end: r.end, text: '', kind: r.kind, date: r.date };
  if (since) {
    mention.start = r.start - since[0].length;
    mention.kind = 'since';
    mention.endDate = null;
  } else if (until) {
    mention.start = r.start - until[0].length;
    mention.kind = 'until';
  } else if (r.kind === 'period') {
    mention.endDate = r.endDate ?? null;
  }
  if (r.inferred) mention.inferred = true;
  mention.text = text.slice(mention.start, mention.end);
  return mention;
}

/**
 * chrono-node reads a few day formats the rules do not ("November the 28th"). It is slow next to a regex
 * and wrong on bare years and year-less dates, so it only sees the text around a month name no rule claimed,
 * and only its day-and-month readings are kept, with the year re-resolved by our own rule.
 */
function chronoFallback(text: string, ctx: RuleContext, chosen: Reading[]): Reading[] {
  const out: Reading[] = [];
  CHRONO_HINT.lastIndex = 0;
  let lastWindowEnd = -1;
  for (let m = CHRONO_HINT.exec(text); m; m = CHRONO_HINT.exec(text)) {
    const at = m.index;
    if (at < lastWindowEnd || chosen.some((c) => at >= c.start && at < c.end)) continue;
    const from = Math.max(0, at - 30);
    const to = Math.min(text.length, at + m[0].length + 30);
    // Only a day number or a spelled ordinal can give chrono the day it must be certain of.
    if (!DAY_HINT.test(text.slice(from, to))) continue;
    lastWindowEnd = to;
    const ref = { instant: new Date(Date.UTC(ctx.doc?.year ?? 2000, (ctx.doc?.month ?? 6) - 1, ctx.doc?.day ?? 15)), timezone: 0 };
    for (const p of chronoEnglish.GB.parse(text.slice(from, to), ref)) {
      const start = from + p.index;
      const end = start + p.text.length;
      if (!p.start.isCertain('day') || !p.start.isCertain('month')) continue;
      if ([...chosen, ...out].some((c) => start < c.end && c.start < end)) continue;
      const month = p.start.get('month')!;
      const day = p.start.get('day')!;
      const date = p.start.isCertain('year') ? iso(p.start.get('year')!, month, day) : resolveMonthDay(month, day, ctx.docDate);
      out.push({ start, end, kind: 'point', date, inferred: !p.start.isCertain('year') || undefined });
    }
  }
  return out;
}
