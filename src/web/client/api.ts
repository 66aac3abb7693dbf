// The browser's client of the dyad HTTP API (/api/v1): one typed function per endpoint, one error type.
import type { FactType } from '../../shared/types';

export const API = '/api/v1';

/** A list page as every list endpoint returns it. */
export interface Page<T> { items: T[]; next: string | null }

/** A document as the API names it beside each fact. */
export interface DocumentRef { id: number; name: string; title: string | null; date: string | null; source: string; url: string | null }
export interface Evidence { sentence: number; start: number; end: number; quote: string }

/** A fact as the API sends it: its Facts v1 fields in `body`, its document and evidence beside. */
export interface RawFact {
  id: number; type: FactType; body: Record<string, unknown>; pair: string | null; date: string | null; confidence: number;
  curation: string; document: DocumentRef; evidence: Evidence;
}
/** An event as the API sends it: the fact that stands for it and every source that reports it. */
export interface RawEvent {
  id: number; type: FactType; body: Record<string, unknown>; pair: string | null; date: string | null; confidence: number;
  curation: string; sources: { factId: number; document: DocumentRef; evidence: Evidence }[];
}

export interface PairInfo {
  pair: string; countries: { code: string; name: string }[]; documents: number; events: number; figures: number;
  facts: number; lastIngested: string | null;
}

/** Where a fact or record item was read: a document and, when known, the evidence span in it. */
export interface SourceRef {
  doc: string; docId?: number; date?: string | null; title?: string | null; url?: string | null;
  factId?: number; sentence?: number; start?: number; end?: number; quote?: string;
}

/**
 * A fact, event, figure point, pledge or project as the pages use it: the fields of its kind (src/shared/types) at
 * the top level, then where it came from and what curation did to it. `normalise*` below build it from the API.
 */
export interface Item {
  id: number | string; type: FactType; [field: string]: unknown;
  docs?: string[]; sources?: SourceRef[]; evidence?: Evidence;
  documentId?: number; documentName?: string; confidence?: number; curation?: string;
  conflict?: boolean; outcome?: 'met' | 'missed' | 'open';
  history?: { status: string; date: string | null; source?: SourceRef }[];
}

export interface PairSummary extends PairInfo {
  counts: Record<string, number>; latestEvents: RawEvent[];
  keyFigures: { metric: string; from: string | null; to: string | null; unit: string; period: string | null; value: number; conflict: boolean; sources: number }[];
}

export interface DocumentListing {
  id: number; name: string; source: string; url: string | null; title: string | null; date: string | null;
  language: string; ingestedAt: string; facts: number;
}

/** A document for the reader; `facts` here are the normalised items of its fact list. */
export interface DocumentView extends DocumentListing { text: string; factItems: Item[] }

export interface Person {
  id: number; name: string; country: string | null; aliases: string[]; mentions: number;
  roles?: { role: string; title: string | null; date: string | null; factId: number; document: DocumentRef }[];
  facts?: Item[];
}

export interface SearchHit { kind: 'document' | 'fact'; rank: number; document?: DocumentRef; snippet?: string; fact?: Item }
export interface SearchResult {
  items: SearchHit[]; next: string | null; total: { documents: number; facts: number };
  facets: { pair: Record<string, number>; type: Record<string, number>; year: Record<string, number> };
}

export interface CurationEntry {
  id: number; action: string; factId: number; members: number[]; before: unknown; after: unknown;
  author: string; reason: string | null; createdAt: string; undoneAt: string | null;
}

function sourceRef(document: DocumentRef, evidence?: Evidence, factId?: number): SourceRef {
  return { doc: document.name, docId: document.id, date: document.date, title: document.title, url: document.url,
    factId, ...(evidence ? { sentence: evidence.sentence, start: evidence.start, end: evidence.end, quote: evidence.quote } : {}) };
}

export function normaliseFact(f: RawFact): Item {
  return { ...f.body, id: f.id, type: f.type, confidence: f.confidence, curation: f.curation, pair: f.pair,
    evidence: f.evidence, documentId: f.document.id, documentName: f.document.name,
    sources: [sourceRef(f.document, f.evidence, f.id)] } as Item;
}

export function normaliseEvent(e: RawEvent): Item {
  return { ...e.body, id: e.id, type: e.type, date: e.date ?? e.body.date ?? null, confidence: e.confidence,
    curation: e.curation, pair: e.pair, sources: e.sources.map((s) => sourceRef(s.document, s.evidence, s.factId)) } as Item;
}

/** What went wrong with a call, carrying the API's `{error: {code, message}}`. */
export class ApiError extends Error {
  constructor(readonly status: number, readonly code: string, message: string) { super(message); }
}

const TOKEN_KEY = 'dyad-token';

/** A bearer token given by the user when the server asks for one (server started on a non-loopback address). */
export function setToken(token: string | null): void {
  if (token) sessionStorage.setItem(TOKEN_KEY, token); else sessionStorage.removeItem(TOKEN_KEY);
}

async function call<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  const token = sessionStorage.getItem(TOKEN_KEY);
  if (token) headers.authorization = `Bearer ${token}`;
  if (body !== undefined) headers['content-type'] = 'application/json';
  const res = await fetch(API + path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await res.text();
  let data: unknown = null;
  try { data = text ? JSON.parse(text) : null; } catch { /* a proxy's HTML error page: reported below */ }
  if (!res.ok) {
    const err = (data as { error?: { code?: string; message?: string } } | null)?.error;
    throw new ApiError(res.status, err?.code ?? `http_${res.status}`, err?.message ?? `${method} ${path}: HTTP ${res.status}`);
  }
  return data as T;
}

/** A query string from the defined values only. */
export function query(params: Record<string, string | number | undefined | null>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `?${s}` : '';
}

/** Reads every page of a list (the UI shows whole pairs; the API caps each page at 500). */
async function all<T>(path: string, params: Record<string, string | number | undefined>, max = 20000): Promise<T[]> {
  const out: T[] = [];
  let cursor: string | null = null;
  do {
    const page: Page<T> = await call<Page<T>>('GET', path + query({ ...params, limit: 500, cursor: cursor ?? undefined }));
    out.push(...page.items);
    cursor = page.next;
  } while (cursor !== null && out.length < max);
  return out;
}

interface RawSeries {
  key: string; pair: string | null; metric: string; from: string | null; to: string | null; unit: string; modality: string;
  commodity: string | null; points: { period: string | null; value: number; conflict: boolean; sources: RawEvent['sources'] }[];
}
interface RawPledge {
  id: number; pair: string | null; metric: string; from: string | null; to: string | null; unit: string; value: number;
  period: string | null; outcome: 'met' | 'missed' | 'open'; actual: number | null; sources: RawEvent['sources'];
}
interface RawProject {
  id: number; pair: string | null; name: string; sector: string; place: string | null; status: string;
  history: { status: string; date: string | null; factId: number; document: DocumentRef; evidence: Evidence }[];
}

/** Each point of a figure series as one item; its id is the first reporting fact's, so curation acts on that fact. */
function seriesPoints(series: RawSeries[]): Item[] {
  return series.flatMap((s) => s.points.map((p) => ({
    id: p.sources[0]?.factId ?? `${s.key}:${p.period}`, type: 'figure', metric: s.metric, from: s.from, to: s.to,
    value: p.value, unit: s.unit, period: p.period, modality: s.modality, commodity: s.commodity, conflict: p.conflict,
    sources: p.sources.map((x) => sourceRef(x.document, x.evidence, x.factId)),
  } as Item)));
}

export const api = {
  pairs: () => all<PairInfo>('/pairs', {}),
  pair: (pair: string) => call<PairSummary>('GET', `/pairs/${encodeURIComponent(pair)}`),
  events: async (pair: string) => (await all<RawEvent>('/events', { pair })).map(normaliseEvent),
  latestEvents: async (limit = 10) =>
    (await call<Page<RawEvent>>('GET', `/events${query({ limit, order: 'desc' })}`)).items.map(normaliseEvent),
  figures: async (pair: string) => seriesPoints(await all<RawSeries>('/figures', { pair, modality: 'actual' })),
  pledges: async (pair: string) => (await all<RawPledge>('/pledges', { pair })).map((p) => ({
    ...p, id: p.sources[0]?.factId ?? p.id, type: 'figure', modality: 'target',
    sources: p.sources.map((x) => sourceRef(x.document, x.evidence, x.factId)),
  } as Item)),
  projects: async (pair: string) => (await all<RawProject>('/projects', { pair })).map((p) => ({
    ...p, id: p.history[p.history.length - 1]?.factId ?? p.id, type: 'project',
    sources: p.history.map((h) => sourceRef(h.document, h.evidence, h.factId)),
    history: p.history.map((h) => ({ status: h.status, date: h.date, source: sourceRef(h.document, h.evidence, h.factId) })),
  } as Item)),
  people: (pair?: string) => all<Person>('/people', { pair }),
  person: async (id: string) => {
    const p = await call<Person & { facts: RawFact[] }>('GET', `/people/${encodeURIComponent(id)}`);
    return { ...p, facts: p.facts.map(normaliseFact) } as Person;
  },
  documents: (limit = 50) => call<Page<DocumentListing>>('GET', `/documents${query({ limit })}`),
  document: async (ref: string): Promise<DocumentView> => {
    const d = await call<DocumentListing & { text: string; factList: RawFact[] }>('GET', `/documents/${encodeURIComponent(ref)}`);
    return { ...d, factItems: d.factList.map(normaliseFact) };
  },
  search: async (params: Record<string, string | undefined>): Promise<SearchResult> => {
    const r = await call<Omit<SearchResult, 'items'> & { items: (Omit<SearchHit, 'fact'> & { fact?: RawFact })[] }>(
      'GET', `/search${query({ ...params, limit: 100 })}`);
    return { ...r, items: r.items.map((h) => ({ ...h, fact: h.fact ? normaliseFact(h.fact) : undefined })) };
  },
  curate: (id: Item['id'], action: 'confirm' | 'reject' | 'edit', fields?: Record<string, unknown>) =>
    call<unknown>('POST', `/facts/${encodeURIComponent(String(id))}/curation`, fields ? { action, fields } : { action }),
  merge: (ids: Item['id'][]) => call<unknown>('POST', '/events/merge', { ids: ids.map(Number) }),
  curationLog: () => call<Page<CurationEntry>>('GET', '/curation/log?limit=200'),
  undo: (id: number) => call<unknown>('POST', `/curation/${id}/undo`),
  dossierUrl: (pair: string) => `${API}/pairs/${encodeURIComponent(pair)}/dossier?format=html`,
};
