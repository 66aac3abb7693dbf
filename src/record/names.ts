// People's names across spellings: titles stripped, and a phonetic key built from named transliteration rules.

/** One rewriting step of the key; its name is what a merge reports ("kh=h" joined Xhan and Han). */
interface SpellingRule { name: string; pattern: RegExp; replacement: string }

/**
 * The ways one name is commonly spelt in Latin letters, applied in this order to a lower-case, accent-free surname.
 * Each rule maps variants to one spelling; the last two reduce a name to its consonant skeleton, which is what
 * makes "-iyev", "-iev" and "-yev", "Rahmon" and "Rakhmon" or "Tolibov" and "Toliboyev" one key.
 */
const SPELLING_RULES: readonly SpellingRule[] = [
  // The Arabic article is written "al-", "el-", assimilated ("ad-", "as-") or left out.
  { name: 'article al-/el-', pattern: /^(?:al|el|ad|ar|as|ash|at|az)-(?=\p{L}{3})/u, replacement: '' },
  { name: 'hyphens', pattern: /-/g, replacement: '' },
  { name: 'initial ye=e', pattern: /^ye/, replacement: 'e' },
  { name: 'dzh=dj=j', pattern: /d(?:zh|j)/g, replacement: 'j' },
  { name: 'kh=h', pattern: /kh/g, replacement: 'h' },
  { name: 'ks=x', pattern: /ks/g, replacement: 'x' },
  { name: 'tch=ch', pattern: /tch/g, replacement: 'ch' },
  { name: 'ph=f', pattern: /ph/g, replacement: 'f' },
  { name: 'ck=q=k', pattern: /ck|q/g, replacement: 'k' },
  { name: 'w=v', pattern: /w/g, replacement: 'v' },
  { name: 'y=i', pattern: /y/g, replacement: 'i' },
  { name: 'doubled letters', pattern: /(\p{L})\1+/gu, replacement: '$1' },
  // Vowels after the first letter carry most of the transliteration noise (Toliboyev/Tolibov, Umarali/Umarely).
  { name: 'inner vowels', pattern: /(?<!^)[aeiou]/g, replacement: '' },
];

/** Lower case without accents or punctuation: "Gökdoğan" and "GOKDOGAN" fold alike. */
export function foldName(s: string): string {
  return s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^\p{L}\s'-]/gu, ' ')
    .replace(/\s+/g, ' ').trim();
}

/** The phonetic key of one word and the rules that changed it on the way. */
export function phoneticKey(word: string): { key: string; rules: string[] } {
  let key = foldName(word).replace(/['\s]/g, '');
  const rules: string[] = [];
  for (const rule of SPELLING_RULES) {
    const next = key.replace(rule.pattern, rule.replacement);
    if (next !== key) rules.push(rule.name);
    key = next;
  }
  return { key, rules };
}

const HONORIFIC = String.raw`(?:mr|mrs|ms|miss|dr|prof|professor|sir|madam|sheikh|sheik|his excellency|her excellency|h\.?\s?e)`;
const RANK = String.raw`(?:first|deputy|vice|acting|former|state|prime|foreign|chief|general|senior)`;
const OFFICE = String.raw`(?:president|premier|minister|chancellor|king|queen|emir|sultan|ambassador|envoy|consul|governor|mayor|chairman|chairwoman|chair|secretary|speaker|spokesman|spokeswoman|spokesperson|director|ceo|head|leader)`;
/** A title before a name: an honorific ("Mr.", "H.E.") or an office with its ranks ("First Deputy Prime Minister"). */
const LEADING_TITLE = new RegExp(String.raw`^(?:${HONORIFIC}|(?:${RANK}[\s-]+)*${OFFICE})\.?\s+`, 'i');

/** The name without titles in front ("President Jane Roe" is "Jane Roe"); a name that is only a title stays. */
export function stripTitles(name: string): string {
  let rest = name.trim().replace(/\s+/g, ' ');
  for (let m = LEADING_TITLE.exec(rest); m && m[0].length < rest.length; m = LEADING_TITLE.exec(rest)) {
    rest = rest.slice(m[0].length);
  }
  return rest;
}

/** A person's name split for comparison: given names and the surname, as written and as keys. */
export interface NameParts {
  /** The name as written, titles stripped. */
  display: string;
  /** True when the title-stripped name differs from the name given. */
  titled: boolean;
  surname: string;
  surnameKey: string;
  /** Rules that changed the surname into its key. */
  surnameRules: string[];
  /** Keys of the given names, in order (empty when only a surname is written). */
  given: string[];
}

export function nameParts(name: string): NameParts {
  const display = stripTitles(name);
  const words = display.split(' ').filter(Boolean);
  const surname = words.length ? words[words.length - 1] : display;
  const { key: surnameKey, rules: surnameRules } = phoneticKey(surname);
  const given = words.slice(0, -1).map((w) => phoneticKey(w).key).filter(Boolean);
  return { display, titled: display !== name.trim().replace(/\s+/g, ' '), surname, surnameKey, surnameRules, given };
}

/**
 * Whether two names can be one person: the same surname key and given names that do not contradict each other
 * (one side gives none, one side's are among the other's, or one side gives only the other's initials).
 */
export function compatibleNames(a: NameParts, b: NameParts): boolean {
  if (!a.surnameKey || a.surnameKey !== b.surnameKey) return false;
  if (a.given.length === 0 || b.given.length === 0) return true;
  const [short, long] = a.given.length <= b.given.length ? [a.given, b.given] : [b.given, a.given];
  if (short.every((k) => long.includes(k))) return true;
  // "J. Roe" and "Jane Roe": an initial agrees with a name that starts with it.
  const initials = (keys: string[]): boolean => keys.every((k) => k.length === 1);
  return (initials(a.given) || initials(b.given)) && a.given[0].charAt(0) === b.given[0].charAt(0);
}
