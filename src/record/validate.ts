// Checks that a fact handed to consolidation has what its type needs, naming the fact and the field when not.
import { FACT_TYPES, type FactType } from '../shared/types';
import { DyadError } from '../shared/errors';
import type { SourceFact } from './types';

type FieldCheck = [field: string, what: string, ok: (v: unknown) => boolean];

const text = (v: unknown): boolean => typeof v === 'string' && v.trim() !== '';
const state = (v: unknown): boolean => v == null || typeof v === 'string';
const states = (v: unknown): boolean => Array.isArray(v) && v.length > 0 && v.every((c) => typeof c === 'string');
const date = (v: unknown): boolean => v == null || (typeof v === 'string' && /^\d{4}(?:-\d{2}){0,2}$/.test(v));
const period = (v: unknown): boolean => v == null || (typeof v === 'string' && /^\d{4}(?:-\d{2}){0,2}(?:\/\d{4}(?:-\d{2}){0,2})?$/.test(v));
const number = (v: unknown): boolean => typeof v === 'number' && Number.isFinite(v);

/** The fields consolidation reads, per type; Facts v1 (FACTS.md) defines them. */
const REQUIRED: Record<FactType, FieldCheck[]> = {
  person: [['name', 'a name', text], ['country', 'a country code or null', state]],
  visit: [['visitor', 'a country code', text], ['host', 'a country code', text], ['date', 'an ISO date or null', date]],
  call: [['parties', 'a list of country codes', states], ['date', 'an ISO date or null', date]],
  meeting: [['parties', 'a list of country codes', states], ['date', 'an ISO date or null', date]],
  agreement: [['parties', 'a list of country codes', states], ['topic', 'a topic', text], ['date', 'an ISO date or null', date],
    ['status', 'a status', text]],
  figure: [['metric', 'a metric', text], ['value', 'a number', number], ['unit', 'a unit', text],
    ['period', 'a period like 2020 or 2020-01/2020-04, or null', period], ['modality', '"actual" or "target"', text]],
  project: [['parties', 'a list of country codes', states], ['name', 'a name', text], ['sector', 'a sector', text],
    ['status', 'a status', text]],
};

/** Throws a DyadError naming the fact (its position and document) and what is wrong with it. */
export function validateFact(fact: SourceFact, order: number): void {
  const where = `fact ${order + 1}${fact && typeof fact.doc === 'string' ? ` (doc ${fact.doc})` : ''}`;
  if (!fact || typeof fact !== 'object') throw new DyadError('usage', `${where} is not an object`);
  if (!text(fact.doc)) throw new DyadError('usage', `${where} has no "doc": each fact must name its document`);
  if (!FACT_TYPES.includes(fact.type)) {
    throw new DyadError('usage', `${where} has type ${JSON.stringify(fact.type)}; expected one of ${FACT_TYPES.join(', ')}`);
  }
  const record = fact as unknown as Record<string, unknown>;
  for (const [field, what, ok] of REQUIRED[fact.type]) {
    if (!ok(record[field])) {
      throw new DyadError('usage', `${where}: ${fact.type} field "${field}" must be ${what}, got ${JSON.stringify(record[field])}`);
    }
  }
}
