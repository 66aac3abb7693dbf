// Agreement facts: documents signed, in force or planned between two states, one fact per topic named.
import type { AgreementStatus, Fact, Topic } from '../../shared/types';
import { portfolioTopic } from '../../language/roles';
import { evidenceOf, type DocContext, type SentenceInfo } from '../context';
import { actorsIn, codes } from '../actors';
import { datesOf, leadDate, nearest } from '../when';
import { isHypothetical } from '../modality';

// A loan signed is a document too, but inside another document's description it is the subject, not an item.
const LOAN = String.raw`loans?|credit lines?|lines? of credit|`;
const DOCUMENT = /\b(?:agreements?|deals?|loans?|credit lines?|lines? of credit|treaty|treaties|memorand(?:ums?|a)(?: of understanding)?|MoUs?|accords?|protocols?|conventions?|declarations?|joint statements?|communiqu[ée]s?|road ?maps?|action plans?|plans? of (?:\w+ )?cooperation|programmes? of (?:\w+ )?cooperation|cooperation (?:plan|programme|program)s?|documents?)\b/i;
const SIGNED = /\b(?:signed|inked|concluded|reached an? (?:[\w-]+ )?deal|initialled|adopted|passed|exchanged|sealed|the signing of|the exchange of)\b/i;
const IN_FORCE = /\b(?:(?:has been|have been|is|are|remains?) in force|(?:entered|came|comes|enters|entering|coming) into (?:force|effect)|took effect|takes effect|became effective|was ratified|were ratified)\b/i;
const PLANNED = /\b(?:will sign|will be signed|to be signed|would be signed|would sign|for signing|(?:agreed|decided|instructed \w+) to prepare|committed to sign(?:ing)?|are to sign|is to sign|(?:expected|due|set|scheduled|plan|plans|planned|planning|intend|agreed|going) to sign|(?:are|is) (?:being )?prepar(?:ed|ing)|draft(?:ing|ed|s)?)\b/i;
const BILATERAL = /\bbilateral|\b(?:inter-?governmental|interstate|mutual)\b|\bthe (?:two|both) (?:sides|countries|states|governments|presidents|leaders|ministers|nations|parties)\b|\bthe sides\b|\bthe parties\b|\bboth (?:sides|countries)\b|\bour (?:two )?countries\b/i;
// Where a document's description ends: relative clauses and purposes ("to boost trade") add no topic.
const PURPOSE = /\bwhile\b(?!\s+(?:also\s+)?(?:inking|signing|sealing|concluding)\b)|\b(?:which|that will|so as to|in order to)\b|\bas (?:the|both) (?:two )?(?:[\p{L}-]+ )?(?:sides|countries|nations|republics|states|leaders|governments)\b|,\s+(?!including\b|concerning\b|covering\b|regarding\b)\p{Ll}+ing\b|\b(?:pledg|vow|aim|promis|seek)\w* to\b|(?<!\b(?:measures|steps|plans?|road ?maps?|programmes?|programs?|ways|mechanisms?|efforts) )\bto (?:boost|increase|expand|raise|strengthen|promote|develop|deepen|enhance|facilitate|dismantle|remove|ease|double|triple|bring|reach|lift|cut|reduce)\b/iu;
// A present perfect alone is news ("X and Y have signed an agreement"); with "so far" or "already" it is a tally.
const BACKGROUND = /\bhad (?:so far |already |previously )(?:been )?signed\b|\b(?:has|have) (?:so far|already|previously) (?:been )?signed\b|\bso far\b|\bto date\b|\bover the years\b|\bsince\b|\bin (?:the )?(?:past|recent) (?:years|decades)\b|\b(?:more than|over|some|about|nearly|almost) \d+\b|\blegal (?:base|framework)\b|\btreaty base\b|\bpreviously\b|\bearlier\b|\bresult of\b|\bthanks to\b|\bunder (?:the|an?) (?:[\w-]+ ){0,3}(?:agreements?|treat(?:y|ies)|accords?|memorand\w*|framework|programmes?|plans?)\b/i;
const BETWEEN_COMPANIES = /\bbetween (?:the )?(?:\p{Lu}[\p{L}-]+ )?(?:state-owned |private )?(?:company|companies|firm|firms|group|carmaker|developer|operator|bank|banks|producer|manufacturer)\b/iu;
const CONTINUES = /^(?:These|They|Those|Among them|The (?:other )?(?:documents|agreements|instruments|MoUs|memorand\w*))\b[^.]*\b(?:include|included|cover|covered|concern|are)\b/i;
// One item of a list of documents signed just before: "– Memorandum between ... on ...", "The second MoU was on ...".
const LIST_ITEM = /^(?:[–—•*-]|\d+[.)])\s*(?:an?\s+|the\s+)?(?:agreement|treaty|memorand|MoU|protocol|accord|convention|declaration|joint statement|programme|program|plan|road ?map)|^The (?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|final|next|other) (?:agreement|treaty|memorand\w*|MoU|protocol|accord|document|deal)s?\b/i;
// "signed a third MoU on culture": an ordinal document of a list being told one by one.
const ORDINAL_DOCUMENT = /\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|final) (?:agreement|treaty|memorand\w*|MoU|protocol|accord|document|deal)\b/i;
// "Carrying out these signed documents will help": the documents already told, not another one.
const ANAPHORA = /\b(?:these|those|the|this|that) (?:signed )?(?:agreements?|documents?|memorand\w*|deals?|accords?|protocols?|MoUs?)\b/i;
// What a document is about when said after it: "the accord, inked in 2010, focuses on a new dam ...".
const ABOUT = /\b(?:focus(?:es|ed)? on|will focus on|concern(?:s|ed)|cover(?:s|ed)|deal(?:s|t)? with|relat(?:es|ed) to|provid(?:es|ed) for)\b/i;
const DURING = /\b(?:during|in the course of|on the sidelines of|as part of|within the framework of|at) (?:the|this|that|his|her|their) (?:[\p{L}-]+ )?(?:visit|talks|meeting|trip|summit|session|forum)\b/iu;

// Topic words inside a document's description; "technology" alone is too vague to count.
const TOPICS: Array<[RegExp, Topic]> = [
  [/(?<!electricity |power |energy |gas |oil |arms |grain )\btrade\b|\bturnover\b|\bcommerc|\bcustoms\b|\bexports?\b|\bfree trade\b/i, 'trade'],
  [/\binvestments?\b|\b(?:joint|investment) (?:[\w-]+ )?funds?\b/i, 'investment'],
  [/\benergy\b|\bpower (?:grids?|plants?|stations?|supply|trade|sector|transmission|generation|lines?|exports?|imports?|agreement|interconnection)\b|\b(?:electric|hydro|solar|wind|nuclear) power\b|(?<!palm |vegetable |olive |sunflower |cooking )\boil\b|\bgas\b|\belectricity\b|\bnuclear\b|\bhydrocarbons?\b|\bpower engineering\b|\bpetroleum\b|\bpipelines?\b|\bfuels?\b|\bdiesel\b|\bpetrol\b|\benergy security\b/i, 'energy'],
  [/(?<!defen[cs]e[- ])\bindustr(?:y|ial|ies)\b|\bmanufactur|\bchemical/i, 'industry'],
  [/\bagricultur|\bagri-?business|\bagro|\bfarming\b|\bveterinary\b|\bphytosanitary\b|\bquarantine\b|\bplant protection\b|\bfisher(?:y|ies)\b|\bpalm oil\b|\bplantations?\b|\bfood security\b/i, 'agriculture'],
  [/\btransport|\blogistics\b|\brailways?\b|\baviation\b|\bair (?:services|traffic|communication)\b|\bshipping\b|\btransit\b|\broad\b|\bports?\b|\brailway station/i, 'transport'],
  // IT and ICT only in capitals: "it said" is no topic.
  [/\bIT\b|\bICT\b/, 'it'],
  [/\binformati[sz]ation\b|\binformation (?:and communication )?technolog|\bdigital|\btelecommunication|\bcyber/i, 'it'],
  [/\bscien(?:ce|tific)\b|\bresearch\b|\binnovation|\bspace\b/i, 'science'],
  [/\beducation|\buniversit|\bstudents?\b|\bacademic\b|\bvocational\b|\b(?:professional|teacher) training\b|\btraining of\b|\bcapacity building\b|\bdiplomas?\b/i, 'education'],
  [/\bcultur(?:e|al)\b|\bheritage\b|\barts?\b|\bmedia\b/i, 'culture'],
  [/\bsports?\b|\byouth\b/i, 'sport'],
  [/\bhealth|\bmedic(?:al|ine)\b|\bpharmac|\bambulance|\bhospital/i, 'health'],
  [/\btouris/i, 'tourism'],
  [/\bdefen[cs]e\b|\bmilitary\b|\barmed forces\b|\barms\b|\bdrones?\b|\bwarships?\b|\bnaval\b|\bfighter jets?\b|\bfrigates?\b|\bcorvettes?\b|\bsubmarines?\b|\bcombat aircraft\b/i, 'defense'],
  [/(?<!energy |food )\bsecurity\b|\bterroris|\bcrime\b|\blaw enforcement\b|\bpolice\b|\bborder (?:security|guard|control|protection)|\bextradition\b|\blegal assistance\b|\bcivil protection\b|\bemergenc(?:y|ies)\b|\btrafficking\b|\bsmuggling\b|\bnarcotics?\b|\billegal migration\b/i, 'security'],
  [/\bfinanc|\bbanking\b|\btax(?:ation)?\b|\bcurrenc(?:y|ies)\b|\bcredit\b|\bloans?\b|\bsettlements?\b|\bpayments?\b/i, 'finance'],
  [/\binterregional\b|\bregional (?:cooperation|links)\b|\bregions\b|\bsister cit|\btwin(?:ning|ned)? cit/i, 'regional'],
  // Documents on the relationship itself: partnership, friendship, alliance, a council of the two leaders.
  [/\bpolitical\b|\bvisa\b|\bconsular\b|\bstrategic partnership\b|\bfriendship\b|\ballied relations\b|\balliance\b|\bgood[- ]neighbo|\b(?:interstate|inter-state) council\b/i, 'political'],
  [/\bjustice\b|\bjudicial\b|\blabou?r\b|(?<!illegal )\bmigration\b|\bmigrants?\b|\benvironment|\becolog|\bpollution\b|\bclimate\b|\bwater\b|\bgender\b|\bwomen\b|\bstandardi[sz]ation\b|\bmetrology\b|\b(?:state|common) borders?\b|\bborder (?:crossings?|checkpoints?|posts?|delimitation|demarcation|issues)\b|\bcheckpoints?\b|\bdelimitation\b|\bdemarcation\b/i, 'other'],
  // "digital economy" is a sector (it), not the economy at large.
  [/(?<!digital |green |blue |circular |creative )\beconom(?:y|ic)\b/i, 'economic'],
];

// Hoisted: one pattern object for every call rather than a new one each time (these run per sentence or word).
const A_CAPITAL = /\p{Lu}/u;
const CAPITAL_FIRST = /^\p{Lu}/u;

export function extractAgreements(ctx: DocContext): Fact[] {
  const facts: Fact[] = [];
  let previous: { status: AgreementStatus; date: string | null; parties: string[]; at: number } | null = null;
  // Economic facts read from a bare count ("signed four MoUs"), dropped when the documents are then told one by one.
  const counts = new Set<Fact>();
  for (const info of ctx.sentences) {
    const text = info.sentence.text;
    // "These include agreements in sport, education...", "– Memorandum on ...", "The second MoU was on ...":
    // the documents of a signing told just before (within a few sentences), one item at a time.
    const continues = previous && info.sentence.index - previous.at <= 6
      && (CONTINUES.test(text) && info.sentence.index - previous.at <= 2 || LIST_ITEM.test(text)
        || ORDINAL_DOCUMENT.test(text) && !statusOf(text));
    if (previous && continues) {
      const topics = itemTopics(text);
      for (const topic of topics) facts.push(fact(previous.parties, topic, previous.date, previous.status, info, 0.75));
      if (topics.length) for (const f of counts) facts.splice(facts.indexOf(f), 1);
      if (topics.length) counts.clear();
      previous.at = info.sentence.index;
      continue;
    }
    const doc = DOCUMENT.exec(text);
    if (!doc) continue;
    const status = statusOf(text);
    if (!status) continue;
    // Only modal words near the document count: "agreed the visit should succeed and that documents be signed" is not hypothetical.
    if (isHypothetical(text.slice(Math.max(0, doc.index - 80)).replace(/\bwould (?:be signed|sign)\b/g, ' ')) || /^\s*(?:if|unless)\b/i.test(text) || /\bready to consider\b|\bno (?:\w+ )?(?:agreement|document)s? (?:was|were|has|have)\b|\bnot (?:\w+ )?(?:signed|sign)\b/i.test(text)) continue;
    // A contract between companies is not an agreement between states (it may make a project agreed).
    if (BETWEEN_COMPANIES.test(text)) continue;
    const parties = partiesOf(ctx, info, doc.index);
    if (!parties) continue;
    // A document signed without a date of its own, in a report of the event, is dated by the event; a
    // background count ("have signed over 200 documents since 1995") is not.
    const date = agreementDate(ctx, info) ?? undatedDate(ctx, info, status);
    // Topics come from the document's own description, from its noun to the end of the clause.
    // ...and from up to three words before it ("a trade agreement", "a defence cooperation agreement").
    const lead = /(?:[\p{L}-]+\s+){0,3}$/u.exec(text.slice(0, doc.index))!;
    const span = text.slice(Math.max(0, Math.min(lead.index, (SIGNED.exec(text) ?? IN_FORCE.exec(text) ?? doc).index)));
    // The name of the body whose session signed it ("the Commission on Trade and Economic Cooperation") is no topic.
    let topics = itemTopics(span.split(PURPOSE)[0].replace(/\b(?:commission|committee|council|working group)\b[^,;]*?\b(?:on|for)\b(?:\s+\p{Lu}[\p{L}-]*|\s+and|\s+of)+/giu, ' '));
    // "The accord, inked in 2010, focuses on building a dam": the subject told after it.
    if (!topics.length) {
      const about = ABOUT.exec(text.slice(doc.index));
      if (about) topics = topicsIn(text.slice(doc.index + about.index).split(PURPOSE)[0]);
    }
    // "The agreement was signed by ...", "the minister signed the MoU on behalf of ...": the document of the
    // sentences just before, not another one.
    if (!topics.length && ANAPHORA.test(text) && facts.some((f) => f.evidence.sentence >= info.sentence.index - 2)) continue;
    if (!topics.length) {
      const signer = portfolioTopic(text.slice(0, doc.index));
      if (signer) topics = [signer as Topic];
    }
    // "In total, 18 documents were signed", after the list: a count of documents already read, no document of its own.
    // "The agreement was signed by ...": the document of the sentences just before, not another one.
    if (!topics.length && ANAPHORA.test(text) && facts.some((f) => f.evidence.sentence >= info.sentence.index - 2)) continue;
    if (!topics.length && facts.length && /\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a dozen|dozens of|several|a number of)\s+(?:[\w-]+\s+){0,2}$/i.test(text.slice(0, doc.index))) continue;
    const counted = !topics.length && PLURAL.test(doc[0]) && COUNTED.test(text.slice(0, doc.index));
    if (!topics.length) topics = [/\b(?:joint )?(?:statement|declaration|communiqu[ée])\b/i.test(doc[0]) ? 'political' : 'economic'];
    // "the protocol of the session and memoranda on health, ...": the protocol is a document of its own, economic.
    if (topics.length && !topics.includes('economic') && /\b(?:protocol|minutes) of the (?:\w+ )?(?:session|meeting)\b/i.test(text)) topics.push('economic');
    for (const topic of topics) {
      const f = fact(parties, topic, date, status, info, 0.8);
      facts.push(f);
      if (counted) counts.add(f);
    }
    previous = { status, date, parties, at: info.sentence.index };
  }
  return merge(facts);
}

/**
 * The date of a document whose sentence gives none. One signed in a report of the event takes the event's day; one
 * "adopted during the visit" the date of the visit told in the sentences before; one to be signed at an upcoming
 * event, the day of that event. A background count ("have signed over 200 documents since 1995") has none.
 */
function undatedDate(ctx: DocContext, info: SentenceInfo, status: AgreementStatus): string | null {
  const text = info.sentence.text;
  // "signed a deal four years back": counted back from the year of the document.
  const back = /\b(\d+|two|three|four|five|six|seven|eight|nine|ten) years? (?:back|ago)\b/i.exec(text);
  if (back && ctx.doc.date) return String(Number(ctx.doc.date.slice(0, 4)) - (WORD_YEARS[back[1].toLowerCase()] ?? Number(back[1])));
  // "the former premier watched as the memorandum was signed": a signing recalled, dated by the year just told before it.
  if (/\bformer (?:[\p{L}-]+ )?(?:president|prime minister|premier|leader|minister|king|emir)\b/iu.test(text)) {
    const prev = ctx.sentences[info.sentence.index - 1];
    const year = prev ? datesOf(prev, ctx.doc.date).find((d) => d.kind === 'point' && d.date)?.date : undefined;
    return year ?? null;
  }
  if (DURING.test(text)) {
    for (let i = info.sentence.index - 1; i >= Math.max(0, info.sentence.index - 2); i--) {
      const prev = ctx.sentences[i];
      const d = datesOf(prev, ctx.doc.date).filter((m) => m.date && (m.kind === 'point' || m.kind === 'relative' || m.kind === 'period')).pop();
      if (d) return d.date;
    }
  }
  if (status === 'signed') return !BACKGROUND.test(text) && !/^["“]/.test(text) ? leadDate(ctx) : null;
  const lead = leadDate(ctx);
  return status === 'planned' && lead && ctx.doc.date && lead > ctx.doc.date ? lead : null;
}

const WORD_YEARS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };

function statusOf(text: string): AgreementStatus | null {
  if (IN_FORCE.test(text)) return 'in_force';
  if (PLANNED.test(text) && !SIGNED.test(text.replace(/to be signed|will be signed/gi, ''))) return 'planned';
  if (SIGNED.test(text)) return 'signed';
  return null;
}

// ", a Senegalese government spokesman said": the source of the report, not a party.
const REPORTING_TAIL = /,\s+[^,]*\b(?:said|says|told|reported|announced|according to)\b[^,]*[.!]?$/;

function partiesOf(ctx: DocContext, info: SentenceInfo, docAt: number): string[] | null {
  const text = info.sentence.text;
  const tail = REPORTING_TAIL.exec(text);
  const end = tail && tail.index > docAt ? tail.index : text.length;
  let named = codes(actorsIn(info, 0, end));
  // "They met in Brussels in May, and a memorandum is due to be signed": the parties of the document's own clause.
  if (named.length > 2) {
    const [from, to] = clauseAround(text, docAt, end);
    const local = codes(actorsIn(info, from, to));
    if (local.length === 2) return [...local].sort();
    if (local.length === 0) named = [];
  }
  if (named.length === 2) return [...named].sort();
  if (named.length === 3 && /\btrilateral\b|\bthree countries\b/i.test(info.sentence.text)) return [...named].sort();
  if (named.length > 2) return null;
  if (ctx.pair && (BILATERAL.test(info.sentence.text) || named.length === 1 && ctx.pair.includes(named[0]) && /\bwith\b/.test(info.sentence.text))) {
    return [...ctx.pair].sort();
  }
  // "Agreements on fisheries are expected to be signed later": no state named, and none but the pair just before.
  const prev = ctx.sentences[info.sentence.index - 1];
  if (ctx.pair && named.length === 0 && (!prev || codes(actorsIn(prev)).every((c) => ctx.pair!.includes(c)))) return [...ctx.pair].sort();
  return null;
}

function clauseAround(text: string, at: number, end: number): [number, number] {
  const BOUND = /;|,\s+(?:and|but|when|while|as|where)\s/g;
  let from = 0;
  let to = end;
  for (const m of text.slice(0, end).matchAll(BOUND)) {
    if (m.index! < at) from = m.index! + m[0].length;
    else { to = m.index!; break; }
  }
  return [from, to];
}

// Names of bodies ("the Acme Trade and Investment Agency", "Kenya Railways") carry topic words that
// are not the subject of the document the body signs. A council of the two states is no such body: it is political.
// A ministry or department is masked too, but its portfolio counts when nothing else names a topic ("a contract
// with the Ministry of Defence").
const BODY_HEAD = String.raw`(?:Agency|Foundation|(?<!(?:Interstate|Inter-state|Intergovernmental|Strategic|Cooperation) )Council|Bank|Company|Corporation|Authority|Institute|Chamber|Fund|Committee|Commission|Service|Board|Organi[sz]ation|Academy|University|Cent(?:re|er)|Office|Association|Union|Railways?|Court|Ministry|Department)`;
const TITLE_WORD = String.raw`(?:\p{Lu}[\p{L}.-]*|&)`;
const NAME_LINK = String.raw`(?:of|and|for|the|de|&)`;
const BODY_NAME = new RegExp(String.raw`(?:${TITLE_WORD}\s+(?:${NAME_LINK}\s+)*)*${BODY_HEAD}\b(?:\s+(?:${NAME_LINK}\s+)*${TITLE_WORD}(?![\p{L}]))*`, 'gu');
const blank = (m: string) => ' '.repeat(m.length);

function bodyTopics(item: string): Topic[] {
  if (!A_CAPITAL.test(item)) return topicsIn(item);
  const masked = item.replace(BODY_NAME, (m) => /^(?:\S+\s+)*?(?:Ministry|Department)\b/.test(m) ? m : blank(m));
  const topics = topicsIn(masked.replace(BODY_NAME, blank));
  return topics.length ? topics : topicsIn(masked);
}

// "the Maritime Security Pact, covering ... fisheries": a document named by its topic is about that topic.
const TITLED = /(?:\p{Lu}[\p{L}-]*\s+){1,4}$/u;

const GLOBAL_DOCUMENT = new RegExp(DOCUMENT.source.replace(LOAN, ''), 'gi');
const STATEMENT = /\b(?:joint )?(?:statement|declaration|communiqu[ée])s?\b/i;
const COUNTED = /\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a dozen|dozens of|several|a number of|a package of|package of|other)\s+(?:[\w-]+\s+){0,2}$/i;

/**
 * Topics of a document description that may list several documents ("a memorandum on health, an agreement on
 * the border and a joint statement"): each document noun opens an item with its own topics. An item without a
 * topic is political for a statement or declaration and economic for a single document; a count ("12
 * documents, including ...") adds nothing when the items it counts have topics.
 */
function itemTopics(text: string): Topic[] {
  const nouns = [...text.matchAll(GLOBAL_DOCUMENT)];
  if (nouns.length < 2) return (nouns[0] && titleTopics(text, nouns[0])) || bodyTopics(text);
  const starts = nouns.map((m, i) => {
    if (i === 0) return 0;
    const floor = nouns[i - 1].index! + nouns[i - 1][0].length;
    return floor + /(?:[\p{L}-]+\s+){0,3}$/u.exec(text.slice(floor, m.index!))!.index;
  });
  const out: Topic[] = [];
  const defaults: Topic[] = [];
  for (const [i, m] of nouns.entries()) {
    const topics = titleTopics(text.slice(starts[i], m.index! + m[0].length), m, m.index! - starts[i])
      ?? bodyTopics(text.slice(starts[i], starts[i + 1] ?? text.length));
    if (topics.length) { out.push(...topics); continue; }
    if (STATEMENT.test(m[0])) defaults.push('political');
    else if (!PLURAL.test(m[0]) && !COUNTED.test(text.slice(0, m.index!))) defaults.push('economic');
  }
  if (!out.length) return [];
  return [...new Set([...out, ...defaults])];
}

const PLURAL = /\b(?:\p{L}+s|memoranda|treaties)\b/iu;

// The topics of a capitalised title right before a capitalised document noun, if it names any.
function titleTopics(text: string, noun: RegExpMatchArray, at = noun.index!): Topic[] | null {
  if (!CAPITAL_FIRST.test(noun[0])) return null;
  const title = TITLED.exec(text.slice(0, at));
  const topics = title ? topicsIn(title[0]) : [];
  return topics.length ? topics : null;
}

function topicsIn(text: string): Topic[] {
  const found: Array<[number, Topic]> = [];
  for (const [re, topic] of TOPICS) {
    const m = re.exec(text);
    if (m) found.push([m.index, topic]);
  }
  // "science and technology" is science; "social and economic development" is economic.
  return found.sort((a, b) => a[0] - b[0]).map(([, t]) => t);
}

// "In October 2019, ... inked a plan for 2020": the validity year after "for"/"till" is not the signing date.
function agreementDate(ctx: DocContext, info: SentenceInfo): string | null {
  const text = info.sentence.text;
  const inForce = IN_FORCE.test(text);
  const ds = datesOf(info, ctx.doc.date).filter((d) => d.date && (d.kind === 'point' || d.kind === 'relative' || inForce && d.kind === 'since')
    && !/\b(?:for|till|until|through|to|by|of)\s+(?:the\s+)?(?:year\s+)?$/i.test(text.slice(Math.max(0, d.start - 12), d.start)));
  // The date nearest to the document's noun: "visit Warsaw in March, when a memorandum is due to be signed".
  return nearest(ds, DOCUMENT.exec(text)?.index ?? 0)?.date ?? null;
}

function fact(parties: string[], topic: Topic, date: string | null, status: AgreementStatus, info: SentenceInfo, confidence: number): Fact {
  return { type: 'agreement', parties, topic, date, status, confidence, evidence: evidenceOf(info.sentence) };
}

// The same agreement mentioned twice (once with its date) is one fact.
function merge(facts: Fact[]): Fact[] {
  const out: Fact[] = [];
  for (const f of facts) {
    if (f.type !== 'agreement') continue;
    const same = out.find((o) => o.type === 'agreement' && o.topic === f.topic && o.status === f.status
      && o.parties.join() === f.parties.join() && (o.date === f.date || !o.date || !f.date));
    if (!same) { out.push(f); continue; }
    if (same.type === 'agreement' && !same.date && f.date) { same.date = f.date; same.evidence = f.evidence; }
  }
  return out;
}
