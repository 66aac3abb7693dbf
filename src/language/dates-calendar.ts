// Calendar arithmetic for date reading: partial ISO dates, month names, weekdays and the "nearest to the document date" rule.

/** A document date split into parts; month and day are null when the date is less precise. */
export interface DocDate { year: number; month: number | null; day: number | null }

export function parseDocDate(docDate: string | null): DocDate | null {
  if (!docDate) return null;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(docDate);
  if (!m) return null;
  return { year: Number(m[1]), month: m[2] ? Number(m[2]) : null, day: m[3] ? Number(m[3]) : null };
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** ISO 8601 at the precision given: iso(2016) "2016", iso(2016, 11) "2016-11", iso(2016, 11, 28) "2016-11-28". */
export function iso(year: number, month?: number | null, day?: number | null): string {
  if (!month) return String(year);
  if (!day) return `${year}-${pad(month)}`;
  return `${year}-${pad(month)}-${pad(day)}`;
}

export const MONTHS: Record<string, number> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10,
  november: 11, december: 12, jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10,
  nov: 11, dec: 12,
};

/**
 * Month names as they open a date. Capitalised only: "may" and "march" in lower case are a verb
 * and a noun far more often than a month.
 */
export const MONTH_RE = '(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)'
  + '|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?)(?![\\p{L}])';

export function monthNumber(name: string): number {
  return MONTHS[name.replace(/\.$/, '').toLowerCase()] ?? 0;
}

export const WEEKDAYS: Record<string, number> = {
  sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6,
};

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Days since 1970-01-01 for a calendar day, and back; UTC so no time zone shifts a day. */
export function dayNumber(year: number, month: number, day: number): number {
  return Math.floor(Date.UTC(year, month - 1, day) / 86400000);
}
export function fromDayNumber(n: number): { year: number; month: number; day: number } {
  const d = new Date(n * 86400000);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}
export function isoDay(n: number): string {
  const d = fromDayNumber(n);
  return iso(d.year, d.month, d.day);
}

/**
 * The most specific ISO date two days share: a span of uncertainty ("last week") collapses to the month
 * or year both ends agree on, or null when they straddle a new year.
 */
export function commonPrefix(a: number, b: number): string | null {
  const x = fromDayNumber(a);
  const y = fromDayNumber(b);
  if (x.year !== y.year) return null;
  if (x.month !== y.month) return iso(x.year);
  if (x.day !== y.day) return iso(x.year, x.month);
  return iso(x.year, x.month, x.day);
}

/** About six months: a year-less date further than this from the document date belongs to the neighbouring year. */
const HALF_YEAR_DAYS = 183;

/**
 * The year of a year-less month (and day): the occurrence nearest the document date, so "on 28 November"
 * in an article of 2020-05-16 is 2019-11-28 and "on 30 April" is 2020-04-30. With a year-only document
 * date that year is taken; with none the date is unknown.
 */
export function resolveMonthDay(month: number, day: number | null, docDate: string | null): string | null {
  const doc = parseDocDate(docDate);
  if (!doc || month < 1 || month > 12) return null;
  if (day !== null && (day < 1 || day > 31)) return null;
  if (doc.month === null) return iso(doc.year, month, day);
  const ref = dayNumber(doc.year, doc.month, doc.day ?? 15);
  let year = doc.year;
  const at = (y: number): number => dayNumber(y, month, Math.min(day ?? 15, daysInMonth(y, month)));
  if (at(year) - ref > HALF_YEAR_DAYS) year -= 1;
  else if (ref - at(year) > HALF_YEAR_DAYS) year += 1;
  if (day !== null && day > daysInMonth(year, month)) return null;
  return iso(year, month, day);
}

/**
 * The year a month range ending in `endMonth` refers to when the text gives none: the document's year,
 * or the year before when that month has not come yet ("January-April" in a February article is last year's).
 */
export function yearOfPastMonth(endMonth: number, doc: DocDate | null): number | null {
  if (!doc) return null;
  if (doc.month !== null && endMonth > doc.month) return doc.year - 1;
  return doc.year;
}
