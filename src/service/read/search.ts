// Full-text search over documents (the stored search index) and the facts read in the matching documents.
import type { Driver } from '../../storage/driver';
import { bestMatchesSql, withIndexScans } from '../../storage/search-rank';
import type { Page, Pair } from './page';
import { countFacts, documentRef, queryFacts, type ApiFact, type DocumentRef } from './facts';

/** Facets count the best-ranked documents only, so a common word stays fast. */
const CANDIDATES = 100;
/** Facts whose evidence matches are looked for in this many of the best documents kept (a sentence-level match). */
const FACT_DOCS = 20;
const SNIPPET_MARK = '[';
const SNIPPET_OPTIONS = `StartSel=${SNIPPET_MARK}, StopSel=], MaxWords=30, MinWords=12`;
/** Characters of a text's opening searched for a snippet before the whole text is: about the lead that ranks it. */
const SNIPPET_OPENING = 800;

export type SearchHit =
  | { kind: 'document'; rank: number; document: DocumentRef; snippet: string }
  | { kind: 'fact'; rank: number; fact: ApiFact };

export interface SearchResult {
  items: SearchHit[];
  next: string | null;
  total: { documents: number; facts: number };
  /** Numbers of matching documents by pair and fact type they hold, and by year of publication. */
  facets: { pair: Record<string, number>; type: Record<string, number>; year: Record<string, number> };
}

export interface SearchFilter { q: string; pair?: Pair; type?: string; year?: string }

interface Candidate { version_id: number; id: number; name: string; title: string | null; date: string | null; source: string; rank: number }

const add = (m: Record<string, number>, k: string): void => { m[k] = (m[k] ?? 0) + 1; };

export async function search(driver: Driver, filter: SearchFilter, page: Page): Promise<SearchResult> {
  // The best matches (storage/search-rank.ts), joined to their documents, in the order of how often and how close
  // the words stand in the full text.
  const candidates = await withIndexScans<Candidate>(driver,
    `SELECT best.version_id, d.id, d.name, v.title, v.date, d.source, ts_rank_cd(best.search, best.q) AS rank
     FROM (${bestMatchesSql(CANDIDATES)}) AS best
     JOIN document_versions v ON v.id = best.version_id
     JOIN documents d ON d.id = best.document_id
     ORDER BY rank DESC, best.version_id DESC`, [filter.q]);
  // Which pairs and fact types each document holds: one grouped read on the facts' version index.
  const held = candidates.length ? await driver.query<{ version_id: number; pair: string | null; type: string }>(
    `SELECT f.version_id, CASE WHEN f.country_a IS NOT NULL AND f.country_b IS NOT NULL AND f.country_a <> f.country_b
       THEN least(f.country_a, f.country_b) || '-' || greatest(f.country_a, f.country_b) END AS pair, f.type
     FROM facts f WHERE f.version_id = ANY($1::integer[]) GROUP BY 1, 2, 3`, [candidates.map((c) => c.version_id)]) : [];
  const pairsOf = new Map<number, Set<string>>();
  const typesOf = new Map<number, Set<string>>();
  for (const h of held) {
    if (h.pair) pairsOf.set(h.version_id, (pairsOf.get(h.version_id) ?? new Set()).add(h.pair));
    typesOf.set(h.version_id, (typesOf.get(h.version_id) ?? new Set()).add(h.type));
  }
  const yearOf = (date: string | null | undefined) => date?.slice(0, 4) ?? null;
  const kept = candidates.filter((c) => (!filter.year || yearOf(c.date) === filter.year)
    && (!filter.pair || pairsOf.get(c.version_id)?.has(filter.pair.key))
    && (!filter.type || typesOf.get(c.version_id)?.has(filter.type)));

  const facets: SearchResult['facets'] = { pair: {}, type: {}, year: {} };
  for (const c of kept) {
    for (const pair of pairsOf.get(c.version_id) ?? []) add(facets.pair, pair);
    for (const type of typesOf.get(c.version_id) ?? []) add(facets.type, type);
    const year = yearOf(c.date);
    if (year) add(facets.year, year);
  }

  const best = kept.slice(0, FACT_DOCS);
  const rankOf = new Map(best.map((c) => [c.id, c.rank]));
  // The evidence of those documents' facts is read through its version index first, on its own: as a condition of
  // the facts query the planner ran the text match over every evidence row of the store. Each quote's vector is
  // stored (migration 008), so no quote is parsed here.
  const matching = best.length ? await driver.query<{ fact_id: number }>(
    `SELECT DISTINCT ev.fact_id FROM evidence ev
     WHERE ev.version_id = ANY($1::integer[]) AND ev.quote_search @@ websearch_to_tsquery('english', $2::text)`,
    [best.map((c) => c.version_id), filter.q]) : [];
  const factFilter = { pair: filter.pair, types: filter.type ? [filter.type] : undefined, ids: matching.map((m) => m.fact_id) };
  // Fact hits come after every document hit: a page that ends among the documents (the first pages of a common word)
  // only needs how many there are, which a count tells without reading the facts, their documents and evidence.
  const factsShown = page.offset + page.limit > kept.length;
  const facts = matching.length && factsShown
    ? (await queryFacts(driver, { order: 'document', ...factFilter }))
      .sort((x, y) => (rankOf.get(y.document.id) ?? 0) - (rankOf.get(x.document.id) ?? 0)) : [];
  const factTotal = !matching.length ? 0 : factsShown ? facts.length
    : Object.values(await countFacts(driver, factFilter)).reduce((n, k) => n + k, 0);

  const hits: SearchHit[] = [
    ...kept.map((c): SearchHit => ({ kind: 'document', rank: c.rank, document: documentRef(c), snippet: '' })),
    ...facts.map((f): SearchHit => ({ kind: 'fact', rank: rankOf.get(f.document.id) ?? 0, fact: f })),
  ];
  const items = hits.slice(page.offset, page.offset + page.limit);
  // Snippets only for the documents shown: ts_headline re-parses the text it is given, so it first gets the opening
  // of each text, where a common word usually is, and the whole text only where the opening holds no match.
  const shown = items.filter((h): h is Extract<SearchHit, { kind: 'document' }> => h.kind === 'document');
  const snippetsOf = async (ids: number[], chars: number | null) => new Map((await driver.query<{ id: number; snippet: string }>(
    `SELECT d.id, ts_headline('english', ${chars ? `left(v.text, ${chars})` : 'v.text'},
       websearch_to_tsquery('english', $1::text), $3::text) AS snippet
     FROM documents d JOIN document_versions v ON v.document_id = d.id AND v.is_latest WHERE d.id = ANY($2::integer[])`,
    [filter.q, ids, SNIPPET_OPTIONS])).map((x) => [x.id, x.snippet]));
  if (shown.length) {
    const opening = await snippetsOf(shown.map((h) => h.document.id), SNIPPET_OPENING);
    const unmarked = shown.filter((h) => !opening.get(h.document.id)?.includes(SNIPPET_MARK)).map((h) => h.document.id);
    const whole = unmarked.length ? await snippetsOf(unmarked, null) : new Map<number, string>();
    for (const h of shown) h.snippet = whole.get(h.document.id) ?? opening.get(h.document.id) ?? '';
  }
  return {
    items, next: kept.length + factTotal > page.offset + page.limit ? String(page.offset + page.limit) : null,
    total: { documents: kept.length, facts: factTotal }, facets,
  };
}
