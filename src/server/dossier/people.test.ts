// Tests for finding the people an event's sentences name.
import assert from 'node:assert/strict';
import test from 'node:test';
import { namedPeople } from './people';

const people = [
  { name: 'Tomas Verlund', aliases: ['Thomas Verlund'] },
  { name: 'Ana Quesbert', aliases: [] },
  { name: 'Ivo Marrak', aliases: [] },
  { name: 'Lena Marrak', aliases: [] },
];

test('a full name, an alias or a unique surname names a person', () => {
  assert.deepEqual(namedPeople(['Thomas Verlund arrived in the capital on Monday.'], people), ['Tomas Verlund']);
  assert.deepEqual(namedPeople(["Quesbert's visit was the first in a decade."], people), ['Ana Quesbert']);
  assert.deepEqual(namedPeople(['Tomas Verlund met Ana Quesbert.'], people), ['Tomas Verlund', 'Ana Quesbert']);
});

test('a surname two people share names neither; the full name still does', () => {
  assert.deepEqual(namedPeople(['Marrak signed the protocol.'], people), []);
  assert.deepEqual(namedPeople(['Lena Marrak signed the protocol.'], people), ['Lena Marrak']);
});

test('a name inside a longer word is not a mention', () => {
  assert.deepEqual(namedPeople(['The Verlundian delegation left.'], people), []);
});
