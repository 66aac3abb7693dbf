// Agreement facts: documents signed, in force or planned between two states, one fact per topic named.
import type { AgreementStatus, Fact, Topic } from '../../shared/types';
import { portfolioTopic } from '../../language/roles';
import { evidenceOf, type DocContext, type SentenceInfo } from '../context';
import { actorsIn, codes } from '../actors';
import { datesOf, leadDate, nearest } from '../when';
import { isHypothetical } from '../modality';

const DOCUMENT = /\b(?:agreements?|treaty|treaties|memorand(?:um|a)(?: of understanding)?|MoUs?|accords?|protocols?|conventions?|declarations?|joint statements?|communiqu[ée]s?|road ?maps?|action plans?|plans? of (?:\w+ )?cooperation|programmes? of (?:\w+ )?cooperation|cooperation (?:plan|programme|program)s?|documents?)\b/i;
const SIGNED = /\b(?:signed|inked|concluded|initialled|adopted|passed|exchanged|sealed|the signing of|the exchange of)\b/i;
const IN_FORCE = /\b(?:(?:has been|have been|is|are|remains?) in force|(?:entered|came|comes|enters|entering|coming) into (?:force|effect)|took effect|takes effect|became effective|was ratified|were ratified)\b/i;
const PLANNED = /\b(?:will sign|will be signed|to be signed|would be signed|would sign|for signing|(?:agreed|decided|instructed \w+) to prepare|committed to sign(?:ing)?|are to sign|is to sign|(?:expected|due|set|scheduled|plan|plans|planning|intend|agreed|going) to sign|(?:are|is) (?:being )?prepar(?:ed|ing)|draft(?:ing|ed|s)?)\b/i;
const BILATERAL = /\bbilateral|\b(?:inter-?governmental|interstate|mutual)\b|\bthe (?:two|both) (?:sides|countries|states|governments|presidents|leaders|ministers|nations|parties)\b|\bthe sides\b|\bthe parties\b|\bboth (?:sides|countries)\b|\bour (?:two )?countries\b/i;
// Where a document's description ends: relative clauses and purposes ("to boost trade") add no topic.
const PURPOSE = /\b(?:while|which|that will|so as to|in order to|aimed at)\b|,\s+(?!including\b|concerning\b|covering\b|regarding\b)\p{Ll}+ing\b|\b(?:pledg|vow|aim|promis|seek)\w* to\b|(?<!\b(?:measures|steps|plans?|road ?maps?|programmes?|programs?|ways|mechanisms?|efforts) )\bto (?:boost|increase|expand|raise|strengthen|promote|develop|deepen|enhance|facilitate|dismantle|remove|ease|double|triple|bring|reach|lift|cut|reduce)\b/iu;
const BACKGROUND = /\b(?:has|have|had) (?:so far |already |previously )?(?:been )?signed\b|\bso far\b|\bto date\b|\bover the years\b|\bsince\b|\bin (?:the )?(?:past|recent) (?:years|decades)\b|\b(?:more than|over|some|about|nearly|almost) \d+\b|\blegal (?:base|framework)\b|\btreaty base\b|\bpreviously\b|\bearlier\b|\bresult of\b|\bthanks to\b|\bunder (?:the|an?) (?:[\w-]+ ){0,3}(?:agreements?|treat(?:y|ies)|accords?|memorand\w*|framework|programmes?|plans?)\b/i;
const BETWEEN_COMPANIES = /\bbetween (?:the )?(?:\p{Lu}[\p{L}-]+ )?(?:state-owned |private )?(?:company|companies|firm|firms|group|carmaker|developer|operator|bank|banks|producer|manufacturer)\b/iu;
const CONTINUES = /^(?:These|They|Those|Among them|The documents|The agreements)\b[^.]*\b(?:include|included|cover|covered|concern|are)\b/i;

// Topic words inside a document's description; "technology" alone is too vague to count.
const TOPICS: Array<[RegExp, Topic]> = [
  [/(?<!electricity |power |energy |gas |oil |arms |grain )\btrade\b|\bturnover\b|\bcommerc|\bcustoms\b|\bexports?\b|\bfree trade\b/i, 'trade'],
  [/\binvestments?\b/i, 'investment'],
  [/\benergy\b|\bpower (?:grids?|plants?|stations?|supply|trade|sector|transmission|generation|lines?|exports?|imports?|agreement|interconnection)\b|\b(?:electric|hydro|solar|wind|nuclear) power\b|(?<!palm |vegetable |olive |sunflower |cooking )\boil\b|\bgas\b|\belectricity\b|\bnuclear\b|\bhydrocarbons?\b|\bpower engineering\b|\bpetroleum\b|\bfuels?\b|\bdiesel\b|\bpetrol\b|\benergy security\b/i, 'energy'],
  [/(?<!defen[cs]e[- ])\bindustr(?:y|ial|ies)\b|\bmanufactur/i, 'industry'],
  [/\bagricultur|\bagri-?business|\bagro|\bfarming\b|\bveterinary\b|\bphytosanitary\b|\bfisher(?:y|ies)\b|\bpalm oil\b|\bplantations?\b|\bfood security\b/i, 'agriculture'],
  [/\btransport|\blogistics\b|\brailways?\b|\baviation\b|\bair (?:services|traffic|communication)\b|\bshipping\b|\btransit\b|\broad\b/i, 'transport'],
  [/\binformati[sz]ation\b|\bIT\b|\bICT\b|\binformation (?:and communication )?technolog|\bdigital|\btelecommunication|\bcyber/i, 'it'],
  [/\bscien(?:ce|tific)\b|\bresearch\b|\binnovation/i, 'science'],
  [/\beducation|\buniversit|\bstudents?\b|\bacademic\b|\bvocational\b|\b(?:professional|teacher) training\b|\bdiplomas?\b/i, 'education'],
  [/\bcultur(?:e|al)\b|\bheritage\b|\barts?\b|\bmedia\b/i, 'culture'],
  [/\bsports?\b|\byouth\b/i, 'sport'],
  [/\bhealth|\bmedic(?:al|ine)\b|\bpharmac|\bambulance|\bhospital/i, 'health'],
  [/\btouris/i, 'tourism'],
  [/\bdefen[cs]e\b|\bmilitary\b|\barmed forces\b|\barms\b/i, 'defense'],
  [/(?<!energy |food )\bsecurity\b|\bterroris|\bcrime\b|\blaw enforcement\b|\bpolice\b|\bborder (?:security|guard|control|protection)|\bextradition\b|\blegal assistance\b|\bcivil protection\b|\bemergenc(?:y|ies)\b|\btrafficking\b|\bsmuggling\b|\bnarcotics?\b/i, 'security'],
  [/\bfinanc|\bbanking\b|\btax(?:ation)?\b|\bcurrenc(?:y|ies)\b|\bcredit\b|\bloans?\b|\bsettlements?\b|\bpayments?\b/i, 'finance'],
  [/\binterregional\b|\bregional (?:cooperation|links)\b|\bregions\b|\bsister cit|\btwin(?:ning|ned)? cit/i, 'regional'],
  [/\bpolitical\b|\bvisa\b|\bconsular\b/i, 'political'],
  [/\bjustice\b|\bjudicial\b|\blabou?r\b|\bmigration\b|\bmigrants?\b/i, 'other'],
  // "digital economy" is a sector (it), not the economy at large.
  [/(?<!digital |green |blue |circular |creative )\beconom(?:y|ic)\b/i, 'economic'],
];

export function extractAgreements(ctx: DocContext): Fact[] {
  const facts: Fact[] = [];
  let previous: { status: AgreementStatus; date: string | null; parties: string[] } | null = null;
  for (const info of ctx.sentences) {
    const text = info.sentence.text;
    // "These include agreements in sport, education..." continues the signing of the sentence before.
    if (previous && CONTINUES.test(text)) {
      const topics = topicsIn(text);
      for (const topic of topics) facts.push(fact(previous.parties, topic, previous.date, previous.status, info, 0.75));
      previous = null;
      continue;
    }
    previous = null;
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
    const date = agreementDate(ctx, info) ?? (status === 'signed' && !BACKGROUND.test(text) && !/^["“]/.test(text) ? leadDate(ctx) : null);
    // Topics come from the document's own description, from its noun to the end of the clause.
    // ...and from up to three words before it ("a trade agreement", "a defence cooperation agreement").
    const lead = /(?:[\p{L}-]+\s+){0,3}$/u.exec(text.slice(0, doc.index))!;
    const span = text.slice(Math.max(0, Math.min(lead.index, (SIGNED.exec(text) ?? IN_FORCE.exec(text) ?? doc).index)));
    // The name of the body whose session signed it ("the Commission on Trade and Economic Cooperation") is no topic.
    let topics = topicsIn(span.split(PURPOSE)[0].replace(/\b(?:commission|committee|council|working group)\b[^,;]*?\b(?:on|for)\b(?:\s+\p{Lu}[\p{L}-]*|\s+and|\s+of)+/giu, ' '));
    if (!topics.length) {
      const signer = portfolioTopic(text.slice(0, doc.index));
      if (signer) topics = [signer as Topic];
    }
    // "In total, 18 documents were signed", after the list: a count of documents already read, no document of its own.
    // "The agreement was signed by ...": the document of the sentences just before, not another one.
    if (!topics.length && /^(?:The|This|That|These) (?:agreements?|documents?|memorand\w*|deals?|accords?|protocols?)\b/.test(text)
      && facts.some((f) => f.evidence.sentence >= info.sentence.index - 2)) continue;
    if (!topics.length && facts.length && /\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a dozen|dozens of|several|a number of)\s+(?:[\w-]+\s+){0,2}$/i.test(text.slice(0, doc.index))) continue;
    if (!topics.length) topics = [/\b(?:joint )?(?:statement|declaration|communiqu[ée])\b/i.test(doc[0]) ? 'political' : 'economic'];
    // "the protocol of the session and memoranda on health, ...": the protocol is a document of its own, economic.
    if (topics.length && !topics.includes('economic') && /\b(?:protocol|minutes) of the (?:\w+ )?(?:session|meeting)\b/i.test(text)) topics.push('economic');
    for (const topic of topics) facts.push(fact(parties, topic, date, status, info, 0.8));
    previous = { status, date, parties };
  }
  return merge(facts);
}

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
