// Checks a fact handed to consolidation against its kind's schema (src/shared/kinds), naming the fact and the field.
import { FACT_TYPES, kindOf, type FactType } from '../shared/kinds/index';
import { DyadError } from '../shared/errors';
import type { SourceFact } from './types';

/** Throws a DyadError naming the fact (its position and document), the field and what is wrong with it. */
export function validateFact(fact: SourceFact, order: number): void {
  const where = `fact ${order + 1}${fact && typeof fact.doc === 'string' ? ` (doc ${fact.doc})` : ''}`;
  if (!fact || typeof fact !== 'object') throw new DyadError('usage', `${where} is not an object`);
  if (typeof fact.doc !== 'string' || fact.doc.trim() === '') {
    throw new DyadError('usage', `${where} has no "doc": each fact must name its document`);
  }
  if (!(FACT_TYPES as readonly string[]).includes(fact.type)) {
    throw new DyadError('usage', `${where} has type ${JSON.stringify(fact.type)}; expected one of ${FACT_TYPES.join(', ')}`);
  }
  const parsed = kindOf(fact.type as FactType).schema.safeParse(fact);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue.path.join('.');
    const value = (fact as unknown as Record<string, unknown>)[String(issue.path[0])];
    throw new DyadError('usage', `${where}: ${fact.type} field "${field}" is ${JSON.stringify(value) ?? 'missing'}: `
      + `${issue.message.replace(/^Invalid input: /, '')}`);
  }
}
