// The schema migrations in the order they apply; a new one is appended here, never edited once released.
import * as init from './001_init';
import * as scale from './002_scale';
import * as feeds from './003_feeds';
import * as record from './004_record';
import * as recordBlocks from './005_record_blocks';
import * as searchAndPairs from './006_search_and_pairs';
import * as recordDirtyMarks from './007_record_dirty_marks';
import * as searchLead from './008_search_lead';
import * as writerChecks from './010_writer_checks';
import * as recordChecks from './011_record_checks';
import * as recordOrder from './012_record_order';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  { version: 1, ...init },
  { version: 2, ...scale },
  { version: 3, ...feeds },
  { version: 4, ...record },
  { version: 5, ...recordBlocks },
  { version: 6, ...searchAndPairs },
  { version: 7, ...recordDirtyMarks },
  { version: 8, ...searchLead },
  { version: 10, ...writerChecks },
  { version: 11, ...recordChecks },
  { version: 12, ...recordOrder },
];
