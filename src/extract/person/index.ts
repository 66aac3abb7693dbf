// Person facts: each named person once per document, with the role and country the text gives.
import type { Fact } from '../../shared/types';
import { evidenceOf, type DocContext } from '../context';

export function extractPeople(ctx: DocContext): Fact[] {
  const facts: Fact[] = [];
  for (const p of ctx.people.values()) {
    if ((!p.role && !p.country) || p.mentionedOnly) continue;
    // The context keeps the name's own span (other steps need where the name sits); a reader needs the sentence.
    const sentence = ctx.sentences[p.evidence.sentence]?.sentence;
    facts.push({ type: 'person', name: p.name, country: p.country, role: p.role ?? 'other',
      ...(p.title ? { title: p.title } : {}), confidence: p.confidence,
      evidence: sentence ? evidenceOf(sentence) : p.evidence });
  }
  return facts;
}
