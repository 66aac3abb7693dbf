// What every fact kind shares: the code lists, the primitive schemas (country, date, period) and the descriptor shape.
import { z } from 'zod';

export const FACT_TYPES = ['person', 'visit', 'call', 'meeting', 'agreement', 'figure', 'project'] as const;
export type FactType = (typeof FACT_TYPES)[number];

export const ROLES = ['head_of_state', 'head_of_government', 'foreign_minister', 'minister', 'official',
  'diplomat', 'business', 'expert', 'other'] as const;
export type Role = (typeof ROLES)[number];

export const TOPICS = ['trade', 'investment', 'energy', 'industry', 'agriculture', 'transport', 'it', 'science',
  'education', 'culture', 'sport', 'health', 'tourism', 'defense', 'security', 'finance', 'regional',
  'political', 'economic', 'other'] as const;
export type Topic = (typeof TOPICS)[number];

export const SECTORS = ['automotive', 'machinery', 'agriculture', 'food', 'energy', 'oil_gas', 'chemicals',
  'pharma', 'construction', 'transport', 'it', 'textiles', 'metals', 'finance', 'other'] as const;
export type Sector = (typeof SECTORS)[number];

export const METRICS = ['trade_turnover', 'exports', 'shipment', 'investment', 'arms_sales', 'other'] as const;
export type Metric = (typeof METRICS)[number];

/** The units dyad's extractors produce; Facts v1 also allows any ISO 4217 code, so a unit is any string. */
export const UNITS = ['USD', 'EUR', 'RUB', 'AZN', 't', 'bbl', 'm3', 'pct', 'count'] as const;
export type Unit = (typeof UNITS)[number] | string;

export const AGREEMENT_STATUSES = ['signed', 'in_force', 'planned'] as const;
export type AgreementStatus = (typeof AGREEMENT_STATUSES)[number];
export const PROJECT_STATUSES = ['proposed', 'agreed', 'under_construction', 'operating'] as const;
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];
export const MODALITIES = ['actual', 'target'] as const;
export type Modality = (typeof MODALITIES)[number];

/** ISO 3166-1 alpha-3 code, e.g. "AZE". */
export type Country = string;
/** ISO 8601 at the precision the text supports: "2016", "2016-11", "2016-11-28". */
export type PartialDate = string;

const YEAR = String.raw`\d{4}`;
const MONTH = String.raw`(?:0[1-9]|1[0-2])`;
const DAY = String.raw`(?:0[1-9]|[12]\d|3[01])`;
const PARTIAL_DATE = `${YEAR}(?:-${MONTH}(?:-${DAY})?)?`;

export const countrySchema = z.string().regex(/^[A-Z]{3}$/, 'a country is an ISO 3166-1 alpha-3 code like "KEN"');
export const partialDateSchema = z.string().regex(new RegExp(`^${PARTIAL_DATE}$`),
  'a date is ISO 8601 at any precision: "2016", "2016-11" or "2016-11-28"');
/** A figure's period: one partial date ("2018") or a range of two ("2020-01/2020-04"). */
export const periodSchema = z.string().regex(new RegExp(`^${PARTIAL_DATE}(?:/${PARTIAL_DATE})?$`),
  'a period is a date ("2018") or a range of two ("2020-01/2020-04")');
/** Two or more states, as calls, meetings, agreements and projects list them. */
export const partiesSchema = z.array(countrySchema).min(2);

/** Everything one kind of fact needs to be read, stored, compared and printed, in one place. */
export interface KindDescriptor<T extends { type: FactType }> {
  readonly type: T['type'];
  /** The fact body (Facts v1 fields plus dyad's own optional ones); parsing drops unknown keys. */
  readonly schema: z.ZodType<T>;
  /** The body fields Facts v1 defines for this kind, in the order they are printed. */
  readonly factsV1Fields: readonly string[];
  /**
   * The two states in the stored columns: visitor/host and from/to where the direction matters, else the
   * alphabetically first two parties; a person's country alone.
   */
  parties(fact: T): { a: Country | null; b: Country | null };
  /** Every state the fact names (the entities it mentions). */
  countries(fact: T): (Country | null)[];
  /** Its date, or a figure's period; null when the text fixes none. */
  when(fact: T): string | null;
  /** Equal for two facts that state the same thing (the fields Facts v1 matches on), whatever the document. */
  key(fact: T): string;
  /** The main fields in one line, e.g. "AZE → BLR  2016-11-28  Minsk". */
  describe(fact: T): string;
}

/** Lower case, accents and punctuation dropped, spaces collapsed: "José  Núñez-Ruiz" and "jose nunez ruiz" meet. */
export function foldName(name: string): string {
  return name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** A set of parties in one order whatever order the text named them in. */
export function partySet(parties: readonly Country[]): string {
  return [...new Set(parties)].sort().join('+');
}

/** The first two parties in alphabetical order, for the stored pair columns. */
export function sortedPair(parties: readonly Country[]): { a: Country | null; b: Country | null } {
  const [a = null, b = null] = [...parties].sort();
  return { a, b };
}

export const orNone = (value: string | null | undefined): string => value ?? '-';
export const partyList = (list: readonly string[]): string => list.join('–');

/** 450000000 → "450 million"; small and odd numbers are printed with digit grouping. */
export function formatAmount(value: number): string {
  const scales: [number, string][] = [[1e12, 'trillion'], [1e9, 'billion'], [1e6, 'million']];
  for (const [scale, word] of scales) {
    if (Math.abs(value) >= scale) return `${Number((value / scale).toFixed(3))} ${word}`;
  }
  return value.toLocaleString('en-US');
}

/** Where a fact was read: both the character span and the quoted text, so it survives re-cleaning. */
export const evidenceSchema = z.object({
  sentence: z.number().int().min(0),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  quote: z.string(),
});
export type Evidence = z.infer<typeof evidenceSchema>;
