// Parsers for command-line option values; a bad value is a usage error naming the option.
import { DyadError } from '../shared/errors';

export function positiveNumber(option: string): (value: string) => number {
  return (value) => {
    const n = Number(value);
    if (!Number.isFinite(n) || n <= 0) throw new DyadError('usage', `${option} must be a positive number, got "${value}"`);
    return n;
  };
}

export function nonNegativeNumber(option: string): (value: string) => number {
  return (value) => {
    const n = Number(value);
    if (value.trim() === '' || !Number.isFinite(n) || n < 0) throw new DyadError('usage', `${option} must be a number of 0 or more, got "${value}"`);
    return n;
  };
}

/** "30m", "1h", "90s", "2h30m" or a bare number of seconds, as milliseconds. */
export function duration(option: string): (value: string) => number {
  return (value) => {
    const unit: Record<string, number> = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };
    const parts = /^(?:\d+(?:\.\d+)?[smhd])+$/.test(value) ? [...value.matchAll(/(\d+(?:\.\d+)?)([smhd])/g)] : null;
    const ms = parts ? parts.reduce((sum, m) => sum + Number(m[1]) * unit[m[2]], 0)
      : /^\d+(?:\.\d+)?$/.test(value) ? Number(value) * 1000 : NaN;
    if (!Number.isFinite(ms) || ms <= 0) throw new DyadError('usage', `${option} must be a duration like 30m, 1h or 90s, got "${value}"`);
    return ms;
  };
}

export function positiveInteger(option: string): (value: string) => number {
  return (value) => {
    const n = Number(value);
    if (!Number.isInteger(n) || n <= 0) throw new DyadError('usage', `${option} must be a positive whole number, got "${value}"`);
    return n;
  };
}

export function nonNegativeInteger(option: string): (value: string) => number {
  return (value) => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 0) throw new DyadError('usage', `${option} must be a whole number (0 or more), got "${value}"`);
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

/** `--workers N`: a whole number of threads from 1 to 256 (more would only cost memory). */
export function workerCount(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 256) throw new DyadError('usage', `--workers must be a whole number from 1 to 256, got "${value}"`);
  return n;
}

/**
 * Rows a listing shows in the terminal when no --limit is given: a screenful or so, with the next page named, rather
 * than every row of a large store (10,000 documents, hundreds of thousands of facts). JSON output, read by scripts,
 * and `--all` still give every row.
 */
export const TERMINAL_PAGE = 100;

/** The page size a listing asks the store for: --limit, else every row (--all or --json), else TERMINAL_PAGE. */
export function listLimit(options: { limit?: number; all?: boolean; json?: boolean }): number | undefined {
  if (options.limit !== undefined) return options.limit;
  return options.all || options.json ? undefined : TERMINAL_PAGE;
}
