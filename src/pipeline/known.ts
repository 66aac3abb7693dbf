// A view of the people known from other documents that records every lookup, so a parallel extraction can be checked.
import type { KnownPeople } from '../extract/context';
import { DyadError } from '../shared/errors';

type KnownPerson = KnownPeople extends Map<string, infer V> ? V : never;

/** What one extraction asked of the registry: each surname key with the answer it got (JSON, or null if unknown). */
export type Lookups = [key: string, answer: string | null][];

function answerOf(value: KnownPerson | undefined): string | null {
  return value === undefined ? null : JSON.stringify(value);
}

/**
 * The extractors only ever ask the registry about surname keys (`get`, `has`); an extraction is a function of the
 * document and those answers. Recording them lets the writer check, in input order, that a document extracted
 * against an older registry got the answers the up-to-date registry would have given — and redo it if not.
 */
export class RecordingKnown extends Map<string, KnownPerson> {
  readonly asked = new Map<string, string | null>();

  /** Wraps `backing` without copying it: a worker's registry may hold every person seen so far. */
  constructor(private readonly backing: KnownPeople) {
    super();
  }

  override get(key: string): KnownPerson | undefined {
    const value = this.backing.get(key);
    if (!this.asked.has(key)) this.asked.set(key, answerOf(value));
    return value;
  }

  override has(key: string): boolean {
    return this.get(key) !== undefined;
  }

  // Walking the whole registry would make an extraction depend on more than the recorded keys: refused loudly.
  override get size(): number { return unrecordable(); }
  override entries(): never { return unrecordable(); }
  override keys(): never { return unrecordable(); }
  override values(): never { return unrecordable(); }
  override forEach(): never { return unrecordable(); }
  override [Symbol.iterator](): never { return unrecordable(); }

  lookups(): Lookups {
    return [...this.asked];
  }
}

function unrecordable(): never {
  throw new DyadError('internal', 'the people registry can only be looked up by surname key during a parallel extraction');
}

/** True when `known` answers every recorded lookup exactly as it was answered during the extraction. */
export function sameAnswers(lookups: Lookups, known: KnownPeople): boolean {
  return lookups.every(([key, answer]) => answerOf(known.get(key)) === answer);
}
