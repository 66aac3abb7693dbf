// Hash routes of the UI (#/pair/AZE-BLR, #/doc/12?fact=5): parsing and building, so every page is a link.

export type Route =
  | { page: 'home' }
  | { page: 'pair'; pair: string; tab: string }
  | { page: 'person'; id: string }
  | { page: 'doc'; ref: string; fact: string | null }
  | { page: 'search'; q: string; pair: string; type: string; year: string }
  | { page: 'history' }
  | { page: 'dossier'; pair: string }
  | { page: 'notfound'; path: string };

/** The route a location hash names; anything unknown is a 'notfound' page rather than an error. */
export function parseRoute(hash: string): Route {
  const raw = hash.replace(/^#/, '') || '/';
  const [pathPart, queryPart = ''] = raw.split('?', 2);
  const q = new URLSearchParams(queryPart);
  const parts = pathPart.split('/').filter(Boolean).map(decodeURIComponent);
  const [head, arg] = parts;
  if (parts.length === 0) return { page: 'home' };
  if (head === 'pair' && arg) return { page: 'pair', pair: arg, tab: parts[2] ?? 'overview' };
  if (head === 'person' && arg) return { page: 'person', id: arg };
  if (head === 'doc' && arg) return { page: 'doc', ref: arg, fact: q.get('fact') };
  if (head === 'search') {
    return { page: 'search', q: q.get('q') ?? '', pair: q.get('pair') ?? '', type: q.get('type') ?? '', year: q.get('year') ?? '' };
  }
  if (head === 'history' && parts.length === 1) return { page: 'history' };
  if (head === 'dossier' && arg) return { page: 'dossier', pair: arg };
  return { page: 'notfound', path: pathPart };
}

const enc = encodeURIComponent;

/** Links to each page, built in one place so pages never assemble hashes by hand. */
export const href = {
  home: () => '#/',
  pair: (pair: string, tab?: string) => `#/pair/${enc(pair)}${tab ? `/${enc(tab)}` : ''}`,
  person: (id: string | number) => `#/person/${enc(String(id))}`,
  doc: (ref: string | number, fact?: string | number) =>
    `#/doc/${enc(String(ref))}${fact !== undefined ? `?fact=${enc(String(fact))}` : ''}`,
  search: (p: { q?: string; pair?: string; type?: string; year?: string }) => {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries(p)) if (v) q.set(k, v);
    const s = q.toString();
    return `#/search${s ? `?${s}` : ''}`;
  },
  history: () => '#/history',
  dossier: (pair: string) => `#/dossier/${enc(pair)}`,
};
