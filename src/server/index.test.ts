// The API over real HTTP on PGlite and PostgreSQL: lists, filters, pagination, error shapes, OpenAPI, headers, token.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Validator } from '@seriousme/openapi-schema-validator';
import { BACKENDS, seed, startTestServer, type TestServer } from './testing';

for (const backend of BACKENDS) {
  describe(`API on ${backend.name}`, () => {
    let s: TestServer;
    before(async () => {
      s = await startTestServer(backend);
      await seed(s.data);
    });
    after(() => s.close());

    test('GET /pairs lists both pairs with counts, most documented first, and pages', async () => {
      const { status, body } = await s.get('/api/v1/pairs');
      assert.equal(status, 200);
      assert.deepEqual(body.items.map((p: any) => p.pair), ['CHL-NOR', 'JPN-PER']);
      const chl = body.items[0];
      // The two reports of the Oslo visit are one event of the record.
      assert.deepEqual([chl.documents, chl.events, chl.figures], [3, 3, 4]);
      assert.deepEqual(chl.countries, [{ code: 'CHL', name: 'Chile' }, { code: 'NOR', name: 'Norway' }]);
      assert.equal(body.next, null);
      const first = await s.get('/api/v1/pairs?limit=1');
      assert.equal(first.body.items.length, 1);
      assert.equal(first.body.next, '1');
      const second = await s.get(`/api/v1/pairs?limit=1&cursor=${first.body.next}`);
      assert.deepEqual(second.body.items.map((p: any) => p.pair), ['JPN-PER']);
      assert.equal(second.body.next, null);
    });

    test('GET /pairs/{pair} summarises a pair in either order of its codes; an unknown pair is 404', async () => {
      const { status, body } = await s.get('/api/v1/pairs/nor-chl');
      assert.equal(status, 200);
      assert.equal(body.pair, 'CHL-NOR');
      assert.deepEqual([body.counts.visit, body.counts.call, body.counts.pledges, body.counts.project], [1, 1, 1, 1]);
      assert.equal(body.latestEvents[0].type, 'call');
      const turnover2021 = body.keyFigures.find((k: any) => k.period === '2021');
      assert.equal(turnover2021.conflict, true);
      // The two conflicting 2021 reports each have one source; the lower value stands first.
      assert.deepEqual([turnover2021.value, turnover2021.sources], [1.1e9, 2]);
      // The summary's counts agree with the lists it summarises.
      const events = (await s.get('/api/v1/events?pair=CHL-NOR&order=desc')).body.items;
      assert.equal(body.events, events.length);
      assert.deepEqual(body.latestEvents.map((e: any) => e.id), events.slice(0, 5).map((e: any) => e.id));
      assert.equal(body.latestEvents[0].sources.length, events[0].sources.length);
      const missing = await s.get('/api/v1/pairs/FRA-DEU');
      assert.equal(missing.status, 404);
      assert.equal(missing.body.error.code, 'not_found');
      const bad = await s.get('/api/v1/pairs/XX-YY');
      assert.equal(bad.status, 400);
      assert.match(bad.body.error.message, /bad parameter pair/);
    });

    test('GET /events filters by pair, type, date range and document, with sources', async () => {
      const all = await s.get('/api/v1/events?pair=CHL-NOR');
      assert.deepEqual(all.body.items.map((e: any) => `${e.type} ${e.date}`).sort(),
        ['agreement 2021-03-03', 'call 2022-01-09', 'visit 2021-03-03']);
      const visit = all.body.items.find((e: any) => e.type === 'visit');
      assert.deepEqual(visit.sources.map((x: any) => x.document.name).sort(), ['oslo-visit', 'second-view']);
      assert.deepEqual(visit.body.docs, ['oslo-visit', 'second-view']);
      for (const x of visit.sources) assert.match(x.evidence.quote, /visited Oslo/);
      const calls = await s.get('/api/v1/events?type=call,meeting');
      assert.deepEqual(calls.body.items.map((e: any) => e.type), ['meeting', 'call']);
      const in2022 = await s.get('/api/v1/events?from=2022-01-01&to=2022-12-31');
      assert.deepEqual(in2022.body.items.map((e: any) => e.type), ['call']);
      const march = await s.get('/api/v1/events?pair=CHL-NOR&type=visit&from=2021-03-01&to=2021-03-31');
      assert.deepEqual(march.body.items.map((e: any) => e.date), ['2021-03-03']);
      assert.equal((await s.get('/api/v1/events?pair=CHL-NOR&type=visit&from=2021-03-04')).body.items.length, 0);
      const byDoc = await s.get('/api/v1/events?doc=second-view');
      assert.deepEqual(byDoc.body.items.map((e: any) => e.type), ['visit']);
      const newest = await s.get('/api/v1/events?order=desc&limit=2');
      assert.equal(newest.body.items[0].type, 'call');
      assert.equal(newest.body.next, '2');
      const badType = await s.get('/api/v1/events?type=parade');
      assert.equal(badType.status, 400);
      assert.match(badType.body.error.message, /^bad parameter type: "parade"/);
      const unknownDoc = await s.get('/api/v1/events?doc=no-such-doc');
      assert.equal(unknownDoc.status, 404);
    });

    test('GET /pairs/{pair}/timeline gives every event of the pair as a mark, in the events list order, with its ids', async () => {
      const events = (await s.get('/api/v1/events?pair=CHL-NOR')).body.items;
      const { status, body } = await s.get('/api/v1/pairs/NOR-CHL/timeline');
      assert.equal(status, 200);
      assert.deepEqual(body.items.map((m: any) => [m.id, m.itemId, m.type, m.date]),
        events.map((e: any) => [e.id, e.itemId, e.type, e.date]));
      const visit = body.items.find((m: any) => m.type === 'visit');
      assert.deepEqual([visit.documents, visit.body.docs], [2, ['oslo-visit', 'second-view']]);
      const first = await s.get('/api/v1/pairs/CHL-NOR/timeline?limit=1');
      assert.deepEqual([first.body.items.length, first.body.next], [1, '1']);
      assert.equal((await s.get('/api/v1/pairs/CHL-NOR/timeline?limit=5001')).status, 400);
    });

    test('GET /figures groups series with conflicts marked; GET /pledges judges targets', async () => {
      const { body } = await s.get('/api/v1/figures?pair=CHL-NOR&modality=actual');
      assert.equal(body.items.length, 1);
      const series = body.items[0];
      assert.deepEqual([series.from, series.to], ['CHL', 'NOR']);
      assert.deepEqual(series.points.map((p: any) => [p.period, p.value, p.conflict]),
        [['2020', 900e6, false], ['2021', 1.1e9, true], ['2021', 1.3e9, true]]);
      const pledges = await s.get('/api/v1/pledges?pair=CHL-NOR');
      assert.equal(pledges.body.items.length, 1);
      assert.deepEqual([pledges.body.items[0].outcome, pledges.body.items[0].actual], ['met', 1.3e9]);
      assert.equal((await s.get('/api/v1/pledges?outcome=open')).body.items.length, 0);
      assert.equal((await s.get('/api/v1/figures?metric=tonnage')).status, 400);
      // Series are paged in SQL: page by page they are the whole list, in the same order, each with all its points.
      const all = (await s.get('/api/v1/figures?limit=500')).body.items;
      assert.ok(all.length >= 2, 'the seed has series on both pairs');
      const paged: any[] = [];
      for (let cursor = ''; ;) {
        const { body: one } = await s.get(`/api/v1/figures?limit=1${cursor ? `&cursor=${cursor}` : ''}`);
        paged.push(...one.items);
        if (!one.next) break;
        cursor = one.next;
      }
      assert.deepEqual(paged, all);
      assert.deepEqual(all.map((x: any) => x.key), all.map((x: any) => x.key).sort());
    });

    test('GET /pairs/{pair}/chart gives every figure and target of the pair as a mark, without sources', async () => {
      const { status, body } = await s.get('/api/v1/pairs/NOR-CHL/chart');
      assert.equal(status, 200);
      const points = (await s.get('/api/v1/figures?pair=CHL-NOR&modality=actual')).body.items.flatMap((x: any) => x.points);
      const pledges = (await s.get('/api/v1/pledges?pair=CHL-NOR')).body.items;
      // The same items as the figures and pledges they are drawn for, each with its facts and judgement.
      const actual = body.items.filter((m: any) => m.body.modality !== 'target');
      const targets = body.items.filter((m: any) => m.body.modality === 'target');
      // (A figure point's `itemId` is the id its first fact gives it, as a mark's `id`.)
      assert.deepEqual(actual.map((m: any) => m.id).sort(), points.map((p: any) => p.itemId).sort());
      assert.deepEqual(targets.map((m: any) => m.id), pledges.map((p: any) => p.id), 'a pledge is named by its first fact');
      assert.deepEqual(actual.map((m: any) => [m.body.period, m.body.value, m.body.conflict === true]).sort(),
        points.map((p: any) => [p.period, p.value, p.conflict]).sort());
      assert.deepEqual([targets[0].body.outcome, targets[0].body.actual, targets[0].documents], [pledges[0].outcome, pledges[0].actual, 1]);
      assert.ok(body.items.every((m: any) => m.type === 'figure' && !('sources' in m) && !('sources' in m.body)));
      // A mark's id is its first source fact, as the figures name it.
      const first = points.find((p: any) => p.itemId === actual[0].id);
      assert.equal(actual[0].id, first.sources[0].factId);
      assert.equal((await s.get('/api/v1/pairs/CHL-NOR/chart?limit=5001')).status, 400);
    });

    test('GET /pairs/{pair}/items/{id} gives the item a mark stands for with every source; unknown is 404', async () => {
      const marks = (await s.get('/api/v1/pairs/CHL-NOR/timeline')).body.items;
      const visit = marks.find((m: any) => m.type === 'visit');
      const { status, body } = await s.get(`/api/v1/pairs/CHL-NOR/items/${visit.id}`);
      assert.equal(status, 200);
      const listed = (await s.get('/api/v1/events?pair=CHL-NOR&type=visit')).body.items[0];
      assert.deepEqual(body, listed, 'the same item as the events list gives');
      assert.deepEqual(body.sources.map((x: any) => x.document.name).sort(), ['oslo-visit', 'second-view']);
      // Any of its facts names it; a figure is found the same way.
      assert.equal((await s.get(`/api/v1/pairs/CHL-NOR/items/${listed.sources[1].factId}`)).body.itemId, listed.itemId);
      const figure = (await s.get('/api/v1/pairs/CHL-NOR/chart')).body.items[0];
      const item = (await s.get(`/api/v1/pairs/CHL-NOR/items/${figure.id}`)).body;
      assert.deepEqual([item.itemId, item.type, item.date], [figure.itemId, 'figure', null]);
      assert.match(item.sources[0].evidence.quote, /Trade between Norway and Chile/);
      // A fact of another pair is no item of this one.
      const meeting = (await s.get('/api/v1/events?pair=JPN-PER')).body.items[0];
      assert.equal((await s.get(`/api/v1/pairs/CHL-NOR/items/${meeting.id}`)).status, 404);
      assert.equal((await s.get('/api/v1/pairs/CHL-NOR/items/99999999')).status, 404);
      const bad = await s.get('/api/v1/pairs/CHL-NOR/items/abc');
      assert.equal(bad.status, 400);
      assert.match(bad.body.error.message, /bad parameter id/);
    });

    test('GET /projects joins spellings of one project and keeps its status history', async () => {
      const { body } = await s.get('/api/v1/projects?pair=CHL-NOR');
      assert.equal(body.items.length, 1);
      const p = body.items[0];
      assert.deepEqual(p.history.map((h: any) => [h.status, h.date]), [['under_construction', '2022-01-10'], ['agreed', '2022-02-01']]);
      assert.equal(p.status, 'agreed');
    });

    test('GET /people lists people with aliases; GET /people/{id} gives roles and facts; unknown is 404', async () => {
      const { body } = await s.get('/api/v1/people?pair=CHL-NOR');
      const names = body.items.map((p: any) => p.name).sort();
      assert.deepEqual(names, ['Marta Solis', 'Tove Lindqvist']);
      const tove = body.items.find((p: any) => p.name === 'Tove Lindqvist');
      assert.deepEqual([tove.country, tove.docs], ['NOR', ['trade-report']]);
      const detail = await s.get(`/api/v1/people/${tove.id}`);
      assert.equal(detail.status, 200);
      assert.deepEqual(detail.body.roles.map((r: any) => r.role), ['foreign_minister']);
      assert.deepEqual(detail.body.items.map((f: any) => f.type), ['call']);
      assert.equal((await s.get('/api/v1/people?q=lindq')).body.items.length, 1);
      assert.equal((await s.get('/api/v1/people/999999')).status, 404);
      const bad = await s.get('/api/v1/people/abc');
      assert.equal(bad.status, 400);
      assert.match(bad.body.error.message, /bad parameter id/);
    });

    test('GET /documents pages newest first; GET /documents/{ref} gives text, sentences and evidence spans', async () => {
      const list = await s.get('/api/v1/documents?limit=3');
      assert.equal(list.body.items.length, 3);
      assert.equal(list.body.items[0].name, 'lima-talks');
      assert.equal(list.body.next, '3');
      const rest = await s.get('/api/v1/documents?limit=3&cursor=3');
      assert.deepEqual(rest.body.items.map((d: any) => d.name), ['oslo-visit']);
      const doc = await s.get('/api/v1/documents/oslo-visit');
      assert.equal(doc.status, 200);
      assert.equal(doc.body.factList.length, 5);
      for (const f of doc.body.factList) assert.equal(doc.body.text.slice(f.evidence.start, f.evidence.end), f.evidence.quote);
      assert.equal(doc.body.sentences.length, 4);
      const byId = await s.get(`/api/v1/documents/${doc.body.id}`);
      assert.equal(byId.body.name, 'oslo-visit');
      const missing = await s.get('/api/v1/documents/nope');
      assert.deepEqual([missing.status, missing.body.error.code], [404, 'not_found']);
    });

    test('GET /facts filters by pair, type, document and dates; bad values are 400 naming the parameter', async () => {
      const figures = await s.get('/api/v1/facts?pair=CHL-NOR&type=figure');
      assert.equal(figures.body.items.length, 4);
      const doc = await s.get('/api/v1/facts?doc=trade-report');
      assert.deepEqual(doc.body.items.map((f: any) => f.type), ['figure', 'call', 'person', 'project']);
      const dated = await s.get('/api/v1/facts?from=2021-03-03&to=2021-03-03');
      // Year-precise figures of 2021 overlap the day; the month-precise visit too.
      assert.deepEqual(dated.body.items.map((f: any) => `${f.type} ${f.date}`).sort(),
        ['agreement 2021-03-03', 'figure 2021', 'figure 2021', 'figure 2021', 'visit 2021-03', 'visit 2021-03-03']);
      for (const [query, name] of [['limit=0', 'limit'], ['limit=501', 'limit'], ['cursor=x', 'cursor'], ['type=rumour', 'type'],
        ['from=March', 'from'], ['pair=NOR', 'pair']]) {
        const r = await s.get(`/api/v1/facts?${query}`);
        assert.equal(r.status, 400, query);
        assert.equal(r.body.error.code, 'usage');
        assert.match(r.body.error.message, new RegExp(`^bad parameter ${name}:`), query);
      }
      assert.equal((await s.get('/api/v1/facts?doc=typo')).status, 404);
    });

    test('GET /search finds documents and facts with facets, filters by pair, type and year', async () => {
      const { status, body } = await s.get('/api/v1/search?q=trade');
      assert.equal(status, 200);
      const docs = body.items.filter((h: any) => h.kind === 'document').map((h: any) => h.document.name).sort();
      assert.deepEqual(docs, ['oslo-visit', 'second-view', 'trade-report']);
      assert.match(body.items[0].snippet, /\[trade\]/i);
      assert.ok(body.items.some((h: any) => h.kind === 'fact' && h.fact.type === 'figure'));
      assert.equal(body.facets.pair['CHL-NOR'] > 0, true);
      assert.deepEqual(Object.keys(body.facets.year).sort(), ['2021', '2022']);
      const y = await s.get('/api/v1/search?q=trade&year=2021');
      assert.deepEqual(y.body.items.filter((h: any) => h.kind === 'document').map((h: any) => h.document.name), ['oslo-visit']);
      const t = await s.get('/api/v1/search?q=talks&type=meeting&pair=JPN-PER');
      assert.equal(t.body.total.facts, 1);
      // A page that ends among the documents counts the fact hits it does not show, as a page showing them does.
      const one = await s.get('/api/v1/search?q=trade&limit=1');
      assert.deepEqual([one.body.items.length, one.body.items[0].kind, one.body.next], [1, 'document', '1']);
      assert.deepEqual(one.body.total, body.total);
      assert.ok(body.total.facts > 0);
      const empty = await s.get('/api/v1/search?q=%20');
      assert.equal(empty.status, 400);
      assert.match(empty.body.error.message, /bad parameter q/);
    });

    test('unknown API paths are a JSON 404', async () => {
      const r = await s.get('/api/v1/nothing-here');
      assert.deepEqual([r.status, r.body.error.code], [404, 'not_found']);
    });
  });
}

describe('API document and pages', () => {
  let s: TestServer;
  before(async () => { s = await startTestServer(BACKENDS[0], { webDir: '/nonexistent' }); });
  after(() => s.close());

  test('/openapi.json is a valid OpenAPI 3.1 document describing every endpoint', async () => {
    const { body } = await s.get('/openapi.json');
    assert.equal(body.openapi, '3.1.0');
    const result = await new Validator().validate(body);
    assert.equal(result.valid, true, JSON.stringify(result.errors, null, 2));
    for (const path of ['/pairs', '/pairs/{pair}', '/pairs/{pair}/dossier', '/pairs/{pair}/timeline', '/pairs/{pair}/chart',
      '/pairs/{pair}/items/{id}', '/events', '/figures', '/pledges', '/projects',
      '/people', '/people/{id}', '/documents', '/documents/{ref}', '/facts', '/search', '/facts/{id}/curation',
      '/events/merge', '/curation/log', '/curation/{id}/undo', '/ingest']) {
      assert.ok(body.paths[path], `missing ${path}`);
    }
  });

  test('/api is a reference page whose scripts are files of this server, under a CSP forbidding inline script', async () => {
    const page = await s.get('/api');
    assert.equal(page.status, 200);
    const csp = page.headers.get('content-security-policy') ?? '';
    assert.match(csp, /script-src 'self'(;|$)/);
    assert.doesNotMatch(csp, /script-src[^;]*unsafe-inline/);
    const scripts = [...String(page.body).matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)];
    assert.ok(scripts.length >= 2);
    for (const [, attrs, inline] of scripts) {
      assert.equal(inline.trim(), '', 'no inline script');
      const src = /src="([^"]+)"/.exec(attrs)![1];
      const asset = await s.get(src);
      assert.equal(asset.status, 200, src);
      assert.match(asset.headers.get('content-type') ?? '', /javascript/);
    }
    assert.equal(page.headers.get('x-content-type-options'), 'nosniff');
  });

  test('without a built UI the root explains how to build it', async () => {
    const r = await s.get('/');
    assert.equal(r.status, 200);
    assert.match(r.body, /npm run build:web/);
  });
});

describe('bearer token', () => {
  let s: TestServer;
  before(async () => { s = await startTestServer(BACKENDS[0], { token: 'open-sesame' }); });
  after(() => s.close());

  test('every request needs the token: none or a wrong one is 401 in the error shape', async () => {
    const none = await s.get('/api/v1/pairs');
    assert.equal(none.status, 401);
    assert.equal(none.body.error.code, 'unauthorized');
    const wrong = await s.get('/api/v1/pairs', { headers: { authorization: 'Bearer nope' } });
    assert.equal(wrong.status, 401);
    assert.equal((await s.get('/openapi.json')).status, 401);
    const right = await s.get('/api/v1/pairs', { headers: { authorization: 'Bearer open-sesame' } });
    assert.equal(right.status, 200);
  });
});
