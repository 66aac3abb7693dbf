// Reads a JSONL file (one JSON object a line, blank lines skipped), naming the file and line of any bad line.
import { readFileSync } from 'node:fs';
import { DyadError } from '../shared/errors';

export function readJsonl<T = Record<string, unknown>>(path: string): T[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new DyadError(code === 'ENOENT' ? 'not_found' : 'unreadable',
      `${path}: ${code === 'ENOENT' ? 'no such file' : 'cannot be read'}`, { input: path, cause: err });
  }
  return parseJsonl<T>(text, path);
}

/** The objects of JSONL text; `name` (a path, or "stdin") is what errors point at. */
export function parseJsonl<T = Record<string, unknown>>(text: string, name: string): T[] {
  const path = name;
  const out: T[] = [];
  text.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (err) {
      throw new DyadError('usage', `${path}:${i + 1}: not a JSON line (${(err as Error).message})`, { input: path, cause: err });
    }
    if (!value || typeof value !== 'object' || Array.isArray(value)) {
      throw new DyadError('usage', `${path}:${i + 1}: expected a JSON object`, { input: path });
    }
    out.push(value as T);
  });
  return out;
}
