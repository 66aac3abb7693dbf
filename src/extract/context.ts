// What the extractors know about a document: its sentences with their country, people and organisation
// mentions, the people it names (merged by surname), and the pair of states it is mainly about.
import type { CleanDocument, Evidence, Role, Sentence } from '../shared/types';
import { capitalOf, findAmbiguousDemonyms, findCountries, lookupCountry, type CountryMention } from '../language/countries';
import { findPeople, surnameKey, type PersonMention } from '../language/people';
import { findOrganisations, type Organisation } from '../language/organisations';
import { findCities } from '../language/cities';
import { CAPITAL_AHEAD } from '../language/capitals';
import { MONTH_RE } from '../language/dates-calendar';
import { splitSentences } from '../language/sentences';
import { afterWord } from './actors';
import { inferDocDate } from './docdate';

export interface Person {
  key: string;
  name: string;
  role: Role | null;
  title: string | null;
  country: string | null;
  confidence: number;
  evidence: Evidence;
  /** Known from other documents and only mentioned here by surname: used to resolve actors, not reported. */
  mentionedOnly?: boolean;
  /** The organisation a title ties the person to, whose country becomes theirs when the text gives none. */
  affiliation?: string;
  /** How the text names the person on later mentions when that is not the last word ("Park" for "Park Seong-jin"). */
  shortName?: string;
}

/** A reference to a known person in a sentence: a full mention, "Mr. X" or the bare surname. */
export interface PersonRef { start: number; end: number; person: Person }

export interface SentenceInfo {
  sentence: Sentence;
  /** Index of the paragraph (line) the sentence belongs to. */
  paragraph: number;
  countries: CountryMention[];
  people: PersonMention[];
  refs: PersonRef[];
  organisations: Organisation[];
  /**
   * Where a dateline that opens the sentence ends when it prints a day ("LIMA, May 2 (Agency) —" run into the text):
   * where and when the report was filed, not what it reports.
   */
  datelineEnd?: number;
}

export interface DocContext {
  doc: CleanDocument;
  sentences: SentenceInfo[];
  people: Map<string, Person>;
  organisations: Map<string, Organisation>;
  /** The two states the document is mostly about, most mentioned first; null if it names fewer than two. */
  pair: [string, string] | null;
  /** The state of the capital the article is filed from ("NAIROBI, June 4 —"), if it says. */
  home: string | null;
}

/** People already known from other documents (cross-document resolution), by surname key. */
export type KnownPeople = Map<string, { name: string; country: string; role: Role | null }>;

export function evidenceOf(s: Sentence, start = 0, end = s.text.length): Evidence {
  return { sentence: s.index, start: s.start + start, end: s.start + end, quote: s.text.slice(start, end) };
}

export function buildContext(doc: CleanDocument, known?: KnownPeople): DocContext {
  // Without a publication date, the date the text itself prints (a dateline, a caption) resolves its dates.
  if (!doc.date) {
    const inferred = inferDocDate(doc.text);
    if (inferred) doc = { ...doc, date: inferred };
  }
  const sentences = splitSentences(doc.text);
  const people = new Map<string, Person>();
  const organisations = new Map<string, Organisation>();
  const infos: SentenceInfo[] = [];
  let paragraph = 0;
  let lastEnd = 0;
  for (const s of sentences) {
    if (doc.text.slice(lastEnd, s.start).includes('\n')) paragraph++;
    lastEnd = s.end;
    const mentions = findCountries(s.text);
    const found = findPeople(s.text, mentions);
    // "President Sofia X": a capital inside a person's name is not the state.
    const countries = mentions.filter((c) => !found.some((p) => c.start >= p.start && c.end <= p.end));
    // Cities other than capitals, where the sentence names them as places ("arrived in Mombasa").
    for (const c of findCities(s.text, mentions)) if (!found.some((p) => c.start < p.end && c.end > p.start)) countries.push(c);
    countries.sort((a, b) => a.start - b.start);
    for (const p of found) remember(people, p, s);
    for (const o of findOrganisations(s.text)) {
      if (!organisations.has(o.name)) organisations.set(o.name, o);
      if (o.acronym && !organisations.has(o.acronym)) organisations.set(o.acronym, o);
    }
    infos.push({ sentence: s, paragraph, countries, people: found, refs: [], organisations: [] });
  }
  resolveAmbiguousDemonyms(infos);
  findShortNames(people, doc.text);
  resolveAffiliations(people, organisations, infos);
  // Every look-up is made even against an empty registry: a parallel extraction records them (src/pipeline/known.ts)
  // to check them against the registry a serial run would have had, which may hold the people asked for.
  if (known) fillFromKnown(people, known, infos);
  // Each person's surname once per document, not once per sentence: people do not change while refs are found.
  const surnames = [...people.values()].map((person) => [person.shortName ?? person.name.split(' ').pop()!, person] as const);
  for (const info of infos) {
    info.refs = findRefs(info.sentence.text, surnames);
    info.organisations = findOrgRefs(info.sentence.text, organisations);
  }
  const home = datelineState(infos);
  const pair = mainPair(infos, doc.title);
  resolveByContext(people, infos, pair, home);
  return { doc, sentences: infos, people, organisations, pair, home };
}

function remember(people: Map<string, Person>, p: PersonMention, s: Sentence): void {
  const key = surnameKey(p.name);
  const prev = people.get(key);
  if (!prev) {
    people.set(key, { key, name: p.name, role: p.role, title: p.title, country: p.country,
      confidence: p.confidence, evidence: evidenceOf(s, p.start, p.end), ...(p.affiliation ? { affiliation: p.affiliation } : {}) });
    return;
  }
  prev.affiliation ??= p.affiliation;
  if (p.name.length > prev.name.length && p.name.endsWith(prev.name.split(' ').pop()!)) prev.name = p.name;
  // A surer cue (explicit country) wins over a guess by word order.
  if (p.country && (!prev.country || p.confidence > prev.confidence)) { prev.country = p.country; prev.confidence = p.confidence; }
  if (!prev.role || prev.role === 'other') { prev.role = p.role; prev.title = p.title; }
}

// "Korean", "Congolese": the one of the states the demonym may name that the document names elsewhere.
function resolveAmbiguousDemonyms(infos: SentenceInfo[]): void {
  // The states the document names, gathered at the first shared demonym (most documents have none): no sentence's
  // countries have changed by then, so the set is the one the whole document gives.
  let named: Set<string> | null = null;
  for (const info of infos) {
    const found = findAmbiguousDemonyms(info.sentence.text);
    if (!found.length) continue;
    named ??= new Set(infos.flatMap((i) => i.countries.map((c) => c.code)));
    for (const d of found) {
      const meant = d.candidates.filter((c) => named!.has(c));
      if (meant.length !== 1 || info.countries.some((c) => c.start <= d.start && c.end >= d.end)) continue;
      info.countries.push({ start: d.start, end: d.end, text: d.text, code: meant[0], kind: 'demonym' });
    }
    info.countries.sort((a, b) => a.start - b.start);
  }
}

/**
 * Countries the text gives indirectly: the employer's ("Acme chief executive X" where Acme is "a Kenyan firm"),
 * or the principal's for an aide who goes with them ("X, accompanied by Foreign Minister Y").
 */
function resolveAffiliations(people: Map<string, Person>, orgs: Map<string, Organisation>, infos: SentenceInfo[]): void {
  for (const p of people.values()) {
    if (p.country) continue;
    const aff = p.affiliation;
    if (aff) {
      const org = orgs.get(aff) ?? [...orgs.values()].find((o) => o.name.startsWith(`${aff} `) || o.acronym === aff);
      if (org?.country) { p.country = org.country; p.confidence = Math.min(p.confidence, 0.7); continue; }
    }
    const info = infos[p.evidence.sentence];
    if (!info) continue;
    const at = p.evidence.start - info.sentence.start;
    const before = info.sentence.text.slice(0, at);
    if (!/\b(?:accompanied by|along with|together with|joined by)\s+(?:\S+\s+){0,4}$/.test(before)) continue;
    // The principal: a person named before with a state, else the state that opens the sentence ("The Bolivian President").
    const principal = info.people.filter((q) => q.end <= at && q.country).pop()?.country
      ?? info.countries.find((c) => c.end <= at && !afterWord(info.sentence.text, c.start, 'to|in|at|from|with'))?.code;
    if (principal) { p.country = principal; p.confidence = Math.min(p.confidence, 0.65); }
  }
}

// Offices of a state, as opposed to experts and business people, whose nationality context cannot tell.
const STATE_ROLES = new Set<Role>(['head_of_state', 'head_of_government', 'foreign_minister', 'minister', 'official', 'diplomat']);

/**
 * The last resort for an office holder the text gives no state: the state the sentence (or the one before it,
 * in the same paragraph) speaks for, when it names one side of the pair and not the other; else the state of
 * the dateline ("DODOMA, June 4 —"), since an official an article does not introduce is usually the host's.
 */
function resolveByContext(people: Map<string, Person>, infos: SentenceInfo[], pair: [string, string] | null, home: string | null): void {
  for (const p of people.values()) {
    if (p.country || !p.role || !STATE_ROLES.has(p.role) || p.mentionedOnly) continue;
    const info = infos[p.evidence.sentence];
    if (!info) continue;
    const guess = sideState(info) ?? signatureState(p, infos) ?? delegationState(p, info) ?? behalfState(p, info)
      ?? (pair ? counterpartSide(p, info, pair, home) ?? receiverState(p, info, pair) : null) ?? (pair ? travellerState(p, info, pair) ?? sentenceSide(p, infos, info, pair)
      ?? (home && pair.includes(home) ? home : null) : null);
    if (guess) { p.country = guess; p.confidence = Math.min(p.confidence, 0.5); }
  }
}

// "X travelled to Reykjavik", "X, who arrived in Khartoum": a traveller is not from where they travel to.
function travellerState(p: Person, info: SentenceInfo, pair: [string, string]): string | null {
  const at = p.evidence.end - info.sentence.start;
  const after = info.sentence.text.slice(at, at + 90);
  const m = /^[^.;]{0,40}?\b(?:travel\w*|fl(?:ew|ies|y)|arriv\w*|visit(?:ed|s|ing)?|(?:is|was) (?:on|in)|went|on an? (?:[\w-]+ ){0,3}(?:visit|trip) to)\s+(?:to\s+|in\s+|on\s+)?(?:the\s+)?/i.exec(after);
  if (!m) return null;
  const dest = info.countries.find((c) => c.start >= at + m[0].length && c.start <= at + m[0].length + 30);
  if (!dest || !pair.includes(dest.code)) return null;
  return pair[0] === dest.code ? pair[1] : pair[0];
}

// "On the Kenyan side, Minister X, Governor Y and others attended": everyone the sentence lists is of that side.
function sideState(info: SentenceInfo): string | null {
  const m = /^(?:On|From|For) the (\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*)?) side,/u.exec(info.sentence.text);
  return m ? lookupCountry(m[1]) ?? null : null;
}

// A signature block: "The Hon Jane Roe MP" on one line, "Prime Minister of Kenya" on the next.
const TITLE_LINE = /^(?:[A-Z][\w-]* ){0,4}?(?:Minister|President|Premier|Ambassador|Secretary|Chairman|Governor|King|Emir)(?: [A-Z][\w-]*){0,3} of (?:the )?(\p{Lu}[\p{L} -]+?)(?:\s+\d+\.)?$/u;

function signatureState(p: Person, infos: SentenceInfo[]): string | null {
  for (let i = 1; i < infos.length; i++) {
    const m = TITLE_LINE.exec(infos[i].sentence.text.trim());
    if (!m || infos[i].paragraph === infos[i - 1].paragraph) continue;
    if (!infos[i - 1].refs.some((r) => r.person === p)) continue;
    const code = findCountries(m[1]).map((c) => c.code)[0];
    if (code) return code;
  }
  return null;
}

// "X signed on behalf of Kenya", "Kenya was represented by its Trade Minister X": the state the person acts for.
function behalfState(p: Person, info: SentenceInfo): string | null {
  const text = info.sentence.text;
  const at = p.evidence.start - info.sentence.start;
  const after = /^[^,;]{0,60}?\bon behalf of (?:the )?(\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)?)/u.exec(text.slice(p.evidence.end - info.sentence.start));
  const before = /(\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)?) (?:was|were|is|will be) represented by (?:its|their|her|his) (?:[\p{L}-]+ ){0,6}$/u.exec(text.slice(Math.max(0, at - 120), at));
  const name = after?.[1] ?? before?.[1];
  return name ? findCountries(name).map((c) => c.code)[0] ?? null : null;
}

// "X held talks with his Zambian counterpart": X is from the other side.
// The dateline's state, when it is not the counterpart's, is the person's: a report filed from home.
function counterpartSide(p: Person, info: SentenceInfo, pair: [string, string], home: string | null): string | null {
  const rest = info.sentence.text.slice(p.evidence.end - info.sentence.start);
  const m = /^[^.;]{0,120}?\b(?:his|her|their) (\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)?) counterparts?\b/u.exec(rest);
  const code = m ? lookupCountry(m[1]) : undefined;
  if (!code) return null;
  if (home && home !== code) return home;
  if (!pair.includes(code)) return null;
  return code === pair[0] ? pair[1] : pair[0];
}

// "X was received at the airport by President Y", "welcomed by Y": the one who receives a visitor is the host.
function receiverState(p: Person, info: SentenceInfo, pair: [string, string]): string | null {
  const text = info.sentence.text;
  const at = p.evidence.start - info.sentence.start;
  const m = /\b(?:received|welcomed|greeted|met|hosted)\b[^.;]{0,80}?\bby (?:(?:his|her|their) )?(?:[\p{L}-]+ ){0,4}$/u.exec(text.slice(Math.max(0, at - 140), at));
  if (!m) return null;
  const guest = info.people.find((q) => q.end <= at && q.country && pair.includes(q.country))?.country
    ?? info.refs.find((r) => r.end <= at && r.person.country && r.person !== p && pair.includes(r.person.country))?.person.country;
  return guest ? (guest === pair[0] ? pair[1] : pair[0]) : null;
}

// "the delegation of Afghanistan headed by acting Minister X", "a Kenyan delegation led by X".
function delegationState(p: Person, info: SentenceInfo): string | null {
  const at = p.evidence.start - info.sentence.start;
  const before = info.sentence.text.slice(Math.max(0, at - 120), at);
  const m = /(?:delegation|mission|team|side) (?:of|from) (?:the )?([\p{Lu}][\p{L} -]+?) (?:headed|led) by\s+(?:\S+\s+){0,9}$|([\p{Lu}][\p{L}-]+) (?:government |ministerial |trade |business )?delegation (?:headed|led) by\s+(?:\S+\s+){0,9}$/u.exec(before);
  const name = m?.[1] ?? m?.[2];
  if (!name) return null;
  return findCountries(name).map((c) => c.code)[0] ?? null;
}

const UNNAMED_HOLDER = /^(?:['’]s)? (?:counterparts?|(?:[Vv]ice[ -]|[Dd]eputy )?(?:[Pp]resident|[Pp]rime [Mm]inister|[Pp]remier|[Ff]oreign [Mm]inister|[Kk]ing|[Ll]eader|[Hh]ead of [Ss]tate|[Aa]mbassador|[Ee]nvoy|[Mm]inister|[Dd]elegation|[Ss]ide))\b(?! (?:\p{Lu}\p{Ll}+ ){0,2}\p{Lu}\p{Ll}+)/u;

/**
 * The state the sentence (or the one before it, in the same paragraph) speaks for, when it names one side of the
 * pair and not the other. A state named right before another person ("Iceland's minister Y") is that person's:
 * when it is the only side named, the unknown person is on the other side.
 */
function sentenceSide(p: Person, infos: SentenceInfo[], info: SentenceInfo, pair: [string, string]): string | null {
  const prev = infos[info.sentence.index - 1];
  for (const s of [info, prev && prev.paragraph === info.paragraph ? prev : undefined]) {
    if (!s) continue;
    const text = s.sentence.text;
    const free = new Set<string>();
    const owned = new Set<string>();
    for (const c of s.countries) {
      if (!pair.includes(c.code)) continue;
      if (afterWord(text, c.start, 'to|in|into|with|from|at|on|visit\\w*')) continue;
      const other = s.people.find((q) => q.start >= c.end && q.start - c.end < 70 && q.name !== p.name && !/[,;]|\band\b/.test(text.slice(c.end, q.start)));
      // "his Mexican counterpart", "and the Turkish Vice President": the state of someone else, named or not.
      const unnamed = c.kind !== 'capital' && UNNAMED_HOLDER.test(text.slice(c.end, c.end + 40));
      (other || unnamed ? owned : free).add(c.code);
    }
    if (free.size === 1) return [...free][0];
    if (free.size > 1) return null;
    if (owned.size === 1 && s === info) { const o = [...owned][0]; return pair[0] === o ? pair[1] : pair[0]; }
    if (owned.size > 1) return null;
  }
  return null;
}

/**
 * "NAIROBI, June 4 (Reuters) —", "NEW DELHI:": the capital an article is filed from. The dateline also counts
 * as a mention of that state, which case-sensitive matching of "Nairobi" cannot see. A dateline that prints a day
 * has its end marked on its sentence (`datelineEnd`).
 */
// What follows a dateline's city when it prints a day: ", Azerbaijan, August 21", ", May 2 (Agency) —".
const DATELINE_REGION = String.raw`(?:,\s*\p{Lu}[\p{L} .'-]{1,30})?`;
const DATELINE_DATE = String.raw`,\s*${MONTH_RE}\.?\s+\d{1,2}(?:,?\s*(?:19|20)\d\d)?\b`;
const DATELINE_AGENCY = String.raw`(?:\s*\([^)]{1,30}\))?\s*[—–:-]?`;
const DATELINE_DAY = new RegExp(`^${DATELINE_REGION}${DATELINE_DATE}${DATELINE_AGENCY}`, 'u');

function datelineState(infos: SentenceInfo[]): string | null {
  // A date line ("date 2017-01-31 OTTAWA—...") can run into the dateline when the page has no line break.
  const lead = (i: SentenceInfo) => /^(?:date\s+\d{4}-\d{2}-\d{2}\s+)?/i.exec(i.sentence.text)![0].length;
  const DATELINE = /^(\p{Lu}[\p{Lu} .'-]{2,30}?)(?:,|:|\s?[—–-])/u;
  const first = infos.slice(0, 3).find((i) => DATELINE.test(i.sentence.text.slice(lead(i))));
  if (!first) return null;
  const skip = lead(first);
  const cityPart = DATELINE.exec(first.sentence.text.slice(skip))![1];
  const city = cityPart.trim();
  const tail = DATELINE_DAY.exec(first.sentence.text.slice(skip + cityPart.length));
  if (tail) first.datelineEnd = skip + cityPart.length + tail[0].length;
  const titled = city.toLowerCase().replace(/(^|[\s-])\p{Ll}/gu, (m) => m.toUpperCase());
  const code = capitalOf(titled) ?? null;
  if (code && !first.countries.some((c) => c.start === skip)) {
    first.countries.unshift({ start: skip, end: skip + city.length, text: titled, code, kind: 'capital' });
  }
  return code;
}

/**
 * Family name first ("Park Seong-jin", "Wang Lichun"): when the text repeats the first word of a name alone and
 * never the last, the first word is how it names the person again.
 */
function findShortNames(people: Map<string, Person>, text: string): void {
  for (const p of people.values()) {
    const parts = p.name.split(' ');
    if (parts.length < 2) continue;
    const full = countWord(text, p.name);
    const last = parts[parts.length - 1];
    // The first word must stand alone somewhere, and the last word never.
    if (countWord(text, parts[0]) > full && countWord(text, last) <= full) p.shortName = parts[0];
  }
}

// Whole-word occurrences, counted with indexOf: a pattern per person per document costs too much.
function countWord(text: string, word: string): number {
  let n = 0;
  for (let i = text.indexOf(word); i !== -1; i = text.indexOf(word, i + word.length)) {
    if (!LETTER.test(text[i - 1] ?? ' ') && !LETTER.test(text[i + word.length] ?? ' ')) n++;
  }
  return n;
}
const LETTER = /[\p{L}-]/u;

// The capital lookahead (implied by \p{Lu}) spares the Unicode lookbehind at most positions.
const CAPITALISED = new RegExp(String.raw`${CAPITAL_AHEAD}(?<![\p{L}'’-])\p{Lu}[\p{L}'’-]+`, 'gu');

function fillFromKnown(people: Map<string, Person>, known: KnownPeople, infos: SentenceInfo[]): void {
  for (const p of people.values()) {
    const k = known.get(p.key);
    if (!k) continue;
    if (!p.country) { p.country = k.country; p.confidence = Math.min(p.confidence, 0.7); }
    // "President X" here, "Amina X" elsewhere: the fuller name is the same person's.
    if (!p.name.includes(' ') && k.name.endsWith(p.name)) p.name = k.name;
  }
  // A known person this document names only by surname ("X's visit to Y") still acts for their state.
  // Looked up word by word: the registry grows with every document read, the document does not.
  for (const info of infos) {
    for (const m of info.sentence.text.matchAll(CAPITALISED)) {
      const word = withoutPossessive(m[0]);
      const key = surnameKey(word);
      const k = known.get(key);
      if (!k || people.has(key) || k.name.split(' ').pop() !== word) continue;
      people.set(key, { key, name: k.name, role: k.role, title: null, country: k.country, confidence: 0.6,
        evidence: evidenceOf(info.sentence), mentionedOnly: true });
    }
  }
}

/** `word` without a final "'s", "'" (or with ’), as word.replace(/['’]s?$/, '') has it: most words end otherwise. */
function withoutPossessive(word: string): string {
  const last = word.charCodeAt(word.length - 1);
  if (last === 0x27 || last === 0x2019) return word.slice(0, -1);
  if (last !== 0x73) return word;
  const before = word.charCodeAt(word.length - 2);
  return before === 0x27 || before === 0x2019 ? word.slice(0, -2) : word;
}

// Hoisted: one pattern object for every call rather than a new one each time (these run per sentence or word).
const A_LETTER = /\p{L}/u;
const NAMED_AFTER = /\b(?:Order|Prize|Medal|Award|Foundation|Centre|Center) of(?: \p{Lu}\p{Ll}+)* $/u;

function findRefs(text: string, surnames: ReadonlyArray<readonly [string, Person]>): PersonRef[] {
  const refs: PersonRef[] = [];
  for (const [surname, person] of surnames) {
    let i = text.indexOf(surname);
    while (i !== -1) {
      const end = i + surname.length;
      if (!A_LETTER.test(text[i - 1] ?? '') && !A_LETTER.test(text[end] ?? '')) {
        // "the Order of Simon X" names an award after the person, not the person acting.
        if (!NAMED_AFTER.test(text.slice(Math.max(0, i - 40), i))) {
          refs.push({ start: i, end, person });
        }
      }
      i = text.indexOf(surname, end);
    }
  }
  return refs.sort((a, b) => a.start - b.start);
}

function findOrgRefs(text: string, orgs: Map<string, Organisation>): Organisation[] {
  const out: Organisation[] = [];
  for (const [name, org] of orgs) if (text.includes(name) && !out.includes(org)) out.push(org);
  return out;
}

function mainPair(infos: SentenceInfo[], title: string | null): [string, string] | null {
  const counts = new Map<string, number>();
  const bump = (code: string, w: number) => counts.set(code, (counts.get(code) ?? 0) + w);
  for (const info of infos) for (const c of info.countries) if (c.kind !== 'city') bump(c.code, 1);
  if (title) for (const c of findCountries(title)) bump(c.code, 2);
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  if (ranked.length < 2) return null;
  return [ranked[0][0], ranked[1][0]];
}

/** The other state of the document's pair, when `code` is one of them. */
export function partnerOf(ctx: DocContext, code: string | null): string | null {
  if (!ctx.pair || !code) return null;
  if (ctx.pair[0] === code) return ctx.pair[1];
  if (ctx.pair[1] === code) return ctx.pair[0];
  return null;
}
