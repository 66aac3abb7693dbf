// The visit kind: a state's representative travels to another state on official business.
import { z } from 'zod';
import { countrySchema, orNone, partialDateSchema, type KindDescriptor } from './common';

export const visitSchema = z.object({
  type: z.literal('visit'),
  visitor: countrySchema,
  host: countrySchema,
  date: partialDateSchema.nullable(),
  place: z.string().nullable(),
  /** Who travelled, as the text names them; dyad's own, not in Facts v1. */
  who: z.string().optional(),
});
export type VisitFact = z.infer<typeof visitSchema>;

export const visit: KindDescriptor<VisitFact> = {
  type: 'visit',
  schema: visitSchema,
  factsV1Fields: ['visitor', 'host', 'date', 'place'],
  parties: (f) => ({ a: f.visitor, b: f.host }),
  countries: (f) => [f.visitor, f.host],
  when: (f) => f.date,
  key: (f) => `visit|${f.visitor}>${f.host}|${f.date ?? ''}`,
  describe: (f) => `${f.visitor} → ${f.host}  ${orNone(f.date)}  ${orNone(f.place)}${f.who ? `  by ${f.who}` : ''}`,
};
