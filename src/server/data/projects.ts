// Joint projects from stored project facts: one per pair and name, with the status each document gave.
import type { Driver } from '../../storage/driver';
import { queryFacts, type DocumentRef, type EvidenceSpan, type FactFilter } from './facts';

export interface Project {
  id: number;
  pair: string | null;
  name: string;
  sector: string;
  place: string | null;
  /** The latest status by document date, then by order in the text. */
  status: string;
  history: { status: string; date: string | null; factId: number; document: DocumentRef; evidence: EvidenceSpan }[];
}

/** Case, punctuation and a leading article do not make two projects. */
function nameKey(name: string): string {
  return name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').replace(/^(the|a|an) /, '').trim();
}

export async function projects(driver: Driver, filter: FactFilter): Promise<Project[]> {
  const facts = await queryFacts(driver, { ...filter, types: ['project'], order: 'document' });
  const byKey = new Map<string, Project>();
  for (const f of facts) {
    const name = String(f.body.name);
    const key = `${f.pair}|${nameKey(name)}`;
    let p = byKey.get(key);
    if (!p) {
      p = { id: f.id, pair: f.pair, name, sector: String(f.body.sector), place: (f.body.place as string | null) ?? null,
        status: String(f.body.status), history: [] };
      byKey.set(key, p);
    }
    if (!p.place && typeof f.body.place === 'string') p.place = f.body.place;
    p.history.push({ status: String(f.body.status), date: f.document.date, factId: f.id, document: f.document,
      evidence: f.evidence });
  }
  for (const p of byKey.values()) {
    // Stable sort: within one date the text order of the query is kept.
    p.history.sort((x, y) => (x.date ?? '').localeCompare(y.date ?? ''));
    p.status = p.history[p.history.length - 1].status;
  }
  return [...byKey.values()].sort((x, y) => (x.pair ?? '').localeCompare(y.pair ?? '') || x.name.localeCompare(y.name));
}
