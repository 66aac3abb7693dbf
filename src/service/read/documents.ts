// Documents as the API lists and shows them: metadata with fact counts, and one document with its sentences.
import type { Driver } from '../../storage/driver';
import { notFound } from './page';
import type { Page } from './page';
import { documentRef, type DocumentRef } from './facts';

export interface ApiDocument extends DocumentRef {
  language: string;
  size: number;
  version: number;
  hash: string;
  ingestedAt: string;
  facts: number;
}

interface DocRow {
  id: number; name: string; source: string; title: string | null; date: string | null; language: string;
  size: number; version: number; hash: string; ingested_at: Date | string; facts: number; version_id: number;
}

const COLUMNS = `d.id, d.name, d.source, v.title, v.date, v.language, v.size, v.version, v.hash, v.ingested_at, v.id AS version_id,
  (SELECT count(*)::integer FROM facts f WHERE f.version_id = v.id) AS facts`;

function toDocument(r: DocRow): ApiDocument {
  return { ...documentRef(r), language: r.language, size: r.size, version: r.version, hash: r.hash,
    ingestedAt: new Date(r.ingested_at).toISOString(), facts: r.facts };
}

export async function listDocuments(driver: Driver, filter: { language?: string }, page: Page): Promise<ApiDocument[]> {
  const rows = await driver.query<DocRow>(
    `SELECT ${COLUMNS} FROM document_versions v JOIN documents d ON d.id = v.document_id
     WHERE v.is_latest AND ($1::text IS NULL OR v.language = $1)
     ORDER BY v.ingested_at DESC, v.id DESC LIMIT $2 OFFSET $3`,
    [filter.language ?? null, page.limit + 1, page.offset]);
  return rows.map(toDocument);
}

/** The latest version of a document named by id or name, with its text and sentences; 404 when unknown. */
export async function getDocument(driver: Driver, ref: string) {
  const id = /^\d{1,9}$/.test(ref) ? Number(ref) : null;
  const [row] = await driver.query<DocRow & { text: string }>(
    `SELECT ${COLUMNS}, v.text FROM documents d JOIN document_versions v ON v.document_id = d.id AND v.is_latest
     WHERE d.id = $1::integer OR d.name = $2::text ORDER BY (d.id = $1::integer) IS TRUE DESC LIMIT 1`, [id, ref]);
  if (!row) throw notFound('document', ref);
  const sentences = await driver.query<{ index: number; start: number; end: number }>(
    `SELECT sentence_index AS index, char_start AS start, char_end AS "end" FROM sentences
     WHERE version_id = $1 ORDER BY sentence_index`, [row.version_id]);
  return { ...toDocument(row), text: row.text, sentences };
}

/** Throws the API's 404 when a `doc` filter names no document. */
export async function requireDocument(driver: Driver, ref: string | undefined): Promise<void> {
  if (ref === undefined) return;
  const id = /^\d{1,9}$/.test(ref) ? Number(ref) : null;
  const [row] = await driver.query('SELECT 1 FROM documents WHERE id = $1::integer OR name = $2::text LIMIT 1', [id, ref]);
  if (!row) throw notFound('document', ref);
}
