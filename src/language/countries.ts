// Finds countries in text by name, official name, demonym, compound adjective and capital, from world-countries.
import worldCountries from 'world-countries';

/** A 'city' is a place in the state other than its capital (see cities.ts), never the state acting. */
export type CountryMentionKind = 'name' | 'demonym' | 'capital' | 'city';

export interface CountryMention {
  start: number;
  end: number;
  text: string;
  code: string;
  kind: CountryMentionKind;
}

interface Entry { code: string; kind: CountryMentionKind }

// Abbreviations news copy uses that the package lists only as ISO codes.
// The seats of government news copy names for the state ("a Kremlin spokesman", "the White House said").
const EXTRA_NAMES: Record<string, string> = { US: 'USA', 'U.S.': 'USA', UK: 'GBR', 'U.K.': 'GBR', Kremlin: 'RUS', 'White House': 'USA' };
// Adjectives the package lacks because its demonym is another word ("Filipino").
const EXTRA_DEMONYMS: Record<string, string> = { Philippine: 'PHL' };

/**
 * Demonyms that name no single state: shared by two UN members ("Congolese", "Dominican"), or the bare form of
 * "South X"/"North X" when no state has it as its own ("Korean"; "Sudanese" stays Sudan's).
 */
const AMBIGUOUS = new Set<string>();
const UN_DEMONYMS = new Map<string, string[]>();
for (const c of worldCountries) {
  const d = c.demonyms?.eng?.m;
  if (d && c.unMember) UN_DEMONYMS.set(d, [...(UN_DEMONYMS.get(d) ?? []), c.cca3]);
}
for (const [d, codes] of UN_DEMONYMS) if (codes.length > 1) AMBIGUOUS.add(d);

const entries = new Map<string, Entry>();
/** Shared demonyms and the states they may name ("Korean" → KOR, PRK). */
const ambiguous = new Map<string, string[]>();
const capitals = new Map<string, string>();
const names = new Map<string, string>();

const stripAccents = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '');

function add(text: string, code: string, kind: CountryMentionKind): void {
  const t = text.trim();
  if (t.length < 2) return;
  if (!entries.has(t)) entries.set(t, { code, kind });
  // English copy often drops accents: "Brasilia", "Bogota", "Cote d'Ivoire".
  const plain = stripAccents(t);
  if (plain !== t && !entries.has(plain)) entries.set(plain, { code, kind });
}

// Sovereign states first, so a demonym shared with a territory ("French") names the state.
const ordered = [...worldCountries].sort((a, b) => Number(b.unMember) - Number(a.unMember));
for (const c of ordered) {
  const code = c.cca3;
  names.set(code, c.name.common);
  add(c.name.common, code, 'name');
  add(c.name.official, code, 'name');
  for (const alt of c.altSpellings ?? []) {
    if (!/^[A-Za-z][A-Za-z .'-]+$/.test(alt)) continue; // Latin-script spellings only
    if (alt === c.cca2) continue; // two-letter codes collide with ordinary words
    add(alt, code, 'name');
    // "Republic of Turkey" implies the everyday "Turkey".
    const m = /^(?:The )?(?:Republic|Kingdom|State|Federation|Commonwealth|Sultanate|Principality) of (?:the )?(.+)$/.exec(alt);
    if (m && !/ of /.test(m[1])) add(m[1], code, 'name');
  }
  const demonym = c.demonyms?.eng?.m;
  // "Korean" for "South Korean" and "North Korean", "Sudanese" for Sudan and South Sudan: shared, to be settled by context.
  const bare = demonym?.replace(/^(?:South|North|Equatorial|Papua New) /, '');
  if (bare && c.unMember && (AMBIGUOUS.has(bare) || (bare !== demonym && !UN_DEMONYMS.has(bare)))) {
    ambiguous.set(bare, [...new Set([...(ambiguous.get(bare) ?? []), code])]);
    AMBIGUOUS.add(bare);
  }
  if (demonym && !AMBIGUOUS.has(demonym)) {
    add(demonym, code, 'demonym');
    if (c.demonyms?.eng?.f && c.demonyms.eng.f !== demonym) add(c.demonyms.eng.f, code, 'demonym');
    // "Kazakhstani" is also written "Kazakh", "Uzbekistani" "Uzbek": the -stan stem is the adjective.
    const stem = /^(.{5,}?)i?stani$/.exec(demonym);
    if (stem && c.name.common.startsWith(stem[1])) add(stem[1], code, 'demonym');
  }
  // Where the package gives a noun ("Icelander", "Luxembourger", "Surinamer"), the adjective is one of the regular
  // derivations of the name; forms no one writes are harmless, since they never occur in a text.
  if (demonym && /er$/.test(demonym) && c.unMember) {
    for (const adj of [`${c.name.common}ic`, `${c.name.common}ish`, `${c.name.common.replace(/e$/, '')}ese`]) add(adj, code, 'demonym');
  }
  // The same stem adjective when the package spells the demonym otherwise ("Tadzhik" for Tajikistan).
  const stanStem = /^(\p{Lu}\p{Ll}{4,}?)i?stan$/u.exec(c.name.common);
  if (stanStem) add(stanStem[1], code, 'demonym');
  for (const cap of c.capital ?? []) {
    const plain = cap.replace(/\s+D\.C\.$/, '');
    if (!capitals.has(plain)) capitals.set(plain, code);
    if (!capitals.has(stripAccents(plain))) capitals.set(stripAccents(plain), code);
    add(plain, code, 'capital');
  }
}
for (const [text, code] of Object.entries(EXTRA_NAMES)) add(text, code, 'name');
for (const [text, code] of Object.entries(EXTRA_DEMONYMS)) add(text, code, 'demonym');

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternation = [...entries.keys()].sort((a, b) => b.length - a.length).map(escape).join('|');
/**
 * A lookahead on the first characters of `words`, implied by an alternation of them: put in front of the
 * alternation, it lets the pattern leave most positions before the costly Unicode lookbehind (about twice as fast
 * over news text). Only for patterns without the `i` flag.
 */
function firstCharAhead(words: Iterable<string>): string {
  const firsts = new Set([...words].map((w) => [...w][0]));
  return `(?=[${[...firsts].map((c) => c.replace(/[\]\\^-]/g, '\\$&')).join('')}])`;
}

// Case-sensitive: country names are proper nouns; a lowercase match is some other word.
const PATTERN = new RegExp(`${firstCharAhead(entries.keys())}(?<![\\p{L}\\p{N}])(?:${alternation})(?![\\p{L}\\p{N}])`, 'gu');

/**
 * Classical combining forms of English compounds ("Sino-Russian", "Franco-German"). The package has no such
 * field; they are read only before a hyphen and another state's name or adjective, so "Indo-Pacific" is no state.
 */
const COMBINING: Record<string, string> = { Sino: 'CHN', Franco: 'FRA', Russo: 'RUS', Italo: 'ITA', Austro: 'AUT',
  Hispano: 'ESP', Luso: 'PRT', Greco: 'GRC', Nippo: 'JPN', Germano: 'DEU', Anglo: 'GBR', Indo: 'IND' };
const COMBINING_RE = new RegExp(`(?<![\\p{L}\\p{N}])(${Object.keys(COMBINING).join('|')})-(?=\\p{Lu})`, 'gu');

/** Every country mention in `text`, left to right, longest name first at each position. */
export function findCountries(text: string): CountryMention[] {
  const out: CountryMention[] = [];
  // Matched on an accent-free copy of the same length, so "Reykjavík" finds the package's "Reykjavik".
  const folded = /[\u00C0-\u024F]/.test(text) ? foldAccents(text) : text;
  PATTERN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PATTERN.exec(folded))) {
    const e = entries.get(m[0]);
    if (!e) continue;
    if (text[m.index + m[0].length] === '$') continue; // "US$3.9 billion" is a currency, not a state
    // "North America", "Latin America": a continent, not the United States.
    if (m[0] === 'America' && /(?:North|South|Latin|Central) $/.test(text.slice(Math.max(0, m.index - 8), m.index))) continue;
    out.push({ start: m.index, end: m.index + m[0].length, text: text.slice(m.index, m.index + m[0].length), code: e.code, kind: e.kind });
  }
  if (text.includes('o-')) {
    for (const c of text.matchAll(COMBINING_RE)) {
      const next = c.index! + c[0].length;
      if (!out.some((o) => o.start === next)) continue;
      out.push({ start: c.index!, end: c.index! + c[1].length, text: c[1], code: COMBINING[c[1]], kind: 'demonym' });
    }
    out.sort((a, b) => a.start - b.start);
  }
  return out;
}

/** The everyday English name of a country code ("AZE" → "Azerbaijan"). */
export function countryName(code: string): string {
  return names.get(code) ?? code;
}

/** The country whose capital this is, if it is one. */
export function capitalOf(city: string): string | undefined {
  return capitals.get(city);
}

/** The country a word or phrase names (name, demonym or capital), if exactly one. */
export function lookupCountry(text: string): string | undefined {
  return entries.get(text.trim())?.code;
}

const AMBIGUOUS_RE = new RegExp(`${firstCharAhead(AMBIGUOUS)}(?<![\\p{L}\\p{N}-])(?:${[...AMBIGUOUS].join('|')})(?![\\p{L}\\p{N}])`, 'gu');

/**
 * Shared demonyms ("Korean", "Congolese") with the states they may name. Which one is meant is for the caller
 * to settle from the rest of the document; "South Korean" is found by findCountries as itself.
 */
export function findAmbiguousDemonyms(text: string): Array<{ start: number; end: number; text: string; candidates: string[] }> {
  const out: Array<{ start: number; end: number; text: string; candidates: string[] }> = [];
  for (const m of text.matchAll(AMBIGUOUS_RE)) {
    if (/(?:South|North|Equatorial|New|Papua New) $/.test(text.slice(Math.max(0, m.index! - 16), m.index!))) continue;
    const candidates = ambiguous.get(m[0]);
    if (candidates?.length) out.push({ start: m.index!, end: m.index! + m[0].length, text: m[0], candidates });
  }
  return out;
}

/** Each precomposed Latin letter replaced by its base letter: same length, same offsets. */
function foldAccents(text: string): string {
  // Code unit by code unit: ASCII and surrogates (halves of letters outside the Basic Multilingual Plane, kept whole)
  // stay; any other character is folded once per process and remembered.
  let out = '';
  let copied = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80 || (c >= 0xd800 && c <= 0xdfff)) continue;
    let folded = FOLDED.get(c);
    if (folded === undefined) {
      const ch = text[i];
      const base = ch.normalize('NFD')[0];
      folded = base !== ch && /[A-Za-z]/.test(base) ? base : ch;
      FOLDED.set(c, folded);
    }
    if (folded !== text[i]) {
      out += text.slice(copied, i) + folded;
      copied = i + 1;
    }
  }
  return copied === 0 ? text : out + text.slice(copied);
}
const FOLDED = new Map<number, string>();
