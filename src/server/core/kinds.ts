// Fact bodies by kind, to check an edit sent through the API; to be replaced by the shared kind descriptors.
import { z } from '@hono/zod-openapi';
import { METRICS, ROLES, SECTORS, TOPICS, type FactBody } from '../../shared/types';

const AGREEMENT_STATUSES = ['signed', 'in_force', 'planned'] as const;

const country = z.string().regex(/^[A-Z]{3}$/, 'must be an ISO alpha-3 code');
const date = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD').nullable();
const parties = z.array(country).min(2);

export const KIND_SCHEMAS = {
  person: z.object({ type: z.literal('person'), name: z.string().min(1), country: country.nullable(),
    role: z.enum(ROLES), title: z.string().optional() }),
  visit: z.object({ type: z.literal('visit'), visitor: country, host: country, date, place: z.string().nullable(),
    who: z.string().optional() }),
  call: z.object({ type: z.literal('call'), parties, date }),
  meeting: z.object({ type: z.literal('meeting'), parties, date, place: z.string().nullable() }),
  agreement: z.object({ type: z.literal('agreement'), parties, topic: z.enum(TOPICS), date,
    status: z.enum(AGREEMENT_STATUSES) }),
  figure: z.object({ type: z.literal('figure'), metric: z.enum(METRICS), from: country.nullable(), to: country.nullable(),
    value: z.number().finite(), unit: z.string().min(1),
    period: z.string().regex(/^\d{4}(-\d{2})?(-\d{2})?(\/\d{4}(-\d{2})?(-\d{2})?)?$/, 'must be a date or FROM/TO').nullable(),
    modality: z.enum(['actual', 'target']), commodity: z.string().nullable().optional() }),
  project: z.object({ type: z.literal('project'), parties, name: z.string().min(1), sector: z.enum(SECTORS),
    place: z.string().nullable(), status: z.enum(['proposed', 'agreed', 'under_construction', 'operating']) }),
} as const;

/** The columns the store keeps beside a body for querying (as the store's own normalisation computes them). */
export function columnsOf(fact: FactBody): { a: string | null; b: string | null; when: string | null } {
  switch (fact.type) {
    case 'person': return { a: fact.country, b: null, when: null };
    case 'visit': return { a: fact.visitor, b: fact.host, when: fact.date };
    case 'figure': return { a: fact.from, b: fact.to, when: fact.period };
    case 'project': {
      const [a = null, b = null] = [...fact.parties].sort();
      return { a, b, when: null };
    }
    default: {
      const [a = null, b = null] = [...fact.parties].sort();
      return { a, b, when: fact.date };
    }
  }
}
