// Test helpers for the API: a real server over HTTP on each backend, seeded with small articles of our own.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import type { FactBody } from '../shared/types';
import { factAt, makeDoc, splitSentences } from '../storage/fixtures';
import { freshPgSchema } from '../storage/testing-pg';
import { openData, type Data } from './data/index';
import { createApp, type AppOptions } from './index';

export interface Backend {
  name: 'PGlite' | 'PostgreSQL';
  /** Opens an empty store of this kind; dispose() closes and removes it. */
  open(): Promise<{ data: Data; dataDir: string | null; url: string | null; dispose(): Promise<void> }>;
}

export const BACKENDS: Backend[] = [
  {
    name: 'PGlite',
    async open() {
      const dir = mkdtempSync(join(tmpdir(), 'dyad-api-'));
      const data = await openData({ dataDir: dir, url: '' });
      return { data, dataDir: dir, url: null, async dispose() { await data.close(); rmSync(dir, { recursive: true, force: true }); } };
    },
  },
  {
    name: 'PostgreSQL',
    async open() {
      const schema = await freshPgSchema();
      const data = await openData({ url: schema.url });
      return { data, dataDir: null, url: schema.url, async dispose() { await data.close(); await schema.drop(); } };
    },
  },
];

export interface TestServer {
  base: string;
  data: Data;
  /** GET or POST a path under the server, returning the status and the parsed JSON (or text). */
  get(path: string, init?: RequestInit): Promise<{ status: number; body: any; headers: Headers }>;
  post(path: string, json: unknown): Promise<{ status: number; body: any; headers: Headers }>;
  close(): Promise<void>;
}

export async function startTestServer(backend: Backend, options: Omit<AppOptions, 'data'> = {}): Promise<TestServer> {
  const opened = await backend.open();
  const app = createApp({ ...options, data: opened.data, settings: { defaultAuthor: 'tester' } });
  const server = await new Promise<ServerType>((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const get = async (path: string, init?: RequestInit) => {
    const res = await fetch(base + path, init);
    const text = await res.text();
    let body: unknown = text;
    if ((res.headers.get('content-type') ?? '').includes('json')) body = JSON.parse(text);
    return { status: res.status, body, headers: res.headers };
  };
  return {
    base, data: opened.data, get,
    post: (path, json) => get(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(json) }),
    async close() {
      await new Promise<void>((r) => { server.close(() => r()); (server as { closeAllConnections?: () => void }).closeAllConnections?.(); });
      await opened.dispose();
    },
  };
}

interface SeedDoc { name: string; date: string; title: string; text: string; facts: [string, FactBody][] }

/** Invented articles about Norway–Chile (visits, an agreement, a call, turnover with a target and a conflict, a
 * project, a minister) and Japan–Peru (one meeting), with facts as the extractors would give them. */
export const SEED: SeedDoc[] = [
  {
    name: 'oslo-visit', date: '2021-03-03', title: 'Chilean president in Oslo',
    text: 'President Marta Solis of Chile visited Oslo on 3 March 2021. Norway and Chile signed an agreement on trade in Oslo on 3 March 2021. '
      + 'Trade between Norway and Chile reached 900 million dollars in 2020. The two sides want trade to reach 1 billion dollars in 2021.',
    facts: [
      ['visited Oslo', { type: 'visit', visitor: 'CHL', host: 'NOR', date: '2021-03-03', place: 'Oslo' }],
      ['signed an agreement', { type: 'agreement', parties: ['CHL', 'NOR'], topic: 'trade', date: '2021-03-03', status: 'signed' }],
      ['900 million', { type: 'figure', metric: 'trade_turnover', from: 'NOR', to: 'CHL', value: 900e6, unit: 'USD', period: '2020', modality: 'actual' }],
      ['1 billion', { type: 'figure', metric: 'trade_turnover', from: 'NOR', to: 'CHL', value: 1e9, unit: 'USD', period: '2021', modality: 'target' }],
      ['Marta Solis', { type: 'person', name: 'Marta Solis', country: 'CHL', role: 'head_of_state', title: 'President' }],
    ],
  },
  {
    name: 'trade-report', date: '2022-01-10', title: 'Trade with Chile grew',
    text: 'Trade between Norway and Chile reached 1100 million dollars in 2021. Foreign Minister Tove Lindqvist of Norway phoned her Chilean counterpart on 9 January 2022. '
      + 'A salmon hatchery near Puerto Montt is under construction.',
    facts: [
      ['1100 million', { type: 'figure', metric: 'trade_turnover', from: 'CHL', to: 'NOR', value: 1.1e9, unit: 'USD', period: '2021', modality: 'actual' }],
      ['phoned', { type: 'call', parties: ['CHL', 'NOR'], date: '2022-01-09' }],
      ['Tove Lindqvist', { type: 'person', name: 'Tove Lindqvist', country: 'NOR', role: 'foreign_minister', title: 'Foreign Minister' }],
      ['salmon hatchery', { type: 'project', parties: ['CHL', 'NOR'], name: 'Puerto Montt salmon hatchery', sector: 'food', place: 'Puerto Montt', status: 'under_construction' }],
    ],
  },
  {
    name: 'second-view', date: '2022-02-01', title: 'Another count of the trade',
    text: 'Trade between Norway and Chile reached 1300 million dollars in 2021. The Chilean president visited Oslo in March 2021. '
      + 'The salmon hatchery near Puerto Montt was agreed in 2020.',
    facts: [
      ['1300 million', { type: 'figure', metric: 'trade_turnover', from: 'NOR', to: 'CHL', value: 1.3e9, unit: 'USD', period: '2021', modality: 'actual' }],
      ['visited Oslo', { type: 'visit', visitor: 'CHL', host: 'NOR', date: '2021-03', place: 'Oslo' }],
      ['was agreed', { type: 'project', parties: ['CHL', 'NOR'], name: 'The Puerto Montt Salmon Hatchery', sector: 'food', place: null, status: 'agreed' }],
    ],
  },
  {
    name: 'lima-talks', date: '2020-05-05', title: '<script>window.__pwned=1</script> Talks in Lima',
    text: 'Peru and Japan held talks in Lima on 4 May 2020. <img src=x onerror="window.__pwned=1"> was in the page.',
    facts: [['held talks', { type: 'meeting', parties: ['JPN', 'PER'], date: '2020-05-04', place: 'Lima' }]],
  },
];

export async function seed(data: Data): Promise<void> {
  for (const d of SEED) {
    const sentences = splitSentences(d.text);
    const facts = d.facts.map(([needle, body]) => factAt(sentences, needle, body));
    await data.store.saveDocument(makeDoc(`/articles/${d.name}.txt`, d.name, d.text, { title: d.title, date: d.date }),
      sentences, facts);
  }
}
