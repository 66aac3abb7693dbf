// Building the command into the cache: a runnable build, a race lost without harm, old builds cleared after a day.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { REPO_ROOT, tempDir } from '../testing';
import { buildCli, ENTRY_FILE } from './build';

const VERSION = (JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string }).version;

test('the build runs as plain JavaScript, finds the files beside the sources and keeps the on-demand parts apart', async () => {
  const dir = join(tempDir('build'), 'cli-one');
  await buildCli(dir);
  // No tsx in this process: the build imports packages by their own paths and reads package.json beside the sources.
  const script = `const { main } = await import(${JSON.stringify(pathToFileURL(join(dir, ENTRY_FILE)).href)}); ` +
    'process.exitCode = await main(["node", "dyad", "--version"]);';
  assert.equal(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' }), `${VERSION}\n`);
  const entry = readFileSync(join(dir, ENTRY_FILE), 'utf8');
  assert.match(entry, /import\("\.\/storage-\w+\.mjs"\)/, 'the store is loaded on demand, as in the sources');
  assert.ok(readdirSync(dir).some((name) => /^pglite-\w+\.mjs$/.test(name)), 'the embedded driver is a chunk of its own');
});

test('a build that finds the same build already in place keeps that one', async () => {
  const dir = join(tempDir('build-race'), 'cli-two');
  mkdirSync(dir);
  writeFileSync(join(dir, ENTRY_FILE), '// finished first by another process\n');
  await buildCli(dir);
  assert.equal(readFileSync(join(dir, ENTRY_FILE), 'utf8'), '// finished first by another process\n');
  assert.deepEqual(readdirSync(join(dir, '..')), ['cli-two'], 'the partial build is removed');
});

test('builds of earlier sources are removed once a day old, recent ones kept for processes still using them', async () => {
  const cache = tempDir('build-old');
  const old = join(cache, 'cli-old');
  const recent = join(cache, 'cli-recent');
  for (const dir of [old, recent]) {
    mkdirSync(dir);
    writeFileSync(join(dir, ENTRY_FILE), '');
  }
  const twoDaysAgo = new Date(Date.now() - 2 * 24 * 60 * 60 * 1000);
  utimesSync(old, twoDaysAgo, twoDaysAgo);
  await buildCli(join(cache, 'cli-new'));
  assert.equal(existsSync(old), false);
  assert.deepEqual(readdirSync(cache).sort(), ['cli-new', 'cli-recent']);
});
