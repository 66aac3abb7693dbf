// The store's behaviour, run the same way on PGlite (temp directory) and PostgreSQL (a fresh schema).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DyadError } from '../shared/errors';
import type { MeetingFact } from '../shared/types';
import type { Driver } from './driver';
import { factAt, makeDoc, splitSentences } from './fixtures';
import { integrityProblems } from './integrity';
import { migrate, MIGRATION_LOCK_SQL } from './migrate';
import { MIGRATIONS } from './migrations';
import { openPostgres } from './postgres';
import { templatePath } from './pglite/template';
import { STORAGE_BACKENDS } from './testing';
import { freshPgSchema } from './testing-pg';
import { openStore } from './index';
import { createStore } from './store';
import type { Store } from './types';

const backends = STORAGE_BACKENDS;

const TRADE_TEXT = 'Norway and Chile signed a salmon farming agreement in Oslo on 3 March 2021. ' +
  'Minister Ingrid Dahl said exports of salmon would double. ' +
  'Trade between Norway and Chile reached 900 million dollars in 2020.';

for (const backend of backends) {
  describe(`store on ${backend.name}`, () => {
    let driver: Driver;
    let store: Store;
    let dispose: () => Promise<void>;

    before(async () => {
      ({ driver, dispose } = await backend.fresh());
      await migrate(driver);
      store = createStore(driver);
    });
    after(async () => { await dispose?.(); });

    const count = async (sql: string, params: unknown[] = []) =>
      (await driver.query<{ n: number }>(`SELECT count(*)::integer AS n FROM ${sql}`, params))[0].n;

    test('migrations apply once: running them again changes nothing', async () => {
      assert.deepEqual(await migrate(driver), []);
      const rows = await driver.query<{ version: number }>('SELECT version FROM schema_migrations ORDER BY version');
      assert.deepEqual(rows.map((r) => r.version), MIGRATIONS.map((m) => m.version));
    });

    test('a new source is ingested as version 1 with its sentences, facts and entities', async () => {
      const sentences = splitSentences(TRADE_TEXT);
      const facts = [
        factAt(sentences, 'signed', { type: 'agreement', parties: ['NOR', 'CHL'], topic: 'agriculture',
          date: '2021-03-03', status: 'signed' }, 0.9),
        factAt(sentences, 'Ingrid', { type: 'person', name: 'Ingrid Dahl', country: 'NOR', role: 'minister' }),
        factAt(sentences, 'reached', { type: 'figure', metric: 'trade_turnover', from: null, to: null,
          value: 900_000_000, unit: 'USD', period: '2020', modality: 'actual' }, 0.7),
      ];
      const doc = makeDoc('/news/salmon.txt', 'salmon', TRADE_TEXT,
        { title: 'Salmon deal', date: '2021-03-03', dateSource: 'date-line' });
      const out = await store.saveDocument(doc, sentences, facts);
      assert.equal(out.status, 'ingested');
      assert.equal(out.document.name, 'salmon');
      assert.equal(out.document.source, '/news/salmon.txt');
      assert.equal(out.document.version, 1);
      assert.equal(out.document.size, TRADE_TEXT.length);
      assert.equal(out.document.title, 'Salmon deal');
      assert.equal(out.document.date, '2021-03-03');
      assert.equal(out.document.dateSource, 'date-line');
      assert.equal(out.document.hash, doc.hash);
      assert.ok(Math.abs(Date.parse(out.document.ingestedAt) - Date.now()) < 60_000, out.document.ingestedAt);

      const got = await store.getDocument('salmon');
      assert.equal(got?.text, TRADE_TEXT);
      assert.equal(got?.id, out.document.id);
      assert.equal((await store.getDocument(String(out.document.id)))?.name, 'salmon');

      const stored = await store.listFacts({ doc: 'salmon' });
      assert.equal(stored.length, 3);
      // Round trip: body, confidence and evidence come back exactly as given.
      for (const [i, fact] of facts.entries()) {
        const { id, documentId, documentName, curation, ...rest } = stored[i];
        assert.deepEqual(rest, fact);
        assert.equal(documentId, out.document.id);
        assert.equal(documentName, 'salmon');
        assert.equal(curation, 'unreviewed');
        assert.ok(Number.isInteger(id));
      }
      assert.equal(stored[0].evidence.quote, TRADE_TEXT.slice(stored[0].evidence.start, stored[0].evidence.end));

      assert.equal(await count('sentences s JOIN document_versions v ON v.id = s.version_id WHERE v.document_id = $1',
        [out.document.id]), sentences.length);
      const entities = await driver.query<{ kind: string; key: string; name: string; country: string | null }>(
        'SELECT kind, key, name, country FROM entities ORDER BY kind, key');
      assert.deepEqual(entities.filter((e) => ['CHL', 'NOR', 'ingrid dahl|NOR'].includes(e.key)), [
        { kind: 'country', key: 'CHL', name: 'Chile', country: 'CHL' },
        { kind: 'country', key: 'NOR', name: 'Norway', country: 'NOR' },
        { kind: 'person', key: 'ingrid dahl|NOR', name: 'Ingrid Dahl', country: 'NOR' },
      ]);
      // The person's mention is the name itself inside the evidence sentence.
      const [mention] = await driver.query<{ char_start: number; char_end: number }>(
        `SELECT m.char_start, m.char_end FROM mentions m JOIN entities e ON e.id = m.entity_id
         WHERE e.key = 'ingrid dahl|NOR'`);
      assert.equal(TRADE_TEXT.slice(mention.char_start, mention.char_end), 'Ingrid Dahl');
      assert.ok(await count(`entity_aliases a JOIN entities e ON e.id = a.entity_id
        WHERE e.key = 'NOR' AND a.alias = 'Kingdom of Norway'`) === 1);
    });

    test('the same content again is unchanged and writes nothing', async () => {
      const text = 'Kenya and Ghana opened a joint cocoa research centre in Accra.';
      const sentences = splitSentences(text);
      const facts = [factAt(sentences, 'cocoa', { type: 'project', parties: ['KEN', 'GHA'], name: 'cocoa research centre',
        sector: 'agriculture', place: 'Accra', status: 'operating' })];
      const first = await store.saveDocument(makeDoc('/news/cocoa.txt', 'cocoa', text), sentences, facts);
      const factsBefore = await count('facts');
      const sentencesBefore = await count('sentences');
      const again = await store.saveDocument(makeDoc('/news/cocoa.txt', 'cocoa', text), sentences, facts);
      assert.equal(again.status, 'unchanged');
      assert.deepEqual(again.document, first.document);
      assert.equal(await count('facts'), factsBefore);
      assert.equal(await count('sentences'), sentencesBefore);
      assert.equal(await count('document_versions WHERE document_id = $1', [first.document.id]), 1);
    });

    test('changed text at the same source is a new version; the old one is kept', async () => {
      const v1 = 'Japan and Brazil held talks on soybean exports in Tokyo.';
      const v2 = 'Japan and Brazil held talks on soybean exports in Tokyo. The talks ended with a pledge on ethanol.';
      const s1 = splitSentences(v1);
      const s2 = splitSentences(v2);
      const meeting: MeetingFact = { type: 'meeting', parties: ['JPN', 'BRA'], date: null, place: 'Tokyo' };
      const first = await store.saveDocument(makeDoc('https://example.org/soy', 'soy', v1), s1,
        [factAt(s1, 'talks', meeting)]);
      const second = await store.saveDocument(makeDoc('https://example.org/soy', 'soy', v2), s2,
        [factAt(s2, 'talks on', meeting), factAt(s2, 'ethanol', { type: 'agreement', parties: ['BRA', 'JPN'],
          topic: 'energy', date: null, status: 'planned' })]);
      assert.equal(second.status, 'new_version');
      assert.equal(second.document.id, first.document.id);
      assert.equal(second.document.name, 'soy');
      assert.equal(second.document.version, 2);
      assert.notEqual(second.document.hash, first.document.hash);

      assert.equal((await store.getDocument('soy'))?.text, v2);
      assert.equal((await store.listDocuments()).filter((d) => d.name === 'soy').length, 1);
      assert.equal((await store.listFacts({ doc: 'soy' })).length, 2, 'only the latest version\'s facts');
      // The first version is still stored: saving its content again finds it.
      const back = await store.saveDocument(makeDoc('https://example.org/soy', 'soy', v1), s1, []);
      assert.equal(back.status, 'unchanged');
      assert.equal(back.document.version, 1);
      assert.equal(await count('facts WHERE version_id IN (SELECT id FROM document_versions WHERE document_id = $1)',
        [first.document.id]), 3);
    });

    test('a name used by another source gets -2, -3', async () => {
      const text = (n: number) => `Egypt and Sudan discussed water sharing, round ${n}.`;
      const a = await store.saveDocument(makeDoc('/a/nile.txt', 'nile', text(1)), splitSentences(text(1)), []);
      const b = await store.saveDocument(makeDoc('/b/nile.txt', 'nile', text(2)), splitSentences(text(2)), []);
      const c = await store.saveDocument(makeDoc('/c/nile.txt', 'nile', text(3)), splitSentences(text(3)), []);
      assert.deepEqual([a.document.name, b.document.name, c.document.name], ['nile', 'nile-2', 'nile-3']);
      assert.equal((await store.getDocument('nile-2'))?.source, '/b/nile.txt');
      // A new version keeps the name it was given.
      const b2 = await store.saveDocument(makeDoc('/b/nile.txt', 'nile', text(4)), splitSentences(text(4)), []);
      assert.equal(b2.document.name, 'nile-2');
    });

    test('saves racing for one new source or one name each get a consistent outcome', async () => {
      const text = (n: number) => `Uruguay and Paraguay traded beef, batch ${n}.`;
      const save = (source: string, n: number) =>
        store.saveDocument(makeDoc(source, 'beef', text(n)), splitSentences(text(n)), []);
      const sameSource = await Promise.all([save('/race/beef', 1), save('/race/beef', 2), save('/race/beef', 2)]);
      assert.deepEqual(sameSource.map((o) => o.status).sort(), ['ingested', 'new_version', 'unchanged']);
      assert.equal(new Set(sameSource.map((o) => o.document.id)).size, 1);
      const sameName = await Promise.all([save('/race/x/beef', 3), save('/race/y/beef', 4)]);
      assert.deepEqual(sameName.map((o) => o.document.name).sort(), ['beef-2', 'beef-3']);
    });

    test('getDocument finds by id or name and returns null for neither', async () => {
      const text = 'Vietnam and Laos agreed to build a railway.';
      const saved = await store.saveDocument(makeDoc('/news/2024.txt', '2024', text), splitSentences(text), []);
      assert.equal((await store.getDocument('2024'))?.source, '/news/2024.txt', 'an all-digit name is found');
      assert.equal(await store.getDocument('no-such-document'), null);
      assert.equal(await store.getDocument('999999999999'), null);
      assert.equal((await store.getDocument(String(saved.document.id)))?.name, '2024');
    });

    test('listDocuments gives the latest versions, newest ingested first', async () => {
      const names = ['order-one', 'order-two', 'order-three'];
      for (const name of names) {
        const text = `Peru and Bolivia talked about ${name}.`;
        await store.saveDocument(makeDoc(`/order/${name}`, name, text), splitSentences(text), []);
      }
      const listed = (await store.listDocuments()).map((d) => d.name).filter((n) => names.includes(n));
      assert.deepEqual(listed, [...names].reverse());
      const all = await store.listDocuments();
      assert.equal(new Set(all.map((d) => d.id)).size, all.length, 'one row per document');
    });

    test('search ranks by relevance and marks matches in the snippet', async () => {
      const strong = 'Mongolia and Kazakhstan expanded copper mining. The copper mines will export copper ore by rail. ' +
        'Officials expect copper output to grow.';
      const weak = 'Mongolia and Kazakhstan discussed wheat, wool and a little copper among many other goods.';
      await store.saveDocument(makeDoc('/s/weak', 'copper-weak', weak), splitSentences(weak), []);
      await store.saveDocument(makeDoc('/s/strong', 'copper-strong', strong, { title: 'Copper' }),
        splitSentences(strong), []);
      const hits = await store.search('copper');
      assert.deepEqual(hits.map((h) => h.document.name), ['copper-strong', 'copper-weak']);
      assert.ok(hits[0].rank > hits[1].rank);
      assert.match(hits[0].snippet, /\[copper\]/i);
      assert.ok(hits[1].snippet.includes('[copper]'), hits[1].snippet);
      // Stemming and web-search syntax: "mines" finds "mining"; a minus excludes.
      assert.deepEqual((await store.search('mine -wheat')).map((h) => h.document.name), ['copper-strong']);
      assert.deepEqual((await store.search('"copper mines"')).map((h) => h.document.name), ['copper-strong']);
      assert.equal((await store.search('copper', 1)).length, 1);
      assert.deepEqual(await store.search('the and of'), [], 'a query of stop words finds nothing');
      assert.deepEqual(await store.search(''), []);
    });

    test('search looks at latest versions only', async () => {
      const old = 'Croatia and Slovenia argued over a fishing zone named Piranha Bay.';
      const now = 'Croatia and Slovenia settled the border dispute.';
      await store.saveDocument(makeDoc('/s/border', 'border', old), splitSentences(old), []);
      assert.equal((await store.search('Piranha')).length, 1);
      await store.saveDocument(makeDoc('/s/border', 'border', now), splitSentences(now), []);
      assert.deepEqual(await store.search('Piranha'), []);
      assert.deepEqual((await store.search('dispute')).map((h) => [h.document.name, h.document.version]),
        [['border', 2]]);
    });

    test('listFacts filters by document and type, ordered by document then evidence start', async () => {
      const text = 'The president of Senegal visited Mali in May 2019. ' +
        'Senegal and Mali then agreed on a road link. Mali later sent a delegation to Dakar.';
      const sentences = splitSentences(text);
      const visit1 = factAt(sentences, 'visited', { type: 'visit', visitor: 'SEN', host: 'MLI', date: '2019-05',
        place: null });
      const agreement = factAt(sentences, 'road', { type: 'agreement', parties: ['SEN', 'MLI'], topic: 'transport',
        date: null, status: 'signed' });
      const visit2 = factAt(sentences, 'delegation', { type: 'visit', visitor: 'MLI', host: 'SEN', date: null,
        place: 'Dakar' });
      // Given out of order on purpose.
      const saved = await store.saveDocument(makeDoc('/f/sahel', 'sahel', text), sentences, [visit2, agreement, visit1]);
      const other = 'Mali and Niger agreed on grazing routes.';
      const os = splitSentences(other);
      await store.saveDocument(makeDoc('/f/grazing', 'grazing', other), os,
        [factAt(os, 'grazing', { type: 'agreement', parties: ['MLI', 'NER'], topic: 'agriculture', date: null,
          status: 'signed' })]);

      const byName = await store.listFacts({ doc: 'sahel' });
      assert.deepEqual(byName.map((f) => f.evidence.start), [visit1, agreement, visit2].map((f) => f.evidence.start));
      assert.deepEqual(await store.listFacts({ doc: String(saved.document.id) }), byName);
      const visits = await store.listFacts({ doc: 'sahel', type: 'visit' });
      assert.deepEqual(visits.map((f) => f.type === 'visit' && f.visitor), ['SEN', 'MLI']);
      const agreements = await store.listFacts({ type: 'agreement' });
      assert.ok(agreements.every((f) => f.type === 'agreement'));
      const names = agreements.map((f) => f.documentName);
      assert.ok(names.includes('sahel') && names.includes('grazing'));
      assert.ok(names.indexOf('sahel') < names.indexOf('grazing'), 'documents in the order they were stored');
      await assert.rejects(store.listFacts({ doc: 'no-such-document' }), (err: unknown) =>
        err instanceof DyadError && err.code === 'not_found' && err.message.includes('"no-such-document"'));
      const [row] = await driver.query<{ country_a: string; country_b: string }>(
        `SELECT country_a, country_b FROM facts WHERE id = $1`, [agreements.find((f) => f.documentName === 'sahel')!.id]);
      assert.deepEqual(row, { country_a: 'MLI', country_b: 'SEN' }, 'parties are stored as a sorted pair');
    });

    test('a save that breaks a constraint leaves nothing behind', async () => {
      const text = 'Iceland and Greenland planned a ferry line. It would run in summer.';
      const sentences = splitSentences(text);
      const good = factAt(sentences, 'ferry', { type: 'project', parties: ['ISL', 'GRL'], name: 'ferry line',
        sector: 'transport', place: null, status: 'proposed' });
      const danglingEvidence = { ...good, evidence: { ...good.evidence, sentence: 42 } };
      const before = { docs: await count('documents'), versions: await count('document_versions'),
        sentences: await count('sentences'), facts: await count('facts'), entities: await count('entities') };
      await assert.rejects(
        store.saveDocument(makeDoc('/r/ferry', 'ferry', text), sentences, [good, danglingEvidence]),
        (err: unknown) => err instanceof DyadError && err.code === 'storage' && err.message.includes('/r/ferry'));
      assert.equal(await store.getDocument('ferry'), null);
      assert.deepEqual({ docs: await count('documents'), versions: await count('document_versions'),
        sentences: await count('sentences'), facts: await count('facts'), entities: await count('entities') }, before);

      // Same for a new version of a stored document: the old one stays the latest.
      await store.saveDocument(makeDoc('/r/ferry', 'ferry', text), sentences, [good]);
      const changed = `${text} Tickets would be cheap.`;
      const cs = splitSentences(changed);
      const badConfidence = { ...factAt(cs, 'ferry', good), confidence: 7 };
      await assert.rejects(store.saveDocument(makeDoc('/r/ferry', 'ferry', changed), cs, [badConfidence]),
        (err: unknown) => err instanceof DyadError && err.code === 'storage');
      const latest = await store.getDocument('ferry');
      assert.equal(latest?.version, 1);
      assert.equal(latest?.text, text);
    });

    test('listDocuments pages in the database: limit, offset, after, with fact counts', async () => {
      const names = ['page-a', 'page-b', 'page-c', 'page-d'];
      for (const [i, name] of names.entries()) {
        const text = `Chad and Niger discussed livestock corridors, meeting ${name}. Chad agreed on a corridor.`;
        const ss = splitSentences(text);
        const facts = Array.from({ length: i }, () => factAt(ss, 'agreed', { type: 'agreement', parties: ['TCD', 'NER'],
          topic: 'agriculture', date: null, status: 'signed' }));
        await store.saveDocument(makeDoc(`/page/${name}`, name, text), ss, facts);
      }
      const top = await store.listDocuments({ limit: 2 });
      assert.deepEqual(top.map((d) => d.name), ['page-d', 'page-c']);
      assert.deepEqual(top.map((d) => d.facts), [3, 2]);
      const next = await store.listDocuments({ limit: 2, after: top[1].id });
      assert.deepEqual(next.map((d) => d.name), ['page-b', 'page-a']);
      assert.deepEqual(next.map((d) => d.facts), [1, 0]);
      assert.deepEqual((await store.listDocuments({ limit: 1, offset: 2 })).map((d) => d.name), ['page-b']);
      const all = await store.listDocuments();
      assert.deepEqual(all.slice(0, 4).map((d) => d.name), [...names].reverse());
    });

    test('listFacts filters by pair, country and dates and pages by id in SQL', async () => {
      const text = 'Laos visited Cambodia in May 2019. Cambodia and Laos signed a power deal on 2 June 2021. ' +
        'Cambodia sent rice worth 5 million dollars to Laos in 2020. Thailand and Laos met in 2018.';
      const ss = splitSentences(text);
      const facts = [
        factAt(ss, 'visited', { type: 'visit', visitor: 'LAO', host: 'KHM', date: '2019-05', place: null }),
        factAt(ss, 'power', { type: 'agreement', parties: ['KHM', 'LAO'], topic: 'energy', date: '2021-06-02',
          status: 'signed' }),
        factAt(ss, 'rice', { type: 'figure', metric: 'exports', from: 'KHM', to: 'LAO', value: 5e6, unit: 'USD',
          period: '2020-01/2020-12', modality: 'actual', commodity: 'rice' }),
        factAt(ss, 'Thailand', { type: 'meeting', parties: ['THA', 'LAO'], date: '2018', place: null }),
      ];
      await store.saveDocument(makeDoc('/f/mekong', 'mekong', text), ss, facts);
      const ofDoc = <T extends { documentName: string }>(list: T[]) => list.filter((f) => f.documentName === 'mekong');
      const kinds = (list: { type: string }[]) => list.map((f) => f.type);
      assert.deepEqual(kinds(await store.listFacts({ doc: 'mekong', pair: ['LAO', 'KHM'] })), ['visit', 'agreement', 'figure']);
      assert.deepEqual(kinds(await store.listFacts({ doc: 'mekong', pair: ['KHM', 'LAO'] })), ['visit', 'agreement', 'figure']);
      assert.deepEqual(kinds(ofDoc(await store.listFacts({ country: 'THA' }))), ['meeting']);
      assert.deepEqual(kinds(await store.listFacts({ doc: 'mekong', from: '2020' })), ['agreement', 'figure']);
      assert.deepEqual(kinds(await store.listFacts({ doc: 'mekong', to: '2019-05-31' })), ['visit', 'meeting']);
      assert.deepEqual(kinds(await store.listFacts({ doc: 'mekong', from: '2020-06', to: '2020-06' })), ['figure']);
      assert.deepEqual(kinds(await store.listFacts({ doc: 'mekong', from: '2019-05-10', to: '2019-05-10' })), ['visit']);
      const first = await store.listFacts({ doc: 'mekong', limit: 2 });
      assert.deepEqual(kinds(first), ['visit', 'agreement']);
      const rest = await store.listFacts({ doc: 'mekong', limit: 2, after: first[1].id });
      assert.deepEqual(kinds(rest), ['figure', 'meeting']);
      assert.deepEqual(await store.listFacts({ doc: 'mekong', after: rest[1].id }), []);
      assert.deepEqual(kinds(await store.listFacts({ doc: 'mekong', type: 'visit', pair: ['KHM', 'LAO'] })), ['visit']);
    });

    test('the same content under another source is one document with two sources; facts counted once', async () => {
      const text = 'Bhutan and Nepal agreed to open a trekking route across the border.';
      const ss = splitSentences(text);
      const fact = factAt(ss, 'agreed', { type: 'agreement', parties: ['BTN', 'NPL'], topic: 'tourism', date: null,
        status: 'signed' });
      const first = await store.saveDocument(makeDoc('/copies/trek.txt', 'trek', text), ss, [fact]);
      const factsBefore = await count('facts');
      const copy = await store.saveDocument(makeDoc('https://example.org/trek-copy', 'trek-copy', text), ss, [fact]);
      assert.equal(copy.status, 'unchanged');
      assert.equal(copy.addedSource, 'https://example.org/trek-copy');
      assert.equal(copy.document.id, first.document.id);
      assert.equal(await count('facts'), factsBefore, 'no second set of facts');
      assert.equal(await store.getDocument('trek-copy'), null, 'no second document');
      assert.deepEqual((await store.getDocument('trek'))?.sources, ['/copies/trek.txt', 'https://example.org/trek-copy']);
      assert.equal((await store.saveDocument(makeDoc('https://example.org/trek-copy', 'trek-copy', text), ss, [fact])).status,
        'unchanged');
      // The copy changes: it becomes a document of its own and the first keeps only its own source.
      const changed = `${text} The route opens in spring.`;
      const own = await store.saveDocument(makeDoc('https://example.org/trek-copy', 'trek-copy', changed),
        splitSentences(changed), []);
      assert.equal(own.status, 'ingested');
      assert.equal(own.document.name, 'trek-copy');
      assert.deepEqual((await store.getDocument('trek'))?.sources, ['/copies/trek.txt']);
    });

    test('--date on stored content is a new version with that date; old versions can be read', async () => {
      const text = 'Malta and Cyprus agreed on a ferry timetable.';
      const ss = splitSentences(text);
      const first = await store.saveDocument(makeDoc('/dates/ferry', 'dated', text, { date: '2020-01-05', dateSource: 'date-line' }), ss, []);
      const same = await store.saveDocument(makeDoc('/dates/ferry', 'dated', text, { date: '2020-01-05', dateSource: 'date-line' }), ss, []);
      assert.equal(same.status, 'unchanged');
      const fixed = await store.saveDocument(makeDoc('/dates/ferry', 'dated', text, { date: '2019-12-30', dateSource: 'override' }), ss, []);
      assert.equal(fixed.status, 'new_version');
      assert.equal(fixed.document.version, 2);
      assert.equal(fixed.document.date, '2019-12-30');
      const again = await store.saveDocument(makeDoc('/dates/ferry', 'dated', text, { date: '2019-12-30', dateSource: 'override' }), ss, []);
      assert.equal(again.status, 'unchanged');
      assert.equal((await store.getDocument('dated'))?.date, '2019-12-30');
      const old = await store.getDocument('dated', { version: 1 });
      assert.equal(old?.date, '2020-01-05');
      assert.equal(old?.version, 1);
      assert.equal(old?.versions, 2);
      assert.equal(old?.id, first.document.id);
      assert.equal(await store.getDocument('dated', { version: 3 }), null);
    });

    test('a document with facts is saved in a handful of statements', async () => {
      const statements: string[] = [];
      const counting = (d: Driver): Driver => ({
        ...d,
        query: (sql, params) => { statements.push(sql); return d.query(sql, params); },
        transaction: (fn) => d.transaction((tx) => fn(counting(tx))),
      });
      const counted = createStore(counting(driver));
      const text = 'Oman and Qatar signed a shipping accord. Minister Salim Harbi of Oman and Minister Noor Fadel of ' +
        'Qatar met in Doha. Trade between Oman and Qatar reached 2 billion dollars in 2022.';
      const ss = splitSentences(text);
      const facts = [
        factAt(ss, 'accord', { type: 'agreement', parties: ['OMN', 'QAT'], topic: 'transport', date: null, status: 'signed' }),
        factAt(ss, 'Salim', { type: 'person', name: 'Salim Harbi', country: 'OMN', role: 'minister' }),
        factAt(ss, 'Noor', { type: 'person', name: 'Noor Fadel', country: 'QAT', role: 'minister' }),
        factAt(ss, 'Doha', { type: 'meeting', parties: ['OMN', 'QAT'], date: null, place: 'Doha' }),
        factAt(ss, 'reached', { type: 'figure', metric: 'trade_turnover', from: null, to: null, value: 2e9, unit: 'USD',
          period: '2022', modality: 'actual' }),
      ];
      await counted.saveDocument(makeDoc('/few/shipping', 'shipping', text), ss, facts);
      assert.ok(statements.length <= 9, `${statements.length} statements: ${statements.map((q) => q.slice(0, 40)).join(' | ')}`);
      assert.equal((await store.listFacts({ doc: 'shipping' })).length, 5);
      const people = await driver.query<{ key: string; alias: string }>(
        `SELECT e.key, a.alias FROM entities e JOIN entity_aliases a ON a.entity_id = e.id
         WHERE e.key IN ('salim harbi|OMN', 'noor fadel|QAT') ORDER BY e.key`);
      assert.deepEqual(people, [{ key: 'noor fadel|QAT', alias: 'Noor Fadel' }, { key: 'salim harbi|OMN', alias: 'Salim Harbi' }]);
      assert.equal(await count(`mentions m JOIN entities e ON e.id = m.entity_id WHERE e.key = 'QAT'`) >= 1, true);
    });

    test('names are chosen among the similar names only, in byte order', async () => {
      const text = (n: number) => `Benin and Togo discussed a coastal road, draft ${n}.`;
      const save = (source: string, name: string, n: number) =>
        store.saveDocument(makeDoc(source, name, text(n)), splitSentences(text(n)), []);
      await save('/names/1', 'coast', 1);
      await save('/names/2', 'coast-road', 2);
      await save('/names/3', 'coastal', 3);
      await save('/names/4', 'coast-2', 4);
      assert.equal((await save('/names/5', 'coast', 5)).document.name, 'coast-3');
    });

    test('concurrent writers sharing entities do not deadlock', async () => {
      const people = ['Aiko Brandt', 'Bela Costa', 'Cyra Dunn', 'Dario Ekwe'];
      const saves = Array.from({ length: 8 }, (_, i) => {
        const order = i % 2 ? [...people].reverse() : people;
        const text = `Gabon and Congo met in round ${i}. ${order.map((p) => `Minister ${p} spoke.`).join(' ')}`;
        const ss = splitSentences(text);
        const facts = order.map((p) => factAt(ss, p, { type: 'person', name: p, country: i % 2 ? 'GAB' : 'COG', role: 'minister' }));
        return store.saveDocument(makeDoc(`/deadlock/${i}`, `deadlock-${i}`, text), ss, facts);
      });
      const outcomes = await Promise.all(saves);
      assert.deepEqual(outcomes.map((o) => o.status), Array(8).fill('ingested'));
      assert.equal(await count(`entities WHERE kind = 'person' AND key LIKE '%|GAB'`), 4);
    });

    test('statistics are gathered again as the saves of a session double, without waiting for close', async () => {
      const session = createStore(driver);
      const estimate = async () => (await driver.query<{ n: number }>(
        `SELECT reltuples::integer AS n FROM pg_class WHERE oid = 'documents'::regclass`)
      )[0]?.n;
      const rows = async () => Number((await driver.query<{ n: number }>('SELECT count(*)::integer AS n FROM documents'))[0].n);
      const saveOne = (i: number) => {
        const text = `Niger and Benin held talks on river transport, round ${i}.`;
        return session.saveDocument(makeDoc(`/stats/${i}`, `stats-${i}`, text), splitSentences(text), []);
      };
      for (let i = 1; i < 50; i++) await saveOne(i);
      // PostgreSQL's autovacuum may gather statistics at any moment on its own; PGlite has none, so only there is
      // "not yet" certain.
      if (backend.name === 'PGlite') assert.notEqual(await estimate(), await rows(), 'no statistics before the 50th save');
      await saveOne(50);
      assert.equal(await estimate(), await rows(), 'the 50th save gathers statistics');
    });

    test('statistics are gathered for the store\'s own tables, not for other schemas of the database', async (t) => {
      if (backend.name !== 'PostgreSQL') return t.skip('one schema per embedded store');
      const other = `dyad_other_${process.pid}_${Date.now()}`;
      await driver.exec(`CREATE SCHEMA ${other}; CREATE TABLE ${other}.notes (n integer); INSERT INTO ${other}.notes VALUES (1), (2)`);
      try {
        await store.analyze();
        const [row] = await driver.query<{ own: boolean; foreign: boolean }>(
          `SELECT (SELECT last_analyze IS NOT NULL FROM pg_stat_user_tables
                   WHERE schemaname = current_schema() AND relname = 'documents') AS own,
                  (SELECT last_analyze IS NOT NULL FROM pg_stat_user_tables
                   WHERE schemaname = $1 AND relname = 'notes') AS foreign`, [other]);
        assert.deepEqual(row, { own: true, foreign: false });
      } finally {
        await driver.exec(`DROP SCHEMA ${other} CASCADE`);
      }
    });

    test('search can use the full-text index; analyze gathers statistics', async () => {
      await store.analyze();
      const [stats] = await driver.query<{ n: number }>(`SELECT reltuples::integer AS n FROM pg_class WHERE relname = 'sentences'`);
      assert.ok(stats.n > 0, 'statistics gathered');
      // On a few rows a scan is cheaper than any index; with scans made dear the plan shows that the query's
      // shape can use the full-text index at all.
      let plan = '';
      await driver.transaction(async (tx) => {
        await tx.exec('SET LOCAL enable_seqscan = off');
        const rows = await tx.query<Record<string, string>>(
          `EXPLAIN SELECT s.version_id FROM document_search s
           WHERE s.search @@ websearch_to_tsquery('english', 'copper')`);
        plan = rows.map((r) => Object.values(r)[0]).join('\n');
      });
      assert.match(plan, /Bitmap Index Scan on document_search_vector/);
    });

    test('the search table holds the latest version of each document, and only that one', async () => {
      const [row] = await driver.query<{ stale: number; missing: number }>(
        `SELECT (SELECT count(*) FROM document_search s JOIN document_versions v ON v.id = s.version_id
                 WHERE NOT v.is_latest)::integer AS stale,
                (SELECT count(*) FROM document_versions v LEFT JOIN document_search s ON s.version_id = v.id
                 WHERE v.is_latest AND s.version_id IS NULL)::integer AS missing`);
      assert.deepEqual(row, { stale: 0, missing: 0 });
    });

    test('a batch saves in one transaction what one save after another would, or nothing at all', async () => {
      const texts = ['Malta and Cyprus opened a night crossing.', 'Malta and Cyprus opened a second night crossing.'];
      const items = [
        { doc: makeDoc('/batch/a.txt', 'crossing', texts[0]), sentences: splitSentences(texts[0]), facts: [] },
        // The same name: the batch sees the first one's row and picks the next free name.
        { doc: makeDoc('/batch/b.txt', 'crossing', texts[1]), sentences: splitSentences(texts[1]), facts: [] },
        // The same content as the first under another source: a source of that document.
        { doc: makeDoc('/batch/c.txt', 'crossing-copy', texts[0]), sentences: splitSentences(texts[0]), facts: [] },
      ];
      const outcomes = await store.saveDocuments!(items);
      assert.deepEqual(outcomes.map((o) => [o.status, o.document.name]),
        [['ingested', 'crossing'], ['ingested', 'crossing-2'], ['unchanged', 'crossing']]);
      assert.equal(outcomes[2].addedSource, '/batch/c.txt');

      const text = 'Iceland and Greenland discussed fishing quotas.';
      const sentences = splitSentences(text);
      const broken = { ...factAt(sentences, 'fishing', { type: 'agreement', parties: ['ISL', 'GRL'], topic: 'agriculture',
        date: null, status: 'signed' }), confidence: 2 };
      await assert.rejects(store.saveDocuments!([
        { doc: makeDoc('/batch/d.txt', 'quotas', text), sentences, facts: [] },
        { doc: makeDoc('/batch/e.txt', 'quotas-broken', `${text} Again.`), sentences, facts: [broken] },
      ]), (err: unknown) => err instanceof DyadError && err.code === 'storage');
      assert.equal(await store.getDocument('quotas'), null, 'the batch left nothing behind');
    });

    test('evidence outside the text is refused before touching the database', async () => {
      const text = 'Fiji and Samoa agreed on rugby exchanges.';
      const sentences = splitSentences(text);
      const fact = factAt(sentences, 'rugby', { type: 'agreement', parties: ['FJI', 'WSM'], topic: 'sport', date: null,
        status: 'signed' });
      await assert.rejects(
        store.saveDocument(makeDoc('/r/rugby', 'rugby', text), sentences,
          [{ ...fact, evidence: { ...fact.evidence, end: text.length + 5 } }]),
        /\/r\/rugby.*outside the document text/);
      assert.equal(await store.getDocument('rugby'), null);
    });

    // Migration 010 left these links to the writer; the check runs last, over everything this suite saved.
    test('every saved row has its parent: no orphan sentence, fact, evidence, mention or spelling', async () => {
      assert.deepEqual(await integrityProblems(driver), []);
      // The check can fail: a spelling of an entity that does not exist is reported, then removed.
      await driver.query("INSERT INTO entity_aliases (entity_id, alias) VALUES (-1, 'nobody')");
      assert.deepEqual(await integrityProblems(driver), ['spellings without their entity: 1']);
      await driver.query('DELETE FROM entity_aliases WHERE entity_id = -1');
    });
  });
}

describe('openStore and migrations on PostgreSQL', () => {
  test('a url (or DATABASE_URL) selects PostgreSQL; opening twice keeps the data', async () => {
    const schema = await freshPgSchema();
    const saved = process.env.DATABASE_URL;
    try {
      const first = await openStore({ url: schema.url });
      const text = 'Estonia and Finland linked their power grids.';
      await first.saveDocument(makeDoc('/pg/grid', 'grid', text), splitSentences(text), []);
      await first.close();
      process.env.DATABASE_URL = schema.url;
      const second = await openStore({ dataDir: '/nonexistent/never-created' });
      assert.deepEqual((await second.listDocuments()).map((d) => d.name), ['grid']);
      await second.close();
    } finally {
      if (saved === undefined) delete process.env.DATABASE_URL; else process.env.DATABASE_URL = saved;
      await schema.drop();
    }
  });

  test('an unreachable server is a storage error that hides the password', async () => {
    await assert.rejects(openStore({ url: 'postgres://dyad:secret@127.0.0.1:1/none' }), (err: unknown) =>
      err instanceof DyadError && err.code === 'storage' && err.message.includes('cannot connect to PostgreSQL at') &&
      err.message.includes('127.0.0.1:1') && !err.message.includes('secret'));
  });

  test('two processes migrating a new database at once apply each migration once', async () => {
    const schema = await freshPgSchema();
    const [a, b] = [await openPostgres(schema.url), await openPostgres(schema.url)];
    try {
      const applied = await Promise.all([migrate(a), migrate(b)]);
      assert.deepEqual(applied.flat(), MIGRATIONS.map((m) => m.version));
      const rows = await a.query<{ version: number }>('SELECT version FROM schema_migrations');
      assert.equal(rows.length, MIGRATIONS.length);
    } finally {
      await a.close();
      await b.close();
      await schema.drop();
    }
  });

  test('a migration under way in another schema does not hold this one up', async () => {
    const [busy, fresh] = [await freshPgSchema(), await freshPgSchema()];
    const holder = await openPostgres(busy.url);
    // Without waiting forever if it did: the second store gives up on a lock after a few seconds.
    const url = new URL(fresh.url);
    url.searchParams.set('options', `${url.searchParams.get('options')} -c lock_timeout=5000`);
    const other = await openPostgres(url.toString());
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => { release = resolve; });
    let locked: () => void = () => {};
    const lockTaken = new Promise<void>((resolve) => { locked = resolve; });
    try {
      const holding = holder.transaction(async (tx) => {
        await tx.query(MIGRATION_LOCK_SQL);
        locked();
        await held;
      });
      await lockTaken;
      assert.deepEqual(await migrate(other), MIGRATIONS.map((m) => m.version));
      release();
      await holding;
    } finally {
      release();
      await holder.close();
      await other.close();
      await busy.drop();
      await fresh.drop();
    }
  });

  test('a failing migration leaves the schema as it was', async () => {
    const schema = await freshPgSchema();
    const driver = await openPostgres(schema.url);
    try {
      await assert.rejects(migrate(driver, [...MIGRATIONS, { version: 99, name: 'broken', sql: 'CREATE TABLE x (; ' }]));
      const tables = await driver.query<{ n: number }>(
        `SELECT count(*)::integer AS n FROM information_schema.tables WHERE table_schema = current_schema()`);
      assert.equal(tables[0].n, 0, 'not even the first migration is kept');
    } finally {
      await driver.close();
      await schema.drop();
    }
  });
});

describe('the embedded store directory', () => {
  const started = () => performance.now();
  test('an unusable --db fails at once with the path and the reason', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dyad-baddir-'));
    try {
      const file = join(dir, 'a-file');
      writeFileSync(file, 'not a directory');
      const busy = join(dir, 'busy');
      mkdirSync(busy);
      writeFileSync(join(busy, 'notes.txt'), 'someone else\'s files');
      const cases: [string, RegExp][] = [
        ['/proc/dyad-nope', /cannot create \/proc\/dyad-nope/],
        [file, /a-file is not a directory/],
        [join(file, 'db'), /a-file is not a directory/],
        [busy, /not empty and holds no dyad database/],
      ];
      for (const [path, reason] of cases) {
        const t0 = started();
        await assert.rejects(openStore({ dataDir: path }), (err: unknown) =>
          err instanceof DyadError && err.code === 'storage' && err.message.includes(path) && reason.test(err.message),
        path);
        assert.ok(performance.now() - t0 < 1000, `${path} took ${performance.now() - t0} ms`);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('a new store is unpacked from the cached empty database and reopens with its data', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dyad-template-'));
    const saved = process.env.DYAD_CACHE_DIR;
    process.env.DYAD_CACHE_DIR = join(dir, 'cache');
    try {
      const first = await openStore({ dataDir: join(dir, 'one') });
      await first.close();
      assert.ok(existsSync(templatePath()), 'the first new store leaves a template');
      const second = await openStore({ dataDir: join(dir, 'two') });
      const text = 'Tonga and Fiji agreed on a cable link.';
      await second.saveDocument(makeDoc('/t/cable', 'cable', text), splitSentences(text), []);
      await second.close();
      const again = await openStore({ dataDir: join(dir, 'two') });
      assert.deepEqual((await again.listDocuments()).map((d) => d.name), ['cable']);
      await again.close();
    } finally {
      if (saved === undefined) delete process.env.DYAD_CACHE_DIR; else process.env.DYAD_CACHE_DIR = saved;
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
