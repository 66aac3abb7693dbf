// The call kind: a phone or video conversation between two states' representatives.
import { z } from 'zod';
import { orNone, partialDateSchema, partiesSchema, partyList, partySet, sortedPair, type KindDescriptor } from './common';

export const callSchema = z.object({
  type: z.literal('call'),
  parties: partiesSchema,
  date: partialDateSchema.nullable(),
});
export type CallFact = z.infer<typeof callSchema>;

export const call: KindDescriptor<CallFact> = {
  type: 'call',
  schema: callSchema,
  factsV1Fields: ['parties', 'date'],
  parties: (f) => sortedPair(f.parties),
  countries: (f) => f.parties,
  when: (f) => f.date,
  key: (f) => `call|${partySet(f.parties)}|${f.date ?? ''}`,
  describe: (f) => `${partyList(f.parties)}  ${orNone(f.date)}`,
};
