// What every read takes and may throw: a page (limit, offset), a country pair, and the errors naming a bad input.
import { DyadError } from '../../shared/errors';

/** `limit` rows from `offset`; readers fetch one row more so the caller can tell whether a next page exists. */
export interface Page { limit: number; offset: number }

/** A pair of states, its two ISO alpha-3 codes sorted: {a: 'AZE', b: 'BLR', key: 'AZE-BLR'}. */
export interface Pair { a: string; b: string; key: string }

/** The record item types that are events (dated contacts between the states). */
export const EVENT_TYPES = ['visit', 'call', 'meeting', 'agreement'] as const;

/** A usage error that names the parameter and says what is wrong with it (the API answers 400). */
export function badParameter(name: string, reason: string): DyadError {
  return new DyadError('usage', `bad parameter ${name}: ${reason}`, { input: name });
}

export function notFound(what: string, ref: string): DyadError {
  return new DyadError('not_found', `no ${what} ${JSON.stringify(ref)}`, { input: ref });
}
