// The date patterns dyad reads itself (full dates, month ranges, quarters, bare years, relative phrases) and how each resolves.

import {
  MONTH_RE, WEEKDAYS, commonPrefix, dayNumber, daysInMonth, iso, isoDay, monthNumber, resolveMonthDay,
  yearOfPastMonth, type DocDate,
} from './dates-calendar';

/** A date expression before "since"/"until" wrapping: points, periods and deictic phrases. */
export interface Reading {
  start: number;
  end: number;
  kind: 'point' | 'period' | 'relative';
  date: string | null;
  endDate?: string | null;
  /** True when part of the date (usually the year) came from the document date rather than the text. */
  inferred?: boolean;
}

export interface RuleContext { text: string; doc: DocDate | null; docDate: string | null }

export interface Rule {
  name: string;
  /** Cheap tests that must all pass before `re` runs; most sentences fail them and cost nothing more. */
  needs: RegExp[];
  re: RegExp;
  read(m: RegExpExecArray, ctx: RuleContext): Reading | null;
}

const M = (name: string): string => `(?<${name}>${MONTH_RE})`;
const Y = (name: string): string => `(?<${name}>(?:19|20)\\d\\d|2100)`;
const D = (name: string): string => `(?<${name}>3[01]|[12]\\d|0?[1-9])(?:st|nd|rd|th)?`;
/** A year phrase relative to the document: "this year", "last year", "the current year", "the year". */
const REL = (name: string): string =>
  `(?<${name}>this year|last year|next year|the current year|the previous year|the coming year|the year|current year)`;
const NOT_NUMBER_BEFORE = '(?<![\\p{L}\\d$€£₽¥₼.,:/#№\\\\])(?<!(?<!mid)-)';
const YEAR_END = '(?![\\d\\p{L}%]|[.,]\\d|\\s?-\\s?\\d)';

const WORD_COUNTS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12,
};
const countOf = (s: string): number => WORD_COUNTS[s.toLowerCase()] ?? Number(s);
const ORDINALS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4 };

function relYear(phrase: string, doc: DocDate | null): number | null {
  if (!doc) return null;
  const p = phrase.toLowerCase();
  if (/last|previous/.test(p)) return doc.year - 1;
  if (/next|coming/.test(p)) return doc.year + 1;
  return doc.year;
}

/** Unit words after a year-shaped number mean it is an amount ("2020 tonnes"), not a year. */
const UNIT_AFTER = /^\s*(?:%|percent|per cent|tons?\b|tonnes|barrels|bbl|cubic|m3|bcm|dollars|euros?\b|rubles|roubles|manats?\b|units|vehicles|trucks|cars\b|tractors|buses|people|persons|jobs|tourists|visitors|students|flights|wagons|containers|heads?\b|km\b|kilomet|met(?:re|er)s|hectares|ha\b|kg\b|MW\b|GW\b|pieces|items|companies|enterprises)/i;
const MONEY_BEFORE = /(?:[$€£₽¥₼₸]|US\$|\b(?:USD|EUR|RUB|AZN|No|Nos|number|Resolution|Article|Decree|Order)\.?)\s*$/i;

/** Words that put an undated weekday or quarter in the future ("will meet on Tuesday"). */
const FUTURE = /\b(?:will|shall|is to|are to|is due|are due|scheduled|is expected|are expected|plans? to|planned|is set to|are set to|to be held|to take place|going to|upcoming|intends? to)\b|'ll\b/i;

/** The sentence around a span, cut at sentence punctuation, for tense checks. */
function clauseAround(text: string, start: number, end: number): string {
  let a = start;
  while (a > 0 && start - a < 160 && !/[.!?\n]/.test(text[a - 1]!)) a--;
  let b = end;
  while (b < text.length && b - end < 160 && !/[.!?\n]/.test(text[b]!)) b++;
  return text.slice(a, b);
}

function isFuture(ctx: RuleContext, start: number, end: number): boolean {
  return FUTURE.test(clauseAround(ctx.text, start, end));
}

/** Year of a year-less period ending in `endMonth`: the document's year unless that month is still ahead of it. */
function periodYear(ctx: RuleContext, endMonth: number, startMonth: number, start: number, end: number): number | null {
  if (!ctx.doc) return null;
  if (ctx.doc.month !== null && startMonth > ctx.doc.month && isFuture(ctx, start, end)) return ctx.doc.year;
  return yearOfPastMonth(endMonth, ctx.doc);
}

function period(start: number, end: number, y1: number | null, m1: number, y2: number | null, m2: number,
  inferred: boolean): Reading {
  return {
    start, end, kind: 'period',
    date: y1 === null ? null : iso(y1, m1), endDate: y2 === null ? null : iso(y2, m2), inferred: inferred || undefined,
  };
}

const span = (m: RegExpExecArray): { start: number; end: number } => ({ start: m.index, end: m.index + m[0].length });
const g = (m: RegExpExecArray, name: string): string | undefined => m.groups?.[name];

function validDay(y: number, mo: number, d: number): boolean {
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

/** A day with or without a year; the year-less form resolves to the occurrence nearest the document date. */
function dayReading(start: number, end: number, mo: number, d: number, y: string | undefined, ctx: RuleContext): Reading | null {
  if (y) {
    const year = Number(y);
    return validDay(year, mo, d) ? { start, end, kind: 'point', date: iso(year, mo, d) } : null;
  }
  if (d > 31) return null;
  return { start, end, kind: 'point', date: resolveMonthDay(mo, d, ctx.docDate), inferred: true };
}

function dayRange(start: number, end: number, m1: number, d1: number, m2: number, d2: number, y: string | undefined,
  ctx: RuleContext): Reading | null {
  const a = dayReading(start, end, m1, d1, y, ctx);
  if (!a) return null;
  let endDate: string | null = null;
  if (a.date) {
    const y1 = Number(a.date.slice(0, 4));
    // "28 December - 2 January 2017": the year written belongs to the end, the start is the year before.
    const y2 = y && m2 < m1 ? y1 : y1 + (m2 < m1 ? 1 : 0);
    const y1Fixed = y && m2 < m1 ? y1 - 1 : y1;
    if (!validDay(y2, m2, d2) || !validDay(y1Fixed, m1, d1)) return null;
    a.date = iso(y1Fixed, m1, d1);
    endDate = iso(y2, m2, d2);
  }
  return { ...a, kind: 'period', endDate };
}

/** A year-less month after "in", "since", "by", "last", ...: which occurrence the phrase means. */
function bareMonth(m: RegExpExecArray, ctx: RuleContext): Reading | null {
  const { start, end } = span(m);
  const mo = monthNumber(g(m, 'm1')!);
  const pre = ctx.text.slice(Math.max(0, start - 20), start).toLowerCase();
  const doc = ctx.doc;
  if (!doc) return { start, end, kind: 'point', date: null, inferred: true };
  if (doc.month === null) return { start, end, kind: 'point', date: iso(doc.year, mo), inferred: true };
  let year: number;
  if (/\blast\s+$/.test(pre)) year = mo < doc.month ? doc.year : doc.year - 1;
  else if (/\bnext\s+$/.test(pre)) year = mo > doc.month ? doc.year : doc.year + 1;
  else if (/\b(?:since|after)\s+$/.test(pre)) year = mo <= doc.month ? doc.year : doc.year - 1;
  else if (/\b(?:until|till|by|before)\s+$/.test(pre)) year = mo >= doc.month ? doc.year : doc.year + 1;
  else return { start, end, kind: 'point', date: resolveMonthDay(mo, null, ctx.docDate), inferred: true };
  return { start, end, kind: 'point', date: iso(year, mo), inferred: true };
}

function weekday(m: RegExpExecArray, ctx: RuleContext): Reading | null {
  const { start, end } = span(m);
  // "on Tuesday, 28 November" is dated by the day that follows; the weekday adds nothing.
  if (new RegExp(`^,?\\s*(?:the\\s+)?(?:\\d|${MONTH_RE})`, 'u').test(ctx.text.slice(end, end + 16))) return null;
  const doc = ctx.doc;
  const rel: Reading = { start, end, kind: 'relative', date: null };
  if (!doc || doc.month === null || doc.day === null) return rel;
  const today = dayNumber(doc.year, doc.month, doc.day);
  const target = WEEKDAYS[g(m, 'd')!.toLowerCase()]!;
  const todayDow = new Date(today * 86400000).getUTCDay();
  const back = (todayDow - target + 7) % 7;
  const fwd = (target - todayDow + 7) % 7;
  const w = (g(m, 'w') ?? '').toLowerCase();
  let n: number;
  if (w === 'last' || w === 'past') n = today - (back || 7);
  else if (w === 'next' || w === 'coming') n = today + (fwd || 7);
  // "by Friday" is a deadline, so ahead of the document like "will meet on Friday".
  else if (/\b(?:by|until|till|before)\s+$/i.test(ctx.text.slice(Math.max(0, start - 8), start))) n = today + fwd;
  else n = isFuture(ctx, start, end) ? today + fwd : today - back;
  rel.date = isoDay(n);
  return rel;
}

export const HAS_DIGIT = /\d/;
export const HAS_MONTH = new RegExp(MONTH_RE, 'u');
export const HAS_YEAR = /(?:19|20)\d\d|2100/;

/** A lone month name is a date only after one of these ("in March", "since January", "last May"). */
const BARE_MONTH_BEFORE = /\b(?:in|since|until|till|by|from|during|through|before|after|early|late|mid-|end of|beginning of|start of|middle of|last|next|this|(?:scheduled|planned|set|slated|due|expected|penciled|pencilled) for)\s+(?:the month of\s+)?$|\bmid-$/i;

const MONTH_RANGE_JOIN = '\\s*(?<j>-|–|—|−|to|through|till|until|and)\\s*';

export const RULES: Rule[] = [
  {
    name: 'iso-day',
    needs: [/\d{4}-\d/],
    re: /(?<![\d-])(?<y>(?:19|20)\d\d)-(?<m>[01]\d)-(?<d>[0-3]\d)(?![\d])/g,
    read: (m, ctx) => dayReading(m.index, m.index + m[0].length, Number(g(m, 'm')), Number(g(m, 'd')), g(m, 'y'), ctx),
  },
  {
    name: 'numeric-day',
    needs: [/\d[./]\d{1,2}[./]\d/],
    re: /(?<![\d.\/,])(?<a>\d{1,2})(?<sep>[./])(?<b>\d{1,2})\k<sep>(?<y>(?:19|20)\d\d)(?![\d])/g,
    read: (m, ctx) => {
      const a = Number(g(m, 'a'));
      const b = Number(g(m, 'b'));
      // Day first as in most of the world's press; month first only when the second number cannot be a month.
      const [day, mo] = b > 12 ? [b, a] : [a, b];
      return dayReading(m.index, m.index + m[0].length, mo, day, g(m, 'y'), ctx);
    },
  },
  {
    name: 'day-month-to-day-month',
    needs: [HAS_DIGIT, HAS_MONTH],
    re: new RegExp(`(?<![\\p{L}\\d.,:/$€£-])${D('d1')}\\s+${M('m1')}\\s*(?:-|–|—|−|to|until|till)\\s*${D('d2')}\\s+${M('m2')}(?:,?\\s+${Y('y')}${YEAR_END})?`, 'gu'),
    read: (m, ctx) => dayRange(m.index, m.index + m[0].length, monthNumber(g(m, 'm1')!), Number(g(m, 'd1')),
      monthNumber(g(m, 'm2')!), Number(g(m, 'd2')), g(m, 'y'), ctx),
  },
  {
    name: 'day-month-year',
    needs: [HAS_DIGIT, HAS_MONTH],
    re: new RegExp(`(?<![\\p{L}\\d.,:/$€£-])(?:the\\s+)?${D('d1')}(?:\\s*(?:-|–|—|−|to|and)\\s*${D('d2')})?(?:\\s+of)?\\s+${M('m1')}(?:,?\\s+${Y('y')}${YEAR_END})?`, 'gu'),
    read: (m, ctx) => {
      const mo = monthNumber(g(m, 'm1')!);
      const d1 = Number(g(m, 'd1'));
      if (g(m, 'd2')) {
        const d2 = Number(g(m, 'd2'));
        if (d2 <= d1) return null;
        return dayRange(m.index, m.index + m[0].length, mo, d1, mo, d2, g(m, 'y'), ctx);
      }
      return dayReading(m.index, m.index + m[0].length, mo, d1, g(m, 'y'), ctx);
    },
  },
  {
    name: 'month-day-year',
    needs: [HAS_DIGIT, HAS_MONTH],
    re: new RegExp(`${M('m1')}\\s+${D('d1')}(?:\\s*(?:-|–|—|−)\\s*${D('d2')})?(?![\\d\\p{L}%]|[.,]\\d|\\s*(?:%|percent|per cent|million|billion|thousand|tons?\\b|tonnes|barrels))(?:,?\\s+${Y('y')}${YEAR_END})?`, 'gu'),
    read: (m, ctx) => {
      const mo = monthNumber(g(m, 'm1')!);
      const d1 = Number(g(m, 'd1'));
      if (g(m, 'd2')) {
        const d2 = Number(g(m, 'd2'));
        if (d2 <= d1) return null;
        return dayRange(m.index, m.index + m[0].length, mo, d1, mo, d2, g(m, 'y'), ctx);
      }
      return dayReading(m.index, m.index + m[0].length, mo, d1, g(m, 'y'), ctx);
    },
  },
  {
    name: 'month-range',
    needs: [HAS_MONTH],
    re: new RegExp(`(?:\\b(?<pre>[Ff]rom|[Bb]etween)\\s+)?${M('m1')}(?:,?\\s+${Y('y1')})?${MONTH_RANGE_JOIN}${M('m2')}(?:,?\\s+(?:of\\s+)?(?:${Y('y2')}${YEAR_END}|${REL('ry')}))?`, 'gu'),
    read: (m, ctx) => {
      const { start, end } = span(m);
      const j = g(m, 'j')!.toLowerCase();
      // "in October 2006 and November 2009" are two dates; only "between X and Y" makes "and" a range.
      if (j === 'and' && g(m, 'pre')?.toLowerCase() !== 'between') return null;
      const m1 = monthNumber(g(m, 'm1')!);
      const m2 = monthNumber(g(m, 'm2')!);
      if (m1 === m2) return null;
      const y1t = g(m, 'y1');
      const y2t = g(m, 'y2');
      const ry = g(m, 'ry');
      if (y1t && y2t) return Number(y2t) >= Number(y1t) ? period(start, end, Number(y1t), m1, Number(y2t), m2, false) : null;
      if (y1t) return period(start, end, Number(y1t), m1, Number(y1t) + (m2 < m1 ? 1 : 0), m2, false);
      let endYear: number | null;
      let inferred = true;
      if (y2t) { endYear = Number(y2t); inferred = false; }
      else if (ry) endYear = relYear(ry, ctx.doc);
      else endYear = periodYear(ctx, m2, m1, start, end);
      if (endYear === null) return period(start, end, null, m1, null, m2, true);
      return period(start, end, m2 < m1 ? endYear - 1 : endYear, m1, endYear, m2, inferred);
    },
  },
  {
    name: 'month-year',
    needs: [HAS_MONTH],
    re: new RegExp(`${M('m1')},?\\s+(?:of\\s+)?(?:${Y('y')}${YEAR_END}|${REL('ry')})`, 'gu'),
    read: (m, ctx) => {
      const { start, end } = span(m);
      const mo = monthNumber(g(m, 'm1')!);
      if (g(m, 'y')) return { start, end, kind: 'point', date: iso(Number(g(m, 'y')), mo) };
      const y = relYear(g(m, 'ry')!, ctx.doc);
      return { start, end, kind: 'point', date: y === null ? null : iso(y, mo), inferred: true };
    },
  },
  {
    name: 'bare-month',
    needs: [HAS_MONTH],
    re: new RegExp(`${M('m1')}(?!\\s*\\d)`, 'gu'),
    read: (m, ctx) => (BARE_MONTH_BEFORE.test(ctx.text.slice(Math.max(0, m.index - 24), m.index)) ? bareMonth(m, ctx) : null),
  },
  {
    name: 'quarter',
    needs: [/quarter/i],
    re: new RegExp(`(?:\\bthe\\s+)?\\b(?<q>first|second|third|fourth|1st|2nd|3rd|4th|last|final)\\s+quarter(?:\\s+(?:of\\s+)?(?:${Y('y')}${YEAR_END}|${REL('ry')}))?(?!\\s+of\\b)`, 'giu'),
    read: (m, ctx) => quarterReading(m, ctx, g(m, 'q')!, g(m, 'y'), g(m, 'ry')),
  },
  {
    name: 'quarter-code',
    needs: [/[1-4]Q|Q[1-4]/],
    re: new RegExp(`\\b(?:Q(?<q1>[1-4])|(?<q2>[1-4])Q)(?:\\s*(?:of\\s+)?${Y('y')}${YEAR_END}|\\s?['’](?<yy>\\d\\d))?(?![\\p{L}\\d])`, 'gu'),
    read: (m, ctx) => {
      const yy = g(m, 'yy');
      return quarterReading(m, ctx, g(m, 'q1') ?? g(m, 'q2')!, g(m, 'y') ?? (yy ? `20${yy}` : undefined), undefined);
    },
  },
  {
    name: 'half',
    needs: [/half/i],
    re: new RegExp(`(?:\\bthe\\s+)?\\b(?<h>first|second|1st|2nd)\\s+half(?:\\s+(?:of\\s+)?(?:${Y('y')}${YEAR_END}|${REL('ry')}))?(?!\\s+of\\b)`, 'giu'),
    read: (m, ctx) => halfReading(m, ctx, /^(first|1st)$/i.test(g(m, 'h')!) ? 1 : 2, g(m, 'y'), g(m, 'ry')),
  },
  {
    name: 'half-code',
    needs: [/[12]H|H[12]/],
    re: new RegExp(`\\b(?:H(?<h1>[12])|(?<h2>[12])H)(?:\\s*${Y('y')}${YEAR_END}|\\s?['’](?<yy>\\d\\d))?(?![\\p{L}\\d])`, 'gu'),
    read: (m, ctx) => {
      const yy = g(m, 'yy');
      return halfReading(m, ctx, Number(g(m, 'h1') ?? g(m, 'h2')), g(m, 'y') ?? (yy ? `20${yy}` : undefined), undefined);
    },
  },
  {
    name: 'months-of-year',
    needs: [/months|\dM/i],
    re: new RegExp(`(?:\\bthe\\s+)?(?:\\b(?<pos>first|last|final)\\s+)?\\b(?<n>two|three|four|five|six|seven|eight|nine|ten|eleven|[2-9]|1[01])\\s+months(?:\\s+of\\s+(?:${Y('y')}${YEAR_END}|${REL('ry')}))?|\\b(?<n2>[2-9]|1[01])M\\s?${Y('y2')}${YEAR_END}`, 'giu'),
    read: (m, ctx) => {
      const { start, end } = span(m);
      const n = countOf(g(m, 'n') ?? g(m, 'n2')!);
      const last = /^(last|final)$/i.test(g(m, 'pos') ?? '');
      const yt = g(m, 'y') ?? g(m, 'y2');
      const ry = g(m, 'ry');
      // "two months" alone is a duration; it names a period only as "the first N months" or "N months of 2020".
      if (!yt && !ry && !g(m, 'pos')) return null;
      const m1 = last ? 13 - n : 1;
      const m2 = last ? 12 : n;
      if (yt) return period(start, end, Number(yt), m1, Number(yt), m2, false);
      const y = ry ? relYear(ry, ctx.doc) : periodYear(ctx, m2, m1, start, end);
      return period(start, end, y, m1, y, m2, true);
    },
  },
  {
    // "the fiscal year ending March 2016", "the financial year to June 30, 2024": the twelve months that end then.
    name: 'fiscal-year-ending',
    needs: [/(?:fiscal|financial) year/i],
    re: new RegExp(`\\b(?:the\\s+)?(?:fiscal|financial)\\s+year\\s+(?:ending|ended|that (?:ends|ended)|to)\\s+(?:(?:on\\s+)?${D('d')}\\s+)?${M('m')}(?:\\s+${D('d2')})?,?\\s+${Y('y')}${YEAR_END}`, 'giu'),
    read: (m) => {
      const { start, end } = span(m);
      const mo = monthNumber(g(m, 'm')!);
      const y = Number(g(m, 'y'));
      return mo === 12 ? period(start, end, y, 1, y, 12, false) : period(start, end, y - 1, mo + 1, y, mo, false);
    },
  },
  {
    name: 'same-period',
    needs: [/same/i],
    re: new RegExp(`\\bthe same (?:period|months?|time|quarter|half-year|half)\\s+(?:(?:of|in)\\s+)?(?:${Y('y')}${YEAR_END}|(?:the\\s+)?(?<r>previous year|prior year|year before|last year)\\b)`, 'giu'),
    read: (m, ctx) => {
      const { start, end } = span(m);
      if (g(m, 'y')) return { start, end, kind: 'point', date: g(m, 'y')! };
      // "the same period last year"; when "the previous year" follows a dated period the comparison year is the
      // caller's business: here it is the year before the document's.
      const y = ctx.doc ? ctx.doc.year - 1 : null;
      return { start, end, kind: 'point', date: y === null ? null : String(y), inferred: true };
    },
  },
  {
    name: 'boundary-of',
    needs: [/(?:beginning|start|end|middle|close|turn) of/i],
    re: new RegExp(`(?:\\bthe\\s+)?\\b(?<pos>beginning|start|end|middle|close|turn)\\s+of\\s+(?:${M('m')}(?:,?\\s+${Y('y2')}${YEAR_END})?|${Y('y')}${YEAR_END}|${REL('ry')})`, 'giu'),
    read: (m, ctx) => {
      const { start, end } = span(m);
      const opens = /^(beginning|start)$/i.test(g(m, 'pos')!);
      const since = /\b(?:since|from)\s+$/i.test(ctx.text.slice(Math.max(0, start - 12), start));
      if (g(m, 'm')) {
        const mo = monthNumber(g(m, 'm')!);
        if (g(m, 'y2')) return { start, end, kind: 'point', date: iso(Number(g(m, 'y2')), mo) };
        return { start, end, kind: 'point', date: resolveMonthDay(mo, null, ctx.docDate), inferred: true };
      }
      const y = g(m, 'y') ? Number(g(m, 'y')) : relYear(g(m, 'ry')!, ctx.doc);
      if (y === null) return { start, end, kind: 'point', date: null, inferred: true };
      // "since the beginning of 2020" counts from January; "at the beginning of 2020" is only known to the year.
      return { start, end, kind: 'point', date: opens && since ? iso(y, 1) : String(y), inferred: !g(m, 'y') || undefined };
    },
  },
  {
    name: 'year-range',
    needs: [HAS_YEAR],
    re: new RegExp(`(?:\\b(?<pre>[Ff]rom|[Bb]etween)\\s+)?${NOT_NUMBER_BEFORE}${Y('y1')}\\s*(?<j>-|–|—|−|/|to|and|through|till|until)\\s*(?:${Y('y2')}|(?<yy>\\d\\d))(?![\\d\\p{L}%]|[.,]\\d)`, 'gu'),
    read: (m, ctx) => {
      const { start, end } = span(m);
      if (g(m, 'j')!.toLowerCase() === 'and' && g(m, 'pre')?.toLowerCase() !== 'between') return null;
      if (MONEY_BEFORE.test(ctx.text.slice(Math.max(0, start - 8), start)) || UNIT_AFTER.test(ctx.text.slice(end, end + 12))) return null;
      const y1 = Number(g(m, 'y1'));
      const y2 = g(m, 'y2') ? Number(g(m, 'y2')) : Math.floor(y1 / 100) * 100 + Number(g(m, 'yy'));
      if (y2 <= y1 || y2 - y1 > 30) return null;
      return { start, end, kind: 'period', date: String(y1), endDate: String(y2) };
    },
  },
  {
    name: 'decade',
    needs: [HAS_YEAR],
    re: /(?<![\p{L}\d])(?<y>(?:19|20)\d0)['’]?s(?![\p{L}\d])/gu,
    read: (m) => ({ ...span(m), kind: 'period', date: g(m, 'y')!, endDate: String(Number(g(m, 'y')) + 9) }),
  },
  {
    name: 'year',
    needs: [HAS_YEAR],
    re: new RegExp(`${NOT_NUMBER_BEFORE}${Y('y')}${YEAR_END}`, 'gu'),
    read: (m, ctx) => {
      const { start, end } = span(m);
      if (MONEY_BEFORE.test(ctx.text.slice(Math.max(0, start - 12), start)) || UNIT_AFTER.test(ctx.text.slice(end, end + 12))) return null;
      return { start, end, kind: 'point', date: g(m, 'y')! };
    },
  },
  {
    name: 'relative-year',
    needs: [/year/i],
    re: /(?:\bthe\s+)?\b(?<w>this|last|next|current|previous|coming)\s+year\b|\b(?<n>\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten)\s+years?\s+ago\b/giu,
    read: (m, ctx) => {
      const { start, end } = span(m);
      const n = g(m, 'n');
      const back = n ? countOf(n) : 0;
      const y = n ? (ctx.doc ? ctx.doc.year - back : null) : relYear(g(m, 'w')!, ctx.doc);
      return { start, end, kind: 'relative', date: y === null ? null : String(y) };
    },
  },
  {
    name: 'relative-month',
    needs: [/month/i],
    re: /(?:\bthe\s+)?\b(?<w>this|last|next|current|previous|coming)\s+month\b|\b(?<n>\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven)\s+months?\s+ago\b/giu,
    read: (m, ctx) => {
      const { start, end } = span(m);
      const doc = ctx.doc;
      const r: Reading = { start, end, kind: 'relative', date: null };
      if (!doc || doc.month === null) return r;
      const w = (g(m, 'w') ?? '').toLowerCase();
      const shift = g(m, 'n') ? -countOf(g(m, 'n')!) : /last|previous/.test(w) ? -1 : /next|coming/.test(w) ? 1 : 0;
      const idx = doc.year * 12 + (doc.month - 1) + shift;
      r.date = iso(Math.floor(idx / 12), (idx % 12) + 1);
      return r;
    },
  },
  {
    name: 'relative-week',
    needs: [/week/i],
    re: /\b(?<w>this|last|next|past|coming)\s+week\b|\b(?<n>\d+|a|an|one|two|three|four|five|six)\s+weeks?\s+ago\b/giu,
    read: (m, ctx) => {
      const { start, end } = span(m);
      const doc = ctx.doc;
      const r: Reading = { start, end, kind: 'relative', date: null };
      if (!doc || doc.month === null || doc.day === null) return r;
      const today = dayNumber(doc.year, doc.month, doc.day);
      const monday = today - ((new Date(today * 86400000).getUTCDay() + 6) % 7);
      const w = (g(m, 'w') ?? '').toLowerCase();
      let a: number;
      let b: number;
      if (g(m, 'n')) { const k = countOf(g(m, 'n')!); a = today - 7 * k - 3; b = today - 7 * k + 3; }
      else if (w === 'past') { a = today - 7; b = today; }
      else { const shift = w === 'last' ? -7 : w === 'next' || w === 'coming' ? 7 : 0; a = monday + shift; b = monday + shift + 6; }
      // A week is only as precise as the month (or year) its days share.
      r.date = commonPrefix(a, b);
      return r;
    },
  },
  {
    name: 'relative-day',
    needs: [/yesterday|today|tonight|tomorrow|morning|afternoon|evening|days ago/i],
    re: /\b(?:the day before yesterday|the day after tomorrow|yesterday|today|tonight|tomorrow|this morning|this afternoon|this evening)\b|\b(?<n>\d+|two|three|four|five|six|seven|eight|nine|ten)\s+days\s+ago\b/giu,
    read: (m, ctx) => {
      const { start, end } = span(m);
      const doc = ctx.doc;
      const r: Reading = { start, end, kind: 'relative', date: null };
      if (!doc || doc.month === null || doc.day === null) return r;
      const p = m[0].toLowerCase();
      const shift = g(m, 'n') ? -countOf(g(m, 'n')!) : p.includes('before yesterday') ? -2 : p.includes('after tomorrow') ? 2
        : p === 'yesterday' ? -1 : p === 'tomorrow' ? 1 : 0;
      r.date = isoDay(dayNumber(doc.year, doc.month, doc.day) + shift);
      return r;
    },
  },
  {
    name: 'weekday',
    needs: [/day\b/],
    re: /\b(?:(?<w>last|next|this|past|coming)\s+)?(?<d>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/gu,
    read: weekday,
  },
];

function quarterReading(m: RegExpExecArray, ctx: RuleContext, q: string, y: string | undefined, ry: string | undefined): Reading | null {
  const { start, end } = span(m);
  const doc = ctx.doc;
  let n = ORDINALS[q.toLowerCase()] ?? Number(q);
  if (/^(last|final)$/i.test(q)) {
    if (y || ry) n = 4;
    else {
      // "in the last quarter" alone is the quarter before the document's.
      if (!doc || doc.month === null) return period(start, end, null, 1, null, 3, true);
      const cur = Math.ceil(doc.month / 3);
      const prevYear = cur === 1 ? doc.year - 1 : doc.year;
      const prevQ = cur === 1 ? 4 : cur - 1;
      return period(start, end, prevYear, prevQ * 3 - 2, prevYear, prevQ * 3, true);
    }
  }
  if (!n) return null;
  const m1 = n * 3 - 2;
  const m2 = n * 3;
  if (y) return period(start, end, Number(y), m1, Number(y), m2, false);
  const year = ry ? relYear(ry, doc) : periodYear(ctx, m2, m1, start, end);
  return period(start, end, year, m1, year, m2, true);
}

function halfReading(m: RegExpExecArray, ctx: RuleContext, h: number, y: string | undefined, ry: string | undefined): Reading | null {
  const { start, end } = span(m);
  const m1 = h === 1 ? 1 : 7;
  const m2 = h === 1 ? 6 : 12;
  if (y) return period(start, end, Number(y), m1, Number(y), m2, false);
  const year = ry ? relYear(ry, ctx.doc) : periodYear(ctx, m2, m1, start, end);
  return period(start, end, year, m1, year, m2, true);
}

