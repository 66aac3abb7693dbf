// Compiles the command line into JavaScript modules in a cache directory, so `dyad` starts without the TypeScript loader.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { keepPlaces } from '../../shared/keep-places';

const ENTRY = fileURLToPath(new URL('../index.ts', import.meta.url));
/** The module of a finished build that the launcher imports. */
export const ENTRY_FILE = 'index.mjs';
/** Builds left by earlier versions of the sources are removed once they are this old (a day). */
const KEEP_MS = 24 * 60 * 60 * 1000;

/**
 * Builds the command line into `dir` (a fresh directory named by the launcher after the sources it was built from).
 * The build is written into a directory beside it and renamed into place, so that several processes starting at
 * once never see half a build: the first rename wins and the others find the same build there and drop their own.
 * Split into chunks (`splitting`), so that what the commands import on demand (the extraction pipeline, the
 * server, the PostgreSQL driver) is still loaded only when used. Throws when esbuild fails; the launcher falls back
 * to tsx.
 */
export async function buildCli(dir: string): Promise<void> {
  const parent = dirname(dir);
  mkdirSync(parent, { recursive: true });
  const partial = mkdtempSync(join(parent, `${basename(dir)}.partial-`));
  const esbuild = await import('esbuild');
  try {
    await esbuild.build({
      entryPoints: { index: ENTRY }, outdir: partial, outExtension: { '.js': '.mjs' },
      bundle: true, splitting: true, format: 'esm', platform: 'node', target: `node${process.versions.node}`,
      // Stack traces of `--debug` point into the sources (bin/dyad.js turns source maps on for it).
      sourcemap: 'linked', sourcesContent: false,
      plugins: [keepPlaces], logLevel: 'silent',
      // Node reads \p{...} in regular expressions; without this esbuild rewrites each such literal as a
      // `new RegExp(...)` call, built again every time the code around it runs (per sentence, per word).
      supported: { 'regexp-unicode-property-escapes': true },
    });
    try {
      renameSync(partial, dir);
    } catch (err) {
      // Another process finished the same build first: theirs is as good as ours.
      if (!existsSync(join(dir, ENTRY_FILE))) throw err;
    }
  } finally {
    rmSync(partial, { recursive: true, force: true });
    // esbuild's helper process would otherwise stay until this process exits.
    await esbuild.stop();
  }
  removeOldBuilds(parent, dir);
}

/**
 * Removes the builds of earlier sources (and partial ones of killed processes) older than a day. Not at once: a
 * long-running `dyad serve` started from an earlier build still imports its on-demand chunks from there.
 */
function removeOldBuilds(parent: string, keep: string, now = Date.now()): void {
  for (const name of readdirSync(parent)) {
    const path = join(parent, name);
    if (path === keep || !name.startsWith('cli-')) continue;
    try {
      if (now - statSync(path).mtimeMs > KEEP_MS) rmSync(path, { recursive: true, force: true });
    } catch {
      // Removed by another process meanwhile.
    }
  }
}
