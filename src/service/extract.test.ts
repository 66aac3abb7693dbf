// Tests extraction without a database: every document in input order, and this thread extracting alongside the pool.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, mock, test } from 'node:test';
import { ExtractionPool } from '../pipeline/pool/index';
import { extract, type ExtractedDocument } from './extract';

const dir = mkdtempSync(join(tmpdir(), 'dyad-extract-service-'));
after(() => rmSync(dir, { recursive: true, force: true }));

// Articles naming no person, so that no document extracted ahead of its turn has to be redone on this thread.
const talks = (day: number): string => `Palau and Nauru sign a fisheries agreement\n\nKoror, ${day} March 2021. The `
  + 'fisheries ministers of Palau and Nauru signed an agreement on tuna licences and agreed on a joint patrol of their waters.\n';

test('with nothing to store, this thread extracts alongside the pool, and the output is what one thread gives', async () => {
  const paths = Array.from({ length: 16 }, (_, i) => {
    const path = join(dir, `talks-${String(i).padStart(2, '0')}.txt`);
    writeFileSync(path, talks(i + 1));
    return path;
  });
  const run = async (workers: number): Promise<ExtractedDocument[]> => {
    const out: ExtractedDocument[] = [];
    await extract(paths, { workers }, { onDocument: (d) => { out.push(d); } });
    return out;
  };
  const one = await run(1);
  // Started beforehand, so the pool is up from the first document on.
  const started = await ExtractionPool.start(1);
  const start = mock.method(ExtractionPool, 'start', async () => started);
  const sent = mock.method(ExtractionPool.prototype, 'process');
  let two: ExtractedDocument[];
  try {
    two = await run(2);
  } finally {
    start.mock.restore();
    sent.mock.restore();
  }
  assert.deepEqual(two.map((d) => [d.name, d.facts]), one.map((d) => [d.name, d.facts]));
  assert.equal(one.length, paths.length);
  assert.ok(one.every((d) => d.facts.length > 0), 'every article gives facts');
  // An ingest's busy writer would leave all but the first to the pool; the sink keeps this thread extracting.
  const pool = sent.mock.callCount();
  assert.ok(pool > 0 && pool < paths.length - 2, `the pool extracted ${pool} of ${paths.length}`);
});
