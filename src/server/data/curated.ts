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

/** Decisions in force on single facts, resolved to the row ids of the latest versions' facts they name. */
export async function factCurations(driver: Driver): Promise<FactCurations> {
  const decisions = (await createCurationStore(driver).active()).filter((d: Decision) => d.fact && STATE[d.action]);
  const byId: FactCurations['byId'] = new Map();
  if (!decisions.length) return { byId, rejectedIds: [] };
  const names = [...new Set(decisions.map((d) => d.fact!.doc))];
  const rows = await driver.query<{ id: number; body: FactBody; name: string }>(
    `SELECT f.id, f.body, d.name FROM facts f
     JOIN document_versions v ON v.id = f.version_id AND v.is_latest
     JOIN documents d ON d.id = v.document_id
     WHERE d.name = ANY($1::text[])`, [names]);
  const latest = new Map<string, Decision>();
  for (const d of decisions) latest.set(`${d.fact!.doc}\u0000${d.fact!.key}`, d);
  for (const r of rows) {
    const d = latest.get(`${r.name}\u0000${factKey(r.body)}`);
    if (!d) continue;
    byId.set(r.id, { curation: STATE[d.action], ...(d.action === 'edit' ? { body: (d.detail as { body: FactBody }).body } : {}) });
  }
  return { byId, rejectedIds: [...byId].filter(([, c]) => c.curation === 'rejected').map(([id]) => id) };
}
