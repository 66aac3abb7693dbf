// Country names for codes, so the API's pairs read as "Azerbaijan – Belarus" and not only as codes.
import countries from 'world-countries';

const NAMES = new Map(countries.map((c) => [c.cca3, c.name.common]));

export function countryName(code: string): string {
  return NAMES.get(code) ?? code;
}

export function pairCountries(pair: string): { code: string; name: string }[] {
  return pair.split('-').map((code) => ({ code, name: countryName(code) }));
}
