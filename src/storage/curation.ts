// Storage of curators' decisions: each kept with its author, time and reason, undone by marking, never deleted.
import type { Driver } from './driver';

export type CurationAction = 'confirm' | 'reject' | 'edit' | 'merge' | 'split';

/** A fact as decisions name it: what survives re-ingest and re-extraction, not a row id. */
export interface FactRef {
  /** The document's name: given once per source, kept by its new versions. */
  doc: string;
  key: string;
}

export interface Decision {
  id: number;
  action: CurationAction;
  /** The fact of a confirm, reject or edit. */
  fact: (FactRef & { type: string }) | null;
  /** edit: `{ body }`; merge: `{ groups: FactRef[][] }`; split: `{ apart: FactRef[] }`. */
  detail: Record<string, unknown> | null;
  pairs: string[];
  /** The blocks of the facts it names (src/record/blocks.ts): consolidated together while it is in force. */
  blocks: string[];
  author: string;
  reason: string | null;
  createdAt: string;
  undoneAt: string | null;
  undoneBy: string | null;
  undoReason: string | null;
}

export interface NewDecision {
  action: CurationAction;
  fact?: FactRef & { type: string };
  detail?: Record<string, unknown>;
  pairs: string[];
  blocks?: string[];
  author: string;
  reason?: string | null;
}

export interface CurationStore {
  add(decision: NewDecision): Promise<Decision>;
  /** Every decision, oldest first, undone ones included. */
  list(): Promise<Decision[]>;
  get(id: number): Promise<Decision | null>;
  /** Decisions in force: all of them, or those touching one pair. */
  active(pair?: string): Promise<Decision[]>;
  /** Decisions in force on the facts of one document (confirm, reject, edit), oldest first. */
  forDocument(doc: string): Promise<Decision[]>;
  /** Merges, splits and edits in force whose blocks are not known (made before blocks existed). */
  withoutBlocks(): Promise<Decision[]>;
  /** Widens the pairs and blocks a decision concerns (an edit learns its fact's new ones once it is indexed again). */
  setScope(id: number, pairs: readonly string[], blocks: readonly string[]): Promise<void>;
  /** Marks a decision undone; false when it is unknown or already undone. */
  undo(id: number, author: string, reason: string | null): Promise<Decision | null>;
}

interface DecisionRow {
  id: number; action: CurationAction; doc: string | null; fact_key: string | null; fact_type: string | null;
  detail: Record<string, unknown> | null; pairs: string[]; blocks: string[]; author: string; reason: string | null;
  created_at: Date | string; undone_at: Date | string | null; undone_by: string | null; undo_reason: string | null;
}

const iso = (t: Date | string | null): string | null => (t === null ? null : new Date(t).toISOString());

function toDecision(r: DecisionRow): Decision {
  return {
    id: r.id, action: r.action,
    fact: r.doc !== null && r.fact_key !== null ? { doc: r.doc, key: r.fact_key, type: r.fact_type ?? '' } : null,
    detail: r.detail, pairs: r.pairs, blocks: r.blocks ?? [], author: r.author, reason: r.reason, createdAt: iso(r.created_at)!,
    undoneAt: iso(r.undone_at), undoneBy: r.undone_by, undoReason: r.undo_reason,
  };
}

const COLUMNS = 'id, action, doc, fact_key, fact_type, detail, pairs, blocks, author, reason, created_at, undone_at, '
  + 'undone_by, undo_reason';

export function createCurationStore(driver: Driver): CurationStore {
  return {
    async add(d) {
      const [row] = await driver.query<DecisionRow>(
        `INSERT INTO curation_decisions (action, doc, fact_key, fact_type, detail, pairs, blocks, author, reason)
         VALUES ($1, $2, $3, $4, $5::jsonb, $6::jsonb, $7::jsonb, $8, $9) RETURNING ${COLUMNS}`,
        [d.action, d.fact?.doc ?? null, d.fact?.key ?? null, d.fact?.type ?? null,
          d.detail === undefined ? null : JSON.stringify(d.detail), JSON.stringify(d.pairs), JSON.stringify(d.blocks ?? []),
          d.author, d.reason ?? null]);
      return toDecision(row);
    },

    async list() {
      return (await driver.query<DecisionRow>(`SELECT ${COLUMNS} FROM curation_decisions ORDER BY id`)).map(toDecision);
    },

    async get(id) {
      const [row] = await driver.query<DecisionRow>(`SELECT ${COLUMNS} FROM curation_decisions WHERE id = $1`, [id]);
      return row ? toDecision(row) : null;
    },

    async active(pair) {
      const rows = await driver.query<DecisionRow>(
        `SELECT ${COLUMNS} FROM curation_decisions
         WHERE undone_at IS NULL AND ($1::text IS NULL OR pairs @> jsonb_build_array($1::text))
         ORDER BY id`, [pair ?? null]);
      return rows.map(toDecision);
    },

    async forDocument(doc) {
      const rows = await driver.query<DecisionRow>(
        `SELECT ${COLUMNS} FROM curation_decisions WHERE doc = $1 AND undone_at IS NULL ORDER BY id`, [doc]);
      return rows.map(toDecision);
    },

    async withoutBlocks() {
      const rows = await driver.query<DecisionRow>(
        `SELECT ${COLUMNS} FROM curation_decisions
         WHERE undone_at IS NULL AND blocks = '[]'::jsonb AND action IN ('merge', 'split', 'edit') ORDER BY id`);
      return rows.map(toDecision);
    },

    async setScope(id, pairs, blocks) {
      await driver.query('UPDATE curation_decisions SET pairs = $2::jsonb, blocks = $3::jsonb WHERE id = $1',
        [id, JSON.stringify([...pairs].sort()), JSON.stringify([...blocks].sort())]);
    },

    async undo(id, author, reason) {
      const [row] = await driver.query<DecisionRow>(
        `UPDATE curation_decisions SET undone_at = clock_timestamp(), undone_by = $2, undo_reason = $3
         WHERE id = $1 AND undone_at IS NULL RETURNING ${COLUMNS}`, [id, author, reason]);
      return row ? toDecision(row) : null;
    },
  };
}
