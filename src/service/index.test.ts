// The service on both backends: the stored record follows ingest pair by pair, rebuild gives the same record, and
// curation decisions survive re-ingest and rebuild, and can be undone.
import assert from 'node:assert/strict';
import { appendFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { DyadError } from '../shared/errors';
import { factKey } from '../shared/kinds/index';
import type { Driver } from '../storage/driver';
import { createService, type DyadService } from './index';
import { BACKENDS, writeArticles } from './testing';

// Invented reports: two outlets on one pair (visits on different days), and a call on another pair.
const ARTICLES = {
  'fin-vnm-first.txt': `Finland and Vietnam agree on education

Hanoi, 10 April 2022. The Prime Minister of Finland arrived in Hanoi on 9 April 2022 for an official visit.
The two countries signed an agreement on education.
Finnish Education Minister Aino Virtanen led the talks.
Trade turnover between Finland and Vietnam reached $410 million in 2021, officials said.
`,
  'fin-vnm-second.txt': `Finnish minister returns to Vietnam

Hanoi, 13 April 2022. The foreign minister of Finland visited Vietnam on 12 April 2022.
Finnish Education Minister Aino Lehtola-Virta also attended the talks.
Trade turnover between Finland and Vietnam reached $455 million in 2021, the ministry said.
`,
  'can-sen.txt': `Canada and Senegal hold a phone call

Dakar, 3 May 2023. The foreign ministers of Canada and Senegal held a phone call on 2 May 2023.
`,
};

/** A pair's record in a comparable form: each item's body and the (document, key) of the facts behind it. */
async function snapshot(service: DyadService, pair: string): Promise<string[]> {
  const out: string[] = [];
  for (const item of await service.record({ pair })) {
    const { facts } = await service.item(item.id);
    const { sources: _sources, ...body } = item.body;
    out.push(JSON.stringify({ body, facts: facts.map((f) => `${f.documentName}|${factKey(f.body)}`).sort() }));
  }
  return out.sort();
}

for (const backend of BACKENDS) {
  describe(`service on ${backend.name}`, () => {
    let driver: Driver;
    let dispose: () => Promise<void>;
    let service: DyadService;
    const files = writeArticles(ARTICLES);

    before(async () => {
      ({ driver, dispose } = await backend.fresh());
      service = createService(driver);
    });
    after(async () => { await dispose?.(); });

    const updatedAt = async (pair: string): Promise<string | undefined> =>
      (await service.pairs()).find((p) => p.pair === pair)?.updatedAt;
    const itemsOf = async (pair: string, type: string) =>
      (await service.record({ pair })).filter((i) => i.body.type === type);
    const factOf = async (doc: string, type: string) => {
      const fact = (await service.facts({ doc })).find((f) => f.type === type);
      assert.ok(fact, `a ${type} fact in ${doc}`);
      return fact;
    };

    test('ingesting a document updates the record of the pairs it touches, and only those', async () => {
      const first = await service.ingest([files.path('fin-vnm-first.txt')]);
      assert.deepEqual(first.pairs, ['FIN-VNM']);
      const call = await service.ingest([files.path('can-sen.txt')]);
      assert.deepEqual(call.pairs, ['CAN-SEN']);
      const callPairAt = await updatedAt('CAN-SEN');
      const second = await service.ingest([files.path('fin-vnm-second.txt')]);
      assert.deepEqual(second.pairs, ['FIN-VNM']);
      assert.equal(await updatedAt('CAN-SEN'), callPairAt, 'the other pair was not recomputed');

      const items = await service.record({ pair: 'vnm-fin' });
      assert.ok(items.length >= 4, `items: ${items.length}`);
      for (const item of items) {
        assert.equal(item.pair, 'FIN-VNM');
        const { facts } = await service.item(item.id);
        assert.ok(facts.length > 0, `item ${item.id} is linked to its facts`);
        assert.deepEqual([...new Set(facts.map((f) => f.documentName))].sort(), item.body.docs);
      }
      assert.equal((await itemsOf('FIN-VNM', 'visit')).length, 2, 'visits on different days stay apart');
      const calls = await service.record({ pair: 'CAN-SEN' });
      assert.ok(calls.length > 0 && calls.every((i) => i.body.type === 'call'));
    });

    test('rebuild recomputes the same record as the incremental updates', async () => {
      const before = { a: await snapshot(service, 'FIN-VNM'), b: await snapshot(service, 'CAN-SEN') };
      const rebuilt = await service.rebuild();
      assert.equal(rebuilt.pairs, 2);
      assert.deepEqual({ a: await snapshot(service, 'FIN-VNM'), b: await snapshot(service, 'CAN-SEN') }, before);
    });

    test('reject, edit and confirm change the record and survive a new version and a rebuild', async () => {
      const figure = await factOf('fin-vnm-second', 'figure');
      await service.curate.reject(figure.id, { author: 'ana', reason: 'the ministry corrected this figure' });
      const agreement = await factOf('fin-vnm-first', 'agreement');
      await service.curate.edit(agreement.id, { topic: 'science' }, { author: 'ana', reason: 'it is a research deal' });
      const call = await factOf('can-sen', 'call');
      await service.curate.confirm(call.id, { author: 'ben' });

      const check = async (when: string) => {
        const figures = await itemsOf('FIN-VNM', 'figure');
        assert.ok(!figures.some((i) => (i.body as { value?: number }).value === 455e6), `${when}: rejected figure gone`);
        assert.ok(figures.some((i) => (i.body as { value?: number }).value === 410e6), `${when}: other figure kept`);
        const agreements = await itemsOf('FIN-VNM', 'agreement');
        assert.deepEqual(agreements.map((i) => (i.body as { topic?: string }).topic), ['science'], when);
        const facts = await service.facts();
        const curation = (doc: string, type: string): string[] =>
          facts.filter((f) => f.documentName === doc && f.type === type).map((f) => f.curation);
        assert.deepEqual(curation('fin-vnm-second', 'figure'), ['rejected'], when);
        assert.deepEqual(curation('fin-vnm-first', 'agreement'), ['edited'], when);
        assert.ok(curation('can-sen', 'call').includes('confirmed'), when);
        assert.deepEqual(curation('fin-vnm-first', 'visit'), ['unreviewed'], when);
        assert.equal(facts.find((f) => f.id === call.id)?.curation, 'confirmed', when);
        assert.equal((await service.facts({ withoutRejected: true })).some((f) => f.curation === 'rejected'), false);
      };
      await check('after the decisions');

      // A changed article is a new version: new fact rows, the decisions still hold.
      appendFileSync(files.path('fin-vnm-second.txt'), 'Both sides praised the visit as a success.\n');
      const again = await service.ingest([files.path('fin-vnm-second.txt')]);
      assert.equal(again.newVersions, 1);
      assert.notEqual((await factOf('fin-vnm-second', 'figure')).id, figure.id, 'the fact was extracted again');
      await check('after re-ingest');
      const recorded = { a: await snapshot(service, 'FIN-VNM'), b: await snapshot(service, 'CAN-SEN') };
      await service.rebuild();
      await check('after rebuild');
      assert.deepEqual({ a: await snapshot(service, 'FIN-VNM'), b: await snapshot(service, 'CAN-SEN') }, recorded);
    });

    test('a merge joins two events, a split parts them again, and undoing each restores both sides', async () => {
      const original = await snapshot(service, 'FIN-VNM');
      const visits = await itemsOf('FIN-VNM', 'visit');
      assert.equal(visits.length, 2);
      const merge = await service.curate.merge(visits.map((v) => v.id), { author: 'ana', reason: 'one trip' });
      assert.equal(merge.action, 'merge');
      const merged = await itemsOf('FIN-VNM', 'visit');
      assert.equal(merged.length, 1);
      assert.deepEqual(merged[0].body.docs, ['fin-vnm-first', 'fin-vnm-second']);
      assert.equal((await service.item(merged[0].id)).facts.length, 2);
      const afterMerge = await snapshot(service, 'FIN-VNM');
      await service.rebuild();
      assert.deepEqual(await snapshot(service, 'FIN-VNM'), afterMerge, 'the merge survives a rebuild');

      const split = await service.curate.split((await itemsOf('FIN-VNM', 'visit'))[0].id, ['fin-vnm-second'],
        { author: 'ben', reason: 'two trips after all' });
      assert.deepEqual((await itemsOf('FIN-VNM', 'visit')).map((v) => v.body.docs).sort(),
        [['fin-vnm-first'], ['fin-vnm-second']]);
      await service.curate.undo(split.id, { author: 'ana', reason: 'checked again' });
      assert.deepEqual(await snapshot(service, 'FIN-VNM'), afterMerge);
      await service.curate.undo(merge.id, { author: 'ana' });
      assert.deepEqual(await snapshot(service, 'FIN-VNM'), original, 'both visits are back as they were');
    });

    test('the log lists every decision with author, reason and undo; bad requests are clear errors', async () => {
      const log = await service.curate.log();
      assert.deepEqual(log.map((d) => d.action), ['reject', 'edit', 'confirm', 'merge', 'split']);
      assert.equal(log[0].author, 'ana');
      assert.equal(log[0].reason, 'the ministry corrected this figure');
      assert.ok(log[0].fact?.doc === 'fin-vnm-second' && log[0].fact.type === 'figure');
      assert.deepEqual(log.map((d) => d.undoneAt !== null), [false, false, false, true, true]);
      assert.equal(log[4].undoneBy, 'ana');
      assert.ok(!Number.isNaN(Date.parse(log[0].createdAt)));

      await assert.rejects(service.curate.undo(log[4].id), /already undone/);
      await assert.rejects(service.curate.reject(999999), (err: unknown) =>
        err instanceof DyadError && err.code === 'not_found' && /no stored fact 999999/.test(err.message));
      const visit = await factOf('fin-vnm-first', 'visit');
      await assert.rejects(service.curate.edit(visit.id, { date: '2022-13-01' }), /the edit of fact \d+ is not a valid fact: date/);
      const [figure] = await itemsOf('FIN-VNM', 'figure');
      const [call] = await service.record({ pair: 'CAN-SEN' });
      await assert.rejects(service.curate.merge([figure.id, call.id]), /different types/);
      await assert.rejects(service.record({ pair: 'Finland' }), /a pair is two ISO alpha-3 codes/);
    });

    test('a merge of two people keeps the other spelling as an alias; undone, both people are back', async () => {
      const original = await snapshot(service, 'FIN-VNM');
      const people = await itemsOf('FIN-VNM', 'person');
      assert.equal(people.length, 2, 'two names consolidation keeps apart');
      const merge = await service.curate.merge(people.map((p) => p.id), { author: 'ben', reason: 'her married name' });
      const merged = await itemsOf('FIN-VNM', 'person');
      assert.equal(merged.length, 1);
      assert.deepEqual(merged[0].body.docs, ['fin-vnm-first', 'fin-vnm-second']);
      const names = [merged[0].body.name, ...(merged[0].body.aliases as string[])].sort();
      assert.deepEqual(names, ['Aino Lehtola-Virta', 'Aino Virtanen']);
      await service.rebuild();
      assert.equal((await itemsOf('FIN-VNM', 'person')).length, 1, 'the merge survives a rebuild');
      await service.curate.undo(merge.id, { author: 'ben' });
      assert.deepEqual(await snapshot(service, 'FIN-VNM'), original);
    });
  });
}
