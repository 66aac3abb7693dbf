// The capital lookahead lets through every uppercase letter (so patterns keep their matches) and stops ASCII lowercase.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CAPITAL_AHEAD } from './capitals';

const AHEAD = new RegExp(`^${CAPITAL_AHEAD}`, 'u');

test('every uppercase letter of Unicode passes the lookahead', () => {
  const upper = /^\p{Lu}$/u;
  const missed: string[] = [];
  for (let cp = 0; cp <= 0x10ffff; cp++) {
    if (cp >= 0xd800 && cp <= 0xdfff) continue;
    const ch = String.fromCodePoint(cp);
    if (upper.test(ch) && !AHEAD.test(ch)) missed.push(cp.toString(16));
  }
  assert.deepEqual(missed, []);
});

test('lowercase ASCII letters, digits and spaces stop at the lookahead', () => {
  for (const ch of ['a', 'z', '0', ' ', '.', '-']) assert.equal(AHEAD.test(ch), false, ch);
  for (const ch of ['A', 'Z', 'É', 'Ж']) assert.equal(AHEAD.test(ch), true, ch);
});
