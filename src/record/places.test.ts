// Tests for places: folded comparison, containment, missing places agreeing, the most common place.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { commonPlace, placesAgree, samePlace } from './places';

test('places compare folded, and a place contains its district', () => {
  assert.ok(samePlace('Lakeside', 'LAKESIDE'));
  assert.ok(samePlace('Lakeside District', 'Lakeside'));
  assert.ok(samePlace('Périgny', 'Perigny'));
  assert.ok(!samePlace('Lakeside', 'Hillport'));
  assert.ok(!samePlace(null, 'Hillport'));
});

test('a missing place agrees with any, two given places must be the same', () => {
  assert.ok(placesAgree(null, 'Hillport'));
  assert.ok(placesAgree('Hillport', undefined));
  assert.ok(!placesAgree('Lakeside', 'Hillport'));
});

test('the common place is the one most reports give, the first on a tie', () => {
  assert.equal(commonPlace([null, 'Hillport', 'Lakeside', 'Lakeside']), 'Lakeside');
  assert.equal(commonPlace(['Hillport', 'Lakeside']), 'Hillport');
  assert.equal(commonPlace([null, undefined]), null);
});
