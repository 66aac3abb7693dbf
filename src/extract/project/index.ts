// Project facts: joint plants, ventures, assembly lines, farms, centres and corridors between states,
// with sector, place and status read from the words around them ("mulling over" → proposed, "launch" → operating).
import type { Fact, ProjectStatus, Sector } from '../../shared/types';
import { capitalOf, lookupCountry } from '../../language/countries';
import { evidenceOf, type DocContext, type SentenceInfo } from '../context';
import { codes, actorsIn } from '../actors';

const MOD = String.raw`(?:[\p{L}\d][\p{L}\d'’–—-]*\s+(?:and\s+[\p{L}-]+\s+)?){0,4}`;
const HEAD = String.raw`(?:assembly (?:plant|line|shop)s?|plants?|factor(?:y|ies)|assembly|production|manufacturing|farms?|(?:service |logistics |trade |training |research |distribution |data |development |innovation |technology |R&D )cent(?:er|re)s?|joint ventures?|corridors?|(?:transport|railway|pipeline|transmission|communication|metro|tram|subway|light rail) lines?|(?:joint |investment |development |venture )funds?|fields?|refiner(?:y|ies)|industrial parks?|technology parks?|pipelines?|hubs?|mills?|facilit(?:y|ies)|interconnect(?:or|ion)s?|bridges?|(?:rail(?:way)?|road|cross-border) links?|(?:special )?(?:economic|industrial|free(?: trade)?) zones?|(?:container|grain|oil|LNG|gas|cargo|ferry|passenger) terminals?|dams?|tunnels?|smelters?|mines?|ferry services?|clusters?|townships?|housing units|(?:power|transmission|rail(?:way)?|electricity) lines?|(?:international )?airports?|satellites?|(?:high-speed|new) (?:railways?|railroads?|highways?|motorways?)|(?<!\bthe )port(?!s)|expressways?|(?:transport|transit|trade) routes?|schools?|hospitals?|border (?:posts?|crossings?|checkpoints?)|plantations?|(?:food|agro-?industrial|logistics|eco-industrial) parks?|(?:shipping|container|ferry|passenger|cargo) (?:lines?|routes?)|(?:train|rail|bus|ferry|air) services?|(?<=\p{Lu}[\p{L}]*[-–—]\p{Lu}[\p{L}]* )(?:railway|expressway|highway|motorway|road)s?)`;
// The noun phrase starts at a word's start and the head ends at a word's end ("plantation" has no "plant").
const PROJECT = new RegExp(String.raw`(?<![\p{L}\d'’-])(?<np>${MOD}${HEAD}(?![\p{L}\d]))(?<tail>\s+(?:of|for|to manufacture|producing|to (?:develop|build|finance|produce))\s+(?:the\s+)?(?:(?!(?:in|at|with|to|from|which|that|by|on|as)\s)[\p{L}\d-]+\s+(?:and\s+)?){0,3}(?!(?:in|at|with|to|from|which|that|by|on|as)\b)[\p{L}\d-]+)?`, 'giu');
/**
 * The head nouns without their look-behinds, between ASCII word edges: a test with no Unicode classes, quick to fail on
 * the many sentences that have no head noun. It passes everything HEAD_WORD passes (the heads are ASCII words).
 */
const HEAD_ASCII = new RegExp(String.raw`(?<![A-Za-z0-9])${HEAD.replace(String.raw`(?<!\bthe )`, '').replace(/\(\?<=[^)]*\)/, '')}(?![A-Za-z0-9])`, 'i');
/**
 * A head noun standing as a word of its own, as PROJECT needs it, checked before the costly part: PROJECT tries a
 * run of up to four words before every word of a sentence.
 */
// Global, so that projectMatches finds the heads after a position with it too: one pattern compiled, not two (this one
// takes V8 some 30 ms per thread). A test from the start sets lastIndex to 0 first.
const HEAD_WORD = new RegExp(String.raw`(?<![\p{L}\d'’-])${HEAD}(?![\p{L}\d])`, 'giu');
/** The most runs of white space MOD spans: four words, each maybe with "and" and another word after it. */
const MOD_GAPS = 12;

/**
 * The matches of PROJECT in `text`, as text.matchAll(PROJECT) gives them, but tried only near the head nouns: PROJECT
 * is tried at every word and reads up to four words ahead each time, while a match holds a head noun at most MOD_GAPS
 * runs of white space after its start, with nothing but letters, digits, apostrophes, dashes and spaces between.
 */
function projectMatches(text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  for (let from = 0; ;) {
    // The first head at or after `from`: the next match's head can be no earlier, and no match lacks one.
    HEAD_WORD.lastIndex = from;
    const head = HEAD_WORD.exec(text);
    if (!head) break;
    PROJECT.lastIndex = earliestStart(text, head.index, from);
    const m = PROJECT.exec(text);
    if (!m) break;
    out.push(m);
    from = PROJECT.lastIndex; // a match is never empty: it holds a head
  }
  PROJECT.lastIndex = 0;
  return out;
}

/**
 * A position no match of PROJECT using a head at `head` (or later) can start before: past MOD_GAPS runs of white space
 * back from it, or after an ASCII character MOD's words cannot hold. Other characters count as word characters and
 * non-ASCII spaces as none, which can only move the bound earlier.
 */
function earliestStart(text: string, head: number, floor: number): number {
  let gaps = 0;
  for (let i = head - 1; i >= floor; i--) {
    const c = text.charCodeAt(i);
    if (c === 32 || (c >= 9 && c <= 13)) {
      const next = text.charCodeAt(i + 1);
      if (i === head - 1 || !(next === 32 || (next >= 9 && next <= 13))) if (++gaps > MOD_GAPS) return i + 1;
    } else if (c < 0x80 && !((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 39 || c === 45)) {
      return i + 1;
    }
  }
  return floor;
}

const DOCUMENT_SUBJECT = /\b(?:memorand\w*|agreements?|protocols?|MoUs?)\b(?: of understanding)?[^.;]{0,60}\b(?:on|in the (?:field|area|sphere)s? of)\s+(?!(?:the )?(?:construction|building|establishment|creation|joint development|development|opening|launch|implementation)\b)(?:cooperation (?:in|on) )?(?:the )?(?:[\p{L}-]+ ){0,6}$/u;

// "a memorandum on the construction of", "an MoU between A and B on cooperation in the implementation of".
const BY_DOCUMENT = /\b(?:memorand\w*|MoUs?|agreements?|contracts?|deals?)\b[^.;]{0,160}\b(?:on|for) (?:cooperation in )?the (?:establishment|construction|creation|development|building|implementation) of\b/i;

const STATUS: Array<[RegExp, ProjectStatus]> = [
  // "a memorandum on the construction of", "an agreement on cooperation in the implementation of": agreed by the document.
  [BY_DOCUMENT, 'agreed'],
  [/\b(?:mull(?:ing|ed)? over|touched (?:up)?on|discuss(?:ing|ed|es)?|consider(?:ing|ed)?|working on (?:creating|setting up|establishing|the creation)|announced|propos(?:ed|es|al)|suggest(?:ed|s)|ready to|plan(?:s|ned)? to|intend|possibility|potential|could|can|might|would|negotiat(?:ing|e|ions?) on|in the pipeline|explore|exploring|idea)\b/i, 'proposed'],
  [/\bmay (?!\d)(?=[a-z])/, 'proposed'], // the modal; "opened in May" is the month
  [/\b(?:agreed to|contract (?:has been |was |is )?signed|(?:has|have) been agreed|decided to|signed a contract|allocated to|to finance)\b|\bcontract\b.*\bsigned\b|\b(?:signed|inked|inking)\b.*\b(?:contract|agreement|memorandum|deal)\b/i, 'agreed'],
  [/\b(?:construction (?:of|began|started|has begun|is under way|is underway|works?)|under construction|being (?:built|set up|modernised|modernized|constructed|created|established|developed)|(?:is|are|was|were) (?:currently |now )?(?:building|constructing|setting up|erecting|modernising|modernizing)|(?:start|commencement|beginning) of (?:the )?construction|laid the foundation|foundation stone)\b/i, 'under_construction'],
  [/\b(?:launch(?:ed|es)?|launch of|opened|inaugurated|implemented|operat(?:es|ing|ional)|in operation|commissioned|produc(?:es|ing)|developing production|functioning|started production|began production|is working|up and running|carried out|put into (?:operation|service)|began (?:its )?operations?|entered (?:into )?service)\b/i, 'operating'],
];

const SECTORS: Array<[RegExp, Sector]> = [
  [/\b(?:ammunition|artillery|shells|munitions?|weapons?|arms|drones?|defen[cs]e industr\w*)\b/i, 'other'],
  [/\b(?:milk|sugar|chocolate|cocoa processing|dairy processing|meat processing|pasta|flour|bakery|juice|canning|foodstuffs?|food processing|processed food|confectionery|beverages?)\b/i, 'food'],
  [/\b(?:semiconductors?|microchips?|chips? (?:plant|factory|packaging)|displays?|smartphones?|electronics|data cent(?:er|re)s?|software|telecom\w*)\b/i, 'it'],
  [/\bIT\b/, 'it'], // the acronym only: "said it had" is no sector
  [/\b(?:housing|township|residential|real estate|apartments?|schools?|hospitals?)\b/i, 'construction'],
  [/\bbatter(?:y|ies)\b/i, 'energy'],
  [/(?<!gas |oil )\b(?:interconnect(?:or|ion)s?|transmission|power (?:lines?|grids?|plants?|stations?)|hydro(?:electric|power)|solar|wind farms?)\b/i, 'energy'],
  [/\b(?:trucks?|tractors?|cars?|bus(?:es)?|vehicles?|automobiles?|automotive|motor|combine harvesters?|carmakers?|automakers?)\b/i, 'automotive'],
  [/\b(?:lifts?|elevators?|machine|machinery|equipment|optical|mechanical|engineering|machine-building|machine tools?)\b/i, 'machinery'],
  [/\b(?:pharm\w*|drugs?|medicines?|medical|vaccines?)\b/i, 'pharma'],
  [/\b(?:chemicals?|fertili[sz]ers?|polymers?|petrochemicals?|plastics?|ammonia|urea|potash)\b/i, 'chemicals'],
  [/\b(?:oil|gas|fields?|refiner(?:y|ies)|petroleum|LNG|pipelines?)\b/i, 'oil_gas'],
  [/\b(?:power|solar|wind|hydropower|hydroelectric|electricity|energy)\b/i, 'energy'],
  [/\b(?:textiles?|cotton|carpets?|garments?|yarn|fabrics?|clothing|silk|sericulture)\b/i, 'textiles'],
  [/\b(?:dairy|meat|farms?|livestock|poultry|crops?|grain|agricultur\w*|greenhouses?|orchards?|cattle|plantations?|rubber|aquaculture|fish farms?)\b/i, 'agriculture'],
  [/\b(?:food|cheese|sugar|flour|bakery|juice|canning|foodstuffs)\b/i, 'food'],
  [/\b(?:construction materials|building materials|cement|bricks?|glass)\b/i, 'construction'],
  [/\b(?:corridors?|railways?|rail|transport|logistics|maritime|shipping|airlines?|highways?|roads?|ports?|bridges?|ferry|tunnels?|terminals?|metro|tram|subway|light rail|border posts?|expressways?|motorways?|train|container)\b/i, 'transport'],
  [/\b(?:software|technology parks?|digital|electronics|telecom\w*|data cent(?:er|re)s?|satellites?)\b/i, 'it'],
  [/\b(?:steel|alumin(?:i)?um|metals?|copper|iron|gold|silver|nickel|zinc|lithium|rare[- ]earths?|smelters?|mining|mines?)\b/i, 'metals'],
  [/\b(?:banks?|funds?|financ\w*)\b/i, 'finance'],
];

// Words that open a noun phrase but are not part of the project's name.
const LEADING = /^(?:(?:the|a|an|its|their|our|this|these|of|two|new|and|with|to|on|in|for|at|creating|opening|building|launching|establishing|setting up|organi[sz]ation of|creation of|construction of|launch of|development of|possibility|to launch|launch)\s+)+/i;
const JOINT = /\bjoint\b|\bbilateral\b|\btogether\b|\bcooperation\b|\bco-operation\b|\bthe (?:two )?(?:[\w-]+ )?(?:sides|parties|countries|states|nations|governments)\b|\bventure\b/i;

// Hoisted: one pattern object for every call rather than a new one each time (these run per sentence or word).
const NAMED_FIELD = /(?:oil|gas|condensate|offshore|\b\p{Lu}\p{L}+) fields?$/u;
const CAPITAL_FIRST = /^\p{Lu}/u;
const THREE_LETTERS = /\p{L}{3}/u;

export function extractProjects(ctx: DocContext): Fact[] {
  if (!ctx.pair) return [];
  const facts: Fact[] = [];
  for (const info of ctx.sentences) {
    // Idioms that contain a project noun but name none; masked with spaces so offsets stay true.
    // "the port of X" names a place on a route, not a project.
    const raw = info.sentence.text;
    if (!HEAD_ASCII.test(raw)) continue; // most sentences name no project
    HEAD_WORD.lastIndex = 0;
    if (!HEAD_WORD.test(raw)) continue;
    const text = !/pipeline|\(|field|port/i.test(raw) ? raw : raw.replace(/\bin the pipeline\b|\([^()]*\)|\b(?:in|on) the fields? of\b|\b(?:the )?ports? of (?=\p{Lu})/giu, (m) => ' '.repeat(m.length));
    // Cancelled or denied projects, and conditionals ("if the pipeline is ever built"), are not projects.
    if (/\b(?:not|never|denied|cancel(?:l?ed)?|scrapped|abandoned|suspended|halted)\b/i.test(text.replace(/\bnot only\b/g, '')) || /\bif\b/i.test(text)) continue;
    const matches = projectMatches(text);
    // "A joint venture of A and B firms opened a meat plant": the venture runs the plant, it is not another project.
    const bareVenture = (np: string) => /^(?:[\p{Lu}][\p{L}-]*\s+)?joint ventures?$/u.test(np.trim().replace(/^.*\b(?:the|a|an|new|by|of|with)\s+/i, ''));
    const hasOther = matches.some((m) => !bareVenture(m.groups!.np));
    for (const m of matches) {
      if (hasOther && bareVenture(m.groups!.np)) continue;
      // "flows through the X corridor" uses a route; it does not build one.
      if (/\b(?:through|via|along|across|using)\s/i.test(m.groups!.np) || /\b(?:through|via|along|across|using)\s+(?:the\s+)?$/i.test(text.slice(0, m.index!))
        || /\b(?:using|use of|utili[sz]ing|utili[sz]ation of)\b[^.;]{0,60}$/i.test(text.slice(Math.max(0, m.index! - 70), m.index!))) continue;
      // "other fields", "India's ports and shipping minister": a field of activity or an office, not a facility.
      if (/\bfields?$/i.test(m.groups!.np) && !NAMED_FIELD.test(m.groups!.np)) continue;
      // "Port Sudan", "Port Louis": a city named after its port.
      if (/ports?$/i.test(m.groups!.np) && /^ [A-Z]/.test(text.slice(m.index! + m[0].length))) continue;
      if (/^\s+(?:and\s+[\p{L}-]+\s+)?(?:minist|authorit|sector\b)/iu.test(text.slice(m.index! + m[0].length, m.index! + m[0].length + 30))) continue;
      // A verb inside the run ends the noun phrase before it: "X suggested manufacturing" is not a name.
      // A verb or a determiner inside the run ends what comes before it: "Analysts say the truck plant" is "truck plant".
      const np = m.groups!.np.replace(/^.*\b(?:\w+ed|is|are|was|were|has|have|be|will|to|says?|said|would|could|links?|linking|connects?|connecting|the|a|an|its|their|this|these|our|his|her|for|began|begun|begins?|start(?:s|ed|ing)?|launch(?:es|ed|ing)?|developing|expanding|increasing|boosting|opening|building|constructing|establishing|creating|resum(?:e|es|ed)|halt(?:s|ed)?|expand(?:s|ed)?|boost(?:s|ed)?)\s+/i, '').replace(LEADING, '').trim();
      const name = (np + (m.groups!.tail ?? '')).replace(/^(?:\d+-\d+|\d+)\s+/, '').replace(/\s{2,}/g, ' ').trim();
      const npStart = m.index! + m[0].indexOf(m.groups!.np) + m.groups!.np.indexOf(np);
      // "a plant in the Duqm Special Economic Zone": a facility named as the place of another is not one itself.
      if (/\b(?:in|at|near|inside|within) (?:the )?$/.test(text.slice(Math.max(0, npStart - 12), npStart)) && CAPITAL_FIRST.test(np) && /(?:zones?|parks?|clusters?|hubs?)$/i.test(np)) continue;
      // "a memorandum on energy security and the interconnection of networks": the subject of a document, not a project,
      // unless the document is about building it ("an agreement on the construction of a pipeline").
      if (DOCUMENT_SUBJECT.test(text.slice(Math.max(0, npStart - 90), npStart))) continue;
      const start = m.index! + m[0].indexOf(m.groups!.np);
      const end = m.index! + m[0].length;
      if (!THREE_LETTERS.test(np) || /^(?:production|manufacturing|assembly|plants?|fields?|lines?)$/i.test(name)) continue;
      // "..., a joint venture of X and Y" describes the plant just named, not another project.
      if (/^(?:joint )?ventures?$/i.test(np) && facts.some((f) => f.evidence.sentence === info.sentence.index)) continue;
      const clause = clauseOf(text, start, end);
      const status = statusOf(clause.text) ?? statusOf(text);
      if (!status) continue;
      // A zone or park without a sector word in its name is a zone of every trade, not of the clause's ("to lift taxes").
      const sector = sectorOf(name) ?? (/\b(?:joint|industrial)\b.*\b(?:zones?|parks?)$/i.test(np) ? 'other' : sectorOf(clause.text));
      if (!sector) continue;
      const parties = chainStates(text.slice(Math.max(0, npStart - 80), end)) ?? partiesOf(ctx, info);
      if (!parties) continue;
      if (!JOINT.test(text) && !BY_DOCUMENT.test(text) && !involvesPair(ctx, info) && !aboutProjects(ctx, info)) continue;
      // "the Namanga Power Plant, a 300 MW solar power plant at Namanga": an apposition describes the
      // project just named; its place is that project's.
      const named = facts[facts.length - 1];
      if (named?.type === 'project' && named.evidence.sentence === info.sentence.index && /,\s+an?\s+(?:(?!of\b|and\b|the\b)[^,;\s]+\s+){0,6}$/.test(text.slice(0, start))
        && text.slice(0, start).lastIndexOf(',') - (named.evidence.end - info.sentence.start) < 40) {
        named.place ??= placeAfter(text, end, clause.end);
        continue;
      }
      facts.push({ type: 'project', parties, name: joinedName(text, end, name), sector, place: placeAfter(text, end, clause.end) ?? placeIn(name),
        status, confidence: 0.65, evidence: evidenceOf(info.sentence, clause.start, clause.end) });
    }
  }
  return dedupe(facts);
}

function clauseOf(text: string, start: number, end: number): { text: string; start: number; end: number } {
  let s = start;
  while (s > 0 && !/[;:]/.test(text[s - 1]) && !(text[s - 1] === ',' && /^\s+(?:while|and then|but)\b/.test(text.slice(s)))) s--;
  let e = end;
  while (e < text.length && !/[;]/.test(text[e]) && !/^,\s+(?:while|but|which)\b/.test(text.slice(e))) e++;
  return { text: text.slice(s, e), start: s, end: e };
}

function statusOf(text: string): ProjectStatus | null {
  for (const [re, status] of STATUS) if (re.test(text)) return status;
  return null;
}

function sectorOf(text: string): Sector | null {
  for (const [re, sector] of SECTORS) if (re.test(text)) return sector;
  return null;
}

// "Thailand, Laos and Vietnam agreed to build": three states as one subject.
const STATE_WORDS = String.raw`\p{Lu}[\p{L} -]*?`;
const THREE_AS_SUBJECT = new RegExp(String.raw`^(?:[^,]*?\b)?${STATE_WORDS},? (?:and )?${STATE_WORDS},? (?:and )?${STATE_WORDS}\s+(?:have |had |will |are |were )?(?:agreed|signed|launched|opened|plan|decided|are building|built|set up)`, 'u');

function partiesOf(ctx: DocContext, info: SentenceInfo): string[] | null {
  const pair = ctx.pair!;
  const text = info.sentence.text;
  const named = codes(actorsIn(info).filter((a) => !insideBrackets(text, a.start)));
  // A third state joins only when the text says the project is trilateral.
  // A trilateral project, or a line that connects or crosses three states, involves all three.
  if (named.length === 3 && (/\btrilateral|\bthree countries\b/i.test(text) || THREE_AS_SUBJECT.test(text) || /\b(?:connect|link|cross|transit)\w*\b|\bfrom \p{Lu}[\p{L} ]+ to \p{Lu}/u.test(text))) return [...named].sort();
  if (named.length === 2 && !named.some((c) => pair.includes(c))) return [...named].sort();
  return [...pair].sort();
}

// "a pipeline that would connect Port Sudan ... with the Egyptian city of Aswan": a line known by the places it joins.
const JOINS = /^[^.;]{0,30}?\b(?:that|which) (?:would |will |is to |could )?(?:connect|link|join)s? (?:the )?(?:[\p{L}-]+ ){0,3}?(\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)?)[^.;]{0,60}?\b(?:with|to|and) (?:the )?(?:[\p{Ll}-]+ |\p{Lu}[\p{L}-]+ (?=[\p{Ll}]))*(?:(?:port|city|town) of )?(\p{Lu}[\p{L}-]+)/u;

function joinedName(text: string, end: number, name: string): string {
  if (!/(?:pipeline|line|railway|road|corridor|bridge|link|highway|cable)s?$/i.test(name)) return name;
  const m = JOINS.exec(text.slice(end));
  // Places, not states: "connect the Russian port X with one of the Azerbaijani ports" names no two places.
  if (!m || lookupCountry(m[1]) || lookupCountry(m[2])) return name;
  return `${m[1]}-${m[2]} ${name}`;
}

// "the Tajikistan-Afghanistan-Pakistan power line", "the Kenya–Uganda Railway": a line known by the states
// it joins involves every one of them.
const CHAIN_PART = String.raw`\p{Lu}[\p{L}]+(?: \p{Lu}[\p{L}]+)?`;
const CHAIN = new RegExp(String.raw`${CHAIN_PART}(?:\s?[-–—]\s?${CHAIN_PART})+(?=[\s(]+[^-–—]*$)`, 'u');

function chainStates(np: string): string[] | null {
  const m = CHAIN.exec(np);
  if (!m) return null;
  const codes = m[0].split(/\s?[-–—]\s?/).map((p) => lookupCountry(p) ?? capitalOf(p));
  if (codes.length < 2 || codes.some((c) => !c)) return null;
  const set = [...new Set(codes as string[])].sort();
  return set.length >= 2 ? set : null;
}

// "Several new projects were announced, including a cement plant": the sentence (or the one before) is about projects.
function aboutProjects(ctx: DocContext, info: SentenceInfo): boolean {
  const prev = ctx.sentences[info.sentence.index - 1];
  const near = [info, prev && prev.paragraph === info.paragraph ? prev : undefined];
  return near.some((s) => s && /\bprojects?\b/i.test(s.sentence.text) && codes(actorsIn(s)).every((c) => ctx.pair!.includes(c)));
}

function insideBrackets(text: string, at: number): boolean {
  return text.lastIndexOf('(', at) > text.lastIndexOf(')', at);
}

function involvesPair(ctx: DocContext, info: SentenceInfo): boolean {
  const named = codes(actorsIn(info));
  return named.some((c) => ctx.pair!.includes(c));
}

const PLACE = /^[^,;]*?\b(?:in|at|near) (?:the )?(?:(?:\p{L}+ )?(?:town|city|village|port|region|province|district) of )?(?:\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)?['’]s )?(\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)?)/u;

function placeAfter(text: string, from: number, to: number): string | null {
  const m = PLACE.exec(text.slice(from - 1, to));
  if (!m) return null;
  const place = m[1].replace(/ (?:District|Region|Province|Oblast|City|Field|State)$/, '').replace(/ (?:Special|Free|Industrial|Economic)$/, '');
  return lookupCountry(place) && !capitalOf(place) ? null : place;
}

// "production at the Kirov field": the named field is the place.
function placeIn(name: string): string | null {
  // "production at the Kirov field", "the Kirov field": a field or mine is named after where it lies.
  const m = /(?:\bat (?:the )?|^)(\p{Lu}\p{L}+) (?:field|(?:gold |copper |coal )?mine|deposit)\b/u.exec(name);
  if (m) return m[1];
  // "the Ulaanbaatar thermal power plant": a capital that opens the name is where it stands.
  const first = /^(\p{Lu}\p{L}+(?: \p{Lu}\p{L}+)?) \p{Ll}/u.exec(name)?.[1];
  return first && capitalOf(first) ? first : null;
}

// Generic heads ("assembly", "plant") say what kind of project, not which one.
const STOP = new Set(['the', 'a', 'an', 'of', 'in', 'for', 'and', 'on', 'to', 'at', 'with', 'by', 'joint', 'new', 'plant',
  'plants', 'project', 'production', 'construction', 'company', 'factory', 'manufacture', 'manufacturing', 'assembly',
  'line', 'lines', 'centre', 'center', 'farms', 'farm', 'venture', 'facility']);
const words = (s: string) => s.toLowerCase().split(/[^\p{L}\d]+/u).filter((w) => w.length > 2 && !STOP.has(w));

// The same project named twice in a document ("a fertilizer plant", "joint fertilizer production") is one.
function dedupe(facts: Fact[]): Fact[] {
  const out: Fact[] = [];
  for (const f of facts) {
    if (f.type !== 'project') continue;
    const w = new Set(words(f.name));
    // Without a place on one side, only a name contained in the other's ("the truck plant" after "a truck
    // assembly plant in X") is the same project.
    // The same place and sector is the same project ("Namanga Power Plant" and "the solar power plant" at one town).
    const same = out.find((o) => o.type === 'project' && o.sector === f.sector && (o.place === f.place
      ? o.place !== null || words(o.name).some((x) => w.has(x))
      : (!o.place || !f.place) && w.size > 0 && [...w].every((x) => words(o.name).includes(x))));
    if (!same) out.push(f);
  }
  return out;
}
