// Curators' decisions on facts (keyed by document name and fact key, as the service stores them) by fact row id.
import type { Decision } from '../../storage/curation';
import { createCurationStore } from '../../storage/curation';
import type { Driver } from '../../storage/driver';
import { factKey, type FactBody } from '../../shared/kinds/index';

export type Curation = 'unreviewed' | 'confirmed' | 'rejected' | 'edited';

export interface FactCurations {
  /** State and, for an edit, the edited body of each curated fact of the documents' latest versions. */
  byId: Map<number, { curation: Curation; body?: FactBody }>;
  rejectedIds: number[];
}

const STATE: Record<string, Curation> = { confirm: 'confirmed', reject: 'rejected', edit: 'edited' };

/**
 * Decisions in force on single facts, resolved to the row ids of the latest versions' facts they name; with `factIds`,
 * for those facts only (a page of facts needs its own states, not every decided fact of the store).
 */
export async function factCurations(driver: Driver, factIds?: readonly number[]): Promise<FactCurations> {
  const decisions = (await createCurationStore(driver).active()).filter((d: Decision) => d.fact && STATE[d.action]);
  const byId: FactCurations['byId'] = new Map();
  if (!decisions.length) return { byId, rejectedIds: [] };
  const names = [...new Set(decisions.map((d) => d.fact!.doc))];
  const rows = await driver.query<{ id: number; body: FactBody; name: string }>(
    `SELECT f.id, f.body, d.name FROM facts f
     JOIN document_versions v ON v.id = f.version_id AND v.is_latest
     JOIN documents d ON d.id = v.document_id
     WHERE d.name = ANY($1::text[]) AND ($2::integer[] IS NULL OR f.id = ANY($2::integer[]))`,
    [names, factIds ? [...factIds] : null]);
  const latest = new Map<string, Decision>();
  for (const d of decisions) latest.set(`${d.fact!.doc}\u0000${d.fact!.key}`, d);
  for (const r of rows) {
    const d = latest.get(`${r.name}\u0000${factKey(r.body)}`);
    if (!d) continue;
    byId.set(r.id, { curation: STATE[d.action], ...(d.action === 'edit' ? { body: (d.detail as { body: FactBody }).body } : {}) });
  }
  return { byId, rejectedIds: [...byId].filter(([, c]) => c.curation === 'rejected').map(([id]) => id) };
}

export interface ApiDecision extends Decision {
  /** The fact a confirm, reject or edit is about, as stored now (null when its document no longer has it). */
  factId: number | null;
  /** Every fact the decision names (a merge's or split's facts), as stored now. */
  members: number[];
  /** What the decision sets: an edit's body, a merge's groups, a split's facts. */
  after: unknown;
}

/** Decisions with the row ids of the facts they name (decisions themselves name facts by document and key). */
export async function withFactIds(driver: Driver, decisions: Decision[]): Promise<ApiDecision[]> {
  type Ref = { doc: string; key: string };
  const refsOf = (d: Decision): Ref[] => {
    if (d.fact) return [d.fact];
    const detail = d.detail as { groups?: Ref[][]; apart?: Ref[] } | null;
    return [...(detail?.groups?.flat() ?? []), ...(detail?.apart ?? [])];
  };
  const names = [...new Set(decisions.flatMap((d) => refsOf(d).map((r) => r.doc)))];
  const rows = names.length ? await driver.query<{ id: number; body: FactBody; name: string }>(
    `SELECT f.id, f.body, d.name FROM facts f
     JOIN document_versions v ON v.id = f.version_id AND v.is_latest
     JOIN documents d ON d.id = v.document_id
     WHERE d.name = ANY($1::text[]) ORDER BY f.id`, [names]) : [];
  const idOf = new Map<string, number>();
  for (const r of rows) {
    const k = `${r.name}\u0000${factKey(r.body)}`;
    if (!idOf.has(k)) idOf.set(k, r.id);
  }
  return decisions.map((d) => {
    const ids = refsOf(d).map((r) => idOf.get(`${r.doc}\u0000${r.key}`)).filter((x): x is number => x !== undefined);
    return { ...d, factId: d.fact ? (ids[0] ?? null) : null, members: [...new Set(ids)], after: d.detail };
  });
}
