// Curation over HTTP on both backends: decisions change what later reads return, are logged, and can be undone.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { BACKENDS, seed, startTestServer, type TestServer } from '../testing';

for (const backend of BACKENDS) {
  describe(`curation on ${backend.name}`, () => {
    let s: TestServer;
    before(async () => {
      s = await startTestServer(backend);
      await seed(s.data);
    });
    after(() => s.close());

    const factOf = async (type: string, doc: string) =>
      (await s.get(`/api/v1/facts?type=${type}&doc=${doc}`)).body.items[0];

    test('a rejected fact is gone from later reads, listed in the log, and back after undo', async () => {
      const call = await factOf('call', 'trade-report');
      const r = await s.post(`/api/v1/facts/${call.id}/curation`, { action: 'reject', reason: 'a different call', author: 'ana' });
      assert.equal(r.status, 200);
      assert.equal(r.body.fact.curation, 'rejected');
      assert.equal((await s.get('/api/v1/events?type=call')).body.items.length, 0);
      assert.equal((await s.get('/api/v1/facts?doc=trade-report')).body.items.length, 3);
      const kept = await s.get('/api/v1/facts?doc=trade-report&include_rejected=true');
      assert.equal(kept.body.items.find((f: any) => f.id === call.id).curation, 'rejected');
      const log = await s.get(`/api/v1/curation/log?fact=${call.id}`);
      assert.deepEqual(log.body.items.map((e: any) => [e.action, e.author, e.reason]), [['reject', 'ana', 'a different call']]);

      const undo = await s.post(`/api/v1/curation/${r.body.entry.id}/undo`, {});
      assert.equal(undo.status, 200);
      assert.ok(undo.body.entry.undoneAt);
      const back = await s.get('/api/v1/events?type=call');
      assert.deepEqual(back.body.items.map((e: any) => [e.id, e.curation]), [[call.id, 'unreviewed']]);
      const again = await s.post(`/api/v1/curation/${r.body.entry.id}/undo`, {});
      assert.equal(again.status, 400);
      assert.match(again.body.error.message, /already undone/);
    });

    test('an edit is checked against the kind, changes the stored fact and its pair columns, and undoes', async () => {
      const meeting = await factOf('meeting', 'lima-talks');
      const bad = await s.post(`/api/v1/facts/${meeting.id}/curation`, { action: 'edit', fields: { date: '4 May' } });
      assert.equal(bad.status, 400);
      assert.match(bad.body.error.message, /^bad parameter fields\.date:/);
      const noType = await s.post(`/api/v1/facts/${meeting.id}/curation`, { action: 'edit', fields: { type: 'call' } });
      assert.equal(noType.status, 400);
      const ok = await s.post(`/api/v1/facts/${meeting.id}/curation`,
        { action: 'edit', fields: { place: 'Cusco', parties: ['PER', 'CHL'] } });
      assert.equal(ok.status, 200);
      assert.equal(ok.body.fact.curation, 'edited');
      assert.equal(ok.body.fact.pair, 'CHL-PER');
      const moved = await s.get('/api/v1/events?pair=CHL-PER');
      assert.deepEqual(moved.body.items.map((e: any) => e.body.place), ['Cusco']);
      assert.equal((await s.get('/api/v1/events?pair=JPN-PER')).body.items.length, 0);
      await s.post(`/api/v1/curation/${ok.body.entry.id}/undo`, {});
      const restored = await s.get('/api/v1/events?pair=JPN-PER');
      assert.deepEqual(restored.body.items.map((e: any) => [e.body.place, e.curation]), [['Lima', 'unreviewed']]);
    });

    test('confirm marks a fact; only the latest decision on a fact can be undone', async () => {
      const agreement = await factOf('agreement', 'oslo-visit');
      const first = await s.post(`/api/v1/facts/${agreement.id}/curation`, { action: 'confirm' });
      assert.equal(first.body.entry.author, 'tester');
      const second = await s.post(`/api/v1/facts/${agreement.id}/curation`, { action: 'edit', fields: { topic: 'energy' } });
      const early = await s.post(`/api/v1/curation/${first.body.entry.id}/undo`, {});
      assert.equal(early.status, 400);
      assert.match(early.body.error.message, new RegExp(`undo ${second.body.entry.id} first`));
      await s.post(`/api/v1/curation/${second.body.entry.id}/undo`, {});
      const now = (await s.get(`/api/v1/facts?doc=oslo-visit&type=agreement`)).body.items[0];
      assert.deepEqual([now.curation, now.body.topic], ['confirmed', 'trade']);
    });

    test('merging two reports of a visit makes one event with both sources; undo splits them again', async () => {
      const visits = (await s.get('/api/v1/events?pair=CHL-NOR&type=visit')).body.items;
      assert.equal(visits.length, 2);
      const day = visits.find((v: any) => v.date === '2021-03-03');
      const month = visits.find((v: any) => v.date === '2021-03');
      const merged = await s.post('/api/v1/events/merge', { ids: [day.id, month.id], reason: 'same visit' });
      assert.equal(merged.status, 200);
      assert.deepEqual(merged.body.event.sources.map((x: any) => x.document.name).sort(), ['oslo-visit', 'second-view']);
      const after = (await s.get('/api/v1/events?pair=CHL-NOR&type=visit')).body.items;
      assert.deepEqual(after.map((v: any) => [v.id, v.sources.length]), [[day.id, 2]]);
      const twice = await s.post('/api/v1/events/merge', { ids: [day.id, month.id] });
      assert.equal(twice.status, 400);
      const call = (await s.get('/api/v1/events?type=call')).body.items[0];
      const mixed = await s.post('/api/v1/events/merge', { ids: [call.id, day.id] });
      assert.equal(mixed.status, 400);
      assert.match(mixed.body.error.message, /different types/);
      const unknown = await s.post('/api/v1/events/merge', { ids: [day.id, 999999] });
      assert.equal(unknown.status, 404);
      await s.post(`/api/v1/curation/${merged.body.entry.id}/undo`, {});
      assert.equal((await s.get('/api/v1/events?pair=CHL-NOR&type=visit')).body.items.length, 2);
    });

    test('bad curation requests name the problem: unknown fact 404, bad action 400', async () => {
      assert.equal((await s.post('/api/v1/facts/999999/curation', { action: 'confirm' })).status, 404);
      const bad = await s.post('/api/v1/facts/1/curation', { action: 'approve' });
      assert.equal(bad.status, 400);
      assert.match(bad.body.error.message, /^bad parameter action:/);
      assert.equal((await s.post('/api/v1/curation/999999/undo', {})).status, 404);
    });
  });
}
