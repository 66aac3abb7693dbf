// A small in-memory stand-in for the /api/v1 contract (src/server), serving the built UI, for tests of the UI alone.
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';

const TEXT = 'Lena Marsh, the foreign minister of Norland, visited Sudria on 4 March 2022. '
  + 'The two sides signed an agreement on rail transport. Trade between Norland and Sudria reached 40 million dollars in 2021. '
  + 'They aim to bring trade to 90 million dollars by 2023.';

interface MockFact { id: number; type: string; body: Record<string, unknown>; date: string | null; quote: string; curation: string }

function fact(id: number, body: Record<string, unknown>, quote: string, date: string | null): MockFact {
  return { id, type: String(body.type), body, date, quote, curation: 'unreviewed' };
}

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };

export interface Mock { url: string; facts: MockFact[]; close: () => Promise<void> }

/** Starts the mock on a free loopback port; `webDir` is the built UI (dist/web). */
export async function startMock(webDir: string): Promise<Mock> {
  // Codes of two real states so pair keys look like the API's; the people and places are invented.
  const facts = [
    fact(1, { type: 'visit', visitor: 'NOR', host: 'SWE', date: '2022-03-04', place: null, who: 'Lena Marsh' },
      TEXT.split('. ')[0] + '.', '2022-03-04'),
    fact(2, { type: 'agreement', parties: ['NOR', 'SWE'], topic: 'transport', date: '2022-03', status: 'signed' },
      'The two sides signed an agreement on rail transport.', '2022-03'),
    fact(3, { type: 'figure', metric: 'trade_turnover', from: null, to: null, value: 40e6, unit: 'USD', period: '2021', modality: 'actual' },
      'Trade between Norland and Sudria reached 40 million dollars in 2021.', '2021'),
    fact(4, { type: 'figure', metric: 'trade_turnover', from: null, to: null, value: 90e6, unit: 'USD', period: '2023', modality: 'target' },
      'They aim to bring trade to 90 million dollars by 2023.', '2023'),
  ];
  const doc = { id: 1, name: 'norland-sudria', title: 'Norland and Sudria sign a rail deal', date: '2022-03-05',
    source: 'javascript:alert(1)', url: null };
  const evidence = (f: MockFact) => {
    const start = TEXT.indexOf(f.quote);
    return { sentence: 0, start, end: start + f.quote.length, quote: f.quote };
  };
  const live = () => facts.filter((f) => f.curation !== 'rejected');
  const asFact = (f: MockFact) => ({ id: f.id, type: f.type, body: f.body, pair: 'NOR-SWE', date: f.date, confidence: 0.9,
    curation: f.curation, document: doc, evidence: evidence(f) });
  const asEvent = (f: MockFact) => ({ ...asFact(f), sources: [{ factId: f.id, document: doc, evidence: evidence(f) }] });
  const page = <T>(items: T[]) => ({ items, next: null });
  const log: unknown[] = [];
  const routes: [RegExp, (m: RegExpMatchArray, body: Record<string, unknown>) => unknown][] = [
    [/^\/pairs$/, () => page([{ pair: 'NOR-SWE', countries: [{ code: 'NOR', name: 'Norway' }, { code: 'SWE', name: 'Sweden' }],
      documents: 1, events: live().filter((f) => f.type !== 'figure').length, figures: live().filter((f) => f.type === 'figure').length,
      facts: live().length, lastIngested: '2026-01-01T00:00:00Z' }])],
    [/^\/pairs\/NOR-SWE$/, () => ({ pair: 'NOR-SWE', countries: [{ code: 'NOR', name: 'Norway' }, { code: 'SWE', name: 'Sweden' }],
      documents: 1, events: live().filter((f) => f.type !== 'figure').length, figures: 2, facts: live().length, lastIngested: null,
      counts: {}, latestEvents: [], keyFigures: [] })],
    [/^\/events$/, () => page(live().filter((f) => f.type !== 'figure').map(asEvent))],
    [/^\/figures$/, () => page(live().filter((f) => f.type === 'figure' && f.body.modality === 'actual').map((f) => ({
      key: 'k', pair: 'NOR-SWE', metric: f.body.metric, from: null, to: null, unit: 'USD', modality: 'actual', commodity: null,
      points: [{ period: f.body.period, value: f.body.value, conflict: false, sources: asEvent(f).sources }] })))],
    [/^\/pledges$/, () => page(live().filter((f) => f.body.modality === 'target').map((f) => ({ id: f.id, pair: 'NOR-SWE',
      metric: f.body.metric, from: null, to: null, unit: 'USD', value: f.body.value, period: f.body.period, outcome: 'open',
      actual: null, sources: asEvent(f).sources })))],
    [/^\/projects$/, () => page([])],
    [/^\/people$/, () => page([{ id: 7, name: 'Lena Marsh', country: 'NOR', aliases: [], mentions: 1 }])],
    [/^\/documents$/, () => page([{ ...doc, language: 'en', size: TEXT.length, version: 1, hash: 'x', ingestedAt: '2026-01-01T00:00:00Z', facts: live().length }])],
    [/^\/documents\/(1|norland-sudria)$/, () => ({ ...doc, language: 'en', size: TEXT.length, version: 1, hash: 'x',
      ingestedAt: '2026-01-01T00:00:00Z', facts: live().length, text: TEXT, sentences: [], factList: live().map(asFact) })],
    [/^\/facts\/(\d+)\/curation$/, (m, body) => {
      const f = facts.find((x) => x.id === Number(m[1]));
      if (!f) return null;
      f.curation = body.action === 'confirm' ? 'confirmed' : body.action === 'reject' ? 'rejected' : 'edited';
      if (body.action === 'edit') Object.assign(f.body, body.fields);
      const entry = { id: log.length + 1, action: body.action, factId: f.id, members: [f.id], before: null, after: body.fields ?? null,
        author: 'test', reason: null, createdAt: new Date().toISOString(), undoneAt: null };
      log.unshift(entry);
      return { entry, fact: asFact(f) };
    }],
    [/^\/curation\/log$/, () => page(log)],
    [/^\/search$/, () => ({ items: [{ kind: 'document', rank: 1, document: doc, snippet: 'the [trade] between' },
      ...live().filter((f) => f.type === 'figure').map((f) => ({ kind: 'fact', rank: 0.5, fact: asFact(f) }))],
      next: null, total: { documents: 1, facts: 2 }, facets: { pair: { 'NOR-SWE': 3 }, type: { figure: 2 }, year: { 2021: 1, 2023: 1 } } })],
  ];
  const root = resolve(webDir);
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    res.setHeader('content-security-policy', "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:");
    let raw = '';
    req.on('data', (c) => { raw += c; });
    req.on('end', () => {
      if (url.pathname.startsWith('/api/v1/')) {
        const path = url.pathname.slice('/api/v1'.length);
        if (path === '/pairs/NOR-SWE/dossier') {
          res.setHeader('content-type', 'text/html');
          res.end('<!doctype html><html><body><h1>Norway and Sweden</h1><p>A dossier.</p></body></html>');
          return;
        }
        for (const [re, fn] of routes) {
          const m = path.match(re);
          if (!m) continue;
          const out = fn(m, raw ? JSON.parse(raw) : {});
          if (out === null) break;
          res.setHeader('content-type', 'application/json');
          res.end(JSON.stringify(out));
          return;
        }
        res.statusCode = 404;
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify({ error: { code: 'not_found', message: `no route ${path}` } }));
        return;
      }
      const file = join(root, url.pathname === '/' ? 'index.html' : url.pathname);
      if (!file.startsWith(root) || !existsSync(file)) { res.statusCode = 404; res.end(); return; }
      res.setHeader('content-type', TYPES[extname(file)] ?? 'application/octet-stream');
      res.end(readFileSync(file));
    });
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, facts, close: () => new Promise((ok) => server.close(() => ok())) };
}
