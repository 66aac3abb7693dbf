// The query and path parameters every feature shares: a country pair, pagination, dates, a fact type.
import countries from 'world-countries';
import { z } from '@hono/zod-openapi';
import { FACT_TYPES } from '../../shared/types';
import { EVENT_TYPES, type Page, type Pair } from '../../service/read/page';

export { EVENT_TYPES, type Page, type Pair };

const KNOWN_CODES = new Set(countries.map((c) => c.cca3));

/** "blr-aze" or "AZE-BLR" → {a: 'AZE', b: 'BLR', key: 'AZE-BLR'}; null when it is not two known ISO alpha-3 codes. */
export function parsePair(text: string): Pair | null {
  const m = /^([A-Za-z]{3})-([A-Za-z]{3})$/.exec(text.trim());
  if (!m) return null;
  const [a, b] = [m[1].toUpperCase(), m[2].toUpperCase()].sort();
  if (a === b || !KNOWN_CODES.has(a) || !KNOWN_CODES.has(b)) return null;
  return { a, b, key: `${a}-${b}` };
}

export const PAIR_HELP = 'two ISO 3166-1 alpha-3 codes joined by "-", e.g. AZE-BLR (sorted; either order is accepted)';

export const pairSchema = z.string()
  .refine((s) => parsePair(s) !== null, { message: `must be ${PAIR_HELP}` })
  .transform((s) => parsePair(s)!)
  .openapi({ type: 'string', example: 'AZE-BLR', description: PAIR_HELP });

/** A date as precise as known: "2021", "2021-03" or "2021-03-04". */
export const partialDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD')
  .openapi({ example: '2021-03' });

export const factType = z.enum(FACT_TYPES).openapi({ description: 'fact type' });

export const eventType = z.enum(EVENT_TYPES);

export const MAX_LIMIT = 500;

/** `limit` and the opaque `cursor` of every list (the cursor is the `next` of the previous page). */
export const pageQuery = {
  limit: z.coerce.number().int().min(1).max(MAX_LIMIT).default(50)
    .openapi({ type: 'integer', description: `items per page, 1 to ${MAX_LIMIT} (default 50)`, example: 50 }),
  cursor: z.string().regex(/^\d{1,9}$/, 'must be the `next` value of a previous page').optional()
    .openapi({ description: 'the `next` value of the previous page' }),
};

/** Marks (of a timeline or a chart) are small: a page of them holds a busy pair's every event or figure. */
export const MAX_MARKS = 5000;

/** The page query of a list of marks: as `pageQuery`, with pages up to MAX_MARKS. */
export const marksPageQuery = {
  ...pageQuery,
  limit: z.coerce.number().int().min(1).max(MAX_MARKS).default(1000)
    .openapi({ type: 'integer', description: `marks per page, 1 to ${MAX_MARKS} (default 1000)` }),
};

export function pageOf(q: { limit: number; cursor?: string }): Page {
  return { limit: q.limit, offset: q.cursor ? Number(q.cursor) : 0 };
}

/** Builds {items, next} from one more row than asked for, so a full last page has no `next`. */
export function pageResult<T>(rows: T[], page: Page): { items: T[]; next: string | null } {
  const more = rows.length > page.limit;
  return { items: more ? rows.slice(0, page.limit) : rows, next: more ? String(page.offset + page.limit) : null };
}

/** "true"/"false" in a query string. */
export const booleanQuery = z.enum(['true', 'false']).transform((s) => s === 'true');
