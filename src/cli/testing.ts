// Helpers for the CLI's end-to-end tests: runs `node bin/dyad.js` and writes small sample articles of our own.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const DYAD_BIN = join(REPO_ROOT, 'bin', 'dyad.js');

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Environment for a child dyad: never the developer's own database or PostgreSQL. */
export function childEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = { ...process.env, ...extra };
  delete env.DATABASE_URL;
  delete env.DYAD_DB;
  return env;
}

export function startDyad(args: string[], options: { cwd?: string; input?: string } = {}): ChildProcess {
  const child = spawn(process.execPath, [DYAD_BIN, ...args], {
    cwd: options.cwd ?? REPO_ROOT, env: childEnv(), stdio: ['pipe', 'pipe', 'pipe'],
  });
  child.stdin!.end(options.input ?? '');
  return child;
}

export function runDyad(args: string[], options: { cwd?: string; input?: string } = {}): Promise<RunResult> {
  const child = startDyad(args, options);
  let stdout = '';
  let stderr = '';
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => { stdout += chunk; });
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => { stderr += chunk; });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** A fresh temporary folder, removed when the test process exits. */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), `dyad-${prefix}-`));
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** Short articles written for these tests; the countries and people are for illustration only. */
export const SAMPLE_ARTICLES: Record<string, string> = {
  'kenya-ghana.txt': `Kenya and Ghana sign agreements on trade and health

Nairobi, 14 March 2021. The President of Kenya arrived in Accra on 12 March 2021 for a two-day state visit.
During the talks the two countries signed agreements on trade and health.
Trade turnover between Kenya and Ghana reached $120 million in 2020, officials said.
Kenyan exports of tea to Ghana grew to 3,000 tonnes last year.
`,
  'peru-japan.txt': `Peru and Japan discuss a new copper smelter

Lima, 2 June 2019. The foreign ministers of Peru and Japan held a phone call on 1 June 2019.
They discussed a joint copper smelter near Arequipa that the two governments plan to build.
Japan's investment in Peru amounted to $2.5 billion in 2018, the ministry said.
`,
  'norway-chile.html': `<!doctype html><html><head><title>Norway and Chile expand salmon cooperation</title>
<meta property="article:published_time" content="2020-09-21T10:00:00Z"></head><body><article>
<h1>Norway and Chile expand salmon cooperation</h1>
<p>Oslo, 21 September 2020. The Prime Minister of Norway met the President of Chile in Santiago on 18 September 2020.</p>
<p>The two countries signed a memorandum on fisheries and agriculture.</p>
<p>Norwegian exports to Chile reached 400 million euros in 2019, the statistics office reported.</p>
</article></body></html>
`,
};

export function writeSampleArticles(dir: string): string[] {
  return Object.entries(SAMPLE_ARTICLES).map(([name, text]) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  });
}

const COUNTRIES = ['Kenya', 'Ghana', 'Peru', 'Japan', 'Norway', 'Chile', 'Vietnam', 'Morocco', 'Canada', 'Finland',
  'Senegal', 'Mongolia'];
const TOPICS = ['education', 'tourism', 'energy', 'transport', 'culture', 'agriculture'];

/** A small, distinct article for bulk tests: a visit, an agreement and a trade figure between two countries. */
export function generatedArticle(i: number): string {
  const a = COUNTRIES[i % COUNTRIES.length];
  const b = COUNTRIES[(i * 5 + 1) % COUNTRIES.length] === a ? COUNTRIES[(i + 1) % COUNTRIES.length]
    : COUNTRIES[(i * 5 + 1) % COUNTRIES.length];
  const day = (i % 27) + 1;
  const year = 2010 + (i % 12);
  return `${a} and ${b} agree on ${TOPICS[i % TOPICS.length]} (report ${i})

${day} May ${year}. The foreign minister of ${a} visited ${b} on ${day} May ${year}.
The two countries signed an agreement on ${TOPICS[i % TOPICS.length]} cooperation.
Trade turnover between ${a} and ${b} reached $${(i + 1) * 3} million in ${year - 1}.
`;
}
