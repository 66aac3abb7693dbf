// The project kind: a joint project, venture, plant or facility involving the states, with its status.
import { z } from 'zod';
import { foldName, orNone, partiesSchema, partyList, partySet, PROJECT_STATUSES, SECTORS, sortedPair,
  type KindDescriptor } from './common';

export const projectSchema = z.object({
  type: z.literal('project'),
  parties: partiesSchema,
  name: z.string().min(1),
  sector: z.enum(SECTORS),
  place: z.string().nullable(),
  status: z.enum(PROJECT_STATUSES),
});
export type ProjectFact = z.infer<typeof projectSchema>;

export const project: KindDescriptor<ProjectFact> = {
  type: 'project',
  schema: projectSchema,
  factsV1Fields: ['parties', 'name', 'sector', 'place', 'status'],
  parties: (f) => sortedPair(f.parties),
  countries: (f) => f.parties,
  // A project's status changes over time; the stored row has no date of its own.
  when: () => null,
  // The status is left out: the same project proposed in one article is built in another.
  key: (f) => `project|${partySet(f.parties)}|${f.sector}|${foldName(f.name)}`,
  describe: (f) => `${partyList(f.parties)}  "${f.name}"  ${f.sector}  ${orNone(f.place)}  ${f.status}`,
};
