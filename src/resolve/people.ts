// Cross-document resolution of people: a person whose country one article states lends it to articles that don't.
import type { Fact } from '../shared/types';
import type { KnownPeople } from '../extract/context';
import { surnameKey } from '../language/people';

/** Only cues this sure are passed on to other documents (an explicit title with a country, not a guess by order). */
const MIN_CONFIDENCE = 0.8;

export class PeopleRegistry {
  readonly known: KnownPeople = new Map();
  private readonly conflicting = new Set<string>();

  /**
   * Learns the people of one document's facts; a surname seen with two countries is dropped for good.
   * Returns the surname keys it added or dropped, so copies of the registry (worker threads) can follow.
   */
  learn(facts: readonly Fact[]): string[] {
    const changed: string[] = [];
    for (const f of facts) {
      if (f.type !== 'person' || !f.country || f.confidence < MIN_CONFIDENCE) continue;
      const key = surnameKey(f.name);
      if (this.conflicting.has(key)) continue;
      const prev = this.known.get(key);
      if (prev && prev.country !== f.country) {
        this.known.delete(key);
        this.conflicting.add(key);
        changed.push(key);
        continue;
      }
      if (!prev) {
        this.known.set(key, { name: f.name, country: f.country, role: f.role });
        changed.push(key);
      }
    }
    return changed;
  }
}
