// Decides which state stands behind a stretch of a sentence: a country, its capital or demonym,
// a person whose country is known, an organisation of a known country, or "he" for the last person named.
import type { DocContext, SentenceInfo } from './context';

export interface Actor { code: string; start: number; end: number; via: 'country' | 'person' | 'organisation' | 'pronoun' }

/** States named inside [from, to) of the sentence, left to right, one per mention. */
export function actorsIn(info: SentenceInfo, from = 0, to = info.sentence.text.length): Actor[] {
  const out: Actor[] = [];
  const inside = (s: number, e: number) => s >= from && e <= to;
  for (const r of info.refs) {
    if (inside(r.start, r.end) && r.person.country) out.push({ code: r.person.country, start: r.start, end: r.end, via: 'person' });
  }
  for (const p of info.people) {
    if (inside(p.start, p.end) && p.country && !out.some((a) => a.start <= p.start && a.end >= p.end)) {
      out.push({ code: p.country, start: p.start, end: p.end, via: 'person' });
    }
  }
  for (const c of info.countries) {
    // A country inside a person's title ("Belarus President X") is the same actor, counted once.
    if (inside(c.start, c.end) && !out.some((a) => a.via === 'person' && a.start - c.end < 40 && a.start >= c.end && a.code === c.code && !/[,;]|\band\b/.test(info.sentence.text.slice(c.end, a.start)))) {
      out.push({ code: c.code, start: c.start, end: c.end, via: 'country' });
    }
  }
  const text = info.sentence.text;
  for (const o of info.organisations) {
    if (!o.country) continue;
    for (const name of [o.acronym, o.name]) {
      if (!name) continue;
      const i = text.indexOf(name, from);
      if (i !== -1 && i + name.length <= to && !out.some((a) => i < a.end && i + name.length > a.start)) {
        out.push({ code: o.country, start: i, end: i + name.length, via: 'organisation' });
        break;
      }
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

const AFTER_WORDS = new Map<string, RegExp>();

/**
 * True when one of `words` (a regex alternation: "in|at") stands right before `at`, with an optional "the":
 * a state named after "in", "to" or "from" is a place on the way, not who acts.
 */
export function afterWord(text: string, at: number, words: string): boolean {
  let re = AFTER_WORDS.get(words);
  if (!re) { re = new RegExp(String.raw`\b(?:${words})\s+(?:the\s+)?$`); AFTER_WORDS.set(words, re); }
  return re.test(text.slice(Math.max(0, at - 20), at));
}

/** Distinct state codes, in order of first mention. */
export function codes(actors: Actor[]): string[] {
  return [...new Set(actors.map((a) => a.code))];
}

/** The state of the last person named before this sentence (what "he", "the President" points to). */
export function lastPersonCountry(ctx: DocContext, sentenceIndex: number, role?: string): string | null {
  const office = role ? OFFICE_WORDS[role] : undefined;
  for (let i = sentenceIndex; i >= 0; i--) {
    const info = ctx.sentences[i];
    let best: { at: number; code: string } | null = null;
    for (const r of info.refs) {
      if (r.person.country && (!role || r.person.role === role) && (!best || r.start > best.at)) best = { at: r.start, code: r.person.country };
    }
    // "the Chilean president", "Chile's president": an office holder the text does not name.
    if (office) {
      for (const c of info.countries) {
        if (c.kind === 'capital' || c.kind === 'city') continue;
        const after = info.sentence.text.slice(c.end, c.end + 30);
        if (office.test(after) && (!best || c.start > best.at)) best = { at: c.start, code: c.code };
      }
    }
    if (best) return best.code;
  }
  return null;
}

const OFFICE_WORDS: Record<string, RegExp> = {
  head_of_state: /^(?:['’]s)? (?:president|leader|head of state)\b/i,
  head_of_government: /^(?:['’]s)? (?:prime minister|premier|head of government)\b/i,
  foreign_minister: /^(?:['’]s)? (?:foreign minister|top diplomat)\b/i,
};

/** The state whose "leader", "head of state", "President" or subject pronoun opens the span, if any. */
export function subjectCountry(ctx: DocContext, info: SentenceInfo, span: string, from: number): string | null {
  const direct = codes(actorsIn(info, from, from + span.length));
  if (direct.length === 1) return direct[0];
  if (direct.length > 1) return null;
  if (/^\s*(?:he|she|his|her)\b/i.test(span)) return lastPersonCountry(ctx, info.sentence.index - 1);
  if (/\bthe (?:president|head of state|leader)\b/i.test(span)) return lastPersonCountry(ctx, info.sentence.index - 1, 'head_of_state');
  if (/\bthe (?:prime minister|premier|head of government)\b/i.test(span)) return lastPersonCountry(ctx, info.sentence.index - 1, 'head_of_government');
  if (/\bthe foreign minister\b/i.test(span)) return lastPersonCountry(ctx, info.sentence.index - 1, 'foreign_minister');
  return null;
}
