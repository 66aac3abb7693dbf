// The documents a full-text query matches, best first: the one ranking that `dyad search` and the API's search share.
import type { Driver } from './driver';

/** A tsquery's "followed by" operators as text: <-> and <N> (words N apart). */
const PHRASE_OPERATOR = String.raw`'<(?:-|[0-9]+)>'`;

/**
 * SQL of the `kept` best matches of the websearch query in `$1`, as rows (version_id, document_id, search, q), in no
 * particular order: the caller ranks them with `ts_rank_cd(search, q)`, which decides the order shown.
 *
 * Every match is ranked first on its lead vector (title and first 100 words, migration 008), a tenth of its full
 * vector: what an article is about is in its title and opening, and reading the full vectors of the 9,848 documents
 * that say "trade" was most of a search. A phrase ("joint commission") is one thing the index cannot answer alone: it
 * finds the documents holding all the words (the loose query), and the phrase is checked on the full vectors in rank
 * order, only until enough are kept (the inner LIMIT keeps that check out of the scan, where it would read every
 * vector; it is the number kept, known as the statement starts, so that words alone are sorted for the best only).
 * Run it through `withIndexScans`: the full vectors live out of line, so a scan looks cheap to the planner while it
 * would fetch and match every vector.
 */
export function bestMatchesSql(kept: number): string {
  const n = Math.max(1, Math.floor(kept));
  return `SELECT ranked.version_id, ranked.document_id, ranked.search, ranked.q
    FROM (SELECT s.version_id, s.document_id, s.search, m.q, m.phrase
          FROM (SELECT q, l.loose, l.loose::text <> q::text AS phrase
                FROM websearch_to_tsquery('english', $1::text) AS q,
                     LATERAL (SELECT regexp_replace(q::text, ${PHRASE_OPERATOR}, '&', 'g')::tsquery AS loose) AS l) AS m,
               document_search s
          WHERE s.search @@ m.loose
          ORDER BY ts_rank(s.lead, m.loose) DESC, s.version_id DESC
          LIMIT (SELECT CASE WHEN websearch_to_tsquery('english', $1::text)::text ~ ${PHRASE_OPERATOR}
                             THEN NULL ELSE ${n} END)) AS ranked
    WHERE NOT ranked.phrase OR ranked.search @@ ranked.q LIMIT ${n}`;
}

/** Runs a search statement with sequential scans priced out, in a transaction of its own (see bestMatchesSql). */
export function withIndexScans<T>(driver: Driver, sql: string, params: unknown[]): Promise<T[]> {
  return driver.transaction(async (tx) => {
    await tx.exec('SET LOCAL enable_seqscan = off');
    return tx.query<T>(sql, params);
  });
}
