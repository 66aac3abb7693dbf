// Tests the ingest pipeline against an in-memory store: order, statuses, and failures that do not stop the run.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import type { CleanDocument, Fact, Sentence } from '../shared/types';
import type { SaveOutcome, Store, StoredDocument } from '../storage/types';
import { ingest, type IngestEvent } from './ingest';

const dir = mkdtempSync(join(tmpdir(), 'dyad-pipeline-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function article(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

/** Keeps documents by source; `failOn` makes saving one source fail like a broken database would. */
function memoryStore(failOn?: string): Store & { saved: { doc: CleanDocument; facts: Fact[] }[] } {
  const saved: { doc: CleanDocument; facts: Fact[] }[] = [];
  const bySource = new Map<string, StoredDocument>();
  return {
    saved,
    async saveDocument(doc: CleanDocument, _sentences: Sentence[], facts: Fact[]): Promise<SaveOutcome> {
      if (doc.source === failOn) throw new Error('disk full');
      const previous = bySource.get(doc.source);
      if (previous?.hash === doc.hash) return { status: 'unchanged', document: previous };
      const document: StoredDocument = { id: saved.length + 1, name: doc.name, source: doc.source, title: doc.title,
        language: doc.language, date: doc.date, dateSource: doc.dateSource ?? null, hash: doc.hash,
        size: doc.text.length, version: (previous?.version ?? 0) + 1, ingestedAt: new Date().toISOString() };
      bySource.set(doc.source, document);
      saved.push({ doc, facts });
      return { status: previous ? 'new_version' : 'ingested', document };
    },
    listDocuments: async () => [...bySource.values()].map((d) => ({ ...d, facts: 0 })),
    getDocument: async () => null,
    search: async () => [],
    listFacts: async () => [],
    analyze: async () => {},
    close: async () => {},
  };
}

const fiji = 'Fiji and Samoa agree on fisheries\n\nSuva, 5 July 2018. Fiji and Samoa signed an agreement on fisheries.\n'
  + 'The prime ministers met in Suva and discussed regional shipping routes between the islands.\n';
const tonga = 'Tonga and Vanuatu discuss tourism\n\nNuku\'alofa, 9 August 2019. The tourism ministers of Tonga and '
  + 'Vanuatu met to discuss direct flights and the promotion of cruise tourism in the region.\n';

test('items are reported in order; a missing input and a failing save do not stop the others', async () => {
  const a = article('fiji.txt', fiji);
  const b = article('tonga.txt', tonga);
  const missing = join(dir, 'missing.txt');
  const store = memoryStore(b);
  const events: IngestEvent[] = [];
  const totals: number[] = [];
  const summary = await ingest([a, missing, b], { onStart: (total) => totals.push(total) }, store,
    (event, progress) => { events.push(event); assert.equal(progress.done, events.length); });

  assert.deepEqual(totals, [3]);
  assert.deepEqual(events.map((e) => [e.source, e.status]), [[missing, 'failed'], [a, 'ingested'], [b, 'failed']]);
  assert.equal(events[0].error?.code, 'not_found');
  assert.match(events[2].error?.message ?? '', /disk full/);
  assert.equal(events[2].error?.input, b);
  assert.deepEqual([summary.ingested, summary.unchanged, summary.newVersions, summary.failed], [1, 0, 0, 2]);
  assert.deepEqual(summary.failures.map((f) => f.source), [missing, b]);
  assert.equal(store.saved.length, 1);
  assert.equal(events[1].document?.name, 'fiji');
  assert.equal(events[1].facts, store.saved[0].facts.length);
});

test('the same content again is unchanged, changed content a new version, and --date reaches the document', async () => {
  const path = article('samoa.txt', fiji);
  const store = memoryStore();
  await ingest([path], {}, store);
  const again = await ingest([path], {}, store);
  assert.equal(again.unchanged, 1);
  writeFileSync(path, `${fiji}Both sides will meet again next year.\n`);
  const events: IngestEvent[] = [];
  const changed = await ingest([path], { date: '2018-07-06' }, store, (e) => events.push(e));
  assert.equal(changed.newVersions, 1);
  assert.equal(events[0].document?.version, 2);
  assert.equal(store.saved[1].doc.date, '2018-07-06');
});

test('a document not in English is stored without facts and says why', async () => {
  const path = article('ru.txt', 'Казахстан и Монголия договорились о сотрудничестве\n\nАстана, 3 марта 2020 года. '
    + 'Министры иностранных дел двух стран обсудили развитие торговли, транспорта и туризма, а также подписали '
    + 'соглашение о культурном обмене между университетами и музеями обеих стран.\n');
  const store = memoryStore();
  const events: IngestEvent[] = [];
  await ingest([path], {}, store, (e) => events.push(e));
  assert.equal(events[0].status, 'ingested');
  assert.equal(events[0].skipped, 'language ru');
  assert.equal(events[0].facts, 0);
  assert.deepEqual(store.saved[0].facts, []);
  assert.equal(store.saved[0].doc.language, 'ru');
});
