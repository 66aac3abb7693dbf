// Reads amounts of money, mass, volume, shares and counted things, and growth multiples, out of English text.

import {
  APPROX_BEFORE, COUNT_AFTER, CURRENCY_AFTER_CODE, CURRENCY_AFTER_WORD, CURRENCY_BEFORE, PHYSICAL_AFTER, RATE_AFTER,
  SCALE_WORD, SCALES, WORD_NUMBERS, currencyFromCodeOrSymbol, currencyNameAt, currencyFromWordMatch, physicalFromMatch, rateFromMatch,
  type CurrencyCode, type QuantityKind, type QuantityUnit,
} from './quantities-units';

export type { CurrencyCode, QuantityKind, QuantityUnit } from './quantities-units';

export interface Quantity {
  /** Character span in the input string (the modifier such as "about" is outside it, see `qualifier`). */
  start: number;
  end: number;
  text: string;
  /** Plain number in the unit: "$1bn" -> 1e9, "3.83 million barrels" -> 3830000. For a range, its low end. */
  value: number;
  unit: QuantityUnit;
  kind: QuantityKind;
  range?: [number, number];
  /** True after "about", "over", "up to", ...: the gold treats these as the stated number. */
  approx?: boolean;
  /** The approximating word itself, lower-cased ("more than", "up to"), for callers that care about bounds. */
  qualifier?: string;
  /** "day", "week", "month" or "year" for "200,000 barrels a day"; the value is the amount per that period. */
  rate?: string;
}

export interface Multiple { start: number; end: number; text: string; factor: number }

const WORD_NUMBER_ALT = Object.keys(WORD_NUMBERS).sort((a, b) => b.length - a.length).join('|');

// A candidate starts with a digit or a number word's first letter: a lookahead on those, implied by the pattern,
// leaves most positions before the lookbehinds are tried.
const NUMBER_FIRST = [...new Set(Object.keys(WORD_NUMBERS).map((w) => w[0]))].join('');
/** Candidate amounts: digits with optional thousands commas and decimals, or a number word one..twelve / "a". */
// "a" and "an" are candidates only before a scale word ("a million tonnes"): every article would be a match, to be
// dropped at once by SCALE_AFTER_ARTICLE, which still decides (with /iu the lookahead here also passes "thouſand").
const NUMBER = new RegExp(
  `(?=[\\d${NUMBER_FIRST}])(?<![\\d.,:/\\\\])(?:(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)|(?<![\\p{L}])(${WORD_NUMBER_ALT.replace(/\|an\|a$/, '')}|an?(?=\\s*(?:thousand|million|billion|trillion|lakh|crore)))(?=\\s))(?![\\d])`, 'giu');
if (!WORD_NUMBER_ALT.endsWith('|an|a')) throw new Error('quantities: the articles must come last among the number words');
const NUMBER_AT = new RegExp(`(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)(?![\\d,]\\d)`, 'uy');
const RANGE_JOIN = /\s*(-|–|—|to|and)\s*/iuy;
const SCALE_ONLY_WORD = /^(thousands?|millions?|billions?|trillions?|lakhs?|crores?)$/i;
// Implied by SCALE_ONLY_WORD on the trimmed text after the number (trim removes exactly what \s matches).
const SCALE_AFTER_ARTICLE = /\s*(?:thousand|million|billion|trillion|lakh|crore)/iy;
/** One-letter scales are only read glued to the number ("$5m"); spaced "5 m" is metres or a typo. */
const GLUED_ONLY = /^(k|m|b)$/i;
const YEAR_PREPOSITION = /(?:\b(?:in|since|by|of|until|till|for|during|from|to|and|before|after|through|between)\s+)$/i;

const COMMON_CODES = new Set(['USD', 'EUR', 'RUB', 'AZN', 'GBP', 'CNY', 'KZT', 'UAH', 'TRY', 'BYN', 'INR', 'JPY', 'CHF', 'AED',
  'SAR', 'UZS', 'GEL', 'AMD', 'KRW', 'PLN', 'IRR', 'KGS', 'AUD', 'CAD']);

const round = (n: number): number => Number(n.toPrecision(12));

interface NumberRead { value: number; end: number; scale: number; scaleGlued: boolean; year: boolean }

/** Reads the number at `start` (digits already matched, ending at `end`) and an optional scale word after it. */
function readScale(text: string, raw: string, end: number): NumberRead {
  const value = Number(raw.replace(/,/g, ''));
  const year = /^(19|20)\d\d$|^2100$/.test(raw);
  SCALE_WORD.lastIndex = end;
  const m = SCALE_WORD.exec(text);
  if (m) {
    const word = m[2]!;
    const glued = m[1] === '';
    if (!GLUED_ONLY.test(word) || glued) {
      return { value, end: end + m[0].length, scale: SCALES[word.toLowerCase()] ?? 1, scaleGlued: glued, year };
    }
  }
  return { value, end, scale: 1, scaleGlued: false, year };
}

interface UnitRead { unit: QuantityUnit; kind: QuantityKind; factor: number; end: number; rate?: string }

/** The unit right after an amount: a currency name or code, a physical unit, or a counted noun. */
function readUnit(text: string, pos: number): UnitRead | null {
  CURRENCY_AFTER_WORD.lastIndex = pos;
  let m = CURRENCY_AFTER_WORD.exec(text);
  if (m) {
    const code = currencyFromWordMatch(m);
    if (code) return { unit: code, kind: 'money', factor: 1, end: pos + m[0].length };
  }
  const named = currencyNameAt(text, pos);
  if (named) return { unit: named.code, kind: 'money', factor: 1, end: named.end };
  CURRENCY_AFTER_CODE.lastIndex = pos;
  m = CURRENCY_AFTER_CODE.exec(text);
  if (m) {
    const code = currencyFromCodeOrSymbol(m[1]!);
    if (code) return { unit: code, kind: 'money', factor: 1, end: pos + m[0].length };
  }
  PHYSICAL_AFTER.lastIndex = pos;
  m = PHYSICAL_AFTER.exec(text);
  if (m) {
    const u = physicalFromMatch(m);
    // "Mt" is a megatonne while "mt"/"MT" is a metric ton; only case tells them apart.
    const factor = m[0].trim() === 'Mt' ? 1e6 : u?.factor;
    if (u) return { unit: u.unit, kind: u.kind, factor: factor!, end: pos + m[0].length, rate: u.rate };
  }
  COUNT_AFTER.lastIndex = pos;
  m = COUNT_AFTER.exec(text);
  if (m) return { unit: 'count', kind: 'count', factor: 1, end: pos + m[0].length };
  return null;
}

/** Currency written before the amount ending exactly at `pos`, with where it starts. */
function currencyBefore(text: string, pos: number): { code: CurrencyCode; start: number } | null {
  const prefix = text.slice(Math.max(0, pos - 8), pos);
  const m = CURRENCY_BEFORE.exec(prefix);
  if (!m) return null;
  const code = currencyFromCodeOrSymbol(m[1] ?? m[2]!);
  return code ? { code, start: pos - m[0].length } : null;
}

// Hoisted: one pattern object for every call rather than a new one each time (these run per sentence or word).
const A_LETTER = /\p{L}/u;

/** Finds every amount with a currency or unit. Numbers without one (years, clause numbers, "2-3 plants") are skipped. */
export function findQuantities(text: string): Quantity[] {
  const out: Quantity[] = [];
  let consumed = 0;
  NUMBER.lastIndex = 0;
  for (let nm = NUMBER.exec(text); nm; nm = NUMBER.exec(text)) {
    const numStart = nm.index;
    if (numStart < consumed) continue;
    const before = text[numStart - 1];
    // "COVID-19", "Su-30", the second half of "2019-2020": a number hung on a word by a hyphen is a name.
    if ((before === '-' || before === '–') && /[\p{L}\d]/u.test(text[numStart - 2] ?? '')) continue;
    if (before === '#' || before === '№') continue;
    // Glued to a word only after a currency code ("USD1.2bn"); otherwise it is a model or a code ("A320", "F16").
    if (before !== undefined && A_LETTER.test(before) && !currencyBefore(text, numStart)) continue;

    let first: NumberRead;
    if (nm[1] !== undefined) {
      first = readScale(text, nm[1], numStart + nm[1].length);
    } else {
      const word = nm[2]!.toLowerCase();
      // "a"/"an" count only before a bare scale word ("a million tonnes"); the number pattern stops at every article,
      // so the rest (reading the scale, trimming, testing it) is skipped when no scale word follows at all.
      if (word === 'a' || word === 'an') {
        SCALE_AFTER_ARTICLE.lastIndex = numStart + nm[2]!.length;
        if (!SCALE_AFTER_ARTICLE.test(text)) continue;
      }
      const r = readScale(text, '0', numStart + nm[2]!.length);
      // Number words count only with a spelled-out scale ("two million tonnes") or a counted noun ("five trucks").
      const scaleWord = text.slice(numStart + nm[2]!.length, r.end).trim();
      if (r.scale === 1 || !SCALE_ONLY_WORD.test(scaleWord)) {
        if (word === 'a' || word === 'an') continue;
        COUNT_AFTER.lastIndex = numStart + nm[2]!.length;
        if (!COUNT_AFTER.exec(text)) continue;
      }
      first = { ...r, value: WORD_NUMBERS[word]!, year: false };
    }

    let cur = currencyBefore(text, numStart);
    // "COP 29", "CUP 2": a rarer code spaced before a bare small number is more often a name than an amount.
    if (cur && !COMMON_CODES.has(cur.code) && /\s$/.test(text.slice(cur.start, numStart)) && first.scale === 1 && !/[.,]/.test(nm[0])) cur = null;
    let spanStart = cur ? cur.start : numStart;
    const lead = text.slice(Math.max(0, spanStart - 24), spanStart);
    const between = /\bbetween\s*$/i.test(lead);
    const from = /\bfrom\s*$/i.test(lead);

    // A second amount joined by "-", "to" or "and" makes a range ("$2-3 billion", "between $2 and $3 billion").
    let second: NumberRead | null = null;
    let secondStart = -1;
    let pos = first.end;
    RANGE_JOIN.lastIndex = pos;
    const join = RANGE_JOIN.exec(text);
    if (join && (join[1]!.toLowerCase() !== 'and' || between)) {
      let p = pos + join[0].length;
      const joinedAt = p;
      const cur2 = /^(US\$|\$|€|£|₽|₼|₸|₴|₺|₹|¥|USD|EUR|RUB|AZN|GBP|CNY)\s?/u.exec(text.slice(p, p + 5));
      if (cur2) p += cur2[0].length;
      NUMBER_AT.lastIndex = p;
      const n2 = NUMBER_AT.exec(text);
      if (n2) {
        const cand = readScale(text, n2[1]!, p + n2[1]!.length);
        const hiRaw = cand.value * cand.scale;
        const loRaw = first.value * (first.scale !== 1 || cand.value <= first.value ? first.scale : cand.scale);
        // A real range rises by less than two orders of magnitude; "in 2023 – 1.6 million tons" is a year and a dash.
        const plausible = hiRaw > loRaw && hiRaw <= loRaw * 100 && !(first.year && !cur && !cand.year);
        if (plausible) {
          second = cand;
          secondStart = joinedAt;
          pos = second.end;
        }
      }
    }

    let unit = readUnit(text, pos);
    if (!unit && second) {
      // "25,000 to 30,000" without a unit after the second: maybe the first alone had one ("$2 to $3").
      if (!cur) { second = null; pos = first.end; unit = readUnit(text, pos); }
    }
    if (!unit && !cur) continue;
    if (first.year && !cur && first.scale === 1 && (!second || second.year)) {
      // "in 2021 cars were ...", "2019-2020 tonnes" never mean 2021 cars: a year-shaped number after a preposition.
      if (YEAR_PREPOSITION.test(text.slice(Math.max(0, spanStart - 10), spanStart)) || second) continue;
      if (unit?.kind === 'count' && !/\d,\d/.test(nm[0])) continue;
    }

    let endPos = pos;
    let kind: QuantityKind;
    let qUnit: QuantityUnit;
    let factor = 1;
    let rate: string | undefined;
    if (cur) {
      qUnit = cur.code; kind = 'money';
      // "$5 million dollars", "US$ 1.2 billion USD": the repeated currency belongs to the span.
      // A physical unit after "$5" ("$5 per barrel" aside) is not part of this amount and is left alone.
      if (unit?.kind === 'money') endPos = unit.end;
    } else {
      qUnit = unit!.unit; kind = unit!.kind; factor = unit!.factor; rate = unit!.rate; endPos = unit!.end;
    }
    if (!rate) {
      RATE_AFTER.lastIndex = endPos;
      const r = RATE_AFTER.exec(text);
      if (r) { rate = rateFromMatch(r); endPos += r[0].length; }
    }

    const approxMatch = APPROX_BEFORE.exec(text.slice(Math.max(0, spanStart - 20), spanStart));
    const qualifier = approxMatch ? approxMatch[1]!.toLowerCase() : undefined;

    const scaleOf = (n: NumberRead, other: NumberRead | null): number =>
      n.scale !== 1 || !other || other.scale === 1 || n.value >= other.value ? n.scale : other.scale;
    const lo = round(first.value * scaleOf(first, second) * factor);
    if (second) {
      const hi = round(second.value * second.scale * factor);
      if (from && !between) {
        // "from $2 billion to $3 billion" is a change between two amounts, not a range: report both.
        out.push(make(text, spanStart, first.end, lo, qUnit, kind, qualifier, rate));
        out.push(make(text, secondStart, endPos, hi, qUnit, kind, undefined, rate));
      } else {
        const q = make(text, spanStart, endPos, lo, qUnit, kind, qualifier, rate);
        q.range = [lo, hi];
        out.push(q);
      }
    } else {
      out.push(make(text, spanStart, endPos, lo, qUnit, kind, qualifier, rate));
    }
    consumed = endPos;
    NUMBER.lastIndex = endPos;
  }
  return out;
}

function make(text: string, start: number, end: number, value: number, unit: QuantityUnit, kind: QuantityKind,
  qualifier: string | undefined, rate: string | undefined): Quantity {
  const q: Quantity = { start, end, text: text.slice(start, end), value, unit, kind };
  if (qualifier) { q.approx = true; q.qualifier = qualifier; }
  if (rate) q.rate = rate;
  return q;
}

const MULTIPLE_WORDS: Record<string, number> = {
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  fifteen: 15, twenty: 20, thirty: 30, fifty: 50, hundred: 100, 'one and a half': 1.5, 'one-and-a-half': 1.5,
};
const MULTIPLE_VERBS: Record<string, number> = { doubl: 2, tripl: 3, trebl: 3, quadrupl: 4, quintupl: 5, halv: 0.5 };
const MULT_NUM = `\\d+(?:\\.\\d+)?|${Object.keys(MULTIPLE_WORDS).sort((a, b) => b.length - a.length).join('|')}`;
const FOLD = new RegExp(`(?<![\\p{L}\\d.,])(${MULT_NUM})\\s?-?\\s?fold(?![\\p{L}])`, 'giu');
const TIMES = new RegExp(`(?<![\\p{L}\\d.,])(${MULT_NUM})\\s+times(?![\\p{L}])`, 'giu');
const VERB = /(?<![\p{L}])(doubl|tripl|trebl|quadrupl|quintupl|halv)(?:ed|es|ing|e)(?![\p{L}])/giu;
/** "met three times" is a frequency; "grew 3 times", "3 times more" is a multiple. */
const CHANGE_BEFORE = /(?:increas|grow|grew|rise|rose|risen|jump|surg|soar|expand|multipl|decreas|fell|fall|drop|declin|shrank|shrunk|climb|boost|rais|up|by|down|reduc)[\p{L}]*\s+(?:[\p{L}]+\s+){0,3}$/iu;
const COMPARE_AFTER = /^\s+(?:more|higher|larger|greater|bigger|less|lower|fewer|smaller|as\s+(?:much|many|high|large)|over|compared|than)\b/i;

const MULTIPLE_HINT = /fold|times|doubl|tripl|trebl|quadrupl|quintupl|halv/i;

/** Growth multiples ("14.5 times", "quadrupled", "three-fold"): callers use them to reject figures that are ratios. */
export function findMultiples(text: string): Multiple[] {
  if (!MULTIPLE_HINT.test(text)) return [];
  const out: Multiple[] = [];
  const factorOf = (s: string): number => MULTIPLE_WORDS[s.toLowerCase()] ?? Number(s);
  for (const m of text.matchAll(FOLD)) {
    out.push({ start: m.index!, end: m.index! + m[0].length, text: m[0], factor: factorOf(m[1]!) });
  }
  for (const m of text.matchAll(TIMES)) {
    const start = m.index!;
    const end = start + m[0].length;
    const lead = text.slice(Math.max(0, start - 60), start);
    if (!CHANGE_BEFORE.test(lead) && !COMPARE_AFTER.test(text.slice(end, end + 20))) continue;
    out.push({ start, end, text: m[0], factor: factorOf(m[1]!) });
  }
  for (const m of text.matchAll(VERB)) {
    // "double" as an adjective ("double taxation") is not a change; the verb forms are.
    const bare = m[0].toLowerCase() === 'double' || m[0].toLowerCase() === 'triple';
    if (bare && !/\b(?:to|will|would|could|can|should|must|plan to|aim to)\s+$/i.test(text.slice(Math.max(0, m.index! - 12), m.index!))) continue;
    out.push({ start: m.index!, end: m.index! + m[0].length, text: m[0], factor: MULTIPLE_VERBS[m[1]!.toLowerCase()]! });
  }
  return out.sort((a, b) => a.start - b.start);
}
