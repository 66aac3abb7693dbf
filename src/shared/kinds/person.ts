// The person kind: a named person the text gives a role or country for.
import { z } from 'zod';
import { countrySchema, foldName, orNone, ROLES, type KindDescriptor } from './common';

export const personSchema = z.object({
  type: z.literal('person'),
  name: z.string().min(1),
  country: countrySchema.nullable(),
  role: z.enum(ROLES),
  /** The title as written ("Deputy Prime Minister"); dyad's own, not in Facts v1. */
  title: z.string().optional(),
});
export type PersonFact = z.infer<typeof personSchema>;

/** The folded last word of a name: Facts v1 matches people on surname and country. */
export function surnameOf(name: string): string {
  const words = foldName(name).split(' ');
  return words[words.length - 1] ?? '';
}

export const person: KindDescriptor<PersonFact> = {
  type: 'person',
  schema: personSchema,
  factsV1Fields: ['name', 'country', 'role'],
  parties: (f) => ({ a: f.country, b: null }),
  countries: (f) => [f.country],
  when: () => null,
  key: (f) => `person|${surnameOf(f.name)}|${f.country ?? ''}`,
  describe: (f) => `${f.name} (${orNone(f.country)}, ${f.role}${f.title ? `, ${f.title}` : ''})`,
};
