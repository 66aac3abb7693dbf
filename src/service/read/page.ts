// What every read takes and may throw: a page (limit, offset), a country pair, and the errors naming a bad input.
import { DyadError } from '../../shared/errors';

/** `limit` rows from `offset`; readers fetch one row more so the caller can tell whether a next page exists. */
export interface Page { limit: number; offset: number }

/** A pair of states, its two ISO alpha-3 codes sorted: {a: 'AZE', b: 'BLR', key: 'AZE-BLR'}. */
export interface Pair { a: string; b: string; key: string }

/** What the lists of facts and of record items are both filtered by, in SQL. */
export interface RowFilter {
  pair?: Pair;
  types?: readonly string[];
  /** Inclusive bounds compared at the precision of each row's date or period ("2021" lies within 2021-03..2021-05). */
  from?: string;
  to?: string;
  /** Rows read in this document (id or name)... */
  doc?: string;
  /** ...or in the document with this exact source (path or URL). */
  source?: string;
  ids?: number[];
  /** Extra SQL condition over the listed table (f: facts, i: record_items) with its own parameters, numbered from 1. */
  where?: { sql: string; params: unknown[] };
}

/** The record item types that are events (dated contacts between the states). */
export const EVENT_TYPES = ['visit', 'call', 'meeting', 'agreement'] as const;

/** A usage error that names the parameter and says what is wrong with it (the API answers 400). */
export function badParameter(name: string, reason: string): DyadError {
  return new DyadError('usage', `bad parameter ${name}: ${reason}`, { input: name });
}

export function notFound(what: string, ref: string): DyadError {
  return new DyadError('not_found', `no ${what} ${JSON.stringify(ref)}`, { input: ref });
}
