// A cached copy of an empty PGlite database: a new store is unpacked from it instead of running initdb each time.
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PGlite } from '@electric-sql/pglite';

/** The PGlite version the template was made with: another version gets a template of its own. */
function pgliteVersion(): string {
  try {
    // The package does not export its package.json: find it above its resolved entry point.
    const entry = createRequire(import.meta.url).resolve('@electric-sql/pglite');
    const root = entry.slice(0, entry.lastIndexOf(join('@electric-sql', 'pglite')) + join('@electric-sql', 'pglite').length);
    return (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

/** Where templates live: DYAD_CACHE_DIR, else $XDG_CACHE_HOME/dyad or ~/.cache/dyad, else the temp directory. */
export function templatePath(): string {
  const base = process.env.DYAD_CACHE_DIR
    ?? join(process.env.XDG_CACHE_HOME ?? (homedir() ? join(homedir(), '.cache') : tmpdir()), 'dyad');
  return join(base, `pglite-${pgliteVersion()}-empty.tar.gz`);
}

/** The template's bytes, or null when there is none yet (or it cannot be read). */
export function readTemplate(): Blob | null {
  try {
    return new Blob([readFileSync(templatePath())]);
  } catch {
    return null;
  }
}

/**
 * Saves a freshly initialised, still empty database as the template. Best effort: a cache that cannot be written
 * only means the next new store is created the slow way again. Written aside and renamed, so a reader never
 * sees half a file.
 */
export async function saveTemplate(db: PGlite): Promise<void> {
  const path = templatePath();
  const partial = `${path}.${process.pid}.partial`;
  try {
    const dump = await db.dumpDataDir('gzip');
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(partial, Buffer.from(await dump.arrayBuffer()));
    renameSync(partial, path);
  } catch {
    rmSync(partial, { force: true });
  }
}
