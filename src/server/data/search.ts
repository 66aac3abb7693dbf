// Full-text search over documents (the stored search index) and the facts read in the matching documents.
import type { Driver } from '../../storage/driver';
import type { Page, Pair } from '../core/params';
import { documentRef, queryFacts, type ApiFact, type DocumentRef } from './facts';

/** Facets and fact hits are taken from the best-ranked documents only, so a common word stays fast. */
const CANDIDATES = 200;
const SNIPPET_OPTIONS = 'StartSel=[, StopSel=], MaxWords=30, MinWords=12';

export type SearchHit =
  | { kind: 'document'; rank: number; document: DocumentRef; snippet: string }
  | { kind: 'fact'; rank: number; fact: ApiFact };

export interface SearchResult {
  items: SearchHit[];
  next: string | null;
  total: { documents: number; facts: number };
  facets: { pair: Record<string, number>; type: Record<string, number>; year: Record<string, number> };
}

export interface SearchFilter { q: string; pair?: Pair; type?: string; year?: string }

interface Candidate { version_id: number; id: number; name: string; title: string | null; date: string | null; source: string; rank: number }

const count = (m: Record<string, number>, k: string | null | undefined): void => {
  if (k) m[k] = (m[k] ?? 0) + 1;
};

export async function search(driver: Driver, filter: SearchFilter, page: Page): Promise<SearchResult> {
  const candidates = await driver.query<Candidate>(
    `SELECT v.id AS version_id, d.id, d.name, v.title, v.date, d.source, ts_rank_cd(v.search, q) AS rank
     FROM document_versions v JOIN documents d ON d.id = v.document_id, websearch_to_tsquery('english', $1::text) AS q
     WHERE v.is_latest AND v.search @@ q
     ORDER BY rank DESC, v.id DESC LIMIT ${CANDIDATES}`, [filter.q]);
  const rankOf = new Map(candidates.map((c) => [c.id, c.rank]));
  const facts = candidates.length ? await queryFacts(driver, {
    order: 'document',
    where: { sql: `v.id = ANY($1::integer[]) AND EXISTS (SELECT 1 FROM evidence ev WHERE ev.fact_id = f.id
        AND to_tsvector('english', ev.quote) @@ websearch_to_tsquery('english', $2::text))`,
      params: [candidates.map((c) => c.version_id), filter.q] },
  }) : [];

  const yearOf = (date: string | null | undefined) => date?.slice(0, 4) ?? null;
  const factYear = (f: ApiFact) => yearOf(f.date) ?? yearOf(f.document.date);
  const factsKept = facts.filter((f) => (!filter.pair || f.pair === filter.pair.key)
    && (!filter.type || f.type === filter.type) && (!filter.year || factYear(f) === filter.year));
  // A document is kept when its date and (for pair and type) one of its facts fit the filters.
  const docsWithFacts = new Set(factsKept.map((f) => f.document.id));
  const docsKept = candidates.filter((c) => (!filter.year || yearOf(c.date) === filter.year)
    && (!filter.pair && !filter.type ? true : docsWithFacts.has(c.id)));

  const facets: SearchResult['facets'] = { pair: {}, type: {}, year: {} };
  for (const f of factsKept) {
    count(facets.pair, f.pair);
    count(facets.type, f.type);
  }
  for (const d of docsKept) count(facets.year, yearOf(d.date));

  const hits: SearchHit[] = [
    ...docsKept.map((c): SearchHit => ({ kind: 'document', rank: c.rank, document: documentRef(c), snippet: '' })),
    ...factsKept.map((f): SearchHit => ({ kind: 'fact', rank: rankOf.get(f.document.id) ?? 0, fact: f })),
  ];
  const items = hits.slice(page.offset, page.offset + page.limit);
  // Snippets only for the documents shown: ts_headline re-parses the whole text.
  const shown = items.filter((h): h is Extract<SearchHit, { kind: 'document' }> => h.kind === 'document');
  if (shown.length) {
    const snippets = await driver.query<{ id: number; snippet: string }>(
      `SELECT d.id, ts_headline('english', v.text, websearch_to_tsquery('english', $1::text), $3::text) AS snippet
       FROM documents d JOIN document_versions v ON v.document_id = d.id AND v.is_latest WHERE d.id = ANY($2::integer[])`,
      [filter.q, shown.map((h) => h.document.id), SNIPPET_OPTIONS]);
    const byId = new Map(snippets.map((s) => [s.id, s.snippet]));
    for (const h of shown) h.snippet = byId.get(h.document.id) ?? '';
  }
  return {
    items, next: hits.length > page.offset + page.limit ? String(page.offset + page.limit) : null,
    total: { documents: docsKept.length, facts: factsKept.length }, facets,
  };
}
