// Recognises named people in a sentence from the cues news copy gives: a title before the name,
// a role after it, "presidents X and Y", "his Belarusian counterpart X"; no name list is used.
import type { Role } from '../shared/types';
import { capitalOf, findCountries, lookupCountry, type CountryMention } from './countries';
import { roleOf, TITLE_SOURCE } from './roles';
import { isWord } from '../cleaning/words';
import { CAPITAL_AHEAD } from './capitals';

export interface PersonMention {
  start: number;
  end: number;
  name: string;
  title: string | null;
  role: Role | null;
  country: string | null;
  /** How sure the cue is: an explicit title with country is surer than a guess by order. */
  confidence: number;
  /** An organisation the title ties the person to ("Acme chief executive X"), for the caller to resolve. */
  affiliation?: string;
}

const NAME_TOKEN = String.raw`\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?\p{Ll}+)*`;
// Long enough to take a title run and the name after it ("Kenya's Foreign Affairs Cabinet Secretary X Y Z").
// A monarch's or pope's regnal number ends a name ("Abdullah II", "Mikhail III").
const REGNAL = String.raw`(?: (?:I{2,3}|IV|VI{0,3}|IX|XI{0,3})(?![\p{L}\d]))`;
const NAME = String.raw`${NAME_TOKEN}(?:(?: (?:(?:bin|ibn|al|el|de|da|van|von|der|le|la)[ -])?${NAME_TOKEN}){1,9}${REGNAL}?|${REGNAL})`;

// Capitalised words that start a name run but are never part of a person's name.
const NOT_NAME = new Set(('The A An This That These Those In On At For From By With And Or But If As Of To It He She ' +
  'They We I His Her Its Their Our Mr Mrs Ms Dr Prof Sir Madam January February March April May June July August September October ' +
  'November December Monday Tuesday Wednesday Thursday Friday Saturday Sunday President Prime Minister Premier ' +
  'King Queen Emir Sultan Chancellor Foreign Secretary State Ambassador Envoy Governor Mayor Deputy Vice Acting ' +
  'Former Head Chairman Chairwoman Director General Analyst Expert Spokesman Spokesperson Spokeswoman Republic ' +
  'Federation Kingdom Ministry Government Parliament Council Commission Committee Union Agency Bank Company ' +
  'Group Center Centre Institute University Exchange Corporation Plant Factory Refinery Forum Summit Order ' +
  'Economy Defense Defence Energy Trade Agriculture Education Health Culture Finance Interior Justice Transport ' +
  'Industry Affairs Development Investment Digital Labour Labor Emergency Sports Sport Tourism Science ' +
  'Belarusian Leader During After Before Following Today Yesterday Meanwhile However Also Earlier Later ' +
  'North South East West Central Eastern Western Northern Southern Sea Ocean Gulf District Region Province City ' +
  'Oil Gas International National Joint Economic Political Cooperation Mining Planning Resources Natural Environment ' +
  'Water Communications Technology Infrastructure Housing Fisheries Petroleum Mines Works Social Higher External ' +
  'Information Innovation Industrial Commerce Situations Urban Rural Public Youth Labour Employment Integration Cabinet ' +
  'Economist Professor Researcher Expert Journalist Fellow Lecturer Member Studies Research Relations Policy ' +
  'Crown Prince Princess Pope Speaker Undersecretary Authority Administration Office Board Organisation Organization ' +
  'Department Service Assembly Senate Court Party Army Forces Press News Airport Airlines Airways Railways Port').split(' '));

// Words that can follow a name in the same capitalised run without being part of it.
const TRAILING = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Today|Yesterday)$/;

// Honorifics that stand between a title and a name ("Prime Minister Dato' Sri X", "Sheikh X"): not part of the name.
const HONORIFIC = String.raw`(?:\((?:Dato['’]?|Datuk|Tan) (?:Seri|Sri)\)|(?:Dato['’]?|Datuk|Tan) (?:Seri|Sri)|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Chief|Dato['’]?|Datuk|Tun|Sheikh|Sheikha|Sir|Dame|Shri|Smt|Shrimati|Samdech|His Excellency|Her Excellency|H\.E\.)`;
const LEADING_HONORIFICS = new RegExp(String.raw`^(?:${HONORIFIC}(?: |$))+`, 'u');

// Titles right before a name: a capital after one is a given name ("President Sofia X").
const TITLE_TOKENS = new Set('President Minister Premier King Queen Emir Sultan Chancellor Ambassador Governor Mayor Mr Mrs Ms Dr Prof'.split(' '));

const COUNTRY_WORD = String.raw`(?:U\.S\.|U\.K\.|\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*){0,3}?)`;

// "Kenya's Foreign Minister, Amina X" / "Peruvian Economy Minister Rosa X" / "President of Chile Pablo X".
// Lowercase words between the country and the title ("Kenya's dairy processor"), never a preposition: in
// "a visit to Seoul by Prime Minister X" the capital is where, not whose.
const FILLER = String.raw`(?:(?!(?:by|to|in|with|from|for|at|on|and|as|than|of|the|said|says)\b)\p{Ll}[\p{L}-]* ){0,3}`;
const TITLE_TAIL = String.raw`(?<title>${TITLE_SOURCE})(?: of (?:the )?(?<ofc>(?:(?:\p{Lu}\p{L}+ )?(?:Republic|Kingdom|State|Federation|Sultanate|Emirate|Commonwealth) of (?:the )?)?${COUNTRY_WORD}))?,? (?:${HONORIFIC} )*$`;
const TITLE_BEFORE = new RegExp(String.raw`(?:(?<cty>${COUNTRY_WORD})(?:['’]s)? ${FILLER})?${TITLE_TAIL}`, 'u');
// The same without a country in front, for when the word taken as one was part of the title ("Prime").
const BARE_TITLE_BEFORE = new RegExp(TITLE_TAIL, 'u');
// "X, Russian analyst at the Center..." / "X, Egypt's ambassador to Italy" / "X, the head of ...".
const ROLE_AFTER = new RegExp(String.raw`^(?!,? (?:and|or|but|while)\b),? (?:(?:the|a|an) )?(?:(?<cty>${COUNTRY_WORD})(?:['’]s)? )?(?:(?!(?:under|by|to|in|with|from|for|at|on|of|the)\b)\p{Ll}[\p{L}-]* ){0,2}?(?<title>${TITLE_SOURCE})\b`, 'u');
// "presidents of Ghana and Nigeria, Kofi X and Bola Y" / "presidents Kofi X and Bola Y".
const PLURAL = new RegExp(String.raw`\b(?<title>[Pp]residents|[Pp]rime [Mm]inisters|[Ff]oreign [Mm]inisters|[Ll]eaders|[Mm]inisters)(?: of (?<c1>${COUNTRY_WORD}) and (?<c2>${COUNTRY_WORD}))?,? (?<n1>${NAME}) and (?<n2>${NAME})`, 'gu');
// "his Ghanaian counterpart Kofi X".
const COUNTERPART = new RegExp(String.raw`\b(?:his|her|their) (?<cty>${COUNTRY_WORD}) counterparts?,? (?:${HONORIFIC} )?(?<name>${NAME})`, 'gu');
// A name starts with a capital: the lookahead only leaves other positions sooner.
const NAME_RE = new RegExp(CAPITAL_AHEAD + NAME, 'gu');
const TITLE_ANYWHERE = new RegExp(String.raw`\b(?:${TITLE_SOURCE})\b`, 'gu');
// Every title of TITLE_SOURCE holds one of these words: a cheap test before the costly anchored patterns.
const TITLE_HINT = /prince|pope|speaker|minister|commissioner|fellow|lecturer|scholar|premier|president|king|queen|emir|sultan|chancellor|secretary|affairs|ambassador|envoy|consul|governor|mayor|spokes|CEO|executive|chair|analyst|expert|economist|professor|researcher|scientist|blogger|journalist|activist|leader|advis|director|head of/i;
// Literal words every match of PLURAL, COUNTERPART and TITLED_SURNAME holds (their alternatives differ only in
// the case of a first letter): most sentences lack them, and the test is far cheaper than the Unicode patterns.
const PLURAL_HINT = /residents|inisters|eaders/;
const COUNTERPART_HINT = ' counterpart';
const TITLED_SURNAME_HINT = /President|Minister|Premier|Chancellor|Ambassador|King|Emir|Sultan|Mr|Ms|Dr/;
// "President Odhiambo", "Mr. Rojas": a surname alone after a title or an honorific.
const TITLED_SURNAME = new RegExp(String.raw`\b(?<title>(?:[Pp]rime |[Ff]oreign |[Dd]eputy )?(?:President|Minister|Premier|Chancellor|Ambassador|King|Emir|Sultan)|Mr\.?|Mrs\.?|Ms\.?|Dr\.?) (?<name>${NAME_TOKEN})(?![\p{L}'’-])(?! ${NAME_TOKEN})`, 'gu');

function countryIn(text: string | undefined): string | null {
  if (!text) return null;
  const direct = lookupCountry(text);
  if (direct) return direct;
  const found = findCountries(text);
  return found.length ? found[found.length - 1].code : null;
}

/**
 * Trims non-name words a name run swept in: a title at its start ("Minister Maxim X" → "Maxim X"), a title in its
 * middle ("Hydrocarbons Minister Luis X", "Islamist President Ali X": the name is the last stretch of name words),
 * a weekday after it ("X Friday admitted"), a possessive ("X's visit"). An honorific before a single name word is
 * part of the name ("Sheikh Nurjahan"), else it is dropped.
 */
function trimName(raw: string, start: number, continuesTitle = false): { name: string; start: number } | null {
  const parts = raw.split(' ');
  let skip = 0;
  // After "Minister of Fisheries and", capitalised English words ("Ocean Policy") still name the portfolio.
  if (continuesTitle) while (skip < parts.length - 2 && isWord(parts[skip].toLowerCase())) skip++;
  const givenName = (i: number) => i > 0 && TITLE_TOKENS.has(parts[i - 1]) && capitalOf(parts[i]);
  const notName = (i: number) => NOT_NAME.has(parts[i]) || (lookupCountry(parts[i].replace(/['’]s$/, '')) && !givenName(i));
  let end = parts.length;
  for (;;) {
    while (skip < end && notName(skip)) skip++;
    // A title inside the run: start again after it, provided a name of two words or more follows.
    const inner = parts.slice(skip, end).findIndex((_, k) => notName(skip + k));
    if (inner === -1) {
      const honorifics = LEADING_HONORIFICS.exec(parts.slice(skip, end).join(' '))?.[0];
      if (!honorifics) break;
      const n = honorifics.trim().split(' ').length;
      if (end - skip - n === 1) break; // "Sheikh Nurjahan": the honorific is the name's first word
      skip += n;
      continue;
    }
    const after = skip + inner;
    let next = after;
    while (next < end && notName(next)) next++;
    let nextEnd = next;
    while (nextEnd < end && !notName(nextEnd)) nextEnd++;
    if (nextEnd - next >= 2) { skip = next; continue; }
    if (!TRAILING.test(parts[after])) return null;
    end = after; // "X Friday admitted": the name ends before the day
  }
  const rest = parts.slice(skip, end);
  if (rest.length && /['’]s$/.test(rest[rest.length - 1])) rest[rest.length - 1] = rest[rest.length - 1].replace(/['’]s$/, '');
  if (rest.length < 2 || rest.length > 4) return null;
  const offset = parts.slice(0, skip).join(' ').length + (skip ? 1 : 0);
  return { name: rest.join(' '), start: start + offset };
}

// Hoisted: one pattern object for every call rather than a new one each time (these run per sentence or word).
const OF_AFTER = /^,? of (?:the )?(\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)?)/u;
const NAME_NEXT = /^,?\s*\p{Lu}\p{Ll}+ \p{Lu}/u;
const COUNTERPART_BEFORE = /\b(?:his|her|their) (\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*)?) counterparts?,\s*$/u;
const OF_PLACE = /\b(?:of|at|for) (?:the )?(\p{Lu}[\p{L}-]+(?: (?:(?:of|for|and) )?\p{Lu}[\p{L}-]+)*)/u;
const TO_PLACE = /\b(?:to|in) \p{Lu}/u;

export function findPeople(sentence: string, countries: CountryMention[] = findCountries(sentence)): PersonMention[] {
  const out: PersonMention[] = [];
  const taken = (s: number, e: number) => out.some((p) => s < p.end && e > p.start);

  if (PLURAL_HINT.test(sentence)) for (const m of sentence.matchAll(PLURAL)) {
    const g = m.groups!;
    // "ministers A B and Deputy Prime Minister": both sides of "and" must be names, not titles.
    const isName = (n: string) => trimName(n, 0)?.name === n;
    if (!isName(g.n1) || !isName(g.n2)) continue;
    const role = roleOf(g.title.replace(/s\b/g, ''));
    let c1 = countryIn(g.c1), c2 = countryIn(g.c2);
    const explicit = c1 != null && c2 != null;
    if (!explicit) {
      // "Belarus and Azerbaijan ... presidents X and Y": two countries, two names, in the same order.
      const codes = [...new Set(countries.filter((c) => c.end <= m.index!).map((c) => c.code))];
      if (codes.length === 2) [c1, c2] = codes;
    }
    const n1Start = m.index! + m[0].length - g.n2.length - ' and '.length - g.n1.length;
    const n2Start = m.index! + m[0].length - g.n2.length;
    const conf = explicit ? 0.9 : c1 ? 0.6 : 0.7;
    out.push({ start: n1Start, end: n1Start + g.n1.length, name: g.n1, title: g.title, role, country: c1, confidence: conf });
    out.push({ start: n2Start, end: n2Start + g.n2.length, name: g.n2, title: g.title, role, country: c2, confidence: conf });
  }

  for (const m of sentence.matchAll(NAME_RE)) {
    const continuesTitle = /\b(?:[Mm]inister|[Ss]ecretary|[Mm]inistry|[Cc]ommissioner)\b[^.;]{0,60}\b(?:of|for|and|&)\s+$/.test(sentence.slice(Math.max(0, m.index! - 80), m.index!));
    const trimmed = trimName(m[0], m.index!, continuesTitle);
    if (!trimmed) continue;
    const { name, start } = trimmed;
    const end = start + name.length;
    if (taken(start, end)) continue;
    const left = sentence.slice(Math.max(0, start - 90), start);
    const right = sentence.slice(end, end + 90);
    let before = TITLE_HINT.test(left) ? TITLE_BEFORE.exec(left) : null;
    if (before?.groups?.cty && NOT_NAME.has(before.groups.cty.split(' ')[0]) && !countryIn(before.groups.cty)) {
      const bare = BARE_TITLE_BEFORE.exec(left);
      if (bare) before = bare;
    }
    // "Addressing the Belarusian leader, X said": a title before a comma belongs to someone else,
    // unless it is "Kenya's Foreign Minister, X".
    // "the Minister of Agriculture, Chief Bello X" / "Managing Director of Acme, Mr. Obinna X": an honorific after the
    // comma makes the name the title's holder.
    if (before && /,\s*$/.test(before[0]) && !/['’]s /.test(before[0]) && !before.groups?.ofc && before.index > 0
      && !/,\s*(?:Mr|Mrs|Ms|Dr|Chief)\.?\s+$/.test(sentence.slice(Math.max(0, start - 10), start))) before = null;
    if (before?.groups) {
      const g = before.groups;
      if (/^(?:Order|Prize|Award|Medal|Foundation|Fund|Street|Avenue|University|Airport)/.test(right.trimStart())) continue;
      // "President Amina X of Kenya": the office's state can follow the name.
      const ofAfter = OF_AFTER.exec(right)?.[1];
      const country = countryIn(g.ofc) ?? countryIn(g.cty) ?? countryIn(titleCountry(g.title)) ?? countryIn(ofAfter)
        ?? counterpartCountry(left.slice(0, before.index)) ?? countryIn(g.title) ?? appositiveCountry(right);
      // "Acme chief executive X": the word before the title is the employer, not a state.
      const affiliation = g.cty && !countryIn(g.cty) && !NOT_NAME.has(g.cty.split(' ')[0]) ? g.cty : undefined;
      const role = (affiliation && orgRole(g.title, affiliation)) || roleOf(g.title);
      out.push({ start, end, name, title: g.title, role, country, confidence: country ? 0.9 : 0.75, ...(affiliation ? { affiliation } : {}) });
      continue;
    }
    const after = TITLE_HINT.test(right) ? ROLE_AFTER.exec(right) : null;
    // "Acme chief executive Jane Roe": a title followed by a name belongs to that name; the run before is a company.
    if (after?.groups && !NAME_NEXT.test(right.slice(after[0].length))) {
      const g = after.groups;
      const org = ORG_AFTER_TITLE.exec(right.slice(after[0].length))?.[1];
      const country = countryIn(g.cty) ?? countryIn(titleCountry(right.slice(0, 80))) ?? affiliationCountry(sentence.slice(end, end + 200));
      const employer = org && !lookupCountry(org.replace(/^(?:Republic|Kingdom|State) of /, '')) ? org : undefined;
      const role = (employer && orgRole(g.title, employer)) || roleOf(g.title);
      out.push({ start, end, name, title: g.title, role, country, confidence: country ? 0.85 : 0.7, ...(employer ? { affiliation: employer } : {}) });
    }
  }
  if (sentence.includes(COUNTERPART_HINT)) for (const m of sentence.matchAll(COUNTERPART)) {
    const g = m.groups!;
    const start = m.index! + m[0].length - g.name.length;
    if (taken(start, start + g.name.length)) continue;
    // The counterpart holds the same office as the person named before in the sentence.
    // The counterpart holds the same office as the person named before in the sentence, or as the office
    // named there ("the Lao foreign minister met his Thai counterpart X").
    const before = out.filter((p) => p.end <= start).pop();
    const office = before ? null : [...sentence.slice(0, m.index!).matchAll(TITLE_ANYWHERE)].pop()?.[0];
    out.push({ start, end: start + g.name.length, name: g.name, title: before?.title ?? office ?? 'counterpart',
      role: before?.role ?? (office ? roleOf(office) : null), country: countryIn(g.cty), confidence: 0.8 });
  }

  if (TITLED_SURNAME_HINT.test(sentence)) for (const m of sentence.matchAll(TITLED_SURNAME)) {
    const g = m.groups!;
    const start = m.index! + m[0].length - g.name.length;
    if (taken(start, start + g.name.length) || NOT_NAME.has(g.name) || lookupCountry(g.name)) continue;
    const honorific = /^(?:Mr|Mrs|Ms|Dr)/.test(g.title);
    out.push({ start, end: start + g.name.length, name: g.name, title: honorific ? null : g.title,
      role: honorific ? null : roleOf(g.title), country: null, confidence: 0.6 });
  }
  return out.sort((a, b) => a.start - b.start);
}

// "X, chairman of Acme Energy": the organisation the title is held in.
const ORG_AFTER_TITLE = /^ (?:of|at) (?:the )?(\p{Lu}[\p{L}\d&-]*(?: (?:(?:of|for|and|the|de) )*\p{Lu}[\p{L}\d&-]*)*)/u;
// Titles that name a state's office when alone but a company's when tied to one ("president of Acme").
const EXECUTIVE = /^(?:(?:vice|deputy)[ -])?(?:president|chairman|chairwoman|chair|chief executive|ceo|director(?: general)?|managing director|general director|founder|head)$/i;
const GOVERNMENT_BODY = /\b(?:Ministry|Committee|Commission|Council|Agency|Service|Office|Parliament|Assembly|Government|Administration|Authority|Department|Central Bank|National Bank|Senate|Fund for)\b/;
const ACADEMIC_BODY = /\b(?:University|Institute|Academy|School|Centre for|Center for|Foundation for)\b/;

/** The role an executive title has in a named organisation: a state body's official, an academic, or business. */
function orgRole(title: string, org: string): Role | null {
  if (!EXECUTIVE.test(title.trim())) return null;
  if (GOVERNMENT_BODY.test(org)) return 'official';
  if (ACADEMIC_BODY.test(org)) return 'expert';
  return 'business';
}

// "Pope X - the head of Egypt's church", "King Y, the ruler of Jordan": an appositive naming the office's state.
const APPOSITIVE_OF = /^\s*(?:,|[-–—])\s*(?:the|a|an) (?:[\p{Ll}-]+ ){1,3}(?:of|in) (?:the )?(\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)?)/u;

function appositiveCountry(right: string): string | null {
  const m = APPOSITIVE_OF.exec(right);
  return m ? countryIn(m[1].replace(/['’]s$/, '')) : null;
}

/** "... said X, his Senegalese counterpart, Prime Minister": the counterpart's state before the title. */
function counterpartCountry(left: string): string | null {
  const m = COUNTERPART_BEFORE.exec(left);
  return m ? countryIn(m[1]) : null;
}

/**
 * The state of a person's workplace in an appositive: "an economist at a Hanoi-based institute", "an analyst at
 * a Brazilian consultancy", "a professor at X University in Dakar". A state the person merely talks about is not it.
 */
function affiliationCountry(right: string): string | null {
  const appositive = /^,[^;]{0,140}?(?=,| said| says|[.;]|$)/.exec(right)?.[0];
  if (!appositive || !/\b(?:at|of|with)\b/.test(appositive)) return null;
  for (const c of findCountries(appositive)) {
    const after = appositive.slice(c.end);
    const before = appositive.slice(0, c.start);
    if (after.startsWith('-based')) return c.code;
    // "the chairman of Acme (Kenya's national oil company)": the organisation's state, in brackets after it.
    if (/\($/.test(before) && /^['’]s\b/.test(after)) return c.code;
    if (c.kind === 'demonym' && /\b(?:at|of|with) (?:the |a |an )?(?:[\p{Ll}-]+ ){0,2}$/u.test(before)) return c.code;
    if (/\b(?:in) $/.test(before) && /\bat\b/.test(before)) return c.code;
    // "at the Institute of ... of <State>", "at <Capital> University", "in <Capital>": the workplace names its state.
    if (/\b(?:at|of)\b/.test(before) && (/\bof (?:the )?$/.test(before) && c.kind === 'name' || /^ (?:State )?University\b/.test(after) || /\bin $/.test(before) && c.kind === 'capital')) return c.code;
  }
  return null;
}

// "Ambassador to Italy" names the host, not the envoy's own state; everything else names the office's state.
function titleCountry(title: string): string | undefined {
  const m = OF_PLACE.exec(title);
  const host = TO_PLACE.exec(title);
  if (host && (!m || host.index < m.index)) return undefined;
  return m?.[1];
}

/** The code units /\s/ matches among ASCII: tab, line feed, vertical tab, form feed, carriage return, space. */
const ASCII_SPACE: boolean[] = Array.from({ length: 128 }, (_, c) => (c >= 9 && c <= 13) || c === 32);

/** Folded surname: the key that ties "Mr. X", "X" and "Amina X" together within a document. */
export function surnameKey(name: string): string {
  // ASCII is unchanged by NFKD and holds no combining mark: only the lower-casing and the split matter.
  if (/^[\x00-\x7f]*$/.test(name)) {
    // What follows the last white space (ASCII has no other), as split(/\s+/).pop() has it, without the array.
    let i = name.length;
    while (i > 0 && !ASCII_SPACE[name.charCodeAt(i - 1)]) i--;
    return (i ? name.slice(i) : name).toLowerCase();
  }
  const parts = name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().split(/\s+/);
  return parts[parts.length - 1];
}
