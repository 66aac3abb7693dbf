// Events (visits, calls, meetings, agreements) from stored facts; facts merged by curation become one event.
import type { Driver } from '../../storage/driver';
import { EVENT_TYPES, type Page } from '../core/params';
import { queryFacts, type ApiFact, type DocumentRef, type EvidenceSpan, type FactFilter } from './facts';

export interface ApiEvent {
  /** The id of the fact that stands for the event (the head of a merge). */
  id: number;
  type: string;
  date: string | null;
  pair: string | null;
  body: Record<string, unknown>;
  confidence: number;
  curation: ApiFact['curation'];
  sources: { factId: number; document: DocumentRef; evidence: EvidenceSpan }[];
}

/** Facts that joined another through an active merge are shown only inside it. */
const NOT_MERGED_AWAY = `NOT EXISTS (SELECT 1 FROM server_curation_log m
  WHERE m.action = 'merge' AND m.undone_at IS NULL AND f.id = ANY(m.members))`;

export async function queryEvents(driver: Driver, filter: Omit<FactFilter, 'types'> & { types?: readonly string[] },
  page?: Page): Promise<ApiEvent[]> {
  const facts = await queryFacts(driver, {
    ...filter, types: filter.types?.length ? filter.types : EVENT_TYPES, where: { sql: NOT_MERGED_AWAY, params: [] },
  }, page);
  if (!facts.length) return [];
  const merges = await driver.query<{ fact_id: number; members: number[] }>(
    `SELECT fact_id, members FROM server_curation_log
     WHERE action = 'merge' AND undone_at IS NULL AND fact_id = ANY($1::integer[])`, [facts.map((f) => f.id)]);
  const memberIds = [...new Set(merges.flatMap((m) => m.members))];
  const members = memberIds.length
    ? await queryFacts(driver, { ids: memberIds, includeRejected: filter.includeRejected }) : [];
  const byId = new Map(members.map((f) => [f.id, f]));
  return facts.map((f) => {
    const joined = merges.filter((m) => m.fact_id === f.id).flatMap((m) => m.members)
      .map((id) => byId.get(id)).filter((x): x is ApiFact => x !== undefined);
    return {
      id: f.id, type: f.type, date: f.date, pair: f.pair, body: f.body, confidence: f.confidence, curation: f.curation,
      sources: [f, ...joined].map((s) => ({ factId: s.id, document: s.document, evidence: s.evidence })),
    };
  });
}
