// Person facts: each named person once per document, with the role and country the text gives.
import type { Fact } from '../../shared/types';
import { evidenceOf, type DocContext } from '../context';

export function extractPeople(ctx: DocContext): Fact[] {
  const facts: Fact[] = [];
  const people = [...ctx.people.values()];
  for (const p of people) {
    if ((!p.role && !p.country) || p.mentionedOnly) continue;
    // An excerpt cut off mid-name ("... in which President Ama"): a word at the very end of the text is no name.
    if (!p.name.includes(' ') && ctx.doc.text.trimEnd().endsWith(p.name)) continue;
    // "President Amara" after "President Amara Kessy Odhiambo": a word of a fuller name is that person again.
    if (!p.name.includes(' ') && people.some((o) => o !== p && o.name.split(' ').slice(0, -1).includes(p.name)
      && (!p.country || !o.country || o.country === p.country))) continue;
    // The context keeps the name's own span (other steps need where the name sits); a reader needs the sentence.
    const sentence = ctx.sentences[p.evidence.sentence]?.sentence;
    facts.push({ type: 'person', name: p.name, country: p.country, role: p.role ?? 'other',
      ...(p.title ? { title: p.title } : {}), confidence: p.confidence,
      evidence: sentence ? evidenceOf(sentence) : p.evidence });
  }
  return facts;
}
