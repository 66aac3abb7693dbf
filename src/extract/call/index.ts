// Call facts: phone and video conversations between two states' representatives; a video "meeting" is a call.
import type { Fact } from '../../shared/types';
import { evidenceOf, partnerOf, type DocContext } from '../context';
import { actorsIn, codes, lastPersonCountry } from '../actors';
import { datesOf } from '../when';
import { isDenied, isHypothetical } from '../modality';

const PHONE = /\b(?:(?:tele)?phone(?: call| conversation| talks?)?|video ?(?:call|conference|link|meeting|talks?|conversation)|virtual (?:meeting|talks|summit)|spoke by phone|phoned|called)\b/i;
const TALKED = /\b(?:talked|spoke|received a (?:phone |telephone )?call|held (?:a )?(?:phone |telephone )?(?:talks|conversation|call)|had (?:a )?(?:phone |telephone )?(?:conversation|call)|phoned|called)\b(?: (?:with|to))?/i;

export function extractCalls(ctx: DocContext): Fact[] {
  const facts: Fact[] = [];
  const s = ctx.sentences;
  for (let i = 0; i < s.length; i++) {
    const info = s[i];
    const text = info.sentence.text;
    const phoneHere = PHONE.test(text);
    const talked = TALKED.exec(text);
    if (!talked && !phoneHere) continue;
    // "X talked with his counterpart" is a call when this or the next sentences say it was by phone.
    const phoneNear = phoneHere || s.slice(i + 1, i + 3).some((n) => n.paragraph - info.paragraph <= 2 && /\b(?:tele)?phone|video/i.test(n.sentence.text));
    if (!phoneNear || !talked && !/\b(?:held|had|hold|during|in) (?:a |the )?(?:tele)?phone|video|virtual/i.test(text)) continue;
    if (isHypothetical(text) || isDenied(text.slice(0, (talked?.index ?? 0) + 20))) continue;
    let parties = codes(actorsIn(info));
    if (parties.length === 1) {
      const other = /\bcounterpart|\bthe two\b/.test(text) ? partnerOf(ctx, parties[0]) : null;
      if (other) parties.push(other);
    } else if (parties.length === 0 && /\bhe\b|\bshe\b/i.test(text)) {
      const p = lastPersonCountry(ctx, i - 1);
      const other = partnerOf(ctx, p);
      if (p && other) parties = [p, other];
    }
    if (parties.length !== 2) continue;
    const date = callDate(ctx, info);
    facts.push({ type: 'call', parties: [...parties].sort(), date, confidence: 0.8, evidence: evidenceOf(info.sentence) });
  }
  return dedupe(facts);
}

// A call reported without its own date took place around the report: the month of the report.
function callDate(ctx: DocContext, info: Parameters<typeof datesOf>[0]): string | null {
  const d = datesOf(info, ctx.doc.date).find((m) => m.kind === 'point' || m.kind === 'relative');
  if (d?.date) return d.date;
  return ctx.doc.date ? ctx.doc.date.slice(0, 7) : null;
}

function dedupe(facts: Fact[]): Fact[] {
  const seen = new Set<string>();
  return facts.filter((f) => {
    const key = JSON.stringify([(f as { parties: string[] }).parties, (f as { date: string | null }).date]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
