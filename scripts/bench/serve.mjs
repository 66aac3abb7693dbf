// What the API and UI benchmarks share: a corpus with one busy pair, a free port, waiting for `dyad serve`, percentiles.
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { articleAt } from './generate.mjs';
import { countries } from './vocab.mjs';

/**
 * Writes `count` articles about three states only (the generator's templates with its country list narrowed for
 * the call), so that one pair is busy; returns the three states' codes.
 */
export function denseCorpus(dir, count, seed) {
  mkdirSync(dir, { recursive: true });
  const all = [...countries];
  const three = all.slice(0, 3);
  countries.splice(0, countries.length, ...three);
  try {
    for (let i = 0; i < count; i++) {
      const a = articleAt(100000 + i, seed);
      writeFileSync(join(dir, a.name.replace(/^art_/, 'dense_')), a.text);
    }
  } finally {
    countries.splice(0, countries.length, ...all);
  }
  return three.map((c) => c.code);
}

export function freePort() {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.once('error', fail);
    s.listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => ok(port)); });
  });
}

/** Resolves once `url` answers 200; fails if the server process exits or `timeoutMs` passes first. */
export async function waitUp(url, child, timeoutMs) {
  for (let t = Date.now(); Date.now() - t < timeoutMs;) {
    if (child.exitCode !== null) throw new Error(`dyad serve exited with ${child.exitCode}`);
    try { if ((await fetch(url)).ok) return; } catch { /* not yet */ }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`dyad serve did not answer at ${url}`);
}

/** The p-th percentile (nearest rank) of a list of numbers. */
export const pct = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]; };
