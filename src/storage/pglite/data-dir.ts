// Checks and creates the embedded store's directory up front, so an unusable --db fails at once with the reason.
import { accessSync, constants, mkdirSync, readdirSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { DyadError } from '../../shared/errors';

const fail = (dir: string, reason: string, cause?: unknown) =>
  new DyadError('storage', `cannot use ${dir} as the database directory: ${reason}`, { input: dir, cause });

/** Files PGlite (PostgreSQL) keeps at the top of a data directory; one of them marks a directory as a store. */
const STORE_MARKERS = ['PG_VERSION', 'dyad.lock'];

/**
 * Makes sure `dataDir` is a directory this process can use, creating it (and missing parents) if needed.
 * Parents are created one by one rather than with mkdirSync's recursive mode, which loops forever on some
 * special file systems (`/proc/nope`). Returns whether the directory holds a store already.
 */
export function prepareDataDir(dataDir: string): { dir: string; existing: boolean } {
  const dir = resolve(dataDir);
  const missing: string[] = [];
  let at = dir;
  for (;;) {
    let stat;
    try {
      stat = statSync(at);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      // ENOTDIR: a part above is a file, which the next round up reports by name.
      if (code !== 'ENOENT' && code !== 'ENOTDIR') throw fail(dir, `${at}: ${(err as Error).message}`, err);
      missing.unshift(at);
      const parent = dirname(at);
      if (parent === at) throw fail(dir, 'no part of the path exists');
      at = parent;
      continue;
    }
    if (!stat.isDirectory()) throw fail(dir, `${at} is not a directory`);
    break;
  }
  for (const part of missing) {
    try {
      mkdirSync(part);
    } catch (err) {
      throw fail(dir, `cannot create ${part}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`, err);
    }
  }
  try {
    accessSync(dir, constants.R_OK | constants.W_OK | constants.X_OK);
  } catch (err) {
    throw fail(dir, `no permission to read and write it (${(err as NodeJS.ErrnoException).code})`, err);
  }
  const entries = readdirSync(dir);
  const existing = STORE_MARKERS.some((m) => entries.includes(m));
  // A database written into a folder of other files would mix with them and could not be told apart.
  if (!existing && entries.length > 0) throw fail(dir, 'it is not empty and holds no dyad database');
  return { dir, existing };
}
