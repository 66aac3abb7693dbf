// Tests for finding the people an event's sentences name.
import assert from 'node:assert/strict';
import test from 'node:test';
import { peopleFinder } from './people';

const people = [
  { name: 'Tomas Verlund', aliases: ['Thomas Verlund'] },
  { name: 'Ana Quesbert', aliases: [] },
  { name: 'Ivo Marrak', aliases: [] },
  { name: 'Lena Marrak', aliases: [] },
];
const find = peopleFinder(people);

test('a full name, an alias or a unique surname names a person', () => {
  assert.deepEqual(find(['Thomas Verlund arrived in the capital on Monday.']), ['Tomas Verlund']);
  assert.deepEqual(find(["Quesbert's visit was the first in a decade."]), ['Ana Quesbert']);
  assert.deepEqual(find(['Tomas Verlund met Ana Quesbert.']), ['Tomas Verlund', 'Ana Quesbert']);
});

test('a surname two people share names neither; the full name still does', () => {
  assert.deepEqual(find(['Marrak signed the protocol.']), []);
  assert.deepEqual(find(['Lena Marrak signed the protocol.']), ['Lena Marrak']);
});

test('a name inside a longer word is not a mention', () => {
  assert.deepEqual(find(['The Verlundian delegation left.']), []);
});
