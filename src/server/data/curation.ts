// Curation through the API: confirm, reject or edit a fact, merge events; each decision logged and undoable.
import { DyadError } from '../../shared/errors';
import type { FactBody } from '../../shared/types';
import type { Driver } from '../../storage/driver';
import { badParameter, notFound } from '../core/errors';
import { columnsOf, KIND_SCHEMAS } from '../core/kinds';
import type { Page } from '../core/params';

export type CurationAction = 'confirm' | 'reject' | 'edit' | 'merge';

export interface CurationEntry {
  id: number;
  action: CurationAction;
  factId: number;
  members: number[];
  before: unknown;
  after: unknown;
  author: string;
  reason: string | null;
  createdAt: string;
  undoneAt: string | null;
}

interface EntryRow {
  id: number; action: CurationAction; fact_id: number; members: number[]; before: unknown; after: unknown;
  author: string; reason: string | null; created_at: Date | string; undone_at: Date | string | null;
}

const toEntry = (r: EntryRow): CurationEntry => ({
  id: r.id, action: r.action, factId: r.fact_id, members: r.members, before: r.before, after: r.after,
  author: r.author, reason: r.reason, createdAt: new Date(r.created_at).toISOString(),
  undoneAt: r.undone_at ? new Date(r.undone_at).toISOString() : null,
});

const STATE: Record<'confirm' | 'reject' | 'edit', string> = { confirm: 'confirmed', reject: 'rejected', edit: 'edited' };

interface FactState { curation: string; body: FactBody }

async function factState(tx: Driver, id: number): Promise<FactState> {
  const [row] = await tx.query<FactState>('SELECT curation, body FROM facts WHERE id = $1 FOR UPDATE', [id]);
  if (!row) throw notFound('fact', String(id));
  return row;
}

async function setFact(tx: Driver, id: number, state: FactState): Promise<void> {
  const { a, b, when } = columnsOf(state.body);
  await tx.query(
    `UPDATE facts SET curation = $2, body = $3::jsonb, country_a = $4, country_b = $5, date_or_period = $6 WHERE id = $1`,
    [id, state.curation, JSON.stringify(state.body), a, b, when]);
}

/** The edited body: the stored one with `fields` over it, checked against its kind; the type cannot change. */
function editedBody(body: FactBody, fields: Record<string, unknown> | undefined): FactBody {
  if (!fields || !Object.keys(fields).length) throw badParameter('fields', 'an edit needs the fields to change');
  if ('type' in fields && fields.type !== body.type) throw badParameter('fields.type', 'the type of a fact cannot change');
  const schema = KIND_SCHEMAS[body.type];
  const result = schema.safeParse({ ...body, ...fields });
  if (!result.success) {
    const issue = result.error.issues[0];
    throw badParameter(`fields.${issue.path.join('.')}`, issue.message);
  }
  return result.data as FactBody;
}

const RETURNING = 'RETURNING id, action, fact_id, members, before, after, author, reason, created_at, undone_at';

export async function curateFact(driver: Driver, id: number, decision: {
  action: 'confirm' | 'reject' | 'edit'; fields?: Record<string, unknown>; author: string; reason?: string;
}): Promise<CurationEntry> {
  return driver.transaction(async (tx) => {
    const before = await factState(tx, id);
    const after: FactState = {
      curation: STATE[decision.action],
      body: decision.action === 'edit' ? editedBody(before.body, decision.fields) : before.body,
    };
    await setFact(tx, id, after);
    const [row] = await tx.query<EntryRow>(
      `INSERT INTO server_curation_log (action, fact_id, before, after, author, reason)
       VALUES ($1, $2, $3::jsonb, $4::jsonb, $5, $6) ${RETURNING}`,
      [decision.action, id, JSON.stringify(before), JSON.stringify(after), decision.author, decision.reason ?? null]);
    return toEntry(row);
  });
}

const EVENT_TYPES = new Set(['visit', 'call', 'meeting', 'agreement']);

/** Makes the events `ids[1..]` sources of event `ids[0]`; all must be events of one type. */
export async function mergeEvents(driver: Driver, ids: number[], who: { author: string; reason?: string }): Promise<CurationEntry> {
  const unique = [...new Set(ids)];
  if (unique.length < 2) throw badParameter('ids', 'a merge needs at least two different event ids');
  return driver.transaction(async (tx) => {
    const rows = await tx.query<{ id: number; type: string }>(
      'SELECT id, type FROM facts WHERE id = ANY($1::integer[]) FOR UPDATE', [unique]);
    for (const id of unique) {
      const row = rows.find((r) => r.id === id);
      if (!row) throw notFound('event', String(id));
      if (!EVENT_TYPES.has(row.type)) throw badParameter('ids', `fact ${id} is a ${row.type}, not an event`);
    }
    const types = new Set(rows.map((r) => r.type));
    if (types.size > 1) throw badParameter('ids', `events of different types cannot be merged (${[...types].join(', ')})`);
    const merged = await tx.query<{ id: number }>(
      `SELECT id FROM server_curation_log WHERE action = 'merge' AND undone_at IS NULL
       AND (members && $1::integer[] OR fact_id = ANY($2::integer[]))`, [unique, unique.slice(1)]);
    if (merged.length) {
      throw badParameter('ids', `some of these events are already merged (curation ${merged.map((m) => m.id).join(', ')})`);
    }
    const [row] = await tx.query<EntryRow>(
      `INSERT INTO server_curation_log (action, fact_id, members, author, reason)
       VALUES ('merge', $1, $2::integer[], $3, $4) ${RETURNING}`,
      [unique[0], unique.slice(1), who.author, who.reason ?? null]);
    return toEntry(row);
  });
}

export async function curationLog(driver: Driver, filter: { factId?: number }, page: Page): Promise<CurationEntry[]> {
  const rows = await driver.query<EntryRow>(
    `SELECT id, action, fact_id, members, before, after, author, reason, created_at, undone_at
     FROM server_curation_log WHERE ($1::integer IS NULL OR fact_id = $1 OR $1 = ANY(members))
     ORDER BY id DESC LIMIT $2 OFFSET $3`, [filter.factId ?? null, page.limit + 1, page.offset]);
  return rows.map(toEntry);
}

/** Takes a decision back: the fact gets what it had before, a merge is dissolved. Only the latest on a fact. */
export async function undoCuration(driver: Driver, id: number): Promise<CurationEntry> {
  return driver.transaction(async (tx) => {
    const [entry] = await tx.query<EntryRow>(
      `SELECT id, action, fact_id, members, before, after, author, reason, created_at, undone_at
       FROM server_curation_log WHERE id = $1 FOR UPDATE`, [id]);
    if (!entry) throw notFound('curation decision', String(id));
    if (entry.undone_at) throw new DyadError('usage', `curation decision ${id} is already undone`, { input: String(id) });
    if (entry.action !== 'merge') {
      const [later] = await tx.query<{ id: number }>(
        `SELECT id FROM server_curation_log WHERE fact_id = $1 AND id > $2 AND undone_at IS NULL
         AND action <> 'merge' ORDER BY id DESC LIMIT 1`, [entry.fact_id, id]);
      if (later) {
        throw new DyadError('usage', `curation decision ${id} is not the latest on fact ${entry.fact_id}: undo ${later.id} first`,
          { input: String(id) });
      }
      await factState(tx, entry.fact_id);
      await setFact(tx, entry.fact_id, entry.before as FactState);
    }
    const [row] = await tx.query<EntryRow>(
      `UPDATE server_curation_log SET undone_at = now() WHERE id = $1 ${RETURNING}`, [id]);
    return toEntry(row);
  });
}
