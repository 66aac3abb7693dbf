// Tests of the hash routes: each page's link parses back to the same page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { href, parseRoute } from './router';

test('every link parses back to its page and arguments', () => {
  assert.deepEqual(parseRoute(href.home()), { page: 'home' });
  assert.deepEqual(parseRoute(href.pair('AZE-BLR')), { page: 'pair', pair: 'AZE-BLR', tab: 'overview' });
  assert.deepEqual(parseRoute(href.pair('AZE-BLR', 'people')), { page: 'pair', pair: 'AZE-BLR', tab: 'people' });
  assert.deepEqual(parseRoute(href.person('Ana Voss/2')), { page: 'person', id: 'Ana Voss/2' });
  assert.deepEqual(parseRoute(href.doc('kenya ghana', 17)), { page: 'doc', ref: 'kenya ghana', fact: '17' });
  assert.deepEqual(parseRoute(href.doc(4)), { page: 'doc', ref: '4', fact: null });
  assert.deepEqual(parseRoute(href.search({ q: 'rail & port', type: 'visit', year: '2021' })),
    { page: 'search', q: 'rail & port', pair: '', type: 'visit', year: '2021' });
  assert.deepEqual(parseRoute(href.dossier('CHL-PER')), { page: 'dossier', pair: 'CHL-PER' });
  assert.deepEqual(parseRoute(href.history()), { page: 'history' });
});

test('an empty hash is home and an unknown path is a not-found page', () => {
  assert.deepEqual(parseRoute(''), { page: 'home' });
  assert.deepEqual(parseRoute('#/pair'), { page: 'notfound', path: '/pair' });
  assert.deepEqual(parseRoute('#/nowhere/x'), { page: 'notfound', path: '/nowhere/x' });
});
