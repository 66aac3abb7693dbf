// Tests for the session tie: numbered sessions of named bodies give a key, other sentences none.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sessionKey } from './ties';

test('a numbered session of a named body gives one key however it is worded', () => {
  assert.equal(sessionKey('The 7th session of the Joint Trade Commission opened on Monday.'), '7 commission');
  assert.equal(sessionKey('Ministers met at the seventh meeting of the joint trade commission.'), '7 commission');
  assert.equal(sessionKey('Both leaders will chair the inaugural meeting of the High Council.'), '1 council');
  assert.equal(sessionKey('The first sitting of the council took place in Lakeside.'), '1 council');
  assert.equal(sessionKey('The second Regional Business Forum gathered 300 firms.'), '2 forum');
  assert.equal(sessionKey('the 21st round of the strategic dialogue'), '21 dialogue');
});

test('sentences with no numbered session give no key', () => {
  assert.equal(sessionKey('The commission met in Lakeside.'), null);
  assert.equal(sessionKey('It was the first visit in ten years.'), null);
  assert.equal(sessionKey('Exports rose for the third year.'), null);
  assert.equal(sessionKey(null), null);
});
