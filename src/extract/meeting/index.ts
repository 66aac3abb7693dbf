// Meeting facts: talks between two states that are not a visit: on the sidelines of a summit, a session
// of a named joint body, or leaders meeting on third ground; talks in one side's capital are left to visits.
import type { Fact } from '../../shared/types';
import { capitalOf, lookupCountry } from '../../language/countries';
import { stateOfCity } from '../../language/cities';
import { evidenceOf, type DocContext, type SentenceInfo } from '../context';
import { actorsIn, afterWord, codes } from '../actors';
import { eventDate, eventDates, leadDate } from '../when';
import { isDenied, isHypothetical } from '../modality';

const BODIES = String.raw`(?:commission|committee|council|cabinet|working group|forum|dialogue)`;
// "a session of the joint commission", "the 13th high-level meeting of their governments": a recurring format.
const ORDINAL = String.raw`(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)`;
const BODY_SOURCE = String.raw`\b(?:meeting|session|sitting)s? of (?:the |their )?(?:[\w-]+ ){0,4}${BODIES}\b|\b${ORDINAL} (?:[\w'’-]+ ){0,5}(?:meeting|session|sitting|round|forum|dialogue)\b|\b${BODIES}(?: of [Mm]inisters)? (?:held|holds|will hold|convened|met|meets|will meet|gathered|is meeting|(?:will be|was|were|is|are|to be|is being|are being) held|took place|(?:will )?takes? place)\b|\bjoint (?:meeting|session|sitting) of (?:the )?(?:two )?[Gg]overnments?\b|\b(?:meeting|session|sitting)s? of the \p{Lu}{3,7}\b`;
const BODY = new RegExp(BODY_SOURCE, 'i');
const MET = /\b(?:met|meet|meets|meeting|talks|held talks|negotiations|consultations|discussed between)\b/i;
const TRIGGER = new RegExp(String.raw`(?:${BODY_SOURCE})(?:(?! and the )[^,;])*|\b(?:meetings?|meet|met|talks)\b[^.;]*?\bon the (?:sidelines|margins) of [^,;]*|\bon the (?:sidelines|margins) of\b[^.;]*?\b(?:meetings?|meet|met|talks)\b[^,;]*`, 'gi');
const TRILATERAL = /\btrilateral (?:summit|meeting|talks|format|consultations)\b|\b(?:summit|meeting|talks) of the three (?:leaders|presidents|countries|ministers)\b/i;
// "are scheduled to meet next week": a meeting announced, which counts with its planned date (FACTS.md).
const PLAIN = /\bmeeting (?:of|between)\b|\bmet\b|\b(?:will|to|shall) meet\b|\btalks (?:between|of|with)\b|\bheld talks\b|\b(?:was|were) discussed between\b/i;
const RECALLED = /\b(?:previous|last|earlier|former|ago|past|history|since|once|never|(?:19|20)\d\d)\b/i;
const CITY = /\b(?:in|at) (?:the )?(\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+)?)/gu;

export function extractMeetings(ctx: DocContext): Fact[] {
  const facts: Fact[] = [];
  for (const info of ctx.sentences) {
    const text = info.sentence.text;
    if (!MET.test(text) && !BODY.test(text)) continue;
    if (isHypothetical(text)) continue;
    const ev = evidenceOf(info.sentence);
    let parties = codes(actorsIn(info)).filter((c) => !isPlaceOnly(info, c));
    // "met in Singapore": a third state named only as the venue is not a party.
    if (parties.length > 2) parties = parties.filter((c) => !isVenueOnly(info, c));
    // "a trilateral summit of A, B and C": one meeting of three.
    if (parties.length === 3 && TRILATERAL.test(text) && !isDenied(text)) {
      facts.push({ type: 'meeting', parties: [...parties].sort(), date: eventDate(info, ctx.doc.date, TRILATERAL.exec(text)!.index),
        place: cityOf(text, 0), confidence: 0.7, evidence: ev });
      continue;
    }
    if (parties.length > 2) continue;
    // One sentence can name several meetings: "the commission's session in X and the meetings in Y on the sidelines of Z".
    const triggers = [...text.matchAll(TRIGGER)];
    const named = triggers.filter((m) => BODY.test(m[0]) || /sidelines|margins/.test(m[0]));
    if (named.length) {
      if (parties.length < 2 && ctx.pair) parties = [...ctx.pair];
      if (parties.length !== 2) continue;
      // "The previous sessions were held in Puno in 2015, in Sucre in 2016 and in Lima in 2017": one meeting each.
      const series = [...text.matchAll(/\bin (\p{Lu}\p{L}+(?: \p{Lu}\p{L}+)?) in ((?:19|20)\d\d)\b/gu)];
      if (series.length > 1 && named.length === 1) {
        for (const [, place, year] of series) {
          facts.push({ type: 'meeting', parties: [...parties].sort(), date: year, place, confidence: 0.7, evidence: ev });
        }
        continue;
      }
      for (const m of named) {
        if (isDenied(text.slice(Math.max(0, m.index! - 30), m.index! + m[0].length))) continue;
        // A session held by phone or video is a call, which the call extractor reads.
        if (/\bvideo|phone|virtual(?:ly)?\b/i.test(text.slice(Math.max(0, m.index! - 40), m.index! + m[0].length + 40))) continue;
        // A session reported as held, with no date of its own, took place at the event the article reports.
        const held = /\b(?:was|were) held\b|\btook place\b|\bmet\b/.test(m[0]) && !/\b(?:previous|last|earlier|first)\b/i.test(m[0]);
        // Any other session the article reports without a date falls in the month of the event it reports,
        // unless the sentence places it in the past.
        const reported = !held && !RECALLED.test(text) ? leadDate(ctx)?.slice(0, 7) ?? null : null;
        facts.push({ type: 'meeting', parties: [...parties].sort(), date: eventDate(info, ctx.doc.date, m.index!) ?? (held ? leadDate(ctx) : reported),
          place: cityOf(m[0], 0) ?? capitalIn(info, parties), confidence: 0.8, evidence: ev });
      }
      continue;
    }
    // Plain talks need both sides named, a meeting verb, and a date or place that makes them one event.
    const m = PLAIN.exec(text);
    // Talks on a trip ("travelled to Hanoi for talks", "visited Kyiv and met") are the visit.
    if (m && /\bvisit|\btravel|\barriv|\bflew\b|\bflies\b|\bbeen to\b/i.test(text.slice(Math.max(0, m.index - 100), m.index + 100))) continue;
    if (m && /\bvideo|phone|virtual(?:ly)?\b/i.test(text)) continue;
    if (!m || parties.length !== 2 || isDenied(text.slice(Math.max(0, m.index - 30), m.index + m[0].length + 10))) continue;
    const place = cityOf(text, m.index);
    const date = eventDate(info, ctx.doc.date, m.index);
    // A day the text names ("met on June 8") makes one event even when nothing fixes its year; so does a matter
    // "discussed between" two named office holders.
    const dayNamed = eventDates(info, ctx.doc.date).length > 0;
    const between = /discussed between/i.test(m[0]) && info.people.filter((p) => p.country && parties.includes(p.country)).length >= 2;
    if (!place && !date && !dayNamed && !between) continue;
    // Only a planned meeting with a date is one event: "ready to meet in Geneva" is a wish.
    if (/meet$/i.test(m[0]) && !date && !dayNamed) continue;
    const hostCapital = place ? capitalOf(place) ?? stateOfCity(place) : undefined;
    if (hostCapital && parties.includes(hostCapital)) continue; // a visit, which the visit extractor reads
    facts.push({ type: 'meeting', parties: [...parties].sort(), date, place, confidence: 0.65, evidence: ev });
  }
  return merge(facts);
}

// The same meeting mentioned again without its date is one fact.
function merge(facts: Fact[]): Fact[] {
  const out: Fact[] = [];
  for (const f of facts) {
    if (f.type !== 'meeting') continue;
    // "in May" and "on 23 May" of the same session are one meeting, dated by the more precise mention.
    const same = out.find((o) => o.type === 'meeting' && o.parties.join() === f.parties.join()
      && (!o.date || !f.date || o.date.startsWith(f.date) || f.date.startsWith(o.date)) && (!o.place || !f.place || o.place === f.place));
    if (!same) { out.push(f); continue; }
    if (same.type === 'meeting' && f.date && (!same.date || f.date.length > same.date.length)) same.date = f.date;
    if (same.type === 'meeting' && !same.place && f.place) same.place = f.place;
  }
  return out;
}

// A capital named only as the meeting's venue ("in Minsk") is not a party by itself.
function isPlaceOnly(info: { countries: Array<{ code: string; kind: string }> }, code: string): boolean {
  const ms = info.countries.filter((c) => c.code === code);
  return ms.length > 0 && ms.every((c) => c.kind === 'capital' || c.kind === 'city');
}

// "the capital of a party named in the sentence": the venue when the trigger itself names none.
function capitalIn(info: SentenceInfo, parties: string[]): string | null {
  return info.countries.find((c) => (c.kind === 'capital' || c.kind === 'city') && parties.includes(c.code))?.text ?? null;
}

// A state named only after "in"/"at" ("met in Singapore", "in Ethiopia's capital") is where, not who.
function isVenueOnly(info: SentenceInfo, code: string): boolean {
  const ms = info.countries.filter((c) => c.code === code);
  return ms.length > 0 && ms.every((c) => afterWord(info.sentence.text, c.start, 'in|at'));
}

// "in the Peruvian city of Arequipa": the city, not the adjective.
const CITY_OF = /\b(?:in|at) the (?:\p{Lu}\p{L}+ )?(?:city|town|port|resort|capital|region|province) of (\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+)?)/u;

const INSTITUTION = /\b(?:Ministry|Parliament|Office|Embassy|Department|Agency|Headquarters|Secretariat|Chamber|Council|Assembly)\b/;

function cityOf(text: string, after: number): string | null {
  const named = CITY_OF.exec(text.slice(Math.max(0, after - 60)));
  if (named) return named[1];
  CITY.lastIndex = 0;
  for (const m of text.matchAll(CITY)) {
    if (m.index! < after - 60) continue;
    if (lookupCountry(m[1]) && !capitalOf(m[1])) continue; // "in Peruvian ...": an adjective, not a place
    if (/^(?:January|February|March|April|May|June|July|August|September|October|November|December|The)$/.test(m[1])) continue;
    // "at the Federal Ministry for ...", "in Parliament": an institution is no place.
    if (INSTITUTION.test(`${m[1]}${text.slice(m.index! + m[0].length, m.index! + m[0].length + 12)}`)) continue;
    return m[1];
  }
  return null;
}
