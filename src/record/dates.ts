// Partial ISO dates of different precision ("2024", "2024-08", "2024-08-22"): agreement, precision and order.
import type { PartialDate } from '../shared/types';

const parts = (d: string): string[] => d.split('-');

/** Number of parts a date gives: 1 for a year, 2 for a month, 3 for a day. */
export function precision(d: PartialDate | null | undefined): number {
  return d ? parts(d).length : 0;
}

/** True when both dates are given and agree on every part both give ("2024-08" and "2024-08-22"). */
export function datesAgree(a: PartialDate | null | undefined, b: PartialDate | null | undefined): boolean {
  if (!a || !b) return false;
  // Fixed-width parts ("2024", "2024-08", "2024-08-22"): agreeing dates are a prefix of one another.
  return a.length <= b.length ? b.startsWith(a) : a.startsWith(b);
}

/** The more precise of two agreeing dates (the first when they are equally precise). */
export function finer(a: PartialDate | null, b: PartialDate | null): PartialDate | null {
  return precision(b) > precision(a) ? b : a;
}

/** Orders dates with unknown dates first, then by their text (ISO text order is date order). */
export function compareDates(a: PartialDate | null | undefined, b: PartialDate | null | undefined): number {
  if (!a || !b) return (a ? 1 : 0) - (b ? 1 : 0);
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Whole days from a to b, each taken at its first day ("2024-08" is 2024-08-01). */
export function daysBetween(a: PartialDate, b: PartialDate): number {
  const day = (d: string): number => {
    const [y, m = '01', dd = '01'] = parts(d);
    return Date.UTC(Number(y), Number(m) - 1, Number(dd)) / 86_400_000;
  };
  return day(b) - day(a);
}

/**
 * A figure's period in one canonical spelling so that equal periods compare equal: "2023-01/2023-12" is "2023",
 * "2024-05/2024-05" is "2024-05".
 */
export function canonicalPeriod(period: string | null | undefined): string | null {
  if (!period) return null;
  const [start, end = start] = period.split('/');
  if (start === end) return start;
  const fullYear = /^(\d{4})-01$/.exec(start);
  if (fullYear && end === `${fullYear[1]}-12`) return fullYear[1];
  return `${start}/${end}`;
}
