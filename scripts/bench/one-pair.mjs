// The set-up the record benches share: generated articles all about one pair, and an ingest that returns the ids of
// the documents it stored (bench-record.mjs, bench/record-trace.mjs). Imported under tsx (it loads dyad's sources).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { articleAt } from './generate.mjs';

const { ingest } = await import('../../src/pipeline/ingest.ts');

/**
 * Writes `n` generated articles about `pair` ("KEN-GHA") into a fresh folder; their paths in order, and the folder.
 * With `story` ({ perYear }) the articles tell the pair's story in date order with a stable cast (generate.mjs).
 */
export function writePairCorpus(n, pair, seed = 1, story = undefined) {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-one-pair-corpus-'));
  const files = Array.from({ length: n }, (_, i) => {
    const a = articleAt(i, seed, { pair: pair.split('-'), story });
    writeFileSync(join(dir, a.name), a.text);
    return join(dir, a.name);
  });
  return { dir, files };
}

/** Ingests `paths` into `store` without a record update; the ids of the documents stored (new or a new version). */
export async function ingestIds(store, paths) {
  const ids = [];
  await ingest(paths, {}, store, (event) => {
    if (event.document && (event.status === 'ingested' || event.status === 'new_version')) ids.push(event.document.id);
  });
  return ids;
}
