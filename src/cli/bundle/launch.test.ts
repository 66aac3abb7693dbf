// The command's launcher: the key names the sources, a build is made once and reused, a stale one never runs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, renameSync, utimesSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { DYAD_BIN, REPO_ROOT, tempDir, type RunResult } from '../testing';
import { buildDir, sourceKey } from './launch.mjs';

const VERSION = (JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string }).version;

/** Runs bin/dyad.js with its builds kept in `cache` (and the given environment). */
function dyad(args: string[], env: Record<string, string>): Promise<RunResult> {
  const child = spawn(process.execPath, [DYAD_BIN, ...args], {
    cwd: REPO_ROOT, env: { ...process.env, DATABASE_URL: '', DYAD_DB: '', ...env }, stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => { stdout += chunk; });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => { stderr += chunk; });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** The build of the current sources that a launcher with its cache in `cache` looks for. */
function expectedBuild(cache: string): string {
  const saved = process.env.DYAD_CLI_CACHE;
  process.env.DYAD_CLI_CACHE = cache;
  try {
    return buildDir();
  } finally {
    if (saved === undefined) delete process.env.DYAD_CLI_CACHE; else process.env.DYAD_CLI_CACHE = saved;
  }
}

test('the key changes with every source file edited, added or renamed and with the package list, not with tests', () => {
  const root = tempDir('key');
  mkdirSync(join(root, 'src', 'cli'), { recursive: true });
  const source = join(root, 'src', 'cli', 'index.ts');
  const testFile = join(root, 'src', 'cli', 'index.test.ts');
  writeFileSync(source, 'export const a = 1;');
  writeFileSync(testFile, 'test');
  const first = sourceKey(root);
  assert.equal(sourceKey(root), first, 'the same sources give the same key');

  // An edit of the same length: only the modification time tells it.
  writeFileSync(source, 'export const a = 2;');
  utimesSync(source, new Date(), new Date(Date.now() + 5000));
  const edited = sourceKey(root);
  assert.notEqual(edited, first);

  writeFileSync(testFile, 'another test');
  assert.equal(sourceKey(root), edited, 'tests are not part of the build');

  const added = join(root, 'src', 'cities.json');
  writeFileSync(added, '{}');
  const withNew = sourceKey(root);
  assert.notEqual(withNew, edited);
  renameSync(added, join(root, 'src', 'towns.json'));
  const renamed = sourceKey(root);
  assert.notEqual(renamed, withNew);

  writeFileSync(join(root, 'package-lock.json'), '{}');
  assert.notEqual(sourceKey(root), renamed, 'installing packages gives another key');
});

test('the first run builds the command into the cache and later runs use that build', async () => {
  const cache = tempDir('cli-cache');
  const cold = await dyad(['--version'], { DYAD_CLI_CACHE: cache });
  assert.equal(cold.code, 0, cold.stderr);
  assert.equal(cold.stdout, `${VERSION}\n`);
  const build = expectedBuild(cache);
  assert.deepEqual(readdirSync(cache), [basename(build)], 'one build, named after the current sources');

  // Swap in a build that says where it comes from: the next run must take it as it is.
  writeFileSync(join(build, 'index.mjs'), `export async function main() { process.stdout.write('from the cache\\n'); return 0; }`);
  const warm = await dyad(['--version'], { DYAD_CLI_CACHE: cache });
  assert.equal(warm.stdout, 'from the cache\n');
});

test('a build of other sources is never run: the current sources are built beside it', async () => {
  const cache = tempDir('cli-stale');
  const stale = join(cache, 'cli-0000000000000000');
  mkdirSync(stale);
  writeFileSync(join(stale, 'index.mjs'), `export async function main() { process.stdout.write('stale\\n'); return 0; }`);
  const run = await dyad(['--version'], { DYAD_CLI_CACHE: cache });
  assert.equal(run.stdout, `${VERSION}\n`);
  assert.deepEqual(readdirSync(cache).sort(), [basename(expectedBuild(cache)), basename(stale)].sort());
});

test('two commands starting at once on an empty cache both run and leave one whole build', async () => {
  const cache = tempDir('cli-race');
  const runs = await Promise.all([dyad(['--version'], { DYAD_CLI_CACHE: cache }), dyad(['--help'], { DYAD_CLI_CACHE: cache })]);
  assert.deepEqual(runs.map((r) => r.code), [0, 0], runs.map((r) => r.stderr).join('\n'));
  assert.equal(runs[0].stdout, `${VERSION}\n`);
  assert.match(runs[1].stdout, /Usage: dyad/);
  assert.deepEqual(readdirSync(cache), [basename(expectedBuild(cache))], 'no half-written build is left');
});

test('without a usable cache, or with DYAD_CLI_BUNDLE=0, the command runs from the sources through tsx', async () => {
  const unusable = join(tempDir('cli-file'), 'a-file');
  writeFileSync(unusable, '');
  const envs: Record<string, string>[] = [{ DYAD_CLI_CACHE: join(unusable, 'cache') }, { DYAD_CLI_BUNDLE: '0' }];
  for (const env of envs) {
    const run = await dyad(['--version'], env);
    assert.equal(run.code, 0, run.stderr);
    assert.equal(run.stdout, `${VERSION}\n`);
  }
});

test('with --debug the stack trace names the TypeScript sources, not the build', async () => {
  const run = await dyad(['docs', '--db', '/proc/dyad-nope', '--debug'], {});
  assert.equal(run.code, 1);
  assert.match(run.stderr, /src\/storage\/pglite\/data-dir\.ts:\d+/);
  assert.doesNotMatch(run.stderr, /\.cache\/dyad/);
});
