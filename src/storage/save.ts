// The write path: one document with its sentences, facts, evidence, entities and mentions in a handful of statements.
import { DyadError } from '../shared/errors';
import { factColumns } from '../shared/kinds/index';
import type { CleanDocument, Fact, FactBody, Sentence } from '../shared/types';
import { namedQuery, type Driver } from './driver';
import { countryAliases, entitiesOf, mentionSpan } from './entities';
import type { SaveOutcome, StoredDocument } from './types';

/** Columns of a document joined with one of its versions, as StoredDocument needs them. */
export const DOCUMENT_COLUMNS = `d.id, d.name, d.source, v.title, v.language, v.date, v.date_source, v.hash, v.size,
  v.version, v.ingested_at`;

/** What search matches a version by: its title (weight A, ranked higher) and its text (weight B), in English. */
const SEARCH_VECTOR = `setweight(to_tsvector('english', coalesce(v.title, '')), 'A') || setweight(to_tsvector('english', v.text), 'B')`;
/** What search ranks matches by (migration 008): the title (A) and the text's first 100 words (B). */
const LEAD_VECTOR = `setweight(to_tsvector('english', coalesce(v.title, '')), 'A')
  || setweight(to_tsvector('english', substring(v.text from '^\\s*(?:\\S+\\s+){0,99}\\S*')), 'B')`;

export interface DocumentRow {
  id: number; name: string; source: string; title: string | null; language: string; date: string | null;
  date_source: string | null; hash: string; size: number; version: number; ingested_at: Date | string;
}

export function toDocument(r: DocumentRow): StoredDocument {
  return {
    id: r.id, name: r.name, source: r.source, title: r.title, language: r.language, date: r.date,
    dateSource: r.date_source, hash: r.hash, size: r.size, version: r.version,
    ingestedAt: new Date(r.ingested_at).toISOString(),
  };
}

export function checkSpans(doc: CleanDocument, sentences: Sentence[], facts: Fact[]): void {
  const bad = (what: string) =>
    new DyadError('storage', `cannot save ${doc.source}: ${what} lies outside the document text`, { input: doc.source });
  const inText = (s: { start: number; end: number }) =>
    Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.start <= s.end && s.end <= doc.text.length;
  for (const s of sentences) if (!inText(s)) throw bad(`sentence ${s.index}`);
  for (const f of facts) if (!inText(f.evidence)) throw bad(`the evidence of a ${f.type} fact`);
  // No foreign key checks this any more (migration 010): evidence, and the mentions made from it, must name a
  // sentence saved with it.
  const indexes = new Set(sentences.map((s) => s.index));
  for (const f of facts) {
    if (!indexes.has(f.evidence.sentence)) {
      throw new DyadError('storage', `cannot save ${doc.source}: the evidence of a ${f.type} fact names sentence `
        + `${f.evidence.sentence}, which is not among the document's sentences`, { input: doc.source });
    }
  }
}

/** Where a source stands: the document it belongs to (row locked until the transaction ends) and its versions. */
interface Known {
  documentId: number;
  primary: boolean;
  /** The newest version with the incoming content, if any. */
  same: { id: number; date: string | null } | null;
}

async function findSource(tx: Driver, doc: CleanDocument): Promise<Known | null> {
  const [row] = await namedQuery<{ id: number; primary: boolean }>(tx, 'dyad_find_source',
    `SELECT d.id, d.source = $1 AS primary FROM document_sources s JOIN documents d ON d.id = s.document_id
     WHERE s.source = $1 FOR UPDATE OF d`, [doc.source]);
  if (!row) return null;
  // A statement of its own, after the lock: its snapshot then includes what the writer before us committed.
  const [same] = await namedQuery<{ id: number; date: string | null }>(tx, 'dyad_same_version',
    'SELECT id, date FROM document_versions WHERE document_id = $1 AND hash = $2 ORDER BY version DESC LIMIT 1',
    [row.id, doc.hash]);
  return { documentId: row.id, primary: row.primary, same: same ?? null };
}

/**
 * Creates the document row for a new source under a free name, found through the name index (no table scan);
 * null when another writer took this very source meanwhile.
 */
async function createDocument(tx: Driver, doc: CleanDocument): Promise<number | null> {
  for (let attempt = 0; attempt < 10; attempt++) {
    // Byte order: every "name", "name-2", "name-10"... sorts between "name" and "name." ('.' follows '-'), so the
    // names to avoid come from a range scan of the name index; the first free one of name, name-2... is taken.
    // DO NOTHING: another process may take this source or name meanwhile; then look again.
    const [created] = await namedQuery<{ id: number | null; source_taken: boolean }>(tx, 'dyad_create_document',
      `WITH taken AS (
         SELECT name FROM documents WHERE name COLLATE "C" >= $1::text AND name COLLATE "C" < ($1::text || '.')),
       candidate AS (
         SELECT $1::text AS name, 1 AS n
         UNION ALL SELECT $1::text || '-' || g, g FROM generate_series(2, (SELECT count(*) FROM taken)::integer + 2) AS g),
       pick AS (SELECT name FROM candidate WHERE name NOT IN (SELECT name FROM taken) ORDER BY n LIMIT 1),
       d AS (INSERT INTO documents (name, source) SELECT name, $2 FROM pick ON CONFLICT DO NOTHING RETURNING id),
       s AS (INSERT INTO document_sources (source, document_id) SELECT $2, id FROM d)
       SELECT (SELECT id FROM d) AS id, EXISTS (SELECT 1 FROM document_sources WHERE source = $2) AS source_taken`,
      [doc.name, doc.source]);
    if (created.id !== null) return created.id;
    if (created.source_taken) return null;
  }
  throw new DyadError('storage', `cannot find a free name for ${doc.source}`, { input: doc.source });
}

async function versionById(tx: Driver, versionId: number): Promise<StoredDocument> {
  const [row] = await tx.query<DocumentRow>(
    `SELECT ${DOCUMENT_COLUMNS} FROM document_versions v JOIN documents d ON d.id = v.document_id WHERE v.id = $1`,
    [versionId]);
  return toDocument(row);
}

/** The latest version of another document with this very content, if one exists. */
async function sameContentElsewhere(tx: Driver, doc: CleanDocument): Promise<number | null> {
  // Two new sources with one content racing: the second waits here and then finds the first's document.
  await namedQuery(tx, 'dyad_lock_content', 'SELECT pg_advisory_xact_lock(hashtext($1::text))', [doc.hash]);
  const [row] = await namedQuery<{ id: number }>(tx, 'dyad_same_content',
    'SELECT id FROM document_versions WHERE hash = $1::text AND is_latest ORDER BY id LIMIT 1', [doc.hash]);
  return row?.id ?? null;
}

/**
 * Saves inside `tx`. A corrected date (`--date`, dateSource 'override') on content already stored is a new
 * version carrying that date; content stored under another source adds this source to that document.
 */
export async function saveInTransaction(tx: Driver, doc: CleanDocument, sentences: Sentence[], facts: Fact[]): Promise<SaveOutcome> {
  const corrects = (same: { date: string | null }) => doc.dateSource === 'override' && doc.date !== same.date;
  for (let attempt = 0; attempt < 10; attempt++) {
    let known = await findSource(tx, doc);
    if (known && !known.primary && !known.same) {
      // A copy's own content changed: it is no longer a copy but a document of its own.
      await tx.query('DELETE FROM document_sources WHERE source = $1', [doc.source]);
      known = null;
    }
    if (known?.same && !corrects(known.same)) {
      return { status: 'unchanged', document: await versionById(tx, known.same.id) };
    }
    if (known) return addVersion(tx, known.documentId, 'new_version', doc, sentences, facts);
    const copyOf = await sameContentElsewhere(tx, doc);
    if (copyOf !== null) {
      await tx.query(
        `INSERT INTO document_sources (source, document_id)
         SELECT $1, document_id FROM document_versions WHERE id = $2 ON CONFLICT DO NOTHING`, [doc.source, copyOf]);
      return { status: 'unchanged', document: await versionById(tx, copyOf), addedSource: doc.source };
    }
    const created = await createDocument(tx, doc);
    // Another writer stored this source first: start over and find it.
    if (created !== null) return addVersion(tx, created, 'ingested', doc, sentences, facts);
  }
  throw new DyadError('storage', `cannot save ${doc.source}: other writers keep changing it`, { input: doc.source });
}

/** A document's rows for one statement, in JSON: entities are named by kind and key, their ids not known yet. */
interface ContentRows {
  sentences: { i: number; s: number; e: number; t: string }[];
  facts: { ord: number; type: string; a: string | null; b: string | null; w: string | null; body: unknown; c: number;
    si: number; s: number; e: number; q: string }[];
  entities: { kind: string; key: string; name: string; country: string | null }[];
  /** Spellings to record; a country's names only when this save creates the country (`only_new`). */
  aliases: { kind: string; key: string; a: string; only_new: boolean }[];
  mentions: { kind: string; key: string; i: number; s: number; x: number }[];
}

const byKindAndKey = (x: { kind: string; key: string }, y: { kind: string; key: string }) =>
  x.kind.localeCompare(y.kind) || (x.key < y.key ? -1 : x.key > y.key ? 1 : 0);

function contentRows(doc: CleanDocument, sentences: Sentence[], facts: Fact[]): ContentRows {
  // Facts in text order, so that listing by id gives a document's facts in the order it tells them.
  const ordered = facts.map((fact, i) => ({ fact, i }))
    .sort((x, y) => x.fact.evidence.start - y.fact.evidence.start || x.i - y.i).map((x) => x.fact);
  const wanted = new Map<string, ContentRows['entities'][number]>();
  const aliases = new Map<string, ContentRows['aliases'][number]>();
  const mentions: ContentRows['mentions'] = [];
  for (const fact of ordered) {
    for (const ref of entitiesOf(fact)) {
      const k = `${ref.kind}\u0000${ref.key}`;
      if (!wanted.has(k)) wanted.set(k, { kind: ref.kind, key: ref.key, name: ref.name, country: ref.country });
      // A country's names are written once, with the entity; a person's spelling every time it is met.
      const spellings = ref.kind === 'country' ? countryAliases(ref.key) : [ref.alias];
      for (const a of spellings) aliases.set(`${k}\u0000${a}`, { kind: ref.kind, key: ref.key, a, only_new: ref.kind === 'country' });
      const span = mentionSpan(doc.text, fact, ref);
      mentions.push({ kind: ref.kind, key: ref.key, i: fact.evidence.sentence, s: span.start, x: span.end });
    }
  }
  return {
    sentences: sentences.map((x) => ({ i: x.index, s: x.start, e: x.end, t: x.text })),
    facts: ordered.map((fact, ord) => {
      const { confidence, evidence, ...body } = fact;
      const { a, b, when } = factColumns(body as FactBody);
      return { ord, type: fact.type, a, b, w: when, body, c: confidence,
        si: evidence.sentence, s: evidence.start, e: evidence.end, q: evidence.quote };
    }),
    // Sorted, so concurrent writers take the rows' locks in one order (no deadlock).
    entities: [...wanted.values()].sort(byKindAndKey),
    aliases: [...aliases.values()].sort((x, y) => byKindAndKey(x, y) || (x.a < y.a ? -1 : x.a > y.a ? 1 : 0)),
    mentions,
  };
}

/**
 * The one statement that adds a version with everything read in it (see addVersion). Exported for the test that
 * checks its cached plan: it runs as a prepared statement, whose plan is made once, while the store may be empty.
 */
export const ADD_VERSION = `WITH old AS (
       UPDATE document_versions SET is_latest = false WHERE document_id = $1::integer AND is_latest RETURNING version),
     v AS (
       INSERT INTO document_versions
         (document_id, version, hash, title, text, language, date, date_source, size, is_latest)
       SELECT $1::integer, coalesce((SELECT max(version) FROM document_versions WHERE document_id = $1::integer), 0) + 1,
              $2::text, $3::text, $4::text, $5::text, $6::text, $7::text, $8::integer, true
       -- Reading the update's rows first makes it finish before the insert, so the new row meets no other latest.
       FROM (SELECT count(*) FROM old) AS done
       RETURNING *),
     -- The search vector of the latest version replaces the previous one's.
     search AS (
       INSERT INTO document_search (document_id, version_id, search, lead)
       SELECT v.document_id, v.id, ${SEARCH_VECTOR}, ${LEAD_VECTOR} FROM v
       ON CONFLICT (document_id) DO UPDATE SET version_id = excluded.version_id, search = excluded.search,
         lead = excluded.lead),
     sentence AS (
       INSERT INTO sentences (version_id, sentence_index, char_start, char_end, text)
       SELECT v.id, s.i, s.s, s.e, s.t FROM v, jsonb_to_recordset($9::jsonb) AS s(i integer, s integer, e integer, t text)),
     -- Ids are drawn before inserting so that evidence can point at its fact in the same statement.
     fact_input AS (
       SELECT nextval(pg_get_serial_sequence('facts', 'id')) AS id, x.*
       FROM (SELECT * FROM jsonb_to_recordset($10::jsonb)
               AS r(ord integer, type text, a text, b text, w text, body jsonb, c real, si integer, s integer, e integer, q text)
             ORDER BY ord) AS x),
     fact AS (
       INSERT INTO facts (id, version_id, type, country_a, country_b, date_or_period, body, confidence)
       OVERRIDING SYSTEM VALUE
       SELECT f.id, v.id, f.type, f.a, f.b, f.w, f.body, f.c FROM fact_input f, v ORDER BY f.ord),
     evidence_row AS (
       INSERT INTO evidence (fact_id, version_id, sentence_index, char_start, char_end, quote)
       SELECT f.id, v.id, f.si, f.s, f.e, f.q FROM fact_input f, v ORDER BY f.ord),
     wanted AS (SELECT * FROM jsonb_to_recordset($11::jsonb) AS r(kind text, key text, name text, country text)),
     -- DO NOTHING leaves an existing entity alone (no write, no lock held to commit).
     created AS (
       INSERT INTO entities (kind, key, name, country) SELECT kind, key, name, country FROM wanted
       ON CONFLICT (kind, key) DO NOTHING RETURNING id, kind, key),
     entity AS (
       SELECT id, kind, key, true AS is_new FROM created
       UNION ALL
       -- One index look-up per wanted entity, whatever the plan: a plain join was cached as a hash join over every
       -- entity (planned while the table was small), which made each save slower as the store grew.
       SELECT e.id, e.kind, e.key, false FROM wanted w
       CROSS JOIN LATERAL (SELECT id, kind, key FROM entities e WHERE e.kind = w.kind AND e.key = w.key LIMIT 1) AS e),
     alias AS (
       INSERT INTO entity_aliases (entity_id, alias)
       SELECT e.id, r.a FROM jsonb_to_recordset($12::jsonb) AS r(kind text, key text, a text, only_new boolean)
       JOIN entity e ON e.kind = r.kind AND e.key = r.key
       WHERE e.is_new OR NOT r.only_new ORDER BY e.id, r.a
       ON CONFLICT DO NOTHING),
     mention AS (
       INSERT INTO mentions (entity_id, version_id, sentence_index, char_start, char_end)
       SELECT e.id, v.id, m.i, m.s, m.x FROM v, jsonb_to_recordset($13::jsonb) AS m(kind text, key text, i integer, s integer, x integer)
       JOIN entity e ON e.kind = m.kind AND e.key = m.key
       ON CONFLICT DO NOTHING)
     SELECT ${DOCUMENT_COLUMNS}, v.id AS version_id,
       -- Entities another writer committed after this statement began: neither created nor seen here.
       (SELECT coalesce(jsonb_agg(jsonb_build_object('kind', w.kind, 'key', w.key)), '[]'::jsonb) FROM wanted w
        WHERE NOT EXISTS (SELECT 1 FROM entity e WHERE e.kind = w.kind AND e.key = w.key)) AS missing
     FROM v JOIN documents d ON d.id = v.document_id`;

/**
 * Adds a version with everything read in it in one statement: the version (the old latest unset), its search
 * vector, sentences, facts, evidence, the entities it names (new ones created), their spellings and mentions.
 * Returns the stored document whole.
 */
async function addVersion(tx: Driver, documentId: number, status: 'ingested' | 'new_version', doc: CleanDocument,
  sentences: Sentence[], facts: Fact[]): Promise<SaveOutcome> {
  const rows = contentRows(doc, sentences, facts);
  const [version] = await namedQuery<DocumentRow & { version_id: number; missing: { kind: string; key: string }[] }>(
    tx, 'dyad_add_version', ADD_VERSION,
    [documentId, doc.hash, doc.title, doc.text, doc.language, doc.date, doc.dateSource ?? null, doc.text.length,
      JSON.stringify(rows.sentences), JSON.stringify(rows.facts), JSON.stringify(rows.entities),
      JSON.stringify(rows.aliases), JSON.stringify(rows.mentions)]);
  if (version.missing.length) await saveLateEntities(tx, version.version_id, doc, rows, version.missing);
  return { status, document: toDocument(version) };
}

/** Spellings and mentions of entities a concurrent writer created: visible to a new statement, found by key. */
async function saveLateEntities(tx: Driver, versionId: number, doc: CleanDocument, rows: ContentRows,
  missing: { kind: string; key: string }[]): Promise<void> {
  const late = new Set(missing.map((m) => `${m.kind}\u0000${m.key}`));
  const isLate = (r: { kind: string; key: string }) => late.has(`${r.kind}\u0000${r.key}`);
  const [found] = await tx.query<{ n: number }>(
    `WITH entity AS (
       SELECT e.id, e.kind, e.key FROM entities e
       JOIN jsonb_to_recordset($2::jsonb) AS r(kind text, key text) ON r.kind = e.kind AND e.key = r.key),
     alias AS (
       INSERT INTO entity_aliases (entity_id, alias)
       SELECT e.id, r.a FROM jsonb_to_recordset($3::jsonb) AS r(kind text, key text, a text)
       JOIN entity e ON e.kind = r.kind AND e.key = r.key ORDER BY e.id, r.a
       ON CONFLICT DO NOTHING),
     mention AS (
       INSERT INTO mentions (entity_id, version_id, sentence_index, char_start, char_end)
       SELECT e.id, $1::integer, m.i, m.s, m.x FROM jsonb_to_recordset($4::jsonb) AS m(kind text, key text, i integer, s integer, x integer)
       JOIN entity e ON e.kind = m.kind AND e.key = m.key
       ON CONFLICT DO NOTHING)
     SELECT count(*)::integer AS n FROM entity`,
    [versionId, JSON.stringify(missing), JSON.stringify(rows.aliases.filter((a) => isLate(a) && !a.only_new)),
      JSON.stringify(rows.mentions.filter(isLate))]);
  if (found.n !== missing.length) {
    throw new DyadError('storage', `cannot save ${doc.source}: an entity it names vanished`, { input: doc.source });
  }
}
