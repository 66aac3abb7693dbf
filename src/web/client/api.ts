// The browser's client of the dyad HTTP API (/api/v1): one typed function per endpoint, one error type.
import type { FactType } from '../../shared/types';

export const API = '/api/v1';

/** A list page as every list endpoint returns it. */
export interface Page<T> { items: T[]; next: string | number | null; total?: number }

/** A pair of states with how much the store holds about it. */
export interface PairInfo { pair: string; a: string; b: string; documents: number; events: number; figures: number }

/** Where a fact or record item was read: a document and, when known, the evidence span in it. */
export interface SourceRef {
  doc: string; docId?: number; date?: string | null; title?: string | null; url?: string | null;
  factId?: number; sentence?: number; start?: number; end?: number; quote?: string;
}

/**
 * A fact or a consolidated record item as the API returns it. The fields of its kind (src/shared/types) sit at the
 * top level; the rest tells where it came from and what curation did to it.
 */
export interface Item {
  id: number | string; type: FactType; [field: string]: unknown;
  docs?: string[]; sources?: SourceRef[]; evidence?: { sentence: number; start: number; end: number; quote: string };
  documentId?: number; documentName?: string; confidence?: number; curation?: string;
  conflict?: boolean; outcome?: 'met' | 'missed' | 'open'; history?: { status: string; date: string | null; docs: string[] }[];
}

export interface PairSummary {
  pair: string; a: string; b: string; documents: number; events: number; figures: number;
  counts?: Record<string, number>; latest?: Item[]; keyFigures?: Item[];
}

export interface DocumentView {
  id: number; name: string; source: string; title: string | null; date: string | null; language: string;
  ingestedAt: string; size?: number; text: string;
  sentences?: { index: number; start: number; end: number; text: string }[];
  facts: Item[];
}

export interface DocumentListing {
  id: number; name: string; source: string; title: string | null; date: string | null; ingestedAt: string;
  facts?: number;
}

export interface Person extends Item {
  name: string; aliases?: string[]; roles?: { role: string; title?: string; country?: string | null; date?: string | null }[];
  events?: Item[]; figures?: Item[];
}

export interface SearchResult {
  items: { kind: 'document' | 'fact'; document?: DocumentListing; fact?: Item; snippet?: string; rank?: number }[];
  next: string | number | null;
  facets?: { pair?: Record<string, number>; type?: Record<string, number>; year?: Record<string, number> };
}

export interface CurationEntry {
  id: number; factId?: number; action: string; at: string; before?: unknown; after?: unknown; undone?: boolean;
  [field: string]: unknown;
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

/** Reads every page of a list (the UI shows whole pairs; the API caps each page). */
async function all<T>(path: string, params: Record<string, string | number | undefined>, max = 5000): Promise<T[]> {
  const out: T[] = [];
  let cursor: string | number | null | undefined;
  do {
    const page = await call<Page<T>>('GET', path + query({ ...params, limit: 500, cursor: cursor ?? undefined }));
    out.push(...page.items);
    cursor = page.next;
  } while (cursor !== null && cursor !== undefined && out.length < max);
  return out;
}

export const api = {
  pairs: () => all<PairInfo>('/pairs', {}),
  pair: (pair: string) => call<PairSummary>('GET', `/pairs/${encodeURIComponent(pair)}`),
  events: (pair: string) => all<Item>('/events', { pair }),
  latestEvents: (limit = 10) => call<Page<Item>>('GET', `/events${query({ limit, order: 'latest' })}`),
  figures: (pair: string) => all<Item>('/figures', { pair }),
  pledges: (pair: string) => all<Item>('/pledges', { pair }),
  projects: (pair: string) => all<Item>('/projects', { pair }),
  people: (pair?: string) => all<Person>('/people', { pair }),
  person: (id: string) => call<Person>('GET', `/people/${encodeURIComponent(id)}`),
  documents: (limit = 50) => call<Page<DocumentListing>>('GET', `/documents${query({ limit })}`),
  document: (ref: string) => call<DocumentView>('GET', `/documents/${encodeURIComponent(ref)}`),
  facts: (params: Record<string, string | undefined>) => all<Item>('/facts', params),
  search: (params: Record<string, string | undefined>) => call<SearchResult>('GET', `/search${query(params)}`),
  curate: (id: Item['id'], action: 'confirm' | 'reject' | 'edit', changes?: Record<string, unknown>) =>
    call<unknown>('POST', `/facts/${encodeURIComponent(String(id))}/curation`, changes ? { action, changes } : { action }),
  merge: (ids: Item['id'][]) => call<unknown>('POST', '/events/merge', { ids }),
  curationLog: () => call<Page<CurationEntry>>('GET', '/curation/log?limit=200'),
  undo: (id: number) => call<unknown>('POST', `/curation/${id}/undo`),
  dossierUrl: (pair: string) => `${API}/pairs/${encodeURIComponent(pair)}/dossier?format=html`,
};
