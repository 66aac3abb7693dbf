// Parsers for options naming states: an ISO alpha-3 code or an English name, and a pair of them joined by "-".
import countries from 'world-countries';
import { DyadError } from '../shared/errors';

let byName: Map<string, string> | undefined;

/** The alpha-3 code for "KEN", "ken", "Kenya" or "Republic of Kenya"; null if it names no state. */
export function lookupCountry(value: string): string | null {
  if (!byName) {
    byName = new Map();
    for (const c of countries) {
      for (const key of [c.cca3, c.cca2, c.name.common, c.name.official]) byName.set(key.toLowerCase(), c.cca3);
    }
  }
  return byName.get(value.trim().toLowerCase()) ?? null;
}

export function countryCode(option: string): (value: string) => string {
  return (value) => {
    const code = lookupCountry(value);
    if (!code) throw new DyadError('usage', `${option} must name a state (e.g. KEN or Kenya), got "${value}"`);
    return code;
  };
}

/** "GHA-KEN", "Ghana-Kenya", or names with a hyphen of their own ("Guinea-Bissau-Senegal"). */
export function countryPair(value: string): [string, string] {
  const parts = value.split('-');
  for (let cut = 1; cut < parts.length; cut++) {
    const a = lookupCountry(parts.slice(0, cut).join('-'));
    const b = lookupCountry(parts.slice(cut).join('-'));
    if (a && b) return [a, b];
  }
  throw new DyadError('usage', `--pair must be two states joined by "-" (e.g. GHA-KEN or Ghana-Kenya), got "${value}"`);
}

/** The sorted pair key ("AZE-BLR") of two states given as separate arguments, each a code or an English name. */
export function statePairArguments(a: string, b: string): string {
  const codes = [a, b].map((value, i) => {
    const code = lookupCountry(value);
    if (!code) {
      throw new DyadError('usage', `the ${i === 0 ? 'first' : 'second'} state must be an ISO code or an English name `
        + `(e.g. AZE or Azerbaijan), got "${value}"`);
    }
    return code;
  });
  if (codes[0] === codes[1]) throw new DyadError('usage', `a pair needs two different states, got "${a}" and "${b}"`);
  return codes.sort().join('-');
}
