// Which of a pair's people an event's sentences name, so the dossier can say who visited, called or signed.

export interface KnownPerson { name: string; aliases: readonly string[] }

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A name as a whole word: not inside a longer word, possessive allowed ("Ortega's"). */
const wholeWord = (name: string): RegExp => new RegExp(`(?<![\\p{L}\\p{M}])${escape(name)}(?![\\p{L}\\p{M}])`, 'u');

/** The surname: the last word of a full name (two words at least, of four letters or more). */
function surnameOf(name: string): string | null {
  const words = name.trim().split(/\s+/);
  const last = words[words.length - 1];
  return words.length >= 2 && last.length >= 4 ? last : null;
}

/**
 * A finder of the people named in some quotes, in the order of the list: by a full name or alias, or by the surname
 * alone when no other person of the pair has that surname (two people sharing one would make it a guess). The
 * patterns are built once for a pair and reused for each of its events.
 */
export function peopleFinder(people: readonly KnownPerson[]): (quotes: readonly string[]) => string[] {
  const surnameCount = new Map<string, number>();
  for (const p of people) {
    const s = surnameOf(p.name);
    if (s) surnameCount.set(s, (surnameCount.get(s) ?? 0) + 1);
  }
  const patterns = people.map((p) => {
    const surname = surnameOf(p.name);
    const forms = [p.name, ...p.aliases, ...(surname && surnameCount.get(surname) === 1 ? [surname] : [])];
    return { name: p.name, forms: forms.filter((f) => f.length >= 3).map(wholeWord) };
  });
  return (quotes) => {
    const text = quotes.join('\n');
    const named: string[] = [];
    for (const p of patterns) {
      if (!named.includes(p.name) && p.forms.some((f) => f.test(text))) named.push(p.name);
    }
    return named;
  };
}
