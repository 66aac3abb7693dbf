// A lock file in the PGlite data directory: PGlite itself lets two processes open one directory and corrupt it.
import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { DyadError } from '../../shared/errors';

export const LOCK_FILE = 'dyad.lock';

/** Directories this process holds, so a second open in the same process is refused too. */
const heldHere = new Set<string>();

interface LockOwner { pid: number; host: string }

function readOwner(path: string): { raw: string; owner: LockOwner | null } | null {
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
  try {
    const owner = JSON.parse(raw) as LockOwner;
    return { raw, owner: Number.isInteger(owner.pid) ? owner : null };
  } catch {
    // Half-written by a process killed while creating it: nobody owns it.
    return { raw, owner: null };
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function inUse(dir: string): DyadError {
  return new DyadError('storage', `the database in ${dir} is in use by another dyad process`, { input: dir });
}

/**
 * Takes the lock on `dir` or throws DyadError('storage'). A lock left by a dead process (kill -9, crash) on
 * this host is taken over, since the kernel gives no advisory file locks to Node.
 */
export function lockDataDir(dir: string): () => void {
  if (heldHere.has(dir)) {
    throw new DyadError('storage', `the database in ${dir} is already open in this dyad process`, { input: dir });
  }
  const path = join(dir, LOCK_FILE);
  const me = JSON.stringify({ pid: process.pid, host: hostname() } satisfies LockOwner);
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      try {
        writeSync(fd, me);
      } finally {
        closeSync(fd);
      }
      heldHere.add(dir);
      const release = () => {
        process.off('exit', release);
        heldHere.delete(dir);
        const current = readOwner(path);
        if (current?.raw === me) rmSync(path, { force: true });
      };
      // Also release when the process ends without closing the store; a kill -9 is handled by takeover.
      process.on('exit', release);
      return release;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') {
        throw new DyadError('storage', `cannot lock the database in ${dir}: ${(err as Error).message}`,
          { input: dir, cause: err });
      }
    }
    const current = readOwner(path);
    if (current === null) continue; // released meanwhile
    const { owner } = current;
    if (!owner && attempt === 0) {
      // Maybe another process is between creating the file and writing its pid: look again shortly.
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 100);
      continue;
    }
    const ownedByOther = owner && (owner.host !== hostname() || (owner.pid !== process.pid && isAlive(owner.pid)));
    if (ownedByOther) throw inUse(dir);
    // Stale: remove it only if it is still the very file we judged stale, then try again.
    if (readOwner(path)?.raw === current.raw) rmSync(path, { force: true });
  }
  throw inUse(dir);
}
