// Loads the command line for bin/dyad.js: from the cached build of the current sources, building it when missing, else through tsx.
// Plain JavaScript (not TypeScript), because it runs before anything could compile TypeScript.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

/**
 * Files outside src/ that change what a build contains or where its imports point: the packages installed (by path),
 * the compiler settings, the version of Node the build targets (added to the key separately).
 */
const KEY_FILES = ['package.json', 'package-lock.json', 'node_modules/.package-lock.json', 'tsconfig.json'];
/** Tests are never part of the build, so editing one does not cost a rebuild. */
const TEST_FILE = /\.test\.tsx?$/;

/**
 * Names the sources as they are now: a hash of the size and modification time of every file under src/ (tests
 * aside) and of KEY_FILES, with the repository's path and Node's version. Any edit, new, removed or renamed file
 * gives another key, so a build made from other sources is never run. Stats only, no reading: about 10 ms of CPU
 * for the 240 files and 50 folders of src/ (syscalls are slow on a shared VM).
 */
export function sourceKey(root = ROOT) {
  const hash = createHash('sha1').update(`${process.versions.node}\0${root}\0`);
  const add = (rel) => {
    try {
      const stat = statSync(join(root, rel));
      hash.update(`${rel}\0${stat.size}\0${stat.mtimeMs}\n`);
    } catch {
      hash.update(`${rel}\0missing\n`);
    }
  };
  for (const rel of KEY_FILES) add(rel);
  const walk = (rel) => {
    for (const entry of readdirSync(join(root, rel), { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const child = `${rel}/${entry.name}`;
      if (entry.isDirectory()) walk(child);
      else if (!TEST_FILE.test(entry.name)) add(child);
    }
  };
  walk('src');
  return hash.digest('hex').slice(0, 16);
}

/** Where builds are kept: $DYAD_CLI_CACHE, else node_modules/.cache/dyad of the repository. */
export function cacheDir(root = ROOT) {
  return process.env.DYAD_CLI_CACHE || join(root, 'node_modules', '.cache', 'dyad');
}

/** The directory of the build of the current sources (which may not exist yet). */
export function buildDir(root = ROOT) {
  return join(cacheDir(root), `cli-${sourceKey(root)}`);
}

/**
 * The CLI module (src/cli/index.ts): imported from the build of the current sources, which is made first when
 * missing (about half a second, once per change of the sources); through tsx when there can be no build
 * (DYAD_CLI_BUNDLE=0, esbuild failing, a cache that cannot be written).
 */
export async function loadCli(root = ROOT) {
  if (process.env.DYAD_CLI_BUNDLE === '0') return viaTsx(root);
  try {
    const dir = buildDir(root);
    const entry = join(dir, 'index.mjs');
    if (!existsSync(entry)) await build(root, dir);
    return await import(pathToFileURL(entry).href);
  } catch {
    // Whatever went wrong (a build that failed, a damaged cache), the sources themselves show the real error if any.
    return viaTsx(root);
  }
}

/** Builds with src/cli/bundle/build.ts, itself TypeScript, which tsx loads for this one import only. */
async function build(root, dir) {
  const { tsImport } = await import('tsx/esm/api');
  const { buildCli } = await tsImport(pathToFileURL(join(root, 'src/cli/bundle/build.ts')).href, import.meta.url);
  await buildCli(dir);
}

async function viaTsx(root) {
  const { register } = await import('tsx/esm/api');
  register();
  return import(pathToFileURL(join(root, 'src/cli/index.ts')).href);
}
