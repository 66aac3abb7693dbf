// Parsers for command-line option values; a bad value is a usage error naming the option.
import { DyadError } from '../shared/errors';

export function positiveNumber(option: string): (value: string) => number {
  return (value) => {
    const n = Number(value);
    if (!Number.isFinite(n) || n <= 0) throw new DyadError('usage', `${option} must be a positive number, got "${value}"`);
    return n;
  };
}

export function positiveInteger(option: string): (value: string) => number {
  return (value) => {
    const n = Number(value);
    if (!Number.isInteger(n) || n <= 0) throw new DyadError('usage', `${option} must be a positive whole number, got "${value}"`);
    return n;
  };
}

/** Accepts YYYY, YYYY-MM or YYYY-MM-DD, and only dates that exist. */
export function publicationDate(value: string, option = '--date'): string {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  const valid = m !== null && (() => {
    const [year, month, day] = [Number(m[1]), m[2] ? Number(m[2]) : 1, m[3] ? Number(m[3]) : 1];
    const d = new Date(Date.UTC(year, month - 1, day));
    return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
  })();
  if (!valid) throw new DyadError('usage', `${option} must be a date like 2016-11-28, 2016-11 or 2016, got "${value}"`);
  return value;
}
