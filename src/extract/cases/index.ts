// Collects every hand-written extraction case, tagged with the file it comes from, for the extraction tests.
import type { Case } from './types';
import { cases as person } from './person.cases';
import { cases as visit } from './visit.cases';
import { cases as call } from './call.cases';
import { cases as meeting } from './meeting.cases';
import { cases as agreement } from './agreement.cases';
import { cases as figure } from './figure.cases';
import { cases as project } from './project.cases';
import { cases as negative } from './negative.cases';

export type { Case } from './types';

const byFile: Record<string, Case[]> = {
  'person.cases.ts': person,
  'visit.cases.ts': visit,
  'call.cases.ts': call,
  'meeting.cases.ts': meeting,
  'agreement.cases.ts': agreement,
  'figure.cases.ts': figure,
  'project.cases.ts': project,
  'negative.cases.ts': negative,
};

export const allCases: Array<Case & { file: string }> = Object.entries(byFile)
  .flatMap(([file, cases]) => cases.map((c) => ({ ...c, file })));
