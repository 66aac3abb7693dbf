// Figure facts: trade turnover, exports with direction (imports turned around), shipments, investment,
// arms sales and other sums between states, actual or target, with the period they cover.
import type { Fact, Metric, Modality } from '../../shared/types';
import { findQuantities, type Quantity } from '../../language/quantities';
import { evidenceOf, partnerOf, type DocContext, type SentenceInfo } from '../context';
import { actorsIn, codes, type Actor } from '../actors';
import { datesOf } from '../when';
import type { DateMention } from '../../language/dates';

const METRICS: Array<[RegExp, Metric]> = [
  [/\b(?:arms|weapons?|armaments|military (?:equipment|hardware|products|aircraft|vehicles)|(?:light )?combat aircraft|fighter|warships?|corvettes?|frigates?|submarines?|defen[cs]e (?:firm|company|contractor|deal)|missiles?|air[- ]defen[cs]e|howitzers?|tanks|armou?red vehicles|fighter jets|drones|ammunition|artillery)\b/i, 'arms_sales'],
  // Lowercase only: "Minister of Planning and Investment" names an office, not an investment.
  [/\binvest(?:ed|s|ing|ment|ments|or|ors)?\b|^Invest\w*|\bcontribut(?:e|es|ed|ing) (?:(?:about|around|some|up to|nearly|over) )?(?:US)?[$€£]/, 'investment'],
  [/\bturnover\b|\b(?:bilateral|mutual|two-way|foreign) trade\b|\btrade (?:between|volume|reach(?:ed|es)?|amount(?:ed|s)?|totall?(?:ed|s)?|st(?:ood|ands)|grew|rose|fell|increased|decreased|exceeded)\b|\b(?:trade|commercial) exchange\b|\bthe exchange (?:reached|amounted|totall?ed|stood)\b|\b(?:volume|value) of (?:bilateral |mutual )?trade\b|\btrade value\b|\btrade (?:with|of)\b/i, 'trade_turnover'],
  // Goods carried through or by a route ("transit cargo", "the line carried 2 million tons") are traffic, not trade.
  [/\b(?:transit|cargo|freight)\b|\b(?:railway|rail|route|corridor)\b[^.;]{0,30}\btransport(?:ed|s)\b/i, 'other'],
  [/\bexport(?:s|ed|ing)?\b|\bimport(?:s|ed|ing)?\b/i, 'exports'],
  [/\b(?:purchas(?:e|es|ed|ing)|buy(?:s|ing)?|bought|sen[dt]|sends|ship(?:ped|ping|ment|ments|s)?|deliver(?:ed|y|ies|s|ing)?|suppl(?:ied|ies|y|ying)|transport(?:ed|s)?|pump(?:ed|s)?|dispatch(?:ed|es)?|received)\b/i, 'shipment'],
  [/\b(?:transactions?|deals?|contracts?|credit(?: line)?s?|loans?|grants?|aid|assistance|ODA|projects?|portfolio|financing|funds?|debts?|collaterals?|lend(?:s|ing)?|lent|allocat(?:e|es|ed|ing|ion))\b/i, 'other'],
];
const TRADE = new Set<Metric>(['trade_turnover', 'exports']);
const TARGET = /\b(?:will|anticipat(?:e|es|ed|ing)|agreed upon|contracted|stipulated|to (?:deliver|supply|ship|provide|purchase|buy|lift)|plan(?:s|ned|ning)?|aim(?:s|ed|ing)?|target(?:s|ed)?|goal|seek(?:s|ing)?|intend(?:s|ed)?|expect(?:s|ed)?|forecast|projected|pledge[sd]?|will (?:reach|exceed|grow|rise|increase|amount)|to (?:reach|bring|increase|raise|boost|double|exceed)|(?:can|could|may|might|would) (?:\w+ )?(?:reach|grow|rise|increase|climb|exceed|hit|double|triple|top)|to invest|bringing|task of|set (?:the|a) (?:task|goal|target)|mark\b|prepared|ready to be implemented|by 20\d\d|(?:will|shall|is to|are to|would|agreed to|undertook to|committed to|contract(?:ed)? to|deal to) (?:(?:also|further|continue to|allow the|start to|begin to|soon) )*(?:deliver|supply|ship|send|export|provide|invest|contribute|buy|purchase|sell|import|allocate|grant|lend|finance|spend))\b/i;
const CREDIT = /\b(?:credit(?: line)?s?|loans?|lend(?:s|ing)?|lent|ODA|portfolio|funds?|funding|financing|deals?|contracts?|memorand\w*|memorium|MoUs?|prepared|planned|ready to be implemented|grants?|aid|(?:financial |non-reimbursable |non-refundable )?assistance)\b/i;
// An amount right after an opening bracket, maybe hedged ("(about €4.7 billion)"): a conversion or a comparison.
const BRACKET_OPEN = /\(\s*(?:(?:about|around|approximately|approx\.|roughly|some|nearly|almost|over|~)\s*)?$/i;
const COMPARISON_AFTER = /^\s*(?:more|less|higher|lower|up|down)\s+(?:than|on|from)\b|^\s*(?:above|below)\b/i;
const CHANGE_BEFORE = /\bby\s*(?:about |around |nearly |almost |over |some )?$/i;

export function extractFigures(ctx: DocContext): Fact[] {
  const facts: Fact[] = [];
  let carried: Carried | null = null;
  // A sentence that states both a period and a metric (and no target) sets `carried` for the figures after it. Most
  // sentences hold no figure that needs it, so they wait here, newest last, and only when a figure asks is the latest
  // of them that qualifies found (reading each one's dates and metric); a figure's own `carried` clears the queue.
  let pending: SentenceInfo[] = [];
  const settleCarried = (): Carried | null => {
    for (let i = pending.length - 1; i >= 0; i--) {
      const c = sentenceCarried(ctx, pending[i]);
      if (c) { carried = c; break; }
    }
    pending = [];
    return carried;
  };
  for (const info of ctx.sentences) {
    const text = info.sentence.text;
    const found = findQuantities(text);
    for (const q of found) if (q.kind === 'share') { const f = shareFigure(ctx, info, q); if (f) facts.push(f); }
    const quantities = inDollars(text, found.filter((q) => q.kind === 'money' || q.kind === 'mass' || q.kind === 'volume' || GOODS.test(q.text)));
    pending.push(info);
    // The sentence's metric, read once and only when a clause has none of its own.
    let sentenceMetric: Metric | null | undefined;
    const sentenceMetricOf = () => (sentenceMetric === undefined ? (sentenceMetric = metricOf(text)) : sentenceMetric);
    // A denied deal or sale is no figure ("denied reports that it had sold weapons worth $X").
    if (/\b(?:denied|denies|deny|refuted|dismissed reports|did not|has not|have not|never)\b/i.test(text)) continue;
    const flows: Flow[] = [];
    for (const q of quantities) {
      if (COMPARISON_AFTER.test(text.slice(q.end, q.end + 25)) || CHANGE_BEFORE.test(text.slice(Math.max(0, q.start - 20), q.start))
        || /\b(?:up|down)\s*$/i.test(text.slice(Math.max(0, q.start - 8), q.start))) continue;
      // A share or conversion in brackets is no figure of its own, except an amount for a date just named:
      // "$300,000 more than the same period in 2019 ($12.5 million)".
      // "(... $12.5 million over the same period of 2019)": or for a date just after it, inside the bracket.
      const bracketed = BRACKET_OPEN.test(text.slice(Math.max(0, q.start - 20), q.start));
      const main = lastOf(facts, info.sentence.index, true);
      const dated = bracketed ? bracketDate(ctx, info, q) ?? datedInBracket(ctx, info, q, main?.period ?? null) : null;
      if (bracketed && !dated) continue;
      if (dated) {
        if (main && main.unit === q.unit) {
          facts.push({ ...main, value: q.value, period: dated, modality: 'actual', evidence: evidenceOf(info.sentence, q.start, q.end) });
        }
        continue;
      }
      const [cs, ce] = clauseAround(text, q);
      const clause = text.slice(cs, ce);
      // "In the first half, this indicator was $45 million": the figure of the sentence before, continued.
      const referred = /\b(?:this|the same|that) (?:indicator|figure)\b/i.test(clause) ? lastOf(facts, info.sentence.index) : undefined;
      let metric = referred?.metric ?? (clause === text ? sentenceMetricOf() : metricOf(clause)) ?? sentenceMetricOf() ?? (q.kind === 'count' && MADE.test(clause) ? 'other' : null);
      if (!metric) continue;
      // A capacity ("whose capacity will reach 40 million tons") is no flow of goods or money.
      if (/\bcapacity\b/i.test(text.slice(Math.max(cs, q.start - 50), q.start))) continue;
      // Counted goods are figures only when made, sold or delivered ("20 jets", "4,100 buses were produced").
      if (q.kind === 'count') {
        if (MADE.test(clause) && !/\b(?:deliver|suppl|ship|export|sell|sold)/i.test(clause)) metric = 'other';
        else if (metric === 'arms_sales' || metric === 'other' && /\b(?:deal|contract|agreement)\b/i.test(clause)) metric = 'shipment';
        else if (metric !== 'shipment') continue;
      }
      // "a $300 million joint fund", "a package of deals worth $4 billion": the size of a fund or of
      // deals, a promise of money rather than money invested.
      if (q.kind === 'money' && /^\s+(?:\S+\s+){0,3}?funds?\b/i.test(text.slice(q.end, q.end + 40))) metric = 'other';
      // Aid, grants, loans and credit lines are promises of money whatever else the clause mentions.
      if (q.kind === 'money' && metric !== 'other' && /\b(?:credit lines?|loans?|grants?|aid|assistance)\b/i.test(clause) && !/\btrade|turnover|exports?\b/i.test(clause)) metric = 'other';
      if (metric === 'shipment' && q.kind === 'money') metric = /\bworth\b/.test(clause) ? 'other' : 'exports';
      if ((metric === 'trade_turnover' || metric === 'exports') && q.kind !== 'money' && metric === 'trade_turnover') continue;
      const parties = referred && !actorsIn(info, cs, ce).length ? [referred.from!, referred.to!] as [string, string]
        : partiesFor(ctx, info, metric, q, cs, ce, flows);
      if (!parties) continue;
      // Credit lines and loans are promises of money, targets by nature, however they are worded.
      // A fund "launched" or "set up" with its capital exists: its size is actual.
      const credit = metric === 'other' && CREDIT.test(clause)
        && !(/\bfunds?\b/i.test(clause) && /\b(?:has been|was|were|have been) (?:launched|established|set up|created)\b/i.test(clause));
      // "signed a $900 million contract to supply frigates by 2031": the value of a deal signed is actual.
      const signedDeal = q.kind === 'money' && metric === 'arms_sales' && /\b(?:signed|inked|concluded|sealed)\b/i.test(text.slice(cs, q.start));
      // "aims to lift imports to $300 million, and exports to $450 million": a clause without a verb of its own
      // shares the goal of the one before.
      const verbless = !/\b(?:was|were|is|are|reached|total\w*|amount\w*|stood|rose|fell|grew|increased|decreased|exceeded|accounted)\b/i.test(clause);
      const modality: Modality = !signedDeal && (credit || TARGET.test(clause) || TARGET.test(text.slice(0, cs)) && (/\bto (?:reach|bring)\b/.test(text) || verbless && /,?\s+and\s*$/.test(text.slice(0, cs))))
        || q.kind === 'count' && metric === 'shipment' && !/\b(?:delivered|received|shipped|supplied|sent)\b/i.test(clause) ? 'target' : 'actual';
      // Goods agreed but not yet sent ("agreed to allow the export of 100,000 tonnes") are a shipment to come.
      if (metric === 'exports' && modality === 'target' && q.kind !== 'money') metric = 'shipment';
      // A clause without a period of its own borrows one stated before it in the sentence ("In 2023, A ... and
      // B ..."), never one stated after it, which belongs to a later clause ("..., below the $5.6 billion of 2022").
      // Borrowed only in a list of figures ("In 2023, trade reached $X; exports were $Y"), where an amount comes before.
      const listed = quantities.some((o) => o.end <= cs) || /,\s+with\s*$/.test(text.slice(0, cs));
      const compared = main?.period ?? null;
      let period = bracketPeriod(ctx, info, q) ?? ownPeriod(ctx, info, q, ce, compared) ?? samePeriodAfter(ctx, info, q, ce, compared) ?? periodOf(ctx, info, cs, ce) ?? fullYear(ctx, clause) ?? (listed || cs === 0 ? periodOf(ctx, info, 0, cs) : null);
      // A promise of money dated to a day ("signed a $200 million loan on Sunday") is dated by its signing, not for a period.
      const days = datesOf(info, ctx.doc.date);
      if (period && /^\d{4}-\d{2}$/.test(period) && (credit && days.some((d) => d.kind === 'relative' || (d.date?.length ?? 0) === 10)
        || modality === 'target' && days.some((d) => d.kind === 'point' && (d.date?.length ?? 0) === 10 && d.date!.startsWith(period!)))) period = null;
      // A figure without its own period shares the one just stated for the same trade flows
      // ("Trade reached $60m in January-February. Imports from A amounted to $55m.").
      const before = period ? null : settleCarried();
      if (!period && before && modality === 'actual' && (before.metric === metric
        || (before.paragraph === info.paragraph || before.sentence === info.sentence.index - 1) && TRADE.has(before.metric) && TRADE.has(metric)
        // "In the first half, the line carried 2 million tons. ... imports were 500,000 tonnes": the next
        // sentence's flows of goods share the period.
        || before.sentence === info.sentence.index - 1 && q.kind !== 'money')) period = before.period;
      if (period && modality === 'actual') { carried = { metric, period, paragraph: info.paragraph, sentence: info.sentence.index }; pending = []; }
      const flow = flowWord(text, q, cs, ce);
      if (flow && metric === 'exports') flows.push({ word: flow, from: parties[0], to: parties[1] });
      facts.push({
        type: 'figure', metric, from: parties[0], to: parties[1], value: q.value, unit: q.unit, period, modality,
        commodity: commodityAfter(text, q), confidence: 0.75, evidence: evidenceOf(info.sentence, cs, ce),
      });
    }
  }
  return dedupe(facts);
}

interface Carried { metric: Metric; period: string; paragraph: number; sentence: number }

/** What a sentence carries to the figures after it: its period and metric, when it states both and no target. */
function sentenceCarried(ctx: DocContext, info: SentenceInfo): Carried | null {
  const text = info.sentence.text;
  const period = periodOf(ctx, info, 0, text.length);
  const metric = period ? metricOf(text) : null;
  return period && metric && !TARGET.test(text) ? { metric, period, paragraph: info.paragraph, sentence: info.sentence.index } : null;
}

const GOODS = /\b(?:vehicles|trucks|lorries|tractors|buses|cars|units|wagons|railcars|tanks|aircraft|airplanes|planes|helicopters|drones|combines|jets|ships|vessels|warships|corvettes|frigates|submarines|locomotives)$/i;
const MADE = /\b(?:produced|assembled|manufactured|built|made|rolled off)\b/i;

/**
 * "40 billion baht ($1.1 billion)", "€3 billion ($3.2 billion)": an amount the text also gives in US dollars is
 * the dollar one. The bracketed amount takes the place of the first; the first is dropped.
 */
function inDollars(text: string, qs: Quantity[]): Quantity[] {
  const out: Quantity[] = [];
  for (const [i, q] of qs.entries()) {
    const next = qs[i + 1];
    if (q.kind === 'money' && q.unit !== 'USD' && next?.unit === 'USD' && /^\s*\(\s*(?:about |approximately |some |around |nearly |over )?$/i.test(text.slice(q.end, next.start))) {
      out.push({ ...q, value: next.value, unit: 'USD' });
      continue;
    }
    out.push(q);
  }
  return out;
}

// "$900 million (in 2022 – $850 million)": a date inside the bracket that holds the amount is its period.
function bracketPeriod(ctx: DocContext, info: SentenceInfo, q: Quantity): string | null {
  const text = info.sentence.text;
  const open = text.lastIndexOf('(', q.start);
  if (open === -1 || text.lastIndexOf(')', q.start) > open) return null;
  const d = datesOf(info, ctx.doc.date).find((m) => m.start > open && m.end <= q.start && m.date);
  return d ? asPeriod(ctx, info, d) : null;
}

// The year of a date that ends right before the bracket holding the amount.
function bracketDate(ctx: DocContext, info: SentenceInfo, q: Quantity): string | null {
  const open = info.sentence.text.lastIndexOf('(', q.start);
  const d = datesOf(info, ctx.doc.date).find((m) => m.end <= open && open - m.end <= 2 && (m.kind === 'point' || m.kind === 'since') && m.date);
  return d ? d.date : null;
}

/** The export or import of a clause, as the text names it, with its direction once read. */
interface Flow { word: 'exports' | 'imports'; from: string; to: string }

// The flow word nearest before the amount in its clause (else the first after it): "exports ... while imports – $X".
function flowWord(text: string, q: Quantity, cs: number, ce: number): 'exports' | 'imports' | null {
  const before = [...text.slice(cs, q.start).matchAll(/\b(export|import)/gi)].pop();
  const m = before ?? /\b(export|import)/i.exec(text.slice(q.end, ce));
  return m ? (m[1].toLowerCase() === 'export' ? 'exports' : 'imports') : null;
}

/** The figure just extracted, when it is of this sentence (or, unless `sameSentence`, of the one before). */
function lastOf(facts: Fact[], sentence: number, sameSentence = false): Extract<Fact, { type: 'figure' }> | undefined {
  const f = facts[facts.length - 1];
  return f?.type === 'figure' && f.evidence.sentence >= sentence - (sameSentence ? 0 : 1) && f.from && f.to ? f : undefined;
}

// "from $90 million in 2019 to $130 million in 2020": a date right after the amount is its period, before any other.
function ownPeriod(ctx: DocContext, info: SentenceInfo, q: Quantity, ce: number, compared: string | null): string | null {
  const d = dateAfter(ctx, info, q, ce, /^\s*(?:in|during|for)\s+$/i);
  return d ? samePeriodOf(d, compared) ?? asPeriod(ctx, info, d) : null;
}

// "(... $12.5 million over the same period of 2019)", "($9 million in 2021)": a date right after an amount in brackets.
function datedInBracket(ctx: DocContext, info: SentenceInfo, q: Quantity, compared: string | null): string | null {
  const close = info.sentence.text.indexOf(')', q.end);
  const d = close === -1 ? undefined : dateAfter(ctx, info, q, close, /^\s*(?:over|in|during|for)\s+$/i);
  if (!d?.date) return null;
  return samePeriodOf(d, compared) ?? (d.kind === 'point' || d.kind === 'period' ? asPeriod(ctx, info, d) : null);
}

/** The date that follows the amount with only `between` (a preposition) in between, before `end`. */
function dateAfter(ctx: DocContext, info: SentenceInfo, q: Quantity, end: number, between: RegExp): DateMention | undefined {
  return datesOf(info, ctx.doc.date).find((m) => m.start >= q.end && m.start - q.end <= 12 && m.end <= end
    && between.test(info.sentence.text.slice(q.end, m.start)));
}

// "surpassing the $4.9 billion (about €4.4 billion) registered in the same period of 2023": a same-period phrase
// later in the amount's clause dates it, before any other date of the sentence.
function samePeriodAfter(ctx: DocContext, info: SentenceInfo, q: Quantity, ce: number, compared: string | null): string | null {
  for (const d of datesOf(info, ctx.doc.date)) {
    if (d.start < q.end || d.end > ce) continue;
    const shifted = samePeriodOf(d, compared);
    if (shifted) return shifted;
  }
  return null;
}

const SAME_PERIOD = /\bsame (?:period|months?|time|quarter|half-year|half)\b/i;

/**
 * "$150 million in January-November 2022, against $115 million in the same period of 2021": the months of the figure
 * compared with, in the year the phrase names ("of 2021") or the year before it ("of the previous year"). Null for
 * any other date, or with no dated figure to compare with.
 */
function samePeriodOf(d: DateMention, compared: string | null): string | null {
  if (!compared || !SAME_PERIOD.test(d.text)) return null;
  const from = Number(compared.slice(0, 4));
  const named = /\b(?:19|20)\d\d\b/.exec(d.text);
  const shift = (named ? Number(named[0]) : from - 1) - from;
  return compared.replace(/\b(?:19|20)\d\d\b/g, (y) => String(Number(y) + shift));
}

// "... 28.6% of Paraguay's exports", "... 7.3% of India's total trade", "5.4 percent of the Bolivian exports".
const SHARE_OF = /^\s+of\s+(?:the\s+)?(?:(?<owner>\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*)*?)(?:['’]s)?\s+)?(?:total\s+|foreign\s+|overall\s+|registered\s+)*(?<flow>trade|exports|imports)\b/u;

/**
 * A share of one state's trade that goes to or comes from another: trade shares are turnover between the two,
 * a share of B's exports taken by A is exports B -> A, a share of B's imports supplied by A is exports A -> B.
 */
function shareFigure(ctx: DocContext, info: SentenceInfo, q: Quantity): Fact | null {
  const text = info.sentence.text;
  const m = SHARE_OF.exec(text.slice(q.end));
  if (!m?.groups?.owner) return null;
  const ownerStart = q.end + m.index + m[0].indexOf(m.groups.owner);
  const owner = actorsIn(info, ownerStart, ownerStart + m.groups.owner.length)[0]?.code;
  if (!owner) return null;
  const other = codes(actorsIn(info).filter((a) => a.code !== owner))[0] ?? null;
  if (!other) return null;
  const flow = m.groups.flow;
  const [from, to] = flow === 'trade' ? [other, owner] : flow === 'exports' ? [owner, other] : [other, owner];
  const [cs, ce] = clauseAround(text, q);
  const period = periodOf(ctx, info, cs, ce) ?? periodOf(ctx, info, 0, text.length);
  return { type: 'figure', metric: flow === 'trade' ? 'trade_turnover' : 'exports', from, to, value: q.value, unit: 'pct', period,
    modality: 'actual', commodity: null, confidence: 0.65, evidence: evidenceOf(info.sentence, cs, ce) };
}

function metricOf(text: string): Metric | null {
  for (const [re, metric] of METRICS) if (re.test(text)) return metric;
  return null;
}

// The clause a quantity belongs to: between separators such as ", while", ";", " – " lists and ", and".
// Hoisted: one pattern object for every call rather than a new one each time (these run per sentence or word).
// (matchAll reads from a copy of a global pattern: the pattern itself is never moved.)
const CLAUSE_SEP = /\s+while\s+|,\s+(?=(?:US)?[$€£]?[\d.,]+\s*(?:million|billion|thousand)?\s+(?:higher|lower|more|less)\b)|,\s+(?:(?:far|well|just|still)\s+)?(?:while|whereas|and|but|with|of which|when|up|down|compared|against|below|above|after|according to|making|putting|bringing|leaving|representing|marking|reflecting)\b|\s+and\s+(?=will|would|plans?|is to|are to|intends?)\b|\s+and\s+(?=(?:the\s+)?\p{Lu}\p{L}+\s+(?:exports?|imports?)\b)|;|,\s+(?=[a-z]+ [a-z]+ (?:to|in) \p{Lu})|\.\s|\s+and\s+(?=(?:about |around |some |nearly )?(?:US)?[$€£¥]|\d|(?:its |their )?(?:imports?|exports?)\b)|\s+from\s+(?=(?:about |around |some |nearly )?(?:US)?[$€£¥]?\d)/gu;

// "exceeded $70 million last year and surpassed $20 million in the first quarter": a second verb with its own amount
// starts a clause of its own, with its own period.
const FIGURE_VERB = String.raw`(?:reached|exceeded|surpassed|topped|totall?ed|amounted to|stood at|rose to|grew to|fell to|dropped to|declined to|hit)`;
const AMOUNT_AHEAD = String.raw`(?:about |around |some |nearly |almost |over |more than )?(?:US)?[$€£¥]?\d`;
const CLAUSES = new RegExp(`${CLAUSE_SEP.source}|\\s+and\\s+(?=${FIGURE_VERB}\\s+${AMOUNT_AHEAD})`, 'gu');

function clauseAround(text: string, q: Quantity): [number, number] {
  // ", up from $7.6 billion in 2021", "and €4.1 billion in January-September", "and imports from X at $7.3 billion":
  // each amount keeps its own period, metric and direction.
  let start = 0, end = text.length;
  for (const m of text.matchAll(CLAUSES)) {
    if (m.index! + m[0].length <= q.start) start = m.index! + m[0].length;
    else if (m.index! >= q.end) { end = m.index!; break; }
  }
  // In a list "A – 1.6 million tons (17%), B – 273 thousand tons", each item is its own clause.
  // (A dash just before the amount: tested at the end only, not by a pattern tried from every position.)
  const before = text.slice(start, q.start);
  if (/\s[–—-]\s*$/.test(before) && / [–—-] /.test(before)) {
    const lastComma = text.lastIndexOf(',', q.start);
    if (lastComma >= start) start = lastComma + 1;
    const nextComma = text.indexOf(',', q.end);
    if (nextComma !== -1 && nextComma < end) end = nextComma;
  }
  return [start, end];
}

function partiesFor(ctx: DocContext, info: SentenceInfo, metric: Metric, q: Quantity, cs: number, ce: number, flows: Flow[] = []): [string, string] | null {
  const text = info.sentence.text;
  // "US$ 2 billion", "US $450 million": the currency's "US" is no party.
  const filed = info.datelineEnd ?? 0;
  const all = actorsIn(info).filter((a) => a.start >= filed && !/^\s?\$/.test(text.slice(a.end, a.end + 2)) && !/^\s(?:dollars?|\$)\b/i.test(text.slice(a.end, a.end + 9)));
  const inClause = all.filter((a) => a.start >= cs && a.end <= ce);
  if (metric === 'trade_turnover' || metric === 'other') {
    let cs2 = codes(inClause);
    if (cs2.length < 2) cs2 = codes(all);
    if (cs2.length === 2) return [cs2[0], cs2[1]];
    if (cs2.length === 1 && ctx.pair?.includes(cs2[0])) return [cs2[0], partnerOf(ctx, cs2[0])!];
    if (cs2.length === 0 && ctx.pair && (/\b(?:bilateral|mutual|the two|turnover|both|two-way|our (?:two )?countries)\b/i.test(text)
      || metric === 'other' && aboutPair(ctx, info))) return [ctx.pair[0], ctx.pair[1]];
    return null;
  }
  const to = destination(text, all, cs, ce, q);
  // The sender is looked for in the quantity's own clause first, then in the whole sentence.
  const clauseActors = all.filter((a) => a.start >= cs && a.end <= ce);
  let from = source(text, clauseActors, metric, cs, q, to) ?? source(text, all.filter((a) => a.end <= cs || a.start >= ce ? !/\bfrom\s+(?:the\s+)?$/.test(text.slice(Math.max(0, a.start - 10), a.start)) : true), metric, cs, q, to);
  // "The company will invest $25 million": the firm last introduced with its state.
  if (!from && /^\s*(?:\S+\s+){0,3}?the (?:company|firm|group|investor|developer|carmaker|manufacturer|producer|operator|lender|bank|fund)\b/i.test(text.slice(cs, q.start))) {
    from = recentOrganisationCountry(ctx, info.sentence.index);
  }
  const word = flowWord(text, q, cs, ce);
  // "Exports from A to B totalled $X, while imports were $Y": a bare flow after a flow already read goes the
  // same way when it is the same word, the other way when it is the other word.
  const prior = flows[flows.length - 1];
  if (metric === 'exports' && prior && word && !all.some((a) => a.start >= cs && a.end <= ce)) {
    return word === prior.word ? [prior.from, prior.to] : [prior.to, prior.from];
  }
  if (metric === 'exports' && word === 'imports') {
    // "Imports from Belarus to Azerbaijan", "Azerbaijan's imports from Belarus": exports the other way.
    const fromM = /\bfrom (?:the )?$/;
    const origin = all.find((a) => a.start >= cs && a.end <= ce && fromM.test(text.slice(Math.max(0, a.start - 10), a.start)));
    if (!origin) return null;
    // The importer: named in the clause, or "its imports" for the subject before it, or the pair's other side.
    const importer = all.find((a) => a.start >= cs && a.end <= ce && a !== origin && a.code !== origin.code)?.code
      ?? (/\b(?:its|their)\s+(?:\p{Ll}+\s+)?imports?\b/iu.test(text.slice(cs, ce)) ? all.find((a) => a.end <= cs && a.code !== origin.code)?.code : undefined)
      ?? partnerOf(ctx, origin.code);
    if (!importer || importer === origin.code) return null;
    return [origin.code, importer];
  }
  let dest = to?.code ?? null;
  if (!dest) dest = previousDestination(ctx, info);
  if (!dest && from && (metric === 'shipment' || metric === 'arms_sales' || metric === 'investment')) dest = partnerOf(ctx, from);
  // "trade with Togo ..., including exports from Ghana – $600 million": the partner named in the sentence.
  if (!dest && from && metric === 'exports' && codes(all).length === 2 && all.some((a) => a.code === partnerOf(ctx, from))) dest = partnerOf(ctx, from);
  if (!from && dest) from = partnerOf(ctx, dest);
  if (!from || !dest || from === dest) return null;
  return [from, dest];
}

// "to Belarus", "to Russian consumers", "in Azerbaijan" (investment): the receiving side.
function destination(text: string, all: Actor[], cs: number, ce: number, q?: Quantity): Actor | null {
  // "Before the deal with Chile, X agreed to deliver 10 jets to Peru": the goods' own "to" comes after them.
  const ordered = q ? [...all.filter((a) => a.start >= q.end), ...all.filter((a) => a.start < q.end)] : all;
  for (const a of ordered) {
    if (a.start < cs || a.end > ce) continue;
    const before = text.slice(Math.max(cs, a.start - 44), a.start);
    // "will provide Kenya with 5,000 barrels": the one provided with the goods receives them.
    if (/\b(?:provid|suppl|furnish)\w*\s+(?:the\s+)?$/i.test(before) && /^\s+with\b/.test(text.slice(a.end, a.end + 6))) return a;
    if (/\b(?:to|into|for)\s+(?:the\s+)?(?:(?!from\b)\p{Ll}+\s+){0,2}(?:(?:regions?|parts?|markets?|provinces?|areas?) of\s+)?$/u.test(before)) {
      // "to consumers in Kazakhstan and Azerbaijan": two destinations, no single one.
      const twin = all.find((b) => b !== a && b.start > a.end && b.start - a.end < 7 && b.code !== a.code);
      return twin ? null : a;
    }
    if (/\b(?:in|by)\s+(?:the\s+)?$/.test(before) && /invest|purchas|bought|bought/.test(text.slice(cs, ce))) return a;
  }
  // "Estonia bought Korean-made howitzers": the buyer is the subject of the purchase.
  const buy = /\b(?:bought|buys|purchased|purchases|acquired|ordered|received|imported)\b/.exec(text.slice(cs, ce));
  if (buy) {
    const buyer = all.filter((a) => a.start >= cs && a.end <= cs + buy.index && !/^-/.test(text.slice(a.end, a.end + 1))).pop();
    if (buyer) return buyer;
  }
  return null;
}

// The sending side: "from X", the subject before the verb, the demonym on the goods ("Russian arms").
function source(text: string, all: Actor[], metric: Metric, cs: number, q: Quantity, to: Actor | null): string | null {
  const inClause = all.filter((a) => a !== to && a.code !== to?.code);
  const fromActor = inClause.find((a) => /\bfrom\s+(?:the\s+)?$|\bexports? of\s+(?:the\s+)?$/.test(text.slice(Math.max(0, a.start - 12), a.start)));
  if (fromActor) return fromActor.code;
  if (metric === 'arms_sales') {
    // "Russian arms", "Polish-made missiles": the state on the weapons made them.
    const maker = inClause.find((a) => /^(?:-made|-built|-manufactured|-produced|\s*(?:arms|weapons|military))/.test(text.slice(a.end, a.end + 14)));
    if (maker) return maker.code;
  }
  if (metric === 'arms_sales' || metric === 'shipment') {
    // "a deal with Paris for the acquisition of two frigates": the one a buyer deals with sells.
    const partner = inClause.find((a) => /\bwith\s+(?:the\s+)?$/.test(text.slice(Math.max(0, a.start - 10), a.start)));
    const around = text.slice(cs, q.end + 80);
    if (partner && /\b(?:acqui\w+|purchas\w+|buy\w*|bought|procure\w*)\b/.test(around)) return partner.code;
    // "X signed a $900 million contract with Y to supply 20 jets": the subject supplies.
    if (partner && /\b(?:suppl\w*|deliver\w*|sell\w*|sold)\b/.test(around)) {
      const subject = inClause.find((a) => a.start < partner.start && a.code !== partner.code);
      if (subject) return subject.code;
    }
  }
  if (metric === 'arms_sales' || /\b(?:purchased|bought|imported|received)\b/.test(text)) return null;
  // "Kenyan tea exports", "the company has shipped": the actor just before the metric word is the sender.
  const keyword = /\b(?:exports?|sent|ship(?:ped|ments?|s)?|deliver(?:ed|ies|y|s)|suppl(?:ied|ies|y)|dispatched|transported|pumped|invest(?:ed|s|ments?)?)\b/i.exec(text);
  if (keyword) {
    const near = inClause.filter((a) => a.end <= keyword.index && keyword.index - a.end <= 30);
    if (near.length) return near[near.length - 1].code;
  }
  const before = inClause.filter((a) => a.end <= q.start && (a.start >= cs || cs - a.end < 200));
  const demonymOnGoods = before.length ? before[before.length - 1] : null;
  const subject = before.find((a) => a.start < cs) ?? demonymOnGoods;
  return (before.length === 1 ? before[0] : subject)?.code ?? null;
}

// "The leaders praised the forum, where deals worth $4 billion were signed": no state named, and the
// sentence before names only the pair, or the sentence speaks of the two sides' cooperation.
function aboutPair(ctx: DocContext, info: SentenceInfo): boolean {
  if (/\b(?:presidents|leaders|sides|parties|cooperation|joint)\b/i.test(info.sentence.text)) return true;
  const prev = ctx.sentences[info.sentence.index - 1];
  const named = prev ? codes(actorsIn(prev)) : [];
  return named.length > 0 && named.every((c) => ctx.pair!.includes(c));
}

function recentOrganisationCountry(ctx: DocContext, index: number): string | null {
  for (let i = index; i >= Math.max(0, index - 3); i--) {
    const org = [...ctx.sentences[i].organisations].reverse().find((o) => o.country);
    if (org) return org.country;
  }
  return null;
}

function previousDestination(ctx: DocContext, info: SentenceInfo): string | null {
  const prev = ctx.sentences[info.sentence.index - 1];
  if (!prev || prev.paragraph !== info.paragraph) return null;
  const m = /\b(?:shipment|supply|supplies|delivery|deliveries|exports?)\b[^.]*?\bto (?:the )?(\p{Lu}\p{L}+)/u.exec(prev.sentence.text);
  if (!m) return null;
  const a = actorsIn(prev).find((x) => x.start === m.index + m[0].length - m[1].length);
  return a?.code ?? null;
}

// "full-year trade", "this year": the year of the document.
function fullYear(ctx: DocContext, clause: string): string | null {
  return /\bfull[- ]year\b|\bthis year\b|\bfor the (?:whole |full |entire )?year\b/i.test(clause) && ctx.doc.date ? ctx.doc.date.slice(0, 4) : null;
}

function periodOf(ctx: DocContext, info: SentenceInfo, cs: number, ce: number): string | null {
  const text = info.sentence.text;
  const from = Math.max(cs, info.datelineEnd ?? 0);
  const ds = datesOf(info, ctx.doc.date).filter((d) => d.start >= from && d.end <= ce);
  // "the best monthly result since March": a comparison, not what the figure covers.
  // "reported on Monday": a day of the week dates a report or an event, never the time a figure covers.
  // "the best monthly result since March" compares; "the third-biggest partner in 2021" still dates the figure.
  const usable = ds.filter((d) => !/\bsame (?:period|time|months?)\b/i.test(d.text)
    && !(d.kind === 'since' && /\b(?:best|highest|lowest|largest|biggest|strongest|weakest|record|first time)\b[^,;]*$/i.test(text.slice(Math.max(0, d.start - 40), d.start))) && !(d.kind === 'relative' && /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:yesterday|today)\b/i.test(d.text)) && !/\bsame period\b|\bcompared\b|\bthan\b|\b(?:signed|concluded|announced|said|reported|unveiled)\s+(?:on\s+|in\s+|last\s+)?$/.test(text.slice(Math.max(0, d.start - 30), d.start)));
  // A stated span ("since January", "January-April") says more about what a figure covers than a report date.
  const ranked = [...usable.filter((d) => d.kind !== 'point' && d.kind !== 'relative'), ...usable.filter((d) => d.kind === 'point' || d.kind === 'relative')];
  for (const d of ranked) {
    const p = asPeriod(ctx, info, d);
    if (p) return p;
  }
  return null;
}

function asPeriod(ctx: DocContext, info: SentenceInfo, d: DateMention): string | null {
  if (d.kind === 'period') return d.date && d.endDate ? (d.date === d.endDate ? d.date : `${d.date}/${d.endDate}`) : null;
  if (d.kind === 'since') {
    if (!d.date) return null;
    // An open period ends at the latest date the paragraph reports ("Earlier, on April 30, ... since January").
    const end = closingDate(ctx, info) ?? ctx.doc.date;
    return end ? `${d.date}/${end.slice(0, 7)}` : d.date;
  }
  if (d.kind === 'until') return d.date;
  return d.date ? d.date.slice(0, 7).length === 7 && d.date.length > 7 ? d.date.slice(0, 7) : d.date : null;
}

function closingDate(ctx: DocContext, info: SentenceInfo): string | null {
  for (let i = info.sentence.index; i >= 0 && ctx.sentences[i].paragraph === info.paragraph; i--) {
    const d = datesOf(ctx.sentences[i], ctx.doc.date).find((m) => m.kind === 'point' && m.date && m.date.length >= 7);
    if (d) return d.date;
  }
  return null;
}

// "of [Qualifier [and Qualifier]] goods": qualifiers are origins ("Kenyan", "non-Kenyan", "Kenyan and Ugandan").
const QUALIFIER = String.raw`(?:non-)?[\p{Lu}][\p{L}-]+`;
const QUALIFIERS = String.raw`(?:${QUALIFIER}\s+(?:(?:and|or)\s+${QUALIFIER}\s+)?)?`;
const GOODS_NAME = String.raw`([\p{Ll}][\p{Ll}-]*[\p{Ll}])`;
const OF_GOODS = new RegExp(String.raw`^\s+of\s+${QUALIFIERS}${GOODS_NAME}`, 'u');
/** "N barrels of Kenyan and M barrels of non-Kenyan oil": the goods are named once, after the last quantity. */
const SHARED_GOODS = new RegExp(String.raw`^\s+of\s+${QUALIFIER}\s+(?:and|or)\s+[^;]{1,60}?\s+of\s+${QUALIFIERS}${GOODS_NAME}`, 'u');
/** Words that follow "of" without naming goods. */
const NOT_GOODS = new Set(['and', 'or', 'the', 'which', 'what', 'this', 'that', 'these', 'those', 'its', 'their', 'our',
  'his', 'her', 'about', 'around', 'nearly', 'almost', 'over', 'up', 'more', 'less', 'some', 'all', 'each']);

function commodityAfter(text: string, q: Quantity): string | null {
  if (q.kind === 'money') return null;
  const after = text.slice(q.end, q.end + 120);
  for (const pattern of [OF_GOODS, SHARED_GOODS]) {
    const m = pattern.exec(after);
    if (m && !NOT_GOODS.has(m[1])) return m[1];
  }
  return null;
}

// A headline's "$300mn in fresh aid" restated in the body with its period is one figure, the dated one.
function dedupe(facts: Fact[]): Fact[] {
  const seen = new Set<string>();
  const sameBut = (f: Fact) => f.type === 'figure' ? [f.metric, f.from, f.to, f.value, f.unit, f.modality].join('|') : '';
  const dated = new Set(facts.filter((f) => f.type === 'figure' && f.period).map(sameBut));
  return facts.filter((f) => {
    if (f.type === 'figure' && !f.period && dated.has(sameBut(f))) return false;
    if (f.type !== 'figure') return true;
    const key = [f.metric, f.from, f.to, f.value, f.unit, f.period, f.modality].join('|');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
