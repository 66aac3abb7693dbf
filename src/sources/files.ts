// Local inputs: which files dyad reads, walking folders in a stable order, and reading within the size limit.
import { closeSync, fstatSync, openSync, readFileSync } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { DyadError } from '../shared/errors';
import { formatBytes } from './fetch';

/** Extensions dyad reads and the content type each one implies. */
export const SUPPORTED_EXTENSIONS: Record<string, string> = {
  '.txt': 'text/plain',
  '.md': 'text/markdown',
  '.html': 'text/html',
  '.htm': 'text/html',
};

export function contentTypeForPath(path: string): string | undefined {
  return SUPPORTED_EXTENSIONS[extname(path).toLowerCase()];
}

export function isSupportedFile(path: string): boolean {
  return contentTypeForPath(path) !== undefined;
}

/**
 * Lists the supported files under a folder, depth first with names sorted, so two runs see the same order.
 * Hidden entries (.git, .DS_Store) are skipped, and a symlink loop is followed only once.
 */
export async function listFolder(dir: string, seen = new Set<string>()): Promise<string[]> {
  const real = await realpath(dir);
  if (seen.has(real)) return [];
  seen.add(real);
  const names = (await readdir(dir)).filter((n) => !n.startsWith('.')).sort();
  const out: string[] = [];
  for (const name of names) {
    const path = join(dir, name);
    let info;
    try {
      info = await stat(path);
    } catch {
      continue; // a dangling symlink inside a folder is not worth failing the folder for
    }
    // A loop, not push(...): a folder of a few hundred thousand files would overflow the stack as arguments.
    if (info.isDirectory()) for (const file of await listFolder(path, seen)) out.push(file);
    else if (info.isFile() && isSupportedFile(path)) out.push(path);
  }
  return out;
}

/** Translates a filesystem error into the reason a user understands. */
export function fileError(path: string, err: unknown): DyadError {
  const code = (err as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return new DyadError('not_found', `${path}: no such file or directory`, { input: path, cause: err });
  if (code === 'EACCES' || code === 'EPERM') return new DyadError('unreadable', `${path}: permission denied`, { input: path, cause: err });
  if (code === 'EISDIR') return new DyadError('unreadable', `${path}: is a folder, not a file`, { input: path, cause: err });
  return new DyadError('unreadable', `${path}: cannot read (${code ?? (err as Error)?.message ?? err})`, { input: path, cause: err });
}

export function fileTooLarge(path: string, size: number, maxBytes: number): DyadError {
  return new DyadError('too_large', `${path}: file is ${formatBytes(size)}, larger than the limit of ${formatBytes(maxBytes)}`, { input: path });
}

/**
 * Reads a file, refusing it by its size before a single byte is read. Synchronous inside: the promise API costs five
 * thread-pool round trips per file (open, stat, read, read to the end, close), several times the CPU of reading a
 * news article itself, and a local file of a few kilobytes blocks the thread for microseconds.
 */
export async function readFileLimited(path: string, maxBytes: number): Promise<Buffer> {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const info = fstatSync(fd);
    if (!info.isFile()) throw fileError(path, Object.assign(new Error('not a file'), { code: 'EISDIR' }));
    if (info.size > maxBytes) throw fileTooLarge(path, info.size, maxBytes);
    return readFileSync(fd);
  } catch (err) {
    if (err instanceof DyadError) throw err;
    throw fileError(path, err);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Reads standard input to its end, within the same size limit as files. */
export async function readStreamLimited(stream: NodeJS.ReadableStream, label: string, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream as AsyncIterable<Buffer | string>) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    total += buf.length;
    if (total > maxBytes) throw new DyadError('too_large', `${label}: input is larger than the limit of ${formatBytes(maxBytes)}`, { input: label });
    chunks.push(buf);
  }
  return Buffer.concat(chunks, total);
}
