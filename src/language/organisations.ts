// Recognises organisations with their acronyms and countries from how the text introduces them.
import { CAPITAL_AHEAD } from './capitals';
import { findCountries, lookupCountry } from './countries';

export interface Organisation {
  name: string;
  acronym: string | null;
  country: string | null;
}

const CAP = String.raw`\p{Lu}[\p{L}\d-]*`;
// "the National Grain Corporation of Kenya (NGCK)".
// "Acme Aerospace Industries Ltd. (AAI)": a company suffix may stand between the name and its acronym.
// Each pattern below starts with CAP: the capital lookahead only leaves other positions sooner.
const WITH_ACRONYM = new RegExp(String.raw`${CAPITAL_AHEAD}(?<full>${CAP}(?: (?:of|and|for|the|de|${CAP}))*)(?: (?:Ltd|Inc|Co|Corp|PLC|LLC|JSC|SA|AG)\.?)? \((?<acr>\p{Lu}[\p{Lu}\d&-]{1,9})\)`, 'gu');
// "Egypt's Nile Steel", "India's Deccan Motors".
const POSSESSED = new RegExp(String.raw`${CAPITAL_AHEAD}(?<cty>${CAP}(?: ${CAP})?)['’]s (?<org>${CAP}(?: ${CAP}){0,3})`, 'gu');
// Every POSSESSED match holds "'s " and then a capital, whose first code unit is A-Z or non-ASCII: a cheap
// test (no Unicode properties, starts only at an apostrophe) that skips the pattern, tried at every capital, on most sentences.
const POSSESSED_HINT = /['’]s (?:[A-Z]|[^\x00-\x7f])/;

// Words that follow "Russia's" without naming an organisation.
const NOT_ORG = /^(?:President|Prime|Foreign|Minister|Ministry|Government|Economy|Defen[cs]e|Deputy|Ambassador|Head|Leader|Parliament|State|Central|National|Embassy|Exports?|Imports?|Trade|Oil|Gas|Share|Role|Position|Capital|Army|Armed|Territory|Side|People|Authorities|Leadership|Interests?|Contribution|Support|Obligations|Gate)\b/u;

// "Kenyan dairy processor Acme Fresh Ltd", "the Chilean state miner Codelta": a company noun after a demonym names the firm.
const COMPANY_NOUN = String.raw`(?:company|companies|firm|group|carmaker|automaker|manufacturer|maker|producer|processor|developer|operator|bank|lender|fund|insurer|conglomerate|giant|holding|miner|retailer|exporter|importer|supplier|contractor|start-up|startup|utility|airline|shipper|shipping line|corporation|concern|investor)`;
const COMPANY_HINT = new RegExp(String.raw`\b${COMPANY_NOUN} \p{Lu}`, 'u');
const DESCRIBED = new RegExp(String.raw`${CAPITAL_AHEAD}(?<cty>${CAP}(?: ${CAP})?) (?:state(?:-owned)? |private |[\p{Ll}-]+ ){0,3}?${COMPANY_NOUN} (?<org>${CAP}(?: (?:${CAP}|&|and|of))*(?: ${CAP})?)`, 'gu');

/** Organisations introduced in a sentence, each with its country where the text gives it. */
export function findOrganisations(sentence: string): Organisation[] {
  const out: Organisation[] = [];
  // Most sentences define no acronym: the pattern starts at every capital, so it runs only where one can end.
  if (sentence.includes(' (')) for (const m of sentence.matchAll(WITH_ACRONYM)) {
    const full = m.groups!.full.replace(/^the /i, '');
    const acr = m.groups!.acr;
    if (full[0] !== acr[0]) continue; // an acronym starts like its name
    const codes = findCountries(full).map((c) => c.code);
    out.push({ name: full, acronym: acr, country: codes[0] ?? null });
  }
  if (COMPANY_HINT.test(sentence)) for (const m of sentence.matchAll(DESCRIBED)) {
    const country = lookupCountry(m.groups!.cty);
    const org = m.groups!.org.replace(/ (?:and|of)$/, '');
    if (!country || lookupCountry(org) || out.some((o) => o.name === org)) continue;
    out.push({ name: org, acronym: null, country });
  }
  if (POSSESSED_HINT.test(sentence)) for (const m of sentence.matchAll(POSSESSED)) {
    const country = lookupCountry(m.groups!.cty);
    const org = m.groups!.org;
    if (!country || NOT_ORG.test(org) || lookupCountry(org)) continue;
    out.push({ name: org, acronym: null, country });
  }
  return out;
}
