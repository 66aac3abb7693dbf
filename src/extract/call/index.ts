// Call facts: phone and video conversations between two states' representatives; a video "meeting" is a call.
import type { Fact } from '../../shared/types';
import { evidenceOf, partnerOf, type DocContext } from '../context';
import { actorsIn, codes, lastPersonCountry } from '../actors';
import { datesOf, isReportDate, nearest } from '../when';
import { isDenied, isHypothetical } from '../modality';

const PHONE = /\b(?:(?:tele)?phone(?: call| conversation| talks?)?|video ?(?:call|conference|link|meeting|talks?|conversation)|videoconference|virtual (?:meeting|talks|summit)|spoke by phone|(?:tele)?phoned|called(?! on| upon| for| it| them))\b/i;
const TALKED = /\b(?:talked|spoke|received a (?:phone |telephone )?call|(?:held|had|made|makes|make) (?:an? |two |separate |several )?(?:phone |telephone |video )?(?:talks|conversations?|calls?)|(?:tele)?phoned|called(?! on| upon| for| it| them| him| her| the))\b(?: (?:with|to))?/i;

export function extractCalls(ctx: DocContext): Fact[] {
  const facts: Fact[] = [];
  const s = ctx.sentences;
  for (let i = 0; i < s.length; i++) {
    const info = s[i];
    const text = info.sentence.text;
    const phoneHere = PHONE.test(text);
    const talked = TALKED.exec(text);
    if (!talked && !phoneHere) continue;
    // "The two also spoke last month": the callers of the call just reported, once more.
    const previous = facts.filter((f) => f.evidence.sentence >= i - 2).pop() as Extract<Fact, { type: 'call' }> | undefined;
    const followUp = talked && previous && FOLLOW_UP.test(text) ? previous : undefined;
    // "X talked with his counterpart" is a call when this or the next sentences say it was by phone.
    const phoneNear = phoneHere || followUp || s.slice(i + 1, i + 3).some((n) => n.paragraph - info.paragraph <= 2 && /\b(?:tele)?phone|video/i.test(n.sentence.text));
    if (!phoneNear || !talked && !/\b(?:held|had|hold|made|make|during|in) (?:a |the )?(?:tele)?phone|video|virtual|\bthe (?:tele)?phone (?:call|conversation|talks?) (?:between|with)\b/i.test(text)) continue;
    if (isHypothetical(text) || isDenied(text.slice(0, (talked?.index ?? 0) + 20))) continue;
    let parties = codes(actorsIn(info));
    if (parties.length === 0 && followUp) {
      parties = [...followUp.parties];
    } else if (parties.length === 0 && ctx.pair && BOTH_SIDES.test(text)) {
      parties = [...ctx.pair];
    } else if (parties.length === 1) {
      const other = /\bcounterpart|\bthe two\b/.test(text) ? partnerOf(ctx, parties[0]) : null;
      if (other) parties.push(other);
    } else if (parties.length === 0 && /\bhe\b|\bshe\b/i.test(text)) {
      const p = lastPersonCountry(ctx, i - 1);
      const other = partnerOf(ctx, p);
      if (p && other) parties = [p, other];
    }
    const ev = evidenceOf(info.sentence);
    const { date, earlier } = callDates(ctx, info);
    // "held separate calls with the leaders of A and B": the caller spoke with each of them.
    const pairs = parties.length > 2 && /\bseparate(?:ly)?\b/i.test(text) ? parties.slice(1).map((o) => [parties[0], o]) : [parties];
    for (const pair of pairs) {
      if (pair.length !== 2) continue;
      facts.push({ type: 'call', parties: [...pair].sort(), date, confidence: 0.8, evidence: ev });
      for (const d of earlier) facts.push({ type: 'call', parties: [...pair].sort(), date: d, confidence: 0.7, evidence: ev });
    }
  }
  return dedupe(facts);
}

// "The heads of state held a telephone conversation": the two states the document is about.
const BOTH_SIDES = /\bthe (?:two|both) (?:heads of (?:state|government)|leaders|presidents|prime ministers|premiers|ministers|foreign ministers|chancellors|sides|counterparts)\b|\bthe heads of (?:state|government)\b|\bboth sides\b|\bthe leaders of the two countries\b/i;
const PAST_CALL = /\b(?:held|had|spoke|talked|discussed|phoned|called|received)\b/;
const FOLLOW_UP = /^(?:the two|both)(?: (?:leaders|presidents|ministers|men|women|sides))?\b/i;
// "... since a call on 2 February": an earlier call with a date of its own.
const EARLIER_CALL = /\b(?:call|conversation|phone talks)\s+(?:on\s+|in\s+)?$/i;

/**
 * The call's date, and the dates of earlier calls the sentence recalls. A call reported without its own date
 * took place around the report: the month of the report. The day a report was made is not the call's.
 */
function callDates(ctx: DocContext, info: Parameters<typeof datesOf>[0]): { date: string | null; earlier: string[] } {
  const text = info.sentence.text;
  const usable = datesOf(info, ctx.doc.date).filter((m) => (m.kind === 'point' || m.kind === 'relative') && !isReportDate(text, m));
  const recalled = usable.filter((m, k) => k > 0 && m.date && EARLIER_CALL.test(text.slice(Math.max(0, m.start - 30), m.start)));
  // The call's own date is the one nearest to the words that name it ("during a videoconference held on 9 June").
  const phone = PHONE.exec(text)?.index ?? TALKED.exec(text)?.index ?? 0;
  const own = nearest(usable.filter((m) => !recalled.includes(m)), phone);
  let date = own?.date ?? (ctx.doc.date ? ctx.doc.date.slice(0, 7) : null);
  // "held a phone conversation on Monday to prepare a visit": a call told in the past tense is the past Monday,
  // whatever future the rest of the sentence speaks of.
  if (own?.kind === 'relative' && date && date.length === 10 && ctx.doc.date && date > ctx.doc.date && PAST_CALL.test(text)) {
    const back = new Date(`${date}T00:00:00Z`);
    back.setUTCDate(back.getUTCDate() - 7);
    date = back.toISOString().slice(0, 10);
  }
  return { date, earlier: recalled.map((m) => m.date!) };
}

// The same call twice, or a headline's call dated only by the report's month when the body gives its day, is one.
function dedupe(facts: Fact[]): Fact[] {
  const seen = new Set<string>();
  const calls = facts as Array<Extract<Fact, { type: 'call' }>>;
  return calls.filter((f) => {
    const key = JSON.stringify([f.parties, f.date]);
    if (seen.has(key)) return false;
    seen.add(key);
    const vague = f.date !== null && f.date.length === 7;
    return !(vague && calls.some((o) => o !== f && o.parties.join() === f.parties.join() && o.date?.startsWith(f.date!) && o.date.length === 10));
  });
}
