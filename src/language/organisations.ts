// Recognises organisations with their acronyms and countries from how the text introduces them.
import { findCountries, lookupCountry } from './countries';

export interface Organisation {
  name: string;
  acronym: string | null;
  country: string | null;
}

const CAP = String.raw`\p{Lu}[\p{L}\d-]*`;
// "the National Grain Corporation of Kenya (NGCK)".
const WITH_ACRONYM = new RegExp(String.raw`(?<full>${CAP}(?: (?:of|and|for|the|de|${CAP}))*) \((?<acr>\p{Lu}[\p{Lu}\d&-]{1,9})\)`, 'gu');
// "Egypt's Nile Steel", "India's Deccan Motors".
const POSSESSED = new RegExp(String.raw`(?<cty>${CAP}(?: ${CAP})?)['’]s (?<org>${CAP}(?: ${CAP}){0,3})`, 'gu');

// Words that follow "Russia's" without naming an organisation.
const NOT_ORG = /^(?:President|Prime|Foreign|Minister|Ministry|Government|Economy|Defen[cs]e|Deputy|Ambassador|Head|Leader|Parliament|State|Central|National|Embassy|Exports?|Imports?|Trade|Oil|Gas|Share|Role|Position|Capital|Army|Armed|Territory|Side|People|Authorities|Leadership|Interests?|Contribution|Support|Obligations|Gate)\b/u;

/** Organisations introduced in a sentence, each with its country where the text gives it. */
export function findOrganisations(sentence: string): Organisation[] {
  const out: Organisation[] = [];
  for (const m of sentence.matchAll(WITH_ACRONYM)) {
    const full = m.groups!.full.replace(/^the /i, '');
    const acr = m.groups!.acr;
    if (full[0] !== acr[0]) continue; // an acronym starts like its name
    const codes = findCountries(full).map((c) => c.code);
    out.push({ name: full, acronym: acr, country: codes[0] ?? null });
  }
  for (const m of sentence.matchAll(POSSESSED)) {
    const country = lookupCountry(m.groups!.cty);
    const org = m.groups!.org;
    if (!country || NOT_ORG.test(org) || lookupCountry(org)) continue;
    out.push({ name: org, acronym: null, country });
  }
  return out;
}
