// The agreement kind: a document between states, signed, in force or planned; one fact per topic.
import { z } from 'zod';
import { AGREEMENT_STATUSES, orNone, partialDateSchema, partiesSchema, partyList, partySet, sortedPair, TOPICS,
  type KindDescriptor } from './common';

export const agreementSchema = z.object({
  type: z.literal('agreement'),
  parties: partiesSchema,
  topic: z.enum(TOPICS),
  date: partialDateSchema.nullable(),
  status: z.enum(AGREEMENT_STATUSES),
});
export type AgreementFact = z.infer<typeof agreementSchema>;

export const agreement: KindDescriptor<AgreementFact> = {
  type: 'agreement',
  schema: agreementSchema,
  factsV1Fields: ['parties', 'topic', 'date', 'status'],
  parties: (f) => sortedPair(f.parties),
  countries: (f) => f.parties,
  when: (f) => f.date,
  // The status is left out: a planned agreement and its signing are the same agreement.
  key: (f) => `agreement|${partySet(f.parties)}|${f.topic}|${f.date ?? ''}`,
  describe: (f) => `${partyList(f.parties)}  ${f.topic}  ${f.status}  ${orNone(f.date)}`,
};
