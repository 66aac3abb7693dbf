// Repairs words that typesetting split with a hyphen, while leaving real hyphenated compounds whole.
import { COMBINING_FORMS, isWord, isWordOrCombiningForm } from './words';

/**
 * Endings that continue a word rather than start one. When a dictionary does not know the joined form
 * (rare words, British "-isation"), a right-hand fragment ending like this still says "word continuation".
 */
const CONTINUATION = /(?:tion|tions|sion|sions|ment|ments|ness|ity|ities|ance|ances|ence|ences|ing|ings|ed|ly|ive|ives|ous|able|ible|ure|ures|ary|ory|ism|isms|ist|ists|ise|ize|ises|izes|ship|ful|less|ical|ally|ator|ators|er|ers|ies)$/;

/**
 * A hyphen in the middle of a line ("colla-boration", "consi-dered", "govern-ment") is a leftover line-break
 * hyphen when the right part is no word on its own and the halves make one: either the joined form is in the
 * dictionary, or the left part is no word either and the right part ends like a word.
 * A real compound has a right part that is a word ("agro-industrial", "long-term", "co-operation"), or a
 * left part that is a word or combining form and a joined form that is none ("high-tech"); capitalised
 * parts ("North-South", "January-April") and numbers ("2-3") never match.
 * Chains ("Lagos-Abidjan-Dakar", "state-of-the-art") are left alone.
 */
export function joinSplitWords(text: string): string {
  // Visits only the hyphens: a pattern tried at every character costs more than the rest of cleaning.
  let out = '';
  let copied = 0;
  for (let at = text.indexOf('-'); at !== -1; at = text.indexOf('-', at + 1)) {
    let s = at;
    while (s > 0 && TOKEN_CHAR.test(text[s - 1])) s--;
    let e = at + 1;
    while (e < text.length && TOKEN_CHAR.test(text[e])) e++;
    const token = text.slice(s, e);
    at = e - 1;
    const m = SPLIT_WORD.exec(token);
    if (!m) continue;
    const repaired = repairSplitWord(token, m[1], m[2]);
    if (repaired === token) continue;
    out += text.slice(copied, s) + repaired;
    copied = e;
  }
  return copied ? out + text.slice(copied) : text;
}

// The whole run of letters, digits and hyphens around a hyphen must be "word-word" (no chains, no numbers).
const TOKEN_CHAR = /[\p{L}\p{N}-]/u;
const SPLIT_WORD = /^(\p{L}\p{Ll}+)-(\p{Ll}+)$/u;

function repairSplitWord(whole: string, left: string, right: string): string {
  if (isWord(right)) return whole;
  const joined = left + right;
  const leftStands = isWordOrCombiningForm(left);
  // A combining form never loses its hyphen: "co-op" is not "coop".
  if (isWord(joined) && !COMBINING_FORMS.has(left.toLowerCase())) return joined;
  if (leftStands) return whole;
  // Without the dictionary's word, only a lowercase fragment with a word ending is trusted.
  const capitalised = left[0] !== left[0].toLowerCase();
  if (!capitalised && left.length >= 2 && right.length >= 3 && CONTINUATION.test(right)) return joined;
  return whole;
}

/**
 * A line that ends in "letter-" continued by a lowercase line is a word broken at the line end
 * ("develop-\nment", "in-\nterested"): it is joined, unless both halves are words on their own, which is the
 * shape of a compound that happened to break at its hyphen ("long-\nterm" → "long-term").
 * A hyphen before a capital ("Belarusian-\nAzerbaijani") is always a compound and keeps its hyphen.
 */
export function joinLineBreakHyphens(text: string): string {
  if (!text.includes('-\n')) return text; // the usual case; the patterns below are costly on long text
  return text
    .replace(/(\p{L}*\p{Ll})-\n(\p{Ll}+)/gu, (_whole, left: string, right: string) =>
      isWordOrCombiningForm(left) && isWord(right) ? `${left}-${right}` : left + right)
    .replace(/(\p{L})-\n(?=\p{Lu})/gu, '$1-');
}
