// Figure facts: trade turnover, exports with direction (imports turned around), shipments, investment,
// arms sales and other sums between states, actual or target, with the period they cover.
import type { Fact, Metric, Modality } from '../../shared/types';
import { findQuantities, type Quantity } from '../../language/quantities';
import { evidenceOf, partnerOf, type DocContext, type SentenceInfo } from '../context';
import { actorsIn, codes, type Actor } from '../actors';
import { datesOf } from '../when';
import type { DateMention } from '../../language/dates';

const METRICS: Array<[RegExp, Metric]> = [
  [/\b(?:arms|weapons?|armaments|military (?:equipment|hardware|products|aircraft|vehicles)|missiles?|air[- ]defen[cs]e|howitzers?|tanks|armou?red vehicles|fighter jets|drones|ammunition|artillery)\b/i, 'arms_sales'],
  // Lowercase only: "Minister of Planning and Investment" names an office, not an investment.
  [/\binvest(?:ed|s|ing|ment|ments|or|ors)?\b|^Invest\w*|\bcontribut(?:e|es|ed|ing) (?:(?:about|around|some|up to|nearly|over) )?(?:US)?[$€£]/, 'investment'],
  [/\bturnover\b|\b(?:bilateral|mutual|two-way|foreign) trade\b|\btrade (?:between|volume|reach(?:ed|es)?|amount(?:ed|s)?|totall?(?:ed|s)?|st(?:ood|ands)|grew|rose|fell|increased|decreased|exceeded)\b|\b(?:trade|commercial) exchange\b|\bthe exchange (?:reached|amounted|totall?ed|stood)\b|\b(?:volume|value) of (?:bilateral |mutual )?trade\b|\btrade (?:with|of)\b/i, 'trade_turnover'],
  [/\bexport(?:s|ed|ing)?\b|\bimport(?:s|ed|ing)?\b/i, 'exports'],
  [/\b(?:sen[dt]|sends|ship(?:ped|ping|ment|ments|s)?|deliver(?:ed|y|ies|s|ing)?|suppl(?:ied|ies|y|ying)|transport(?:ed|s)?|pump(?:ed|s)?|dispatch(?:ed|es)?|received)\b/i, 'shipment'],
  [/\b(?:transactions?|deals?|contracts?|credit(?: line)?s?|loans?|grants?|aid|assistance|projects?|financing|funds?|allocat(?:e|es|ed|ing|ion))\b/i, 'other'],
];
const TRADE = new Set<Metric>(['trade_turnover', 'exports']);
const TARGET = /\b(?:plan(?:s|ned|ning)?|aim(?:s|ed|ing)?|target(?:s|ed)?|goal|seek(?:s|ing)?|intend(?:s|ed)?|expect(?:s|ed)?|forecast|projected|pledge[sd]?|will (?:reach|exceed|grow|rise|increase|amount)|to (?:reach|bring|increase|raise|boost|double|exceed)|(?:can|could|may|might|would) (?:\w+ )?(?:reach|grow|rise|increase|climb|exceed|hit|double|triple|top)|to invest|bringing|task of|set (?:the|a) (?:task|goal|target)|mark\b|prepared|ready to be implemented|by 20\d\d|(?:will|shall|is to|are to|would|agreed to|undertook to|committed to|contract(?:ed)? to|deal to) (?:(?:also|further|continue to|allow the|start to|begin to|soon) )*(?:deliver|supply|ship|send|export|provide|invest|contribute|buy|purchase|sell|import|allocate|grant|lend|finance|spend))\b/i;
const CREDIT = /\b(?:credit(?: line)?s?|loans?|prepared|planned|ready to be implemented|grants?|aid|(?:financial |non-reimbursable |non-refundable )?assistance)\b/i;
const COMPARISON_AFTER = /^\s*(?:more|less|higher|lower|up|down)\s+(?:than|on|from)\b|^\s*(?:above|below)\b/i;
const CHANGE_BEFORE = /\bby\s*(?:about |around |nearly |almost |over |some )?$/i;

export function extractFigures(ctx: DocContext): Fact[] {
  const facts: Fact[] = [];
  let carried: { metric: Metric; period: string; paragraph: number } | null = null;
  for (const info of ctx.sentences) {
    const text = info.sentence.text;
    const found = findQuantities(text);
    for (const q of found) if (q.kind === 'share') { const f = shareFigure(ctx, info, q); if (f) facts.push(f); }
    const quantities = found.filter((q) => q.kind === 'money' || q.kind === 'mass' || q.kind === 'volume');
    const sentencePeriod = periodOf(ctx, info, 0, text.length);
    const sentenceMetric = metricOf(text);
    if (sentencePeriod && sentenceMetric) carried = { metric: sentenceMetric, period: sentencePeriod, paragraph: info.paragraph };
    // A denied deal or sale is no figure ("denied reports that it had sold weapons worth $X").
    if (/\b(?:denied|denies|deny|refuted|dismissed reports|did not|has not|have not|never)\b/i.test(text)) continue;
    for (const q of quantities) {
      if (COMPARISON_AFTER.test(text.slice(q.end, q.end + 25)) || CHANGE_BEFORE.test(text.slice(Math.max(0, q.start - 20), q.start))) continue;
      if (/\(\s*$/.test(text.slice(0, q.start))) continue; // a share or conversion in brackets
      const [cs, ce] = clauseAround(text, q);
      const clause = text.slice(cs, ce);
      let metric = metricOf(clause) ?? sentenceMetric;
      if (!metric) continue;
      // Aid, grants, loans and credit lines are promises of money whatever else the clause mentions.
      if (q.kind === 'money' && metric !== 'other' && /\b(?:credit lines?|loans?|grants?|aid|assistance)\b/i.test(clause) && !/\btrade|turnover|exports?\b/i.test(clause)) metric = 'other';
      if (metric === 'shipment' && q.kind === 'money') metric = /\bworth\b/.test(clause) ? 'other' : 'exports';
      if ((metric === 'trade_turnover' || metric === 'exports') && q.kind !== 'money' && metric === 'trade_turnover') continue;
      const parties = partiesFor(ctx, info, metric, q, cs, ce);
      if (!parties) continue;
      // Credit lines and loans are promises of money, targets by nature, however they are worded.
      const credit = metric === 'other' && CREDIT.test(clause);
      const modality: Modality = credit || TARGET.test(clause) || TARGET.test(text.slice(0, cs)) && /\bto (?:reach|bring)\b/.test(text) ? 'target' : 'actual';
      // Goods agreed but not yet sent ("agreed to allow the export of 100,000 tonnes") are a shipment to come.
      if (metric === 'exports' && modality === 'target' && q.kind !== 'money') metric = 'shipment';
      // A clause without a period of its own borrows one stated before it in the sentence ("In 2023, A ... and
      // B ..."), never one stated after it, which belongs to a later clause ("..., below the $5.6 billion of 2022").
      // Borrowed only in a list of figures ("In 2023, trade reached $X; exports were $Y"), where an amount comes before.
      const listed = quantities.some((o) => o.end <= cs);
      let period = periodOf(ctx, info, cs, ce) ?? fullYear(ctx, clause) ?? (listed || cs === 0 ? periodOf(ctx, info, 0, cs) : null);
      // A promise of money dated to a day ("signed a $200 million loan on Sunday") is dated by its signing, not for a period.
      if (credit && period && /^\d{4}-\d{2}$/.test(period) && datesOf(info, ctx.doc.date).some((d) => d.kind === 'relative' || (d.date?.length ?? 0) === 10)) period = null;
      // A figure without its own period shares the one just stated for the same trade flows
      // ("Trade reached $60m in January-February. Imports from A amounted to $55m.").
      if (!period && carried && modality === 'actual' && (carried.metric === metric
        || carried.paragraph === info.paragraph && TRADE.has(carried.metric) && TRADE.has(metric))) period = carried.period;
      if (period) carried = { metric, period, paragraph: info.paragraph };
      facts.push({
        type: 'figure', metric, from: parties[0], to: parties[1], value: q.value, unit: q.unit, period, modality,
        commodity: commodityAfter(text, q), confidence: 0.75, evidence: evidenceOf(info.sentence, cs, ce),
      });
    }
  }
  return dedupe(facts);
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
function clauseAround(text: string, q: Quantity): [number, number] {
  // ", up from $7.6 billion in 2021", "and €4.1 billion in January-September", "and imports from X at $7.3 billion":
  // each amount keeps its own period, metric and direction.
  const SEP = /,\s+(?:while|whereas|and|but|with|of which|when|up|down|compared|against|below|above|after|according to|making|putting|bringing|leaving|representing|marking|reflecting)\b|\s+and\s+(?=will|would|plans?|is to|are to|intends?)\b|\s+and\s+(?=(?:the\s+)?\p{Lu}\p{L}+\s+(?:exports?|imports?)\b)|;|,\s+(?=[a-z]+ [a-z]+ (?:to|in) \p{Lu})|\.\s|\s+and\s+(?=(?:about |around |some |nearly )?(?:US)?[$€£¥]|\d|(?:its |their )?(?:imports?|exports?)\b)|\s+from\s+(?=(?:about |around |some |nearly )?(?:US)?[$€£¥]?\d)/gu;
  let start = 0, end = text.length;
  for (const m of text.matchAll(SEP)) {
    if (m.index! + m[0].length <= q.start) start = m.index! + m[0].length;
    else if (m.index! >= q.end) { end = m.index!; break; }
  }
  // In a list "A – 1.6 million tons (17%), B – 273 thousand tons", each item is its own clause.
  const dash = text.slice(start, q.start).search(/[^,;]*\s[–—-]\s*$/);
  if (dash !== -1 && / [–—-] /.test(text.slice(start, q.start))) {
    const lastComma = text.lastIndexOf(',', q.start);
    if (lastComma >= start) start = lastComma + 1;
    const nextComma = text.indexOf(',', q.end);
    if (nextComma !== -1 && nextComma < end) end = nextComma;
  }
  return [start, end];
}

function partiesFor(ctx: DocContext, info: SentenceInfo, metric: Metric, q: Quantity, cs: number, ce: number): [string, string] | null {
  const text = info.sentence.text;
  const all = actorsIn(info);
  const inClause = all.filter((a) => a.start >= cs && a.end <= ce);
  if (metric === 'trade_turnover' || metric === 'other') {
    let cs2 = codes(inClause);
    if (cs2.length < 2) cs2 = codes(all);
    if (cs2.length === 2) return [cs2[0], cs2[1]];
    if (cs2.length === 1 && ctx.pair?.includes(cs2[0])) return [cs2[0], partnerOf(ctx, cs2[0])!];
    if (cs2.length === 0 && ctx.pair && /\b(?:bilateral|mutual|the two|turnover|both|two-way)\b/i.test(text)) return [ctx.pair[0], ctx.pair[1]];
    return null;
  }
  const to = destination(text, all, cs, ce);
  // The sender is looked for in the quantity's own clause first, then in the whole sentence.
  const clauseActors = all.filter((a) => a.start >= cs && a.end <= ce);
  let from = source(text, clauseActors, metric, cs, q, to) ?? source(text, all.filter((a) => a.end <= cs || a.start >= ce ? !/\bfrom\s+(?:the\s+)?$/.test(text.slice(Math.max(0, a.start - 10), a.start)) : true), metric, cs, q, to);
  // "The company will invest $25 million": the firm last introduced with its state.
  if (!from && /^\s*(?:\S+\s+){0,3}?the (?:company|firm|group|investor|developer|carmaker|manufacturer|producer|operator|lender|bank|fund)\b/i.test(text.slice(cs, q.start))) {
    from = recentOrganisationCountry(ctx, info.sentence.index);
  }
  if (metric === 'exports' && /\bimport/i.test(text.slice(cs, ce))) {
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
  if (!from && dest) from = partnerOf(ctx, dest);
  if (!from || !dest || from === dest) return null;
  return [from, dest];
}

// "to Belarus", "to Russian consumers", "in Azerbaijan" (investment): the receiving side.
function destination(text: string, all: Actor[], cs: number, ce: number): Actor | null {
  for (const a of all) {
    if (a.start < cs || a.end > ce) continue;
    const before = text.slice(Math.max(cs, a.start - 44), a.start);
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
  const ds = datesOf(info, ctx.doc.date).filter((d) => d.start >= cs && d.end <= ce);
  // "the best monthly result since March": a comparison, not what the figure covers.
  const usable = ds.filter((d) => !/\bsame period\b|\bcompared\b|\bthan\b|\b(?:best|highest|lowest|largest|biggest|strongest|weakest|record|first time)\b[^,;]*$|\b(?:signed|concluded|announced|said|reported|unveiled)\s+(?:on\s+|in\s+|last\s+)?$/.test(text.slice(Math.max(0, d.start - 30), d.start)));
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

function commodityAfter(text: string, q: Quantity): string | null {
  if (q.kind === 'money') return null;
  const m = /^\s+of\s+(?:[\p{Lu}][\p{L}-]+\s+(?:and\s+[\p{L}-]+\s+)?)?([\p{Ll}-]+(?:\s[\p{Ll}]+)?)/u.exec(text.slice(q.end, q.end + 60));
  return m ? m[1].split(' ')[0] : null;
}

function dedupe(facts: Fact[]): Fact[] {
  const seen = new Set<string>();
  return facts.filter((f) => {
    if (f.type !== 'figure') return true;
    const key = [f.metric, f.from, f.to, f.value, f.unit, f.period, f.modality].join('|');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
