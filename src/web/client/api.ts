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
/** A record item (an event, a person...) as the API sends it: the consolidated item and every source reporting it. */
export interface RawEvent {
  id: number; type: FactType; body: Record<string, unknown>; pair: string | null; date?: string | null; confidence: number;
  curation: string; sources: { factId: number; document: DocumentRef; evidence: Evidence }[];
}

export interface PairInfo {
  pair: string; countries: { code: string; name: string }[]; documents: number; events: number; figures: number;
  items: number; lastIngested: string | null;
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
  /** A fact id for a plain fact, a record item id (which changes when the record is recomputed) for an item. */
  id: number | string; type: FactType; [field: string]: unknown;
  /** The stored facts behind it: curation confirms, rejects or edits these. */
  factIds: number[];
  docs?: string[]; sources?: SourceRef[]; evidence?: Evidence;
  documentId?: number; documentName?: string; confidence?: number; curation?: string;
  conflict?: boolean; outcome?: 'met' | 'missed' | 'open';
  history?: { status: string; date: string | null; docs: string[]; factId?: number; document?: DocumentRef }[];
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
  id: number; pair: string; name: string; country: string | null; role: string | null; title: string | null;
  aliases: string[]; docs: string[];
  roles?: { role: string; title: string | null; date: string | null; factId: number; document: DocumentRef }[];
  items?: Item[];
}

export interface SearchHit { kind: 'document' | 'fact'; rank: number; document?: DocumentRef; snippet?: string; fact?: Item }
export interface SearchResult {
  items: SearchHit[]; next: string | null; total: { documents: number; facts: number };
  facets: { pair: Record<string, number>; type: Record<string, number>; year: Record<string, number> };
}

export interface CurationEntry {
  id: number; action: string; fact: { doc: string; key: string; type: string } | null; detail: Record<string, unknown> | null;
  pairs: string[]; author: string; reason: string | null; createdAt: string; undoneAt: string | null;
  /** The fact decided on as stored now, when it still is. */
  factId?: number | null;
}

function sourceRef(document: DocumentRef, evidence?: Evidence, factId?: number): SourceRef {
  return { doc: document.name, docId: document.id, date: document.date, title: document.title, url: document.url,
    factId, ...(evidence ? { sentence: evidence.sentence, start: evidence.start, end: evidence.end, quote: evidence.quote } : {}) };
}

export function normaliseFact(f: RawFact): Item {
  return { ...f.body, id: f.id, factIds: [f.id], type: f.type, confidence: f.confidence, curation: f.curation, pair: f.pair,
    evidence: f.evidence, documentId: f.document.id, documentName: f.document.name,
    sources: [sourceRef(f.document, f.evidence, f.id)] } as Item;
}

export function normaliseEvent(e: RawEvent): Item {
  return { ...e.body, id: e.id, factIds: e.sources.map((s) => s.factId), type: e.type,
    date: e.date ?? e.body.date ?? null, confidence: e.confidence,
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

export function hasToken(): boolean {
  return sessionStorage.getItem(TOKEN_KEY) !== null;
}

/** Answers asked for before the code of the page that reads them had loaded (`prefetchPair`), each taken once. */
const early = new Map<string, Promise<unknown>>();

async function call<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
  const asked = method === 'GET' ? early.get(path) : undefined;
  if (asked) {
    early.delete(path);
    return asked as Promise<T>;
  }
  return request<T>(method, path, body);
}

async function request<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
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

/** The first page of a list read page by page: small, so the page shows something at once. */
const FIRST_PAGE = 50;
/**
 * Pairs the home page lists at first, and adds each time more are asked for: an archive of 10,000 documents has
 * thousands of pairs, which would cost a read of every pair's counts before the page shows anything.
 */
export const PAIRS_PAGE = 100;
/** Marks per page of a timeline or chart: small items, so a busy pair's all fit in one. */
const MARKS_PAGE = 5000;

/** Reads every page of a list (the UI shows whole pairs; the API caps each page at 500). */
async function all<T>(path: string, params: Record<string, string | number | undefined>, max = 20000, limit = 500): Promise<T[]> {
  const out: T[] = [];
  let cursor: string | null = null;
  do {
    const page: Page<T> = await call<Page<T>>('GET', path + query({ ...params, limit, cursor: cursor ?? undefined }));
    out.push(...page.items);
    cursor = page.next;
  } while (cursor !== null && out.length < max);
  return out;
}

/**
 * Reads a list page by page, handing each page's items to `onPage` as it arrives: the first page small, so the
 * page shows something at once, the rest in pages of 500. Stops when `live()` turns false (the page was left).
 */
export async function eachPage<T>(path: string, params: Record<string, string | number | undefined>,
  onPage: (items: T[], done: boolean) => void,
  options: { first?: number; live?: () => boolean; between?: () => Promise<void> } = {}): Promise<void> {
  let cursor: string | null = null;
  let limit = options.first ?? FIRST_PAGE;
  do {
    // Pages after the first wait for `between` (the page's idle time), so they never hold up what is on screen.
    if (cursor !== null && options.between) await options.between();
    const page: Page<T> = await call<Page<T>>('GET', path + query({ ...params, limit, cursor: cursor ?? undefined }));
    if (options.live && !options.live()) return;
    cursor = page.next;
    onPage(page.items, cursor === null);
    limit = 500;
  } while (cursor !== null);
}

/** An item as the pair's timeline or chart draws it: what it says and how many documents report it, without sources. */
interface RawMark { id: number; itemId: number; type: FactType; date?: string | null; documents: number; body: Record<string, unknown> }

/** A mark as an item of the page: its fields, no sources (picking it loads them: `api.item`). */
function markItem(m: RawMark): Item {
  return { ...m.body, id: m.id, type: m.type, date: m.date ?? m.body.date ?? null, factIds: [],
    docs: Array.isArray(m.body.docs) ? m.body.docs as string[] : [] } as Item;
}

interface RawSeries {
  key: string; pair: string | null; metric: string; from: string | null; to: string | null; unit: string; modality: string;
  commodity: string | null; points: { itemId: number; period: string | null; value: number; conflict: boolean; sources: RawEvent['sources'] }[];
}
interface RawPledge {
  id: number; pair: string | null; metric: string; from: string | null; to: string | null; unit: string; value: number;
  period: string | null; outcome: 'met' | 'missed' | 'open'; actual: number | null; sources: RawEvent['sources'];
}
interface RawProject {
  id: number; pair: string | null; name: string; sector: string; place: string | null; status: string;
  history: { status: string; date: string | null; docs: string[]; factId?: number; document?: DocumentRef }[]; docs: string[];
  sources: RawEvent['sources'];
}

/** Each point of a figure series as one item of the record. */
function seriesPoints(series: RawSeries[]): Item[] {
  return series.flatMap((s) => s.points.map((p) => ({
    id: p.itemId, factIds: p.sources.map((x) => x.factId), type: 'figure', metric: s.metric, from: s.from, to: s.to,
    value: p.value, unit: s.unit, period: p.period, modality: s.modality, commodity: s.commodity, conflict: p.conflict,
    sources: p.sources.map((x) => sourceRef(x.document, x.evidence, x.factId)),
  } as Item)));
}

/**
 * Asks for the first screen of a pair's page (summary, timeline marks, chart marks, first events page) at once, from
 * the small entry script, while the browser is still loading and compiling the page's code: the server works on them
 * meanwhile, and the page's own calls for the same paths take these answers. The paths are the ones `api.pair`,
 * `api.timeline`, `api.chart` and `api.eventPages` ask for first.
 */
export function prefetchPair(pair: string): void {
  const p = encodeURIComponent(pair);
  for (const path of [`/pairs/${p}`, `/pairs/${p}/timeline${query({ limit: MARKS_PAGE })}`,
    `/pairs/${p}/chart${query({ limit: MARKS_PAGE })}`, `/events${query({ pair, limit: FIRST_PAGE })}`]) {
    const answer = request<unknown>('GET', path);
    answer.catch(() => {}); // reported by the page's own call when it takes the answer
    early.set(path, answer);
  }
}

export const api = {
  /** One page of the pairs, busiest first (the API's order); `next` reads the following one. */
  pairsPage: (cursor: string | null, limit = PAIRS_PAGE) => call<Page<PairInfo>>('GET', `/pairs${query({ limit, cursor: cursor ?? undefined })}`),
  pair: (pair: string) => call<PairSummary>('GET', `/pairs/${encodeURIComponent(pair)}`),
  events: async (pair: string) => (await all<RawEvent>('/events', { pair })).map(normaliseEvent),
  /** A pair's events a page at a time (the first one small), normalised, for a list that fills in as pages arrive. */
  eventPages: (pair: string, onPage: (items: Item[], done: boolean) => void, live: () => boolean,
    between?: () => Promise<void>) =>
    eachPage<RawEvent>('/events', { pair }, (items, done) => onPage(items.map(normaliseEvent), done), { live, between }),
  /** Every event of a pair as a timeline mark: its fields and documents, no sources (a click loads the event). */
  timeline: async (pair: string): Promise<Item[]> =>
    (await all<RawMark>(`/pairs/${encodeURIComponent(pair)}/timeline`, {}, 20000, MARKS_PAGE)).map(markItem),
  /**
   * Every figure and target of a pair as the chart draws it: fields, conflict, a target's outcome, documents; no
   * sources (the largest part of the figures with them), which a picked point loads (`api.item`).
   */
  chart: async (pair: string): Promise<Item[]> =>
    (await all<RawMark>(`/pairs/${encodeURIComponent(pair)}/chart`, {}, 20000, MARKS_PAGE)).map((m) => {
      const item = markItem(m);
      return { ...item, conflict: m.body.conflict === true,
        outcome: m.body.modality === 'target' ? (item.outcome ?? 'open') : undefined } as Item;
    }),
  /** One item of a pair with every source, by the id a list or mark gives it. */
  item: async (pair: string, id: Item['id']) =>
    normaliseEvent(await call<RawEvent>('GET', `/pairs/${encodeURIComponent(pair)}/items/${encodeURIComponent(String(id))}`)),
  latestEvents: async (limit = 10) =>
    (await call<Page<RawEvent>>('GET', `/events${query({ limit, order: 'desc' })}`)).items.map(normaliseEvent),
  figures: async (pair: string) => seriesPoints(await all<RawSeries>('/figures', { pair, modality: 'actual' })),
  /** Actual figures and targets (pledges, judged met, missed or open), asked for at once: one chart draws both. */
  chartFigures: async (pair: string) => {
    const [figures, pledges] = await Promise.all([api.figures(pair), api.pledges(pair)]);
    return [...figures, ...pledges];
  },
  pledges: async (pair: string) => (await all<RawPledge>('/pledges', { pair })).map((p) => ({
    ...p, factIds: p.sources.map((x) => x.factId), type: 'figure', modality: 'target',
    sources: p.sources.map((x) => sourceRef(x.document, x.evidence, x.factId)),
  } as Item)),
  projects: async (pair: string) => (await all<RawProject>('/projects', { pair })).map((p) => ({
    ...p, type: 'project', factIds: p.sources.map((x) => x.factId),
    sources: p.sources.map((x) => sourceRef(x.document, x.evidence, x.factId)),
  } as Item)),
  people: (pair?: string) => all<Person>('/people', { pair }),
  person: async (id: string) => {
    const p = await call<Person & { items: RawEvent[] }>('GET', `/people/${encodeURIComponent(id)}`);
    return { ...p, items: p.items.map(normaliseEvent) } as Person;
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
  /** A decision on an item is the same decision on each of its facts, one after the other (each recomputes the record). */
  curate: async (item: Item, action: 'confirm' | 'reject' | 'edit', fields?: Record<string, unknown>) => {
    for (const id of item.factIds) await call<unknown>('POST', `/facts/${id}/curation`, fields ? { action, fields } : { action });
  },
  split: (id: Item['id'], docs: string[]) => call<unknown>('POST', `/events/${encodeURIComponent(String(id))}/split`, { docs }),
  merge: (ids: Item['id'][]) => call<unknown>('POST', '/events/merge', { ids: ids.map(Number) }),
  curationLog: () => call<Page<CurationEntry>>('GET', '/curation/log?limit=200'),
  undo: (id: number) => call<unknown>('POST', `/curation/${id}/undo`),
  dossierUrl: (pair: string) => `${API}/pairs/${encodeURIComponent(pair)}/dossier?format=html`,
  /** The dossier's HTML fetched with the token, for a server that asks for one (a frame's own request cannot carry it). */
  dossierHtml: async (pair: string) => {
    const res = await fetch(`${API}/pairs/${encodeURIComponent(pair)}/dossier?format=html`,
      { headers: { authorization: `Bearer ${sessionStorage.getItem(TOKEN_KEY) ?? ''}` } });
    if (!res.ok) throw new ApiError(res.status, `http_${res.status}`, `dossier of ${pair}: HTTP ${res.status}`);
    return res.text();
  },
};
