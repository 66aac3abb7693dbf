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
    const visits = async () => (await s.get('/api/v1/events?pair=CHL-NOR&type=visit')).body.items;

    test('a rejected fact is gone from later reads (facts and record), logged, and back after undo', async () => {
      const call = await factOf('call', 'trade-report');
      const r = await s.post(`/api/v1/facts/${call.id}/curation`, { action: 'reject', reason: 'a different call', author: 'ana' });
      assert.equal(r.status, 200);
      assert.equal(r.body.fact.curation, 'rejected');
      assert.deepEqual(r.body.entry.fact.doc, 'trade-report');
      assert.equal((await s.get('/api/v1/events?type=call')).body.items.length, 0);
      assert.equal((await s.get('/api/v1/facts?doc=trade-report')).body.items.length, 3);
      const kept = await s.get('/api/v1/facts?doc=trade-report&include_rejected=true');
      assert.equal(kept.body.items.find((f: any) => f.id === call.id).curation, 'rejected');
      const log = await s.get('/api/v1/curation/log');
      assert.deepEqual(log.body.items.map((e: any) => [e.action, e.author, e.reason, e.factId]), [['reject', 'ana', 'a different call', call.id]]);

      const undo = await s.post(`/api/v1/curation/${r.body.entry.id}/undo`, { reason: 'it was this call' });
      assert.equal(undo.status, 200);
      assert.ok(undo.body.entry.undoneAt);
      const back = await s.get('/api/v1/events?type=call');
      assert.deepEqual(back.body.items.map((e: any) => [e.sources[0].factId, e.curation]), [[call.id, 'unreviewed']]);
      const again = await s.post(`/api/v1/curation/${r.body.entry.id}/undo`, {});
      assert.equal(again.status, 400);
      assert.match(again.body.error.message, /already undone/);
    });

    test('an edit is checked against the kind, changes the fact and its event, and undoes', async () => {
      const meeting = await factOf('meeting', 'lima-talks');
      const bad = await s.post(`/api/v1/facts/${meeting.id}/curation`, { action: 'edit', fields: { date: '4 May' } });
      assert.equal(bad.status, 400);
      assert.match(bad.body.error.message, /date/);
      const noType = await s.post(`/api/v1/facts/${meeting.id}/curation`, { action: 'edit', fields: { type: 'call' } });
      assert.equal(noType.status, 400);
      const empty = await s.post(`/api/v1/facts/${meeting.id}/curation`, { action: 'edit' });
      assert.match(empty.body.error.message, /^bad parameter fields:/);
      const ok = await s.post(`/api/v1/facts/${meeting.id}/curation`, { action: 'edit', fields: { place: 'Cusco' } });
      assert.equal(ok.status, 200);
      assert.deepEqual([ok.body.fact.curation, ok.body.fact.body.place], ['edited', 'Cusco']);
      const event = (await s.get('/api/v1/events?pair=JPN-PER')).body.items[0];
      assert.deepEqual([event.body.place, event.curation], ['Cusco', 'edited']);
      await s.post(`/api/v1/curation/${ok.body.entry.id}/undo`, {});
      const restored = (await s.get('/api/v1/events?pair=JPN-PER')).body.items[0];
      assert.deepEqual([restored.body.place, restored.curation], ['Lima', 'unreviewed']);
    });

    test('confirm marks the fact and the event it makes', async () => {
      const agreement = await factOf('agreement', 'oslo-visit');
      const r = await s.post(`/api/v1/facts/${agreement.id}/curation`, { action: 'confirm' });
      assert.equal(r.body.entry.author, 'tester');
      const event = (await s.get('/api/v1/events?type=agreement')).body.items[0];
      assert.equal(event.curation, 'confirmed');
    });

    test('a split takes a report out of an event; a merge joins them again; undo restores', async () => {
      const [visit] = await visits();
      assert.equal(visit.sources.length, 2);
      const split = await s.post(`/api/v1/events/${visit.id}/split`, { docs: ['second-view'], reason: 'another trip' });
      assert.equal(split.status, 200);
      const apart = await visits();
      assert.deepEqual(apart.map((v: any) => v.body.docs).sort(), [['oslo-visit'], ['second-view']]);
      const merged = await s.post('/api/v1/events/merge', { ids: apart.map((v: any) => v.id), reason: 'same visit after all' });
      assert.equal(merged.status, 200);
      assert.deepEqual(merged.body.event.body.docs, ['oslo-visit', 'second-view']);
      assert.deepEqual(merged.body.entry.members.sort(), visit.sources.map((x: any) => x.factId).sort());
      assert.equal((await visits()).length, 1);
      await s.post(`/api/v1/curation/${merged.body.entry.id}/undo`, {});
      assert.equal((await visits()).length, 2);
      await s.post(`/api/v1/curation/${split.body.entry.id}/undo`, {});
      assert.equal((await visits()).length, 1);
    });

    test('bad curation requests name the problem', async () => {
      assert.equal((await s.post('/api/v1/facts/999999/curation', { action: 'confirm' })).status, 404);
      const bad = await s.post('/api/v1/facts/1/curation', { action: 'approve' });
      assert.equal(bad.status, 400);
      assert.match(bad.body.error.message, /^bad parameter action:/);
      assert.equal((await s.post('/api/v1/curation/999999/undo', {})).status, 404);
      const [visit] = await visits();
      const call = (await s.get('/api/v1/events?type=call')).body.items[0];
      const mixed = await s.post('/api/v1/events/merge', { ids: [call.id, visit.id] });
      assert.equal(mixed.status, 400);
      assert.match(mixed.body.error.message, /different types/);
      assert.equal((await s.post('/api/v1/events/merge', { ids: [visit.id, 999999] })).status, 404);
      const one = await s.post('/api/v1/events/merge', { ids: [visit.id] });
      assert.match(one.body.error.message, /^bad parameter ids:/);
    });
  });
}
