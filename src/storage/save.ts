// The write path: one document, its sentences, facts, evidence, entities and mentions in a handful of statements.
import { DyadError } from '../shared/errors';
import { factColumns } from '../shared/kinds/index';
import type { CleanDocument, Fact, FactBody, Sentence } from '../shared/types';
import type { Driver } from './driver';
import { countryAliases, entitiesOf, mentionSpan } from './entities';
import type { SaveOutcome, StoredDocument } from './types';

/** Columns of a document joined with one of its versions, as StoredDocument needs them. */
export const DOCUMENT_COLUMNS = `d.id, d.name, d.source, v.title, v.language, v.date, v.date_source, v.hash, v.size,
  v.version, v.ingested_at`;

/** What search matches a version by: its title (weight A, ranked higher) and its text (weight B), in English. */
const SEARCH_VECTOR = `setweight(to_tsvector('english', coalesce(v.title, '')), 'A') || setweight(to_tsvector('english', v.text), 'B')`;

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
}

/** Where a source stands: the document it belongs to (row locked until the transaction ends) and its versions. */
interface Known {
  documentId: number;
  primary: boolean;
  /** The newest version with the incoming content, if any. */
  same: { id: number; date: string | null } | null;
}

async function findSource(tx: Driver, doc: CleanDocument): Promise<Known | null> {
  const [row] = await tx.query<{ id: number; primary: boolean }>(
    `SELECT d.id, d.source = $1 AS primary FROM document_sources s JOIN documents d ON d.id = s.document_id
     WHERE s.source = $1 FOR UPDATE OF d`, [doc.source]);
  if (!row) return null;
  // A statement of its own, after the lock: its snapshot then includes what the writer before us committed.
  const [same] = await tx.query<{ id: number; date: string | null }>(
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
    const [created] = await tx.query<{ id: number | null; source_taken: boolean }>(
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
  await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [doc.hash]);
  const [row] = await tx.query<{ id: number }>(
    'SELECT id FROM document_versions WHERE hash = $1 AND is_latest ORDER BY id LIMIT 1', [doc.hash]);
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

async function addVersion(tx: Driver, documentId: number, status: 'ingested' | 'new_version', doc: CleanDocument,
  sentences: Sentence[], facts: Fact[]): Promise<SaveOutcome> {
  // Unset the old latest and add the new one in one statement, which returns the stored document whole.
  const [version] = await tx.query<DocumentRow & { version_id: number }>(
    `WITH old AS (
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
     s AS (
       INSERT INTO document_search (document_id, version_id, search)
       SELECT v.document_id, v.id, ${SEARCH_VECTOR} FROM v
       ON CONFLICT (document_id) DO UPDATE SET version_id = excluded.version_id, search = excluded.search)
     SELECT ${DOCUMENT_COLUMNS}, v.id AS version_id FROM v JOIN documents d ON d.id = v.document_id`,
    [documentId, doc.hash, doc.title, doc.text, doc.language, doc.date, doc.dateSource ?? null, doc.text.length]);
  await saveContent(tx, version.version_id, doc, sentences, facts);
  return { status, document: toDocument(version) };
}

/** Sentences, facts and their evidence in one statement; entities in a second; aliases and mentions in a third. */
async function saveContent(tx: Driver, versionId: number, doc: CleanDocument, sentences: Sentence[], facts: Fact[]): Promise<void> {
  // Facts in text order, so that listing by id gives a document's facts in the order it tells them.
  const ordered = facts.map((fact, i) => ({ fact, i }))
    .sort((x, y) => x.fact.evidence.start - y.fact.evidence.start || x.i - y.i).map((x) => x.fact);
  const factRows = ordered.map((fact, ord) => {
    const { confidence, evidence, ...body } = fact;
    const { a, b, when } = factColumns(body as FactBody);
    return { ord, type: fact.type, a, b, w: when, body, c: confidence,
      si: evidence.sentence, s: evidence.start, e: evidence.end, q: evidence.quote };
  });
  // Ids are drawn before inserting so that evidence can point at its fact in the same statement.
  await tx.query(
    `WITH s AS (
       INSERT INTO sentences (version_id, sentence_index, char_start, char_end, text)
       SELECT $1::integer, s.i, s.s, s.e, s.t FROM jsonb_to_recordset($2::jsonb) AS s(i integer, s integer, e integer, t text)),
     input AS (
       SELECT nextval(pg_get_serial_sequence('facts', 'id')) AS id, x.*
       FROM (SELECT * FROM jsonb_to_recordset($3::jsonb)
               AS r(ord integer, type text, a text, b text, w text, body jsonb, c real, si integer, s integer, e integer, q text)
             ORDER BY ord) AS x),
     f AS (
       INSERT INTO facts (id, version_id, type, country_a, country_b, date_or_period, body, confidence)
       OVERRIDING SYSTEM VALUE
       SELECT id, $1::integer, type, a, b, w, body, c FROM input ORDER BY ord)
     INSERT INTO evidence (fact_id, version_id, sentence_index, char_start, char_end, quote)
     SELECT id, $1::integer, si, s, e, q FROM input ORDER BY ord`,
    [versionId, JSON.stringify(sentences.map((s) => ({ i: s.index, s: s.start, e: s.end, t: s.text }))),
      JSON.stringify(factRows)]);
  await saveEntities(tx, versionId, doc, ordered);
}

async function saveEntities(tx: Driver, versionId: number, doc: CleanDocument, facts: Fact[]): Promise<void> {
  const wanted = new Map<string, { kind: string; key: string; name: string; country: string | null }>();
  for (const fact of facts) {
    for (const ref of entitiesOf(fact)) {
      const k = `${ref.kind}\u0000${ref.key}`;
      if (!wanted.has(k)) wanted.set(k, { kind: ref.kind, key: ref.key, name: ref.name, country: ref.country });
    }
  }
  if (wanted.size === 0) return;
  // Sorted, so concurrent writers take the rows' locks in one order (no deadlock). DO NOTHING leaves an
  // existing row alone (no write, no lock held to commit), unlike an upsert that touches every country each time.
  const list = [...wanted.values()].sort((x, y) => x.kind.localeCompare(y.kind) || (x.key < y.key ? -1 : x.key > y.key ? 1 : 0));
  const ids = new Map<string, { id: number; isNew: boolean }>();
  const rows = await tx.query<{ id: number; kind: string; key: string; is_new: boolean }>(
    `WITH input AS (SELECT * FROM jsonb_to_recordset($1::jsonb) AS r(kind text, key text, name text, country text)),
     ins AS (
       INSERT INTO entities (kind, key, name, country) SELECT kind, key, name, country FROM input
       ON CONFLICT (kind, key) DO NOTHING RETURNING id, kind, key)
     SELECT id, kind, key, true AS is_new FROM ins
     UNION ALL
     SELECT e.id, e.kind, e.key, false FROM entities e JOIN input i ON i.kind = e.kind AND i.key = e.key`,
    [JSON.stringify(list)]);
  for (const r of rows) ids.set(`${r.kind}\u0000${r.key}`, { id: r.id, isNew: r.is_new });
  const missing = list.filter((e) => !ids.has(`${e.kind}\u0000${e.key}`));
  if (missing.length) {
    // Committed by another writer after this statement's snapshot was taken: visible to a new statement.
    const later = await tx.query<{ id: number; kind: string; key: string }>(
      `SELECT e.id, e.kind, e.key FROM entities e
       JOIN jsonb_to_recordset($1::jsonb) AS r(kind text, key text) ON r.kind = e.kind AND r.key = e.key`,
      [JSON.stringify(missing)]);
    for (const r of later) ids.set(`${r.kind}\u0000${r.key}`, { id: r.id, isNew: false });
  }

  const aliases = new Map<string, { e: number; a: string }>();
  const mentions: { e: number; i: number; s: number; x: number }[] = [];
  for (const fact of facts) {
    for (const ref of entitiesOf(fact)) {
      const entity = ids.get(`${ref.kind}\u0000${ref.key}`);
      if (!entity) throw new DyadError('storage', `cannot save ${doc.source}: entity ${ref.key} vanished`, { input: doc.source });
      // A country's names are written once, with the entity; a person's spelling every time it is met.
      const spellings = ref.kind === 'country' ? (entity.isNew ? countryAliases(ref.key) : []) : [ref.alias];
      for (const a of spellings) aliases.set(`${entity.id}\u0000${a}`, { e: entity.id, a });
      const span = mentionSpan(doc.text, fact, ref);
      mentions.push({ e: entity.id, i: fact.evidence.sentence, s: span.start, x: span.end });
    }
  }
  const aliasRows = [...aliases.values()].sort((x, y) => x.e - y.e || (x.a < y.a ? -1 : x.a > y.a ? 1 : 0));
  await tx.query(
    `WITH a AS (
       INSERT INTO entity_aliases (entity_id, alias)
       SELECT r.e, r.a FROM jsonb_to_recordset($2::jsonb) AS r(e integer, a text) ON CONFLICT DO NOTHING)
     INSERT INTO mentions (entity_id, version_id, sentence_index, char_start, char_end)
     SELECT m.e, $1::integer, m.i, m.s, m.x FROM jsonb_to_recordset($3::jsonb) AS m(e integer, i integer, s integer, x integer)
     ON CONFLICT DO NOTHING`,
    [versionId, JSON.stringify(aliasRows), JSON.stringify(mentions)]);
}
