// The schema migrations in the order they apply; a new one is appended here, never edited once released.
import * as init from './001_init';
import * as scale from './002_scale';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  { version: 1, ...init },
  { version: 2, ...scale },
];
