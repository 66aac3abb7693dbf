// Stored facts as the API shows them, read in SQL with filters and paging, each with its document and evidence.
import type { FactBody, FactType } from '../../shared/kinds/index';
import type { Driver } from '../../storage/driver';
import type { Page, RowFilter } from './page';
import { factCurations, type FactCurations } from './curated';

export interface DocumentRef { id: number; name: string; title: string | null; date: string | null; source: string; url: string | null }
export interface EvidenceSpan { sentence: number; start: number; end: number; quote: string }

export interface ApiFact {
  id: number;
  type: FactType;
  /** The fact as its kind's descriptor (src/shared/kinds) shapes it. */
  body: FactBody;
  pair: string | null;
  date: string | null;
  confidence: number;
  curation: 'unreviewed' | 'confirmed' | 'rejected' | 'edited';
  document: DocumentRef;
  evidence: EvidenceSpan;
}

export interface FactFilter extends RowFilter {
  /** Facts a curator rejected are left out unless asked for. */
  includeRejected?: boolean;
  /** The decisions in force, when the caller has them already. */
  curations?: FactCurations;
  /** 'date' (oldest first, undated last), 'date_desc' or 'document' (document then text order). */
  order?: 'date' | 'date_desc' | 'document';
}

interface FactRow {
  id: number; type: FactType; body: FactBody; country_a: string | null; country_b: string | null;
  date_or_period: string | null; confidence: number;
  doc_id: number; doc_name: string; doc_title: string | null; doc_date: string | null; doc_source: string;
  sentence_index: number; char_start: number; char_end: number; quote: string;
}

export function documentRef(r: { id: number; name: string; title: string | null; date: string | null; source: string }): DocumentRef {
  return { id: r.id, name: r.name, title: r.title, date: r.date, source: r.source,
    url: /^https?:\/\//i.test(r.source) ? r.source : null };
}

function toFact(r: FactRow, curations: FactCurations): ApiFact {
  const pair = r.country_a && r.country_b ? [r.country_a, r.country_b].sort().join('-') : null;
  const decided = curations.byId.get(r.id);
  // An edited fact reads as edited; its pair and date columns stay those it was stored with.
  const body = decided?.body ?? r.body;
  return {
    id: r.id, type: r.type, body: { ...body, type: r.type } as FactBody, pair, date: r.date_or_period,
    confidence: r.confidence, curation: decided?.curation ?? 'unreviewed',
    document: documentRef({ id: r.doc_id, name: r.doc_name, title: r.doc_title, date: r.doc_date, source: r.doc_source }),
    evidence: { sentence: r.sentence_index, start: r.char_start, end: r.char_end, quote: r.quote },
  };
}

/** The start of a fact's date or period ("2020-01/2020-04" starts at "2020-01"). */
const FACT_DATE = `split_part(f.date_or_period, '/', 1)`;
/** Its end ("2020-01/2020-04" ends at "2020-04"; a single date ends where it starts). */
const FACT_DATE_END = `coalesce(nullif(split_part(f.date_or_period, '/', 2), ''), split_part(f.date_or_period, '/', 1))`;

/** WHERE conditions and parameters for a filter; the placeholders continue after `offset` existing ones. */
export function factConditions(filter: FactFilter, offset = 0): { sql: string; params: unknown[] } {
  const conds: string[] = [];
  const params: unknown[] = [];
  const p = (v: unknown): string => { params.push(v); return `$${offset + params.length}`; };
  if (filter.pair) {
    const [a, b] = [p(filter.pair.a), p(filter.pair.b)];
    conds.push(`((f.country_a = ${a} AND f.country_b = ${b}) OR (f.country_a = ${b} AND f.country_b = ${a}))`);
  }
  if (filter.types?.length) conds.push(`f.type = ANY(${p([...filter.types])}::text[])`);
  if (filter.from) conds.push(`${FACT_DATE_END} >= left(${p(filter.from)}::text, length(${FACT_DATE_END}))`);
  if (filter.to) conds.push(`${FACT_DATE} <= left(${p(filter.to)}::text, length(${FACT_DATE}))`);
  if (filter.doc !== undefined) {
    const id = /^\d{1,9}$/.test(filter.doc) ? Number(filter.doc) : null;
    conds.push(`d.id = (SELECT id FROM documents WHERE id = ${p(id)}::integer OR name = ${p(filter.doc)}::text
      ORDER BY (id = ${p(id)}::integer) IS TRUE DESC LIMIT 1)`);
  }
  if (filter.source !== undefined) conds.push(`d.source = ${p(filter.source)}::text`);
  if (filter.ids) conds.push(`f.id = ANY(${p(filter.ids)}::integer[])`);
  if (!filter.includeRejected && filter.curations?.rejectedIds.length) {
    conds.push(`NOT (f.id = ANY(${p(filter.curations.rejectedIds)}::integer[]))`);
  }
  if (filter.where) {
    let sql = filter.where.sql;
    // Renumber the extra condition's own $1, $2... after ours (highest first so $1 does not eat $10).
    const n = filter.where.params.length;
    for (let i = n; i >= 1; i--) sql = sql.replaceAll(`$${i}`, `$__${offset + params.length + i}`);
    params.push(...filter.where.params);
    conds.push(sql.replaceAll('$__', '$'));
  }
  return { sql: conds.length ? conds.join(' AND ') : 'true', params };
}

const ORDER: Record<NonNullable<FactFilter['order']>, string> = {
  date: `${FACT_DATE} ASC NULLS LAST, f.id`,
  date_desc: `${FACT_DATE} DESC NULLS LAST, f.id DESC`,
  document: 'd.id, e.char_start, f.id',
};

/**
 * The first evidence of fact f. Ordered by `id + 0`, not `id`: ordered by the bare primary key, a planner without
 * statistics (an embedded store is never analysed on its own) walks the whole evidence primary key looking for the
 * fact's row (seconds per page at 2,000 documents) instead of reading the fact's one or two rows through
 * evidence_fact and sorting them.
 */
export const FIRST_EVIDENCE = `SELECT sentence_index, char_start, char_end, quote FROM evidence
  WHERE evidence.fact_id = f.id ORDER BY evidence.id + 0 LIMIT 1`;

export const FACT_FROM = `facts f
  JOIN document_versions v ON v.id = f.version_id AND v.is_latest
  JOIN documents d ON d.id = v.document_id`;

/** One page of facts (one row more than the page, for `next`), or all of them without a page. */
export async function queryFacts(driver: Driver, filter: FactFilter, page?: Page): Promise<ApiFact[]> {
  const curations = filter.curations ?? await factCurations(driver, filter.ids);
  const where = factConditions({ ...filter, curations });
  const params = [...where.params];
  let limit = '';
  if (page) {
    params.push(page.limit + 1, page.offset);
    limit = `LIMIT $${params.length - 1} OFFSET $${params.length}`;
  }
  const rows = await driver.query<FactRow>(
    `SELECT f.id, f.type, f.body, f.country_a, f.country_b, f.date_or_period, f.confidence,
            d.id AS doc_id, d.name AS doc_name, v.title AS doc_title, v.date AS doc_date, d.source AS doc_source,
            e.sentence_index, e.char_start, e.char_end, e.quote
     FROM ${FACT_FROM}
     JOIN LATERAL (${FIRST_EVIDENCE}) AS e ON true
     WHERE ${where.sql}
     ORDER BY ${ORDER[filter.order ?? 'date']}
     ${limit}`, params);
  return rows.map((r) => toFact(r, curations));
}

/** How many facts of each type match. */
export async function countFacts(driver: Driver, filter: FactFilter): Promise<Record<string, number>> {
  const where = factConditions({ ...filter, curations: filter.curations ?? await factCurations(driver) });
  const rows = await driver.query<{ type: string; n: number }>(
    `SELECT f.type, count(*)::integer AS n FROM ${FACT_FROM} WHERE ${where.sql} GROUP BY f.type`, where.params);
  return Object.fromEntries(rows.map((r) => [r.type, r.n]));
}
