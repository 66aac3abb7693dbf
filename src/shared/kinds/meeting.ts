// The meeting kind: talks between two states that are not themselves a visit (a summit's sidelines, a commission).
import { z } from 'zod';
import { orNone, partialDateSchema, partiesSchema, partyList, partySet, sortedPair, type KindDescriptor } from './common';

export const meetingSchema = z.object({
  type: z.literal('meeting'),
  parties: partiesSchema,
  date: partialDateSchema.nullable(),
  place: z.string().nullable(),
});
export type MeetingFact = z.infer<typeof meetingSchema>;

export const meeting: KindDescriptor<MeetingFact> = {
  type: 'meeting',
  schema: meetingSchema,
  factsV1Fields: ['parties', 'date', 'place'],
  parties: (f) => sortedPair(f.parties),
  countries: (f) => f.parties,
  when: (f) => f.date,
  key: (f) => `meeting|${partySet(f.parties)}|${f.date ?? ''}`,
  describe: (f) => `${partyList(f.parties)}  ${orNone(f.date)}  ${orNone(f.place)}`,
};
