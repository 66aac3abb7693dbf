// Which pair of states each fact of a document belongs to, so the record is kept (and recomputed) pair by pair.
import { factCountries, type FactBody } from '../shared/kinds/index';

const COUNTRY_CODE = /^[A-Z]{3}$/;

/** "KEN-GHA" and "GHA-KEN" are one pair: the two codes sorted, joined by a hyphen. */
export function pairName(a: string, b: string): string {
  return [a, b].sort().join('-');
}

/** Reads "ken-gha", "GHA-KEN" or "GHA KEN" as a pair name; null when it is not two ISO alpha-3 codes. */
export function parsePair(text: string): string | null {
  const codes = text.toUpperCase().split(/[-–\s/,]+/).filter(Boolean);
  if (codes.length !== 2 || !codes.every((c) => COUNTRY_CODE.test(c)) || codes[0] === codes[1]) return null;
  return pairName(codes[0], codes[1]);
}

function knownCountries(body: FactBody): string[] {
  return [...new Set(factCountries(body).filter((c): c is string => c !== null && COUNTRY_CODE.test(c)))];
}

/**
 * The pairs of each fact of one document. A fact naming two or more states belongs to each pair among them; a
 * fact naming one state (a person, a figure with one end unknown) to the document's pairs that include it; a
 * fact naming none to no pair.
 */
export function factPairs<F extends { id: number; body: FactBody }>(facts: readonly F[]): { factId: number; pair: string }[] {
  const own = new Map<number, string[]>();
  const documentPairs = new Set<string>();
  for (const fact of facts) {
    const countries = knownCountries(fact.body);
    const pairs: string[] = [];
    for (let i = 0; i < countries.length; i++) {
      for (let j = i + 1; j < countries.length; j++) pairs.push(pairName(countries[i], countries[j]));
    }
    own.set(fact.id, pairs);
    for (const p of pairs) documentPairs.add(p);
  }
  const rows: { factId: number; pair: string }[] = [];
  for (const fact of facts) {
    let pairs = own.get(fact.id)!;
    if (pairs.length === 0) {
      const [country] = knownCountries(fact.body);
      pairs = country ? [...documentPairs].filter((p) => p.split('-').includes(country)) : [];
    }
    for (const pair of pairs) rows.push({ factId: fact.id, pair });
  }
  return rows;
}
