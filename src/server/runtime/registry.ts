// The note a running `dyad serve` leaves in the embedded store's directory, so `dyad ingest` can go through it.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';

const FILE = 'dyad-serve.json';

export interface ServerNote {
  url: string;
  pid: number;
  host: string;
  /** The server's token, so the CLI of the same user can authenticate; the file is readable by its owner only. */
  token: string | null;
}

export function writeServerNote(dataDir: string, note: Omit<ServerNote, 'pid' | 'host'>): () => void {
  const path = join(dataDir, FILE);
  const full: ServerNote = { ...note, pid: process.pid, host: hostname() };
  writeFileSync(path, JSON.stringify(full), { mode: 0o600 });
  const remove = () => {
    process.off('exit', remove);
    if (readServerNote(dataDir)?.pid === process.pid) rmSync(path, { force: true });
  };
  process.on('exit', remove);
  return remove;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The server running on this store, if its process is still alive on this machine. */
export function readServerNote(dataDir: string): ServerNote | null {
  try {
    const note = JSON.parse(readFileSync(join(dataDir, FILE), 'utf8')) as ServerNote;
    if (typeof note.url !== 'string' || !Number.isInteger(note.pid)) return null;
    if (note.host !== hostname() || !alive(note.pid)) return null;
    return note;
  } catch {
    return null;
  }
}
