// The messages between the pool (main thread) and its extraction workers.
import type { KnownPeople } from '../../extract/context';
import type { ErrorCode } from '../../shared/errors';
import type { RawDocument } from '../../shared/types';
import type { Processed } from '../stages';

type KnownPerson = KnownPeople extends Map<string, infer V> ? V : never;

/** Changes to the registry since the last message: a value, or null for a surname dropped as conflicting. */
export type KnownChanges = [key: string, value: KnownPerson | null][];

export type ToWorker =
  /** `known`: the registry changes to apply first. */
  | { type: 'job'; id: number; raw: RawDocument; known: KnownChanges };

export type FromWorker =
  | { type: 'done'; id: number; result: Processed }
  | { type: 'failed'; id: number; error: { code: ErrorCode; message: string; input?: string } };
