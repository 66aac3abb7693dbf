// Tests that the worker pool gives exactly what one thread gives: same order, facts, failures and people carried over.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, mock, test } from 'node:test';
import { DyadError } from '../shared/errors';
import { expandInputs } from '../sources/index';
import { openStore } from '../storage/index';
import { ingest } from './ingest';
import { freshSchema } from './pg-testing';
import { checkWorkers, processInOrder, type ItemOutcome } from './parallel';
import { ExtractionPool, workerEntry } from './pool/index';

const dir = mkdtempSync(join(tmpdir(), 'dyad-parallel-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function article(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

// The first article states the prime minister's state; the later ones name him by surname only.
const statesIt = 'Fiji and Samoa agree on fisheries\n\nSuva, 5 July 2018. Fijian Prime Minister Tevita Ravouvou received '
  + 'Samoan Foreign Minister Lemalu Faasalaina in Suva. The two sides signed an agreement on fisheries and discussed '
  + 'shipping routes between the islands.\n';
const surnameOnly = (day: number) => `Samoa and Fiji plan a ferry line\n\nApia, ${day} August 2018. Prime Minister `
  + 'Ravouvou arrived in Apia on Monday for a two-day official visit to Samoa. He and his hosts agreed that a new '
  + 'ferry line between Fiji and Samoa would open next year.\n';
const unrelated = 'Tonga and Vanuatu discuss tourism\n\nNuku\'alofa, 9 August 2019. The tourism ministers of Tonga and '
  + 'Vanuatu met to discuss direct flights and the promotion of cruise tourism in the region.\n';

/** Everything an outcome says, as plain data: source, error code and message, or the document and its facts. */
function snapshot(o: ItemOutcome): unknown {
  if (o.error) return { source: o.item.source, error: [o.error.code, o.error.message] };
  const { doc, sentences, facts, skipped } = o.result;
  return { source: o.item.source, doc, sentences, facts, skipped };
}

async function run(paths: string[], workers: number): Promise<ItemOutcome[]> {
  const { items } = await expandInputs(paths, {});
  const out: ItemOutcome[] = [];
  for await (const o of processInOrder(items, { workers })) out.push(o);
  return out;
}

test('three workers give the same outcomes, in the same order, as one, people carried across documents included', async () => {
  const paths = [
    article('a-later.txt', surnameOnly(9)), // before anyone states his state: no country from elsewhere
    article('b-states.txt', statesIt),
    article('c-empty.txt', '   \n\n  '),
    ...Array.from({ length: 8 }, (_, i) => article(`d-${i}.txt`, i % 2 ? unrelated.replace('9 August', `${i} May`) : surnameOnly(10 + i))),
  ];
  const one = await run(paths, 1);
  // Bundled beforehand, the pool is up after the first document, so the workers get some of these small ones.
  await workerEntry();
  const sent = mock.method(ExtractionPool.prototype, 'process');
  const three = await run(paths, 3);
  assert.ok(sent.mock.callCount() > 0, 'the workers extracted some of the documents');
  sent.mock.restore();
  assert.deepEqual(three.map(snapshot), one.map(snapshot));

  assert.equal(one.length, paths.length);
  assert.equal(one[2].error?.code, 'empty');
  const person = (o: ItemOutcome) => o.result?.facts.find((f) => f.type === 'person');
  // Before the stating article the surname stands alone; after it, every later article gets the full name.
  assert.deepEqual([person(one[0])?.type === 'person' && person(one[0])?.name], ['Ravouvou']);
  for (const o of [one[3], one[5], one[7], one[9]]) {
    const p = person(o);
    assert.ok(p && p.type === 'person');
    assert.equal(p.name, 'Tevita Ravouvou');
    assert.equal(p.country, 'FJI');
  }
});

test('a busy caller leaves the extraction to the pool once it is up, and gets what one thread gives', async () => {
  // Articles naming no person: none can be redone here, so every document the pool does not take is this thread's.
  const paths = Array.from({ length: 12 }, (_, i) => article(`busy-${i}.txt`, unrelated.replace('9 August', `${i + 1} May`)));
  const { items } = await expandInputs(paths, {});
  const one = await run(paths, 1);
  // Started beforehand, the pool is up after the first document.
  const started = await ExtractionPool.start(1);
  const start = mock.method(ExtractionPool, 'start', async () => started);
  const sent = mock.method(ExtractionPool.prototype, 'process');
  const busy: ItemOutcome[] = [];
  try {
    for await (const o of processInOrder(items, { workers: 2, leaveToPool: true })) {
      busy.push(o);
      // The caller stores each outcome meanwhile (a write taking this thread); a turn of the event loop stands for it.
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
  } finally {
    start.mock.restore();
    sent.mock.restore();
  }
  assert.deepEqual(busy.map(snapshot), one.map(snapshot));
  assert.ok(sent.mock.callCount() >= paths.length - 1, `the pool extracted ${sent.mock.callCount()} of ${paths.length}`);
});

test('--workers must be a whole number from 1 to 256', () => {
  assert.throws(() => checkWorkers(0), (err: unknown) => err instanceof DyadError && err.code === 'usage' && /--workers/.test(err.message));
  assert.throws(() => checkWorkers(1.5), DyadError);
  assert.equal(checkWorkers(4), 4);
});

test('ingesting with three workers stores the same documents and facts as with one', async () => {
  const paths = [article('e-later.txt', surnameOnly(20)), article('f-states.txt', statesIt),
    ...Array.from({ length: 6 }, (_, i) => article(`g-${i}.txt`, i % 2 ? unrelated.replace('9 August', `${i + 1} June`) : surnameOnly(21 + i)))];
  const stored = async (workers: number) => {
    const schema = await freshSchema();
    const store = await openStore({ url: schema.url });
    try {
      const summary = await ingest(paths, { workers }, store);
      const docs = (await store.listDocuments()).map(({ id: _id, ingestedAt: _at, ...d }) => d)
        .sort((a, b) => a.name.localeCompare(b.name));
      const facts = (await store.listFacts()).map(({ id: _id, documentId: _doc, ...f }) => f)
        .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
      return { summary, docs, facts };
    } finally {
      await store.close();
      await schema.drop();
    }
  };
  const one = await stored(1);
  const three = await stored(3);
  assert.equal(one.summary.ingested, paths.length);
  assert.ok(one.facts.some((f) => f.type === 'person' && f.name === 'Tevita Ravouvou' && f.documentName === 'g-0'));
  assert.deepEqual(three, one);
});
