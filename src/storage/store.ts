// Every query of the store, written once in the SQL both PGlite and PostgreSQL understand.
import { DyadError } from '../shared/errors';
import { factColumns } from '../shared/kinds/index';
import type { CleanDocument, Fact, FactBody, Sentence } from '../shared/types';
import type { Driver } from './driver';
import { countryAliases, entitiesOf, mentionSpan } from './entities';
import { feedMemory } from './feeds';
import type { SaveOutcome, SearchHit, Store, StoredDocument, StoredFact } from './types';

const SNIPPET_OPTIONS = 'StartSel=[, StopSel=], MaxWords=30, MinWords=12';
const MAX_INT = 2147483647;

/** Columns of a document joined with one of its versions, as StoredDocument needs them. */
const DOCUMENT_COLUMNS = `d.id, d.name, d.source, v.title, v.language, v.date, v.date_source, v.hash, v.size,
  v.version, v.ingested_at`;

interface DocumentRow {
  id: number; name: string; source: string; title: string | null; language: string; date: string | null;
  date_source: string | null; hash: string; size: number; version: number; ingested_at: Date | string;
}

function toDocument(r: DocumentRow): StoredDocument {
  return {
    id: r.id, name: r.name, source: r.source, title: r.title, language: r.language, date: r.date,
    dateSource: r.date_source, hash: r.hash, size: r.size, version: r.version,
    ingestedAt: new Date(r.ingested_at).toISOString(),
  };
}

/** A reference typed by a user is a document id when it is all digits (and fits), else a name. */
function asId(ref: string): number | null {
  if (!/^\d+$/.test(ref)) return null;
  const n = Number(ref);
  return n <= MAX_INT ? n : null;
}

/** A name not yet used by another source: `name`, else `name-2`, `name-3`... */
function freeName(base: string, taken: Set<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

function checkSpans(doc: CleanDocument, sentences: Sentence[], facts: Fact[]): void {
  const bad = (what: string) =>
    new DyadError('storage', `cannot save ${doc.source}: ${what} lies outside the document text`, { input: doc.source });
  const inText = (s: { start: number; end: number }) =>
    Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.start <= s.end && s.end <= doc.text.length;
  for (const s of sentences) if (!inText(s)) throw bad(`sentence ${s.index}`);
  for (const f of facts) if (!inText(f.evidence)) throw bad(`the evidence of a ${f.type} fact`);
}

export function createStore(driver: Driver): Store {
  /** Finds or creates the logical document for `doc.source`, holding its row lock until the transaction ends. */
  async function documentFor(tx: Driver, doc: CleanDocument): Promise<{ id: number; created: boolean }> {
    for (let attempt = 0; attempt < 10; attempt++) {
      const [found] = await tx.query<{ id: number }>('SELECT id FROM documents WHERE source = $1 FOR UPDATE',
        [doc.source]);
      if (found) return { id: found.id, created: false };
      const taken = await tx.query<{ name: string }>(
        'SELECT name FROM documents WHERE left(name, length($1::text)) = $1::text', [doc.name]);
      const name = freeName(doc.name, new Set(taken.map((r) => r.name)));
      // DO NOTHING: another process may take this source or name meanwhile; then look again.
      const [created] = await tx.query<{ id: number }>(
        'INSERT INTO documents (name, source) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING id',
        [name, doc.source]);
      if (created) return { id: created.id, created: true };
    }
    throw new DyadError('storage', `cannot find a free name for ${doc.source}`, { input: doc.source });
  }

  async function versionById(tx: Driver, versionId: number): Promise<StoredDocument> {
    const [row] = await tx.query<DocumentRow>(
      `SELECT ${DOCUMENT_COLUMNS} FROM document_versions v JOIN documents d ON d.id = v.document_id WHERE v.id = $1`,
      [versionId]);
    return toDocument(row);
  }

  async function saveFacts(tx: Driver, versionId: number, doc: CleanDocument, facts: Fact[]): Promise<void> {
    for (const fact of facts) {
      const { confidence, evidence, ...body } = fact;
      const { a, b, when } = factColumns(body as FactBody);
      await tx.query(
        `WITH f AS (
           INSERT INTO facts (version_id, type, country_a, country_b, date_or_period, body, confidence)
           VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7) RETURNING id)
         INSERT INTO evidence (fact_id, version_id, sentence_index, char_start, char_end, quote)
         SELECT f.id, $1::integer, $8::integer, $9::integer, $10::integer, $11::text FROM f`,
        [versionId, fact.type, a, b, when, JSON.stringify(body), confidence,
          evidence.sentence, evidence.start, evidence.end, evidence.quote]);
    }

    const entityIds = new Map<string, number>();
    const mentions: { e: number; i: number; s: number; x: number }[] = [];
    for (const fact of facts) {
      for (const ref of entitiesOf(fact)) {
        const cacheKey = `${ref.kind}\u0000${ref.key}`;
        let id = entityIds.get(cacheKey);
        if (id === undefined) {
          // DO UPDATE rather than DO NOTHING so RETURNING gives the id of an entity that already exists.
          const [row] = await tx.query<{ id: number }>(
            `INSERT INTO entities (kind, key, name, country) VALUES ($1, $2, $3, $4)
             ON CONFLICT (kind, key) DO UPDATE SET key = excluded.key RETURNING id`,
            [ref.kind, ref.key, ref.name, ref.country]);
          id = row.id;
          entityIds.set(cacheKey, id);
          const aliases = ref.kind === 'country' ? countryAliases(ref.key) : [ref.alias];
          for (const alias of aliases) {
            await tx.query('INSERT INTO entity_aliases (entity_id, alias) VALUES ($1, $2) ON CONFLICT DO NOTHING',
              [id, alias]);
          }
        } else if (ref.kind === 'person') {
          await tx.query('INSERT INTO entity_aliases (entity_id, alias) VALUES ($1, $2) ON CONFLICT DO NOTHING',
            [id, ref.alias]);
        }
        const span = mentionSpan(doc.text, fact, ref);
        mentions.push({ e: id, i: fact.evidence.sentence, s: span.start, x: span.end });
      }
    }
    if (mentions.length) {
      await tx.query(
        `INSERT INTO mentions (entity_id, version_id, sentence_index, char_start, char_end)
         SELECT m.e, $1::integer, m.i, m.s, m.x FROM jsonb_to_recordset($2::jsonb) AS m(e integer, i integer, s integer, x integer)
         ON CONFLICT DO NOTHING`,
        [versionId, JSON.stringify(mentions)]);
    }
  }

  async function resolveDocumentId(ref: string): Promise<number | null> {
    const [row] = await driver.query<{ id: number }>(
      'SELECT id FROM documents WHERE id = $1::integer OR name = $2::text ORDER BY (id = $1::integer) IS TRUE DESC LIMIT 1',
      [asId(ref), ref]);
    return row?.id ?? null;
  }

  /** Runs a read or write, turning database failures into a storage error that names what was asked. */
  async function guarded<T>(what: string, input: string | undefined, fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (err) {
      if (err instanceof DyadError) throw err;
      throw new DyadError('storage', `${what} in ${driver.location} failed: ${(err as Error).message}`,
        { input, cause: err });
    }
  }

  return {
    feeds: feedMemory(driver),
    async saveDocument(doc, sentences, facts): Promise<SaveOutcome> {
      checkSpans(doc, sentences, facts);
      return guarded(`saving ${doc.source}`, doc.source, () => driver.transaction(async (tx) => {
        const { id: documentId, created } = await documentFor(tx, doc);
        if (!created) {
          const [same] = await tx.query<{ id: number }>(
            'SELECT id FROM document_versions WHERE document_id = $1 AND hash = $2', [documentId, doc.hash]);
          if (same) return { status: 'unchanged', document: await versionById(tx, same.id) };
          await tx.query('UPDATE document_versions SET is_latest = false WHERE document_id = $1 AND is_latest',
            [documentId]);
        }
        const [version] = await tx.query<{ id: number }>(
          `INSERT INTO document_versions
             (document_id, version, hash, title, text, language, date, date_source, size, is_latest)
           SELECT $1::integer, coalesce(max(version), 0) + 1, $2::text, $3::text, $4::text, $5::text, $6::text, $7::text,
                  $8::integer, true
           FROM document_versions WHERE document_id = $1::integer
           RETURNING id`,
          [documentId, doc.hash, doc.title, doc.text, doc.language, doc.date, doc.dateSource ?? null,
            doc.text.length]);
        if (sentences.length) {
          await tx.query(
            `INSERT INTO sentences (version_id, sentence_index, char_start, char_end, text)
             SELECT $1::integer, s.i, s.s, s.e, s.t FROM jsonb_to_recordset($2::jsonb) AS s(i integer, s integer, e integer, t text)`,
            [version.id, JSON.stringify(sentences.map((s) => ({ i: s.index, s: s.start, e: s.end, t: s.text })))]);
        }
        await saveFacts(tx, version.id, doc, facts);
        return { status: created ? 'ingested' : 'new_version', document: await versionById(tx, version.id) };
      }));
    },

    listDocuments() {
      return guarded('listing documents', undefined, async () => {
        const rows = await driver.query<DocumentRow>(
          `SELECT ${DOCUMENT_COLUMNS} FROM document_versions v JOIN documents d ON d.id = v.document_id
           WHERE v.is_latest ORDER BY v.ingested_at DESC, v.id DESC`);
        return rows.map(toDocument);
      });
    },

    getDocument(ref) {
      return guarded(`reading document ${ref}`, ref, async () => {
        // An all-digit ref is an id first; a document named "2024" is still found when no id matches.
        const [row] = await driver.query<DocumentRow & { text: string }>(
          `SELECT ${DOCUMENT_COLUMNS}, v.text FROM documents d
           JOIN document_versions v ON v.document_id = d.id AND v.is_latest
           WHERE d.id = $1::integer OR d.name = $2::text ORDER BY (d.id = $1::integer) IS TRUE DESC LIMIT 1`,
          [asId(ref), ref]);
        return row ? { ...toDocument(row), text: row.text } : null;
      });
    },

    search(query, limit = 20) {
      return guarded(`searching for "${query}"`, query, async () => {
        const n = Math.max(1, Math.min(Math.floor(limit) || 20, 1000));
        // Rank in the inner query and build headlines only for the hits kept: ts_headline re-parses the text.
        const rows = await driver.query<DocumentRow & { rank: number; snippet: string }>(
          `SELECT hit.*, ts_headline('english', hit.text, websearch_to_tsquery('english', $1::text), $3::text) AS snippet
           FROM (
             SELECT ${DOCUMENT_COLUMNS}, v.text, ts_rank_cd(v.search, q) AS rank
             FROM document_versions v JOIN documents d ON d.id = v.document_id,
                  websearch_to_tsquery('english', $1::text) AS q
             WHERE v.is_latest AND v.search @@ q
             ORDER BY rank DESC, v.ingested_at DESC, v.id DESC
             LIMIT $2
           ) AS hit
           ORDER BY hit.rank DESC, hit.ingested_at DESC, hit.id DESC`,
          [query, n, SNIPPET_OPTIONS]);
        return rows.map((r): SearchHit => ({ document: toDocument(r), rank: r.rank, snippet: r.snippet }));
      });
    },

    listFacts(filter = {}) {
      return guarded('listing facts', filter.doc, async () => {
        let documentId: number | null = null;
        if (filter.doc !== undefined) {
          documentId = await resolveDocumentId(filter.doc);
          if (documentId === null) return [];
        }
        const rows = await driver.query<{
          id: number; body: FactBody; confidence: number; curation: string; document_id: number;
          document_name: string; sentence_index: number; char_start: number; char_end: number; quote: string;
        }>(
          `SELECT f.id, f.body, f.confidence, f.curation, d.id AS document_id, d.name AS document_name,
                  e.sentence_index, e.char_start, e.char_end, e.quote
           FROM facts f
           JOIN document_versions v ON v.id = f.version_id AND v.is_latest
           JOIN documents d ON d.id = v.document_id
           JOIN LATERAL (
             SELECT sentence_index, char_start, char_end, quote FROM evidence
             WHERE evidence.fact_id = f.id ORDER BY evidence.id LIMIT 1
           ) AS e ON true
           WHERE ($1::integer IS NULL OR d.id = $1) AND ($2::text IS NULL OR f.type = $2)
           ORDER BY d.id, e.char_start, f.id`,
          [documentId, filter.type ?? null]);
        return rows.map((r) => ({
          // jsonb reorders keys; the type reads best first.
          ...{ type: r.body.type },
          ...r.body,
          confidence: r.confidence,
          evidence: { sentence: r.sentence_index, start: r.char_start, end: r.char_end, quote: r.quote },
          id: r.id, documentId: r.document_id, documentName: r.document_name, curation: r.curation,
        }) as StoredFact);
      });
    },

    close: () => driver.close(),
  };
}
