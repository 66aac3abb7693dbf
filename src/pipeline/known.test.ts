// Tests the recording view of the people registry that lets the writer check a parallel extraction.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { KnownPeople } from '../extract/context';
import { RecordingKnown, sameAnswers } from './known';

const person = (name: string, country: string) => ({ name, country, role: null });

test('every key asked is recorded with its answer, and checked against another registry', () => {
  const old: KnownPeople = new Map([['mwale', person('Ruth Mwale', 'ZMB')]]);
  const view = new RecordingKnown(old);
  assert.equal(view.get('mwale')?.country, 'ZMB');
  assert.equal(view.has('banda'), false);
  const lookups = view.lookups();
  assert.deepEqual(lookups.map(([k]) => k), ['mwale', 'banda']);

  assert.equal(sameAnswers(lookups, old), true);
  const grown: KnownPeople = new Map([...old, ['zulu', person('Peter Zulu', 'ZMB')]]);
  assert.equal(sameAnswers(lookups, grown), true, 'an entry nobody asked about changes nothing');
  const answered: KnownPeople = new Map([...old, ['banda', person('Grace Banda', 'MWI')]]);
  assert.equal(sameAnswers(lookups, answered), false, 'a key that was unknown is known now');
  assert.equal(sameAnswers(lookups, new Map()), false, 'a key that was known is dropped now');
});

test('walking the whole registry is refused, since it could not be checked', () => {
  const view = new RecordingKnown(new Map());
  assert.throws(() => view.keys(), /surname key/);
  assert.throws(() => view.forEach(), /surname key/);
  assert.throws(() => view.size, /surname key/);
});
