// Tests the extraction pool: documents come back extracted, and a dead worker fails the jobs instead of hanging them.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DyadError } from '../../shared/errors';
import { ExtractionPool, workerEntry } from './index';

const raw = (source: string) => ({ source, kind: 'file' as const, contentType: 'text/plain',
  body: Buffer.from('Fiji and Samoa agree on fisheries\n\nSuva, 5 July 2018. Fijian Prime Minister Tevita Ravouvou '
    + 'received Samoan Foreign Minister Lemalu Faasalaina in Suva.\n') });

test('a worker cleans and extracts, recording the lookups of known people; a worker that dies fails what follows', async () => {
  const pool = await ExtractionPool.start(1);
  try {
    const result = await pool.process(raw('a.txt'));
    assert.equal(result.doc.source, 'a.txt');
    assert.ok(result.facts.some((f) => f.type === 'person' && f.name === 'Tevita Ravouvou' && f.country === 'FJI'));
    assert.ok(result.lookups?.some(([key]) => key.length > 0), 'the lookups of the registry are recorded');

    // Stopped from outside, as an out-of-memory kill would: the next job is refused at once.
    await (pool as unknown as { slots: { worker: { terminate(): Promise<number> } }[] }).slots[0].worker.terminate();
    await assert.rejects(pool.process(raw('b.txt')), (err: unknown) => err instanceof DyadError && /worker stopped/.test(err.message));
  } finally {
    await pool.close();
  }
});

test('the bundled worker extracts exactly what the worker run through the TypeScript loader extracts', async () => {
  assert.equal((await workerEntry()).protocol, 'data:', 'the worker is bundled (esbuild is installed with tsx)');
  const bundled = await ExtractionPool.start(1);
  const loaded = new ExtractionPool(1);
  try {
    const [a, b] = await Promise.all([bundled.process(raw('a.txt')), loaded.process(raw('a.txt'))]);
    assert.ok(a.facts.length > 0);
    assert.deepEqual(a, b);
  } finally {
    await Promise.all([bundled.close(), loaded.close()]);
  }
});
