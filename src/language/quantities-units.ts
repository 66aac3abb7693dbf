// Vocabulary of the quantity reader: currencies, scale words and physical units, as sticky regexes plus lookup tables.

import countries from 'world-countries';

/** An ISO 4217 code ("USD", "MYR"). */
export type CurrencyCode = string;

export type QuantityUnit = CurrencyCode | 't' | 'bbl' | 'm3' | 'pct' | 'count';

export type QuantityKind = 'money' | 'mass' | 'volume' | 'share' | 'count';

// Every state's currencies from maintained data, so that any ISO 4217 code is read ("AUD50 million", "MYR 5bn").
// "ALL" and "TOP" are also English words written in capitals; they are read only after the amount.
const WORLD_CURRENCIES = new Map<string, string>();
for (const c of countries) for (const [code, v] of Object.entries(c.currencies ?? {})) if (/^[A-Z]{3}$/.test(code)) WORLD_CURRENCIES.set(code, v.name);
export const CURRENCY_CODES: readonly CurrencyCode[] = [...WORLD_CURRENCIES.keys()].filter((c) => c !== 'ALL' && c !== 'TOP');

/** Codes that are also read as currencies in their older or local spelling. */
const CODE_ALIASES: Record<string, CurrencyCode> = { RUR: 'RUB', BYR: 'BYN', RMB: 'CNY', TL: 'TRY' };

/** Symbols written before (and occasionally after) the amount. Longest first so "US$" wins over "$". */
const SYMBOLS: Array<[string, CurrencyCode]> = [
  ['US$', 'USD'], ['U.S.$', 'USD'], ['CN¥', 'CNY'], ['A$', 'AUD'], ['C$', 'CAD'], ['NZ$', 'NZD'], ['HK$', 'HKD'],
  ['S$', 'SGD'], ['R$', 'BRL'], ['RM', 'MYR'], ['Rp', 'IDR'], ['$', 'USD'], ['€', 'EUR'], ['£', 'GBP'], ['₽', 'RUB'],
  ['₼', 'AZN'], ['₸', 'KZT'], ['₴', 'UAH'], ['₺', 'TRY'], ['₹', 'INR'], ['¥', 'JPY'], ['Rs.', 'INR'], ['Rs', 'INR'],
];

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Currency names written after the amount. Qualified names come first so that
 * "Belarusian rubles" is BYN rather than RUB; bare words that are also ordinary
 * English ("won", "pounds") are only accepted with a qualifier.
 */
const CURRENCY_WORDS: Array<[string, CurrencyCode]> = [
  ['u\\.?s\\.? dollars?', 'USD'], ['american dollars?', 'USD'], ['dollars?', 'USD'],
  ['euros?', 'EUR'],
  ['pounds? sterling', 'GBP'], ['british pounds?', 'GBP'], ['sterling', 'GBP'],
  ['belarusian (?:rubles?|roubles?)', 'BYN'], ['belarus (?:rubles?|roubles?)', 'BYN'],
  ['russian (?:rubles?|roubles?)', 'RUB'], ['rubles?', 'RUB'], ['roubles?', 'RUB'],
  ['(?:azerbaijani )?manats?', 'AZN'],
  ['(?:chinese )?yuan', 'CNY'], ['renminbi', 'CNY'],
  ['(?:kazakh(?:stani)? )?tenge', 'KZT'],
  ['(?:ukrainian )?(?:hryvnias?|hryvnyas?|hryvni)', 'UAH'],
  ['(?:turkish )?liras?', 'TRY'],
  ['(?:indian )?rupees?', 'INR'],
  ['(?:japanese )?yen', 'JPY'],
  ['swiss francs?', 'CHF'], ['(?:uae |emirati )?dirhams?', 'AED'], ['saudi riyals?', 'SAR'],
  ['uzbek (?:soums?|sums?)', 'UZS'], ['(?:georgian )?laris?', 'GEL'], ['armenian drams?', 'AMD'],
  ['(?:south )?korean won', 'KRW'], ['(?:polish )?zloty(?:s)?', 'PLN'], ['iranian rials?', 'IRR'],
  ['kyrgyz soms?', 'KGS'],
  // Names used alone that only one currency bears.
  ['ringgits?', 'MYR'], ['baht', 'THB'], ['rupiahs?', 'IDR'], ['nairas?', 'NGN'], ['reais', 'BRL'], ['dongs?', 'VND'],
];

// Every state's currency by its full name ("Saudi riyals", "Australian dollars"), from maintained data; looked up
// word by word (a name starts with a capital) rather than as one more alternation tried at every amount.
const fold = (s: string): string => s.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
const WORLD_NAMES = new Map<string, CurrencyCode>();
for (const [code, name] of WORLD_CURRENCIES) WORLD_NAMES.set(fold(name), code);
const NAME_WORDS = /\s?(\p{Lu}[\p{L}-]*(?:\s[\p{L}-]+){1,3})/uy;

/** A currency's full name starting right after the amount ("40 billion Saudi riyals"), with where it ends. */
export function currencyNameAt(text: string, pos: number): { code: CurrencyCode; end: number } | null {
  NAME_WORDS.lastIndex = pos;
  const m = NAME_WORDS.exec(text);
  if (!m) return null;
  const words = m[1].split(/\s/);
  for (let n = words.length; n >= 2; n--) {
    const phrase = fold(words.slice(0, n).join(' '));
    const code = WORLD_NAMES.get(phrase) ?? WORLD_NAMES.get(phrase.replace(/s$/, ''));
    if (code) return { code, end: pos + (m[0].length - m[1].length) + words.slice(0, n).join(' ').length };
  }
  return null;
}


// Any three capitals (checked against the codes by currencyFromCodeOrSymbol): one alternative per code tried at
// every amount would cost more than the whole reader.
const codeAlternation = ['[A-Z]{3}', ...Object.keys(CODE_ALIASES).filter((c) => c.length !== 3)].join('|');

/** A currency code or symbol ending right before the amount ("USD 204", "US$1.2", "€ 500"). */
export const CURRENCY_BEFORE = new RegExp(
  `(?:(?<![\\p{L}\\d])(${codeAlternation})|(?<![\\p{L}])(${SYMBOLS.map(([s]) => escape(s)).join('|')}))\\s?$`, 'u');

/** A currency code, symbol or name starting right after the amount ("million US dollars", "bn roubles", "500 €"). */
export const CURRENCY_AFTER_WORD = new RegExp(`\\s?(${CURRENCY_WORDS.map(([w]) => `(${w})`).join('|')})(?![\\p{L}\\d])`, 'iuy');
export const CURRENCY_AFTER_CODE = new RegExp(`\\s?(${codeAlternation}|€|₽|₼|₸|₴|₺)(?![\\p{L}\\d])`, 'uy');

const CODE_SET = new Set<string>(CURRENCY_CODES);

export function currencyFromCodeOrSymbol(token: string): CurrencyCode | null {
  if (CODE_SET.has(token)) return token;
  if (token in CODE_ALIASES) return CODE_ALIASES[token]!;
  const sym = SYMBOLS.find(([s]) => s === token);
  return sym ? sym[1] : null;
}

/** Which currency a matched CURRENCY_AFTER_WORD alternative stands for: group i+2 is CURRENCY_WORDS[i]. */
export function currencyFromWordMatch(m: RegExpExecArray): CurrencyCode | null {
  for (let i = 0; i < CURRENCY_WORDS.length; i++) if (m[i + 2] !== undefined) return CURRENCY_WORDS[i]![1];
  return null;
}

/** Scale words. The one-letter forms are only taken when glued to the number ("$5m", "500k"). */
export const SCALES: Record<string, number> = {
  thousand: 1e3, thousands: 1e3, k: 1e3, thsd: 1e3,
  million: 1e6, millions: 1e6, mn: 1e6, mln: 1e6, mio: 1e6, m: 1e6,
  billion: 1e9, billions: 1e9, bn: 1e9, bln: 1e9, b: 1e9,
  trillion: 1e12, trillions: 1e12, tn: 1e12, trln: 1e12,
  lakh: 1e5, lakhs: 1e5, crore: 1e7, crores: 1e7,
};
export const SCALE_WORD = /(\s?|-)(thousands?|millions?|billions?|trillions?|lakhs?|crores?|thsd|mln|mn|mio|bln|bn|trln|tn|k|m|b)(?![\p{L}\d])/iuy;

export interface PhysicalUnit { unit: QuantityUnit; kind: QuantityKind; factor: number; rate?: string }

/** Mass, volume and share units after the amount; factors convert to tonnes, barrels, cubic metres. */
const PHYSICAL: Array<[string, PhysicalUnit]> = [
  ['metric tons?|metric tonnes?|tonnes?|tons?', { unit: 't', kind: 'mass', factor: 1 }],
  ['kilotonnes?|kilotons?|kt', { unit: 't', kind: 'mass', factor: 1e3 }],
  ['mmt', { unit: 't', kind: 'mass', factor: 1e6 }],
  ['mt', { unit: 't', kind: 'mass', factor: 1 }],
  ['kilograms?|kilogrammes?|kg', { unit: 't', kind: 'mass', factor: 1e-3 }],
  ['t', { unit: 't', kind: 'mass', factor: 1 }],
  ['barrels? per day|barrels? a day|bpd|b/d', { unit: 'bbl', kind: 'volume', factor: 1, rate: 'day' }],
  ['barrels?|bbls?', { unit: 'bbl', kind: 'volume', factor: 1 }],
  ['MMm3d|MMm3/d|mmcmd|mcm/d', { unit: 'm3', kind: 'volume', factor: 1e6, rate: 'day' }],
  ['MMm3|MMcm', { unit: 'm3', kind: 'volume', factor: 1e6 }],
  ['bcm', { unit: 'm3', kind: 'volume', factor: 1e9 }],
  ['mcm|mmcm', { unit: 'm3', kind: 'volume', factor: 1e6 }],
  ['tcm', { unit: 'm3', kind: 'volume', factor: 1e12 }],
  ['cubic met(?:re|er)s?|cu\\.? ?m|m3|m³', { unit: 'm3', kind: 'volume', factor: 1 }],
  ['%|percent|per cent|pct', { unit: 'pct', kind: 'share', factor: 1 }],
];
export const PHYSICAL_AFTER = new RegExp(
  `(\\s?)(?:${PHYSICAL.map(([w]) => `(${w})`).join('|')})(?![\\p{L}\\d'’])`, 'iuy');

export function physicalFromMatch(m: RegExpExecArray): PhysicalUnit | null {
  for (let i = 0; i < PHYSICAL.length; i++) if (m[i + 2] !== undefined) return PHYSICAL[i]![1];
  return null;
}

/**
 * Counted nouns analysts report as figures. Up to two modifiers may stand between
 * the number and the noun ("500 new MAZ trucks"), but only capitalised names or
 * known adjectives, so "3 plants assembling trucks" is not read as 3 trucks.
 */
const COUNT_NOUNS = 'vehicles|trucks|lorries|tractors|buses|cars|units|jobs|tourists|visitors|students|flights|'
  + 'wagons|railcars|containers|tanks|aircraft|airplanes|planes|helicopters|drones|combines|jets|ships|vessels|warships|'
  + 'corvettes|frigates|submarines|locomotives|'
  + 'heads? of (?:cattle|livestock|sheep)|head of (?:cattle|livestock|sheep)';
const COUNT_MODIFIERS = 'new|more|additional|extra|foreign|passenger|cargo|freight|heavy|agricultural|electric|'
  + 'military|combat|used|direct|regular|charter|weekly|international|modern|armoured|armored|fighter|transport|'
  + 'mining|dump|commercial|domestic|permanent|skilled|tracked|wheeled|light|combat|naval|patrol|multirole|trainer';
export const COUNT_AFTER = new RegExp(
  `\\s(?:(?:${COUNT_MODIFIERS}|\\p{Lu}[\\p{L}\\d-]*)\\s){0,3}(?:${COUNT_NOUNS})(?![\\p{L}\\d])`, 'uy');

/** "a day", "per year", "annually", "/month" after the unit; the value is kept, the rate reported. */
export const RATE_AFTER = /\s?(?:(?:a|per|each|every|\/)\s?(day|week|month|year|annum)|(daily|weekly|monthly|annually|yearly))(?![\p{L}\d])(?!\s+(?:ago|earlier|later|before|after)\b)/iuy;
export function rateFromMatch(m: RegExpExecArray): string {
  const w = (m[1] ?? m[2] ?? '').toLowerCase();
  if (w.startsWith('da')) return 'day';
  if (w.startsWith('week')) return 'week';
  if (w.startsWith('month')) return 'month';
  return 'year';
}

/** Words before an amount that make it approximate or a bound; keys are matched case-insensitively. */
export const APPROX_BEFORE = /(?<![\p{L}])(about|around|over|nearly|more than|almost|some|up to|approximately|roughly|close to|at least|less than|fewer than|in excess of|upwards of|just over|just under|under|above|below|circa|approx\.|an estimated|~)\s?$/iu;

export const WORD_NUMBERS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12,
};
