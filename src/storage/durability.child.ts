// Child process for the durability tests: saves into a PGlite store, reports on stdout, waits to be killed.
import { makeDoc, factAt, splitSentences } from './fixtures';
import type { Driver } from './driver';
import { openStore } from './index';
import { migrate } from './migrate';
import { openPglite } from './pglite';
import { createStore } from './store';

export const LOOP_SENTENCES = 150;
export const LOOP_FACTS = 40;

/** The i-th document of the save loop: many sentences and facts, so a kill often lands inside a save. */
export function loopDocument(i: number) {
  const text = Array.from({ length: LOOP_SENTENCES },
    (_, j) => `Report ${i} line ${j} says Austria and Hungary discussed river barge number ${j}.`).join(' ');
  const sentences = splitSentences(text);
  const facts = sentences.slice(0, LOOP_FACTS).map((s) => factAt(sentences, s.text,
    { type: 'meeting', parties: ['AUT', 'HUN'], date: null, place: null }));
  return { doc: makeDoc(`/loop/report-${i}.txt`, `report-${i}`, text), sentences, facts };
}

const ONCE_TEXT = 'Portugal and Angola signed a port agreement. The port of Lobito would be extended.';

export function onceDocument() {
  const sentences = splitSentences(ONCE_TEXT);
  const facts = [factAt(sentences, 'signed', { type: 'agreement', parties: ['PRT', 'AGO'], topic: 'transport',
    date: null, status: 'signed' })];
  return { doc: makeDoc('/once/port.txt', 'port', ONCE_TEXT), sentences, facts };
}

/** A driver that stops for good inside the transaction just before the facts are written. */
function stallBeforeFacts(driver: Driver): Driver {
  const stalling = (tx: Driver): Driver => ({
    ...tx,
    async query<T>(sql: string, params?: unknown[]) {
      if (sql.includes('INSERT INTO facts')) {
        process.stdout.write('inside\n');
        await new Promise(() => {});
      }
      return tx.query<T>(sql, params);
    },
  });
  return { ...driver, transaction: (fn) => driver.transaction((tx) => fn(stalling(tx))) };
}

async function main(mode: string, dir: string) {
  if (mode === 'stall') {
    const driver = await openPglite(dir);
    await migrate(driver);
    const { doc, sentences, facts } = loopDocument(0);
    await createStore(stallBeforeFacts(driver)).saveDocument(doc, sentences, facts);
    return;
  }
  const store = await openStore({ dataDir: dir });
  if (mode === 'once') {
    const { doc, sentences, facts } = onceDocument();
    await store.saveDocument(doc, sentences, facts);
    process.stdout.write('saved\n');
  } else if (mode === 'loop') {
    for (let i = 0; ; i++) {
      const { doc, sentences, facts } = loopDocument(i);
      await store.saveDocument(doc, sentences, facts);
      process.stdout.write(`saved ${i}\n`);
    }
  } else {
    process.stdout.write('open\n');
  }
  // Stay alive holding the database until the test kills us.
  setInterval(() => {}, 1000);
}

if (process.argv[1]?.endsWith('durability.child.ts')) {
  main(process.argv[2], process.argv[3]).catch((err) => {
    process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  });
}
