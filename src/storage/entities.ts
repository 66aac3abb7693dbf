// Which entities a fact names (countries, people) and the keys that make the same entity meet across documents.
import countries from 'world-countries';
import { factCountries, foldName } from '../shared/kinds/index';
import type { Fact } from '../shared/types';

export interface EntityRef {
  kind: 'country' | 'person';
  key: string;
  name: string;
  country: string | null;
  /** The spelling met in this fact. */
  alias: string;
}

let countryNames: Map<string, { common: string; official: string }> | undefined;

function countryName(code: string): { common: string; official: string } | undefined {
  countryNames ??= new Map(countries.map((c) => [c.cca3, { common: c.name.common, official: c.name.official }]));
  return countryNames.get(code);
}

export { foldName };

const COUNTRY_CODE = /^[A-Z]{3}$/;

/** The entities `fact` names; an unknown-looking country code is left out rather than invented. */
export function entitiesOf(fact: Fact): EntityRef[] {
  const refs: EntityRef[] = [];
  for (const code of new Set(factCountries(fact))) {
    if (!code || !COUNTRY_CODE.test(code)) continue;
    const name = countryName(code)?.common ?? code;
    refs.push({ kind: 'country', key: code, name, country: code, alias: name });
  }
  if (fact.type === 'person' && foldName(fact.name)) {
    const country = fact.country && COUNTRY_CODE.test(fact.country) ? fact.country : null;
    refs.push({ kind: 'person', key: `${foldName(fact.name)}|${country ?? ''}`, name: fact.name, country,
      alias: fact.name });
  }
  return refs;
}

/** Other names a new country entity is known by, so a lookup by its official name finds it too. */
export function countryAliases(code: string): string[] {
  const names = countryName(code);
  return names ? [...new Set([names.common, names.official, code])] : [code];
}

/**
 * The span of the entity inside the fact's evidence: the person's name where the evidence spells it out,
 * otherwise the whole evidence (a country code never appears as such in the text).
 */
export function mentionSpan(text: string, fact: Fact, ref: EntityRef): { start: number; end: number } {
  const { start, end } = fact.evidence;
  if (ref.kind === 'person') {
    const at = text.slice(start, end).indexOf(ref.alias);
    if (at >= 0) return { start: start + at, end: start + at + ref.alias.length };
  }
  return { start, end };
}
