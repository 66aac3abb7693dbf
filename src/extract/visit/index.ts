// Visit facts: a state's representative travels to another state ("X paid an official visit to Y",
// "X's visit to Y", "X visited Y in May 2007 and June 2009", talks in the host's capital), including recalled visits.
import type { Fact } from '../../shared/types';
import { capitalOf } from '../../language/countries';
import { stateOfCity } from '../../language/cities';
import { evidenceOf, partnerOf, type DocContext, type SentenceInfo } from '../context';
import { actorsIn, afterWord, codes, lastPersonCountry, subjectCountry } from '../actors';
import { datesOf, eventDates, leadDate } from '../when';
import { isDenied, isHypothetical } from '../modality';

const VERBAL = /\b(?:(?:has|have|had) been to|(?:held|holds|holding) talks in|led (?:an? |the )?(?:[\w-]+ ){0,3}delegation to|(?:has |have |had |will |to |would )?visit(?:ed|s|ing)?(?= (?:the )?\p{Lu})|(?:is|was|were|are|will be|has been|had been) (?:already |currently |also )?in (?=\p{Lu})|arriv(?:e|ed|es|ing) in|travel(?:l?ed|s|ling|ing)?(?: on)? to|fl(?:ew|ies|ying) to|(?:paid|pays|paying|pay|made|makes|make|began|begins|begin|started|starts|is on|was on|be on|will be on|kicked off|concluded|wrapped up|completed|continue|continues|continued|continuing) (?:an? |his |her |their |the )?(?:[\w-]+ ){0,4}(?:visits?|trips?|journey|tour) to|fly to)\b/gu;
const POSSESSIVE = /(?<owner>[\p{L}\p{M}.' -]{2,60}?)['’]s? (?:[\w-]+ ){0,4}visits? (?:to (?=\p{Lu}))?/u;
const POSSESSIVE_TAIL = /['’]s? (?:[\w-]+ ){0,4}visits? /u;
const OF_VISIT = /\bvisits? (?:of|by) (?<who>.{3,120}?)(?: to (?=\p{Lu})|,|$)/u;
const TALKS_IN = /\b[Tt]alks (?:between|of) (?<a>.{3,120}?) and (?<b>.{3,120}?) in (?<city>\p{Lu}\p{Ll}+)/u;
const RECALLED = /\((?:[^()]*\b(?:last|previous|first|earlier)\b[^()]*)\)|\b(?:the|his|her) (?:last|previous) (?:one |visit |trip )?(?:was |took place |taking place )[^,.;]*/giu;

// Hoisted: one pattern object for every call rather than a new one each time (these run per sentence or word).
const MAY_TELL_VISIT = /visit|been to|arriv|travel|flew|flies|talks|\bmet\b|fly|trip|journey|tour|welcomed|received|greeted|signed|inked|meeting|attended|took part|(?:is|was|were|are|be) (?:already |currently |also )?in \p{Lu}/iu;

export function extractVisits(ctx: DocContext): Fact[] {
  const facts: Fact[] = [];
  for (const info of ctx.sentences) {
    const text = info.sentence.text;
    if (!MAY_TELL_VISIT.test(text)) continue;
    // Hopes, invitations and denials are not visits; announced and scheduled ones are.
    // An invitation accepted is a visit to come, dated or not; one merely extended is not.
    // "at the invitation of X" tells on whose invitation a visit is made: the visit takes place.
    const accepted = /\baccept(?:ed|s)? (?:an?|the|his|her) invitation\b|\b(?:at|on|upon) the invitation of\b|\binvited by\b/i.test(text);
    if (isHypothetical(text) || /\b(?:hope[sd]?|hoping|wish(?:es|ed)?|would like|rule out)\b/i.test(text) || (!accepted && /\binvit\w+/i.test(text))) continue;
    if (CANCELLED.test(text)) continue;
    const single = fromReceived(info) ?? fromWelcome(ctx, info) ?? null;
    const verbal = single ? [] : fromVerbal(ctx, info);
    const nominal = single ? null : fromNominal(ctx, info) ?? (verbal.length ? null : fromTalks(info));
    // A visit told as a noun in another clause ("..., when he visited A, and after Y's visit to B") is one more.
    const extra = nominal && verbal.length && nominal.from > 0 && verbal.every((v) => v.to <= nominal.from
      && (v.visitor !== nominal.visitor || v.host !== nominal.host)) ? [nominal] : [];
    const here = single || verbal.length || nominal ? [] : arrivalHere(ctx, info);
    const found = single ? [single] : verbal.length ? [...verbal, ...extra] : nominal ? [nominal] : here.length ? here : businessThere(info);
    for (const f of found) {
      // "did not visit", "has never been to": a denial before the verb; "the visit produced no deal" is still a visit.
      if (isDenied(text.slice(f.from, f.at))) continue;
      facts.push(...visitsOf(ctx, info, f, found.length > 1));
    }
  }
  for (const info of ctx.sentences) facts.push(...firstSince(ctx, info));
  // The headline "Official visit to X" names a visit whose visitor is the other state of the pair.
  if (!facts.length && ctx.doc.title && /\bvisit to\b/i.test(ctx.doc.title) && ctx.sentences.length) {
    const first = ctx.sentences[0];
    const host = codes(actorsIn(first))[0];
    const visitor = partnerOf(ctx, host ?? null);
    if (host && visitor && first.sentence.text === ctx.doc.title) {
      facts.push({ type: 'visit', visitor, host, date: null, place: null, confidence: 0.6, evidence: evidenceOf(first.sentence) });
    }
  }
  return withoutReportMonth(withoutUndated(facts));
}

// A visit dated only by the report's month is the same as a dated one of that month, or as another such mention.
function withoutReportMonth(facts: Fact[]): Fact[] {
  const out: Fact[] = [];
  for (const f of facts) {
    if (f.type === 'visit' && f.confidence === REPORT_MONTH && f.date && [...out, ...facts].some((o) => o !== f && o.type === 'visit'
      && o.visitor === f.visitor && o.host === f.host && o.date?.startsWith(f.date!) && (out.includes(o) || o.confidence !== REPORT_MONTH))) continue;
    out.push(f);
  }
  return out;
}

// Words that put an undated visit in the past rather than at the time of the report.
const RECALLED_WORDS = /\b(?:previous|last|earlier|former|predecessor|ago|past|history|historic|first (?:ever )?(?:visit|trip)|since|once|never|(?:19|20)\d\d)\b/i;
// Confidence of a visit dated only by the month of the report: below a dated one, which it yields to.
const REPORT_MONTH = 0.75;

// Confidence of a visit the sentence reports (recalled earlier visits get less): only those can date an undated twin.
const CURRENT_VISIT = 0.8;

// "X visits Dhaka" in a headline and "X arrived in Dhaka on Tuesday" in the body are one visit: the undated goes.
function withoutUndated(facts: Fact[]): Fact[] {
  return facts.filter((f) => f.type !== 'visit' || f.date !== null
    || !facts.some((o) => o !== f && o.type === 'visit' && o.visitor === f.visitor && o.host === f.host && o.date !== null
      && o.confidence >= CURRENT_VISIT && (!f.place || !o.place || f.place === o.place)));
}

// "the first (visit) by a Norwegian foreign minister to Iceland since 2019": there was one in 2019.
const FIRST_SINCE = /\bthe first (?:[\w-]+ ){0,2}(?:visit |trip )?(?:of|by) (?<who>[^,;]{3,80}?) to (?<host>[^,;]{3,60}?) since (?=[^,;.]{3,30})/u;

function firstSince(ctx: DocContext, info: SentenceInfo): Fact[] {
  const text = info.sentence.text;
  const m = FIRST_SINCE.exec(text);
  if (!m || !/visit|trip/i.test(text)) return [];
  const whoStart = m.index + m[0].indexOf(m.groups!.who);
  const hostStart = whoStart + m.groups!.who.length + ' to '.length;
  const visitor = codes(actorsIn(info, whoStart, whoStart + m.groups!.who.length));
  const host = codes(actorsIn(info, hostStart, hostStart + m.groups!.host.length));
  const since = datesOf(info, ctx.doc.date).find((d) => d.kind === 'since' && d.start >= m.index + m[0].length - 7 && d.date);
  if (visitor.length !== 1 || host.length !== 1 || visitor[0] === host[0] || !since) return [];
  return [{ type: 'visit', visitor: visitor[0], host: host[0], date: since.date, place: null, confidence: 0.6, evidence: evidenceOf(info.sentence) }];
}

/** One visit statement: who, where, and the stretch of the sentence that speaks of it. */
interface Found { visitor: string | null; host: string | null; from: number; at: number; to: number }

// Words that undo the whole sentence's visit wherever they stand ("the planned visit did not take place").
const CANCELLED = /\b(?:cancel(?:l?ed|s)?|postpon(?:ed|es)|called off|scrapped|denied|denies|deny|(?:did not|didn['’]t|never|failed to) (?:take place|happen|go ahead|materiali[sz]e)|fell through)\b/i;

function visitsOf(ctx: DocContext, info: SentenceInfo, found: Found, several: boolean): Fact[] {
  const { visitor, host, at, to } = found;
  if (!visitor || !host || visitor === host) return [];
  const text = info.sentence.text;
  // With several visits in a sentence, each takes only the city named in its own stretch.
  const place = several ? placeIn(info, host, found.from, to) : placeIn(info, host);
  // Dates inside "(the last taking place in May 2007)" are earlier visits, not this one.
  const recalled: Array<[number, number]> = [];
  for (const m of text.matchAll(RECALLED)) recalled.push([m.index!, m.index! + m[0].length]);
  const inRecalled = (s: number) => recalled.some(([a, b]) => s >= a && s < b);
  let dates = eventDates(info, ctx.doc.date, at, to).filter((d) => d.date);
  // "On August 22-23, X will arrive in Y": with no date after the verb, the nearest one before it in its clause.
  if (!dates.length) {
    const before = eventDates(info, ctx.doc.date, clauseStartBefore(text, found.from), found.from).filter((d) => d.date && !inRecalled(d.start));
    if (before.length) dates = [before[before.length - 1]];
  }
  const current = dates.filter((d) => !inRecalled(d.start));
  const earlier = dates.filter((d) => inRecalled(d.start));
  const ev = evidenceOf(info.sentence);
  const facts: Fact[] = [];
  // A visit the article reports without a date of its own took place around the event it reports: that month.
  // A visit recalled from the past ("his predecessor's visit", "the last visit") is left undated.
  if (!current.length && !earlier.length && !RECALLED_WORDS.test(text)) {
    const lead = leadDate(ctx);
    if (lead) {
      facts.push({ type: 'visit', visitor, host, date: lead.slice(0, 7), place, confidence: REPORT_MONTH, evidence: ev });
      return facts;
    }
  }
  if (current.length > 1 && /\b(?:twice|times|and)\b/.test(text.slice(current[0].end, current[current.length - 1].start + 1))) {
    for (const d of current) {
      facts.push({ type: 'visit', visitor, host, date: d.date, place, confidence: 0.8, evidence: ev });
      // "in 2018, 2019 and twice in 2021": two visits that year.
      if (/\btwice (?:in )?$/.test(text.slice(Math.max(0, d.start - 10), d.start))) facts.push({ type: 'visit', visitor, host, date: d.date, place, confidence: 0.8, evidence: ev });
    }
  } else {
    facts.push({ type: 'visit', visitor, host, date: current[0]?.date ?? null, place, confidence: 0.8, evidence: ev });
  }
  for (const d of earlier) facts.push({ type: 'visit', visitor, host, date: d.date, place: null, confidence: 0.7, evidence: ev });
  return facts;
}

/**
 * "X visited A on Monday and travelled on to B on Tuesday": every travel verb is a visit of its own, with the
 * dates up to the next verb; a later verb with no state before it keeps the earlier visitor.
 */
function fromVerbal(ctx: DocContext, info: SentenceInfo): Found[] {
  const text = info.sentence.text;
  const out: Found[] = [];
  const matches = [...text.matchAll(VERBAL)];
  let visitor: string | null = null;
  let subjectFrom = Math.max(text.lastIndexOf(';', matches[0]?.index ?? 0), 0);
  for (const [i, m] of matches.entries()) {
    const verbEnd = m.index! + m[0].length;
    const next = matches[i + 1]?.index ?? text.length;
    // Invitations and visits to venues are not visits between states.
    if (/\binvit\w*\s+(?:\w+\s+){0,4}$/i.test(text.slice(0, m.index)) && !/\baccept\w*\s+(?:\w+\s+){0,2}invit/i.test(text.slice(0, m.index))) continue;
    const hostActor = actorsIn(info, verbEnd, Math.min(next, verbEnd + 40)).find((a) => a.via === 'country');
    if (!hostActor || !/^\s*(?:the )?[\p{Lu}]/u.test(text.slice(verbEnd, hostActor.start + 1))) continue;
    if (/^(?:\s*\p{Lu}\p{L}*)*\s*(?:Expo|Center|Centre|Hall|Museum|Plant|Factory|Exhibition|University)/u.test(text.slice(hostActor.end))) continue;
    const clauseStart = Math.max(clauseStartBefore(text, m.index!), subjectFrom);
    // A capital after "in"/"at" before the verb is where something else happened, not who travels.
    const subj = codes(actorsIn(info, clauseStart, m.index!).filter((a) => a.code !== hostActor.code && !isVenue(info, a)));
    if (subj.length > 1) continue;
    if (subj.length === 1) visitor = subj[0];
    else if (!out.length) visitor = subjectCountry(ctx, info, text.slice(clauseStart, m.index!), clauseStart);
    // ", and it comes after Y's visit to Z": a new clause speaks of something else.
    const clauseEnd = /,\s+(?:and|but|while|whereas)\s|;/.exec(text.slice(hostActor.end, next));
    out.push({ visitor, host: hostActor.code, from: m.index!, at: verbEnd, to: clauseEnd ? hostActor.end + clauseEnd.index : next });
    subjectFrom = hostActor.end;
  }
  return out;
}

// "ACCRA, May 6 — Togolese President X arrived on Monday for a two-day visit": the dateline is the host.
function arrivalHere(ctx: DocContext, info: SentenceInfo): Found[] {
  const text = info.sentence.text;
  const m = /\barriv(?:ed|es|ing)\b(?! in\b)/.exec(text);
  if (!m || !ctx.home || !/\bvisit\b/.test(text)) return [];
  const visitor = codes(actorsIn(info, 0, m.index).filter((a) => a.code !== ctx.home));
  if (visitor.length !== 1) return [];
  const host = ctx.home;
  return [{ visitor: visitor[0], host, from: 0, at: m.index + m[0].length, to: text.length }];
}

// "The prime ministers of A and B signed agreements at a session of the commission in <B's capital>", "A's
// delegation had a meeting on 30 August in <B's city>": official business in a city of another state is a visit there.
const BUSINESS = /\b(?:signed|inked|had (?:a |an )?(?:meeting|talks)|held (?:a |an )?(?:meeting|talks)|attended|took part)\b/;
const TRAVELLING_ROLES = new Set(['head_of_state', 'head_of_government', 'foreign_minister', 'minister', 'official']);
const PLACE_BEFORE = /\b(?:in|at)\s+(?:the\s+)?$|\b(?:city|town|port) of\s+$/;

function businessThere(info: SentenceInfo): Found[] {
  const text = info.sentence.text;
  const m = BUSINESS.exec(text);
  if (!m) return [];
  const verbEnd = m.index + m[0].length;
  const place = info.countries.find((c) => (c.kind === 'capital' || c.kind === 'city') && c.start > verbEnd
    && PLACE_BEFORE.test(text.slice(Math.max(0, c.start - 20), c.start)));
  if (!place) return [];
  const from = clauseStartBefore(text, m.index);
  const subject = codes(actorsIn(info, from, m.index).filter((a) => a.code !== place.code && !isVenue(info, a)));
  if (subject.length !== 1) return [];
  // Only an office holder of the state (or its delegation) travels for it: not investors, not an ambassador posted there.
  const officials = [...info.people.filter((p) => p.start >= from && p.end <= m.index && p.country === subject[0]).map((p) => p.role),
    ...info.refs.filter((r) => r.start >= from && r.end <= m.index && r.person.country === subject[0]).map((r) => r.person.role)];
  if (!officials.some((r) => r && TRAVELLING_ROLES.has(r)) && !/\bdelegation\b/i.test(text.slice(from, m.index))) return [];
  if (officials.includes('diplomat')) return [];
  return [{ visitor: subject[0], host: place.code, from: m.index, at: verbEnd, to: text.length }];
}

// Clauses joined by ";" or ", and"/", but"/", while" have subjects of their own.
function clauseStartBefore(text: string, at: number): number {
  let start = 0;
  for (const m of text.slice(0, at).matchAll(/;|,\s+(?:and|but|while|whereas)\s/g)) start = m.index! + m[0].length;
  return start;
}

function isVenue(info: SentenceInfo, a: { start: number; via: string }): boolean {
  return a.via === 'country' && afterWord(info.sentence.text, a.start, 'in|at')
    && info.countries.some((c) => c.start === a.start && (c.kind === 'capital' || c.kind === 'city'));
}

function fromNominal(ctx: DocContext, info: SentenceInfo): Found | null {
  const text = info.sentence.text;
  // The possessive pattern is costly (a lazy owner tried at every position): only run it when its tail is there.
  let m = POSSESSIVE_TAIL.test(text) ? POSSESSIVE.exec(text) : null;
  let visitor: string | null = null;
  let afterVisit = -1;
  // Where the visit phrase starts: a date before it in its clause ("In June, as part of the visit of X") is its own.
  let visitAt = 0;
  if (m && /visit/.test(m[0])) {
    const ownerStart = m.index + m[0].indexOf(m.groups!.owner);
    const ownerTail = m.groups!.owner.split(/,| and | of | with | to | in /).pop() ?? '';
    const tailStart = ownerStart + m.groups!.owner.length - ownerTail.length;
    const owners = codes(actorsIn(info, tailStart, ownerStart + m.groups!.owner.length));
    if (owners.length === 1) { visitor = owners[0]; afterVisit = m.index + m[0].length; visitAt = tailStart; }
  }
  if (!visitor) {
    const own = pronounVisit(ctx, info) ?? visitToBy(info);
    if (own) return own;
    m = OF_VISIT.exec(text);
    if (!m) return null;
    const whoStart = m.index + m[0].indexOf(m.groups!.who);
    const who = codes(actorsIn(info, whoStart, whoStart + m.groups!.who.length));
    if (who.length !== 1) return null;
    visitor = who[0];
    afterVisit = m.index + m[0].length;
    visitAt = m.index;
  }
  if (/visits\b/.test(text) && !/\bvisit\b/.test(text)) return null; // "frequent visits": no single event
  let host: string | null = null;
  if (/ to $/.test(text.slice(0, afterVisit)) || /^\s*to\b/.test(text.slice(afterVisit))) {
    host = actorsIn(info, afterVisit - 1, Math.min(text.length, afterVisit + 40)).find((a) => a.via === 'country')?.code ?? null;
  }
  host ??= partnerOf(ctx, visitor);
  return { visitor, host, from: visitAt, at: afterVisit, to: text.length };
}

// "an official visit to Seoul by Prime Minister X": host first, visitor after "by".
const VISIT_TO_BY = /\bvisit to (?<host>[^,.;]{2,40}?) by (?<who>[^,;]{3,80})/u;

function visitToBy(info: SentenceInfo): Found | null {
  const m = VISIT_TO_BY.exec(info.sentence.text);
  if (!m) return null;
  const hostStart = m.index + m[0].indexOf(m.groups!.host);
  const whoStart = m.index + m[0].length - m.groups!.who.length;
  const host = codes(actorsIn(info, hostStart, hostStart + m.groups!.host.length));
  const who = codes(actorsIn(info, whoStart, whoStart + m.groups!.who.length));
  if (host.length !== 1 || who.length !== 1) return null;
  return { visitor: who[0], host: host[0], from: m.index, at: m.index + m[0].length, to: info.sentence.text.length };
}

// "During his visit to Astana, China's vice-premier ...": the visitor is the main clause's subject, else "he".
const PRONOUN_VISIT = /\b(?:his|her|their) (?:[\w-]+ ){0,3}visit to (?=\p{Lu})/u;

function pronounVisit(ctx: DocContext, info: SentenceInfo): Found | null {
  const text = info.sentence.text;
  const m = PRONOUN_VISIT.exec(text);
  if (!m) return null;
  const at = m.index + m[0].length;
  const host = actorsIn(info, at, Math.min(text.length, at + 40)).find((a) => a.via === 'country');
  if (!host) return null;
  const comma = text.indexOf(',', host.end);
  const subject = comma === -1 ? undefined : actorsIn(info, comma, Math.min(text.length, comma + 60)).find((a) => a.code !== host.code);
  const visitor = subject?.code ?? lastPersonCountry(ctx, info.sentence.index - 1);
  return { visitor, host: host.code, from: m.index, at, to: comma === -1 ? text.length : comma };
}

// "President X being welcomed by his Zambian counterpart Y at State House in Lusaka": the welcomed one is visiting.
const WELCOMED = /\b(?:was|were|is|are|being|been) (?:warmly |officially )?(?:welcomed|received|greeted|met)\b[^.;]{0,40}?\bby\b/u;
// "Uzbekistan's President X and visiting Azerbaijani President Y signed": the one called "visiting" is the guest.
const VISITING = /\b(?:and|with|the) visiting (?=\p{Lu})/u;

function fromWelcome(ctx: DocContext, info: SentenceInfo): Found | null {
  const text = info.sentence.text;
  const w = WELCOMED.exec(text);
  if (w) {
    // The guest is the one named right before the verb, with nothing but a few words between.
    const last = actorsIn(info, clauseStartBefore(text, w.index), w.index).filter((a) => !isVenue(info, a)).pop();
    const guest = last && !/[,;]/.test(text.slice(last.end, w.index)) && w.index - last.end < 30 ? last.code : null;
    const after = w.index + w[0].length;
    const hostSide = actorsIn(info, after, Math.min(text.length, after + 160)).map((a) => a.code).filter((c) => c !== guest);
    if (guest && hostSide.length) return { visitor: guest, host: hostSide[0], from: w.index, at: after, to: text.length };
  }
  const v = VISITING.exec(text);
  if (!v) return null;
  const at = v.index + v[0].length;
  const guest = actorsIn(info, at, Math.min(text.length, at + 60))[0];
  if (!guest || guest.start - at > 40 || /[,;]/.test(text.slice(at, guest.start))) return null;
  const others = codes(actorsIn(info)).filter((c) => c !== guest.code);
  const host = ctx.home && ctx.home !== guest.code ? ctx.home : others.length === 1 ? others[0] : null;
  return host ? { visitor: guest.code, host, from: 0, at, to: text.length } : null;
}

// "X received the visiting Chilean foreign minister in Lima": the visitor is the one "visiting".
function fromReceived(info: SentenceInfo): Found | null {
  const text = info.sentence.text;
  const m = /\b(?:received|welcomed|hosted|receives|welcomes|hosts) (?:the )?visiting (.{3,80}?)(?: in (\p{Lu}\p{Ll}+)|[,.]|$)/u.exec(text);
  if (!m) return null;
  const whoStart = m.index + m[0].indexOf(m[1]);
  const who = codes(actorsIn(info, whoStart, whoStart + m[1].length));
  const hostSide = codes(actorsIn(info, 0, m.index)).concat(m[2] && capitalOf(m[2]) ? [capitalOf(m[2])!] : []);
  const host = [...new Set(hostSide)].find((c) => c !== who[0]) ?? null;
  return who.length === 1 && host ? { visitor: who[0], host, from: 0, at: m.index + m[0].length, to: text.length } : null;
}

// "The Egyptian minister held talks with his Jordanian counterpart in Cairo", "... met her Kenyan counterpart in
// Mombasa": the side not at home is visiting (an ambassador posted there is not).
const MET_VERB = String.raw`(?:(?:held|holds|holding|hold) talks with|met(?: with)?)`;
const TALKS_WITH = new RegExp(String.raw`\b${MET_VERB} (?<b>.{3,120}?) in (?<city>\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?)`, 'u');

function fromTalks(info: SentenceInfo): Found | null {
  const text = info.sentence.text;
  const w = TALKS_WITH.exec(text);
  if (w) {
    const host = capitalOf(w.groups!.city) ?? stateOfCity(w.groups!.city);
    const bStart = w.index + w[0].indexOf(w.groups!.b);
    const a = codes(actorsIn(info, Math.max(0, text.lastIndexOf(';', w.index)), w.index));
    const b = codes(actorsIn(info, bStart, bStart + w.groups!.b.length));
    if (host && a.length === 1 && b.length === 1 && a[0] !== b[0]) {
      const visitor = a[0] === host ? b[0] : b[0] === host ? a[0] : null;
      const posted = info.people.some((p) => p.country === visitor && p.role === 'diplomat');
      if (visitor && !posted) return { visitor, host, from: 0, at: w.index + w[0].length, to: text.length };
    }
  }
  const m = TALKS_IN.exec(text);
  if (!m) return null;
  const g = m.groups!;
  const host = capitalOf(g.city);
  if (!host) return null;
  const aStart = m.index + m[0].indexOf(g.a);
  const bStart = aStart + g.a.length + ' and '.length;
  const a = codes(actorsIn(info, aStart, aStart + g.a.length));
  const b = codes(actorsIn(info, bStart, bStart + g.b.length));
  if (a.length !== 1 || b.length !== 1 || a[0] === b[0]) return null;
  // Talks in one side's capital are that side hosting the other's visit.
  const visitor = a[0] === host ? b[0] : b[0] === host ? a[0] : null;
  return visitor ? { visitor, host, from: 0, at: m.index + m[0].length, to: info.sentence.text.length } : null;
}

function placeIn(info: SentenceInfo, host: string, from = 0, to = Infinity): string | null {
  const c = info.countries.find((m) => (m.kind === 'capital' || m.kind === 'city') && m.code === host && m.start >= from && m.end <= to);
  return c ? c.text : null;
}

