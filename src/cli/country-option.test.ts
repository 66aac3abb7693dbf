// Tests of the state options: codes, names, and pairs whose names contain hyphens.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DyadError } from '../shared/errors';
import { countryCode, countryPair, lookupCountry, statePairArguments } from './country-option';

test('a state is found by code or name, any case', () => {
  assert.equal(lookupCountry('ken'), 'KEN');
  assert.equal(lookupCountry('Kenya'), 'KEN');
  assert.equal(lookupCountry('Republic of Ghana'), 'GHA');
  assert.equal(lookupCountry('Narnia'), null);
  assert.equal(countryCode('--country')('GH'), 'GHA');
  assert.throws(() => countryCode('--country')('Narnia'),
    (err: unknown) => err instanceof DyadError && err.code === 'usage' && /--country.*"Narnia"/.test(err.message));
});

test('a pair splits at the hyphen that leaves two states', () => {
  assert.deepEqual(countryPair('GHA-KEN'), ['GHA', 'KEN']);
  assert.deepEqual(countryPair('ghana-Kenya'), ['GHA', 'KEN']);
  assert.deepEqual(countryPair('Guinea-Bissau-Senegal'), ['GNB', 'SEN']);
  assert.deepEqual(countryPair('Senegal-Guinea-Bissau'), ['SEN', 'GNB']);
  assert.throws(() => countryPair('Kenya'), /--pair must be two states/);
  assert.throws(() => countryPair('Kenya-Narnia'), /"Kenya-Narnia"/);
});

test('two state arguments (brief, pair) take codes or names and give the sorted pair', () => {
  assert.equal(statePairArguments('Kenya', 'GHA'), 'GHA-KEN');
  assert.equal(statePairArguments('ghana', 'kenya'), 'GHA-KEN');
  assert.throws(() => statePairArguments('Kenya', 'Narnia'),
    (err: unknown) => err instanceof DyadError && err.code === 'usage' && /second state.*"Narnia"/.test(err.message));
  assert.throws(() => statePairArguments('KEN', 'Kenya'),
    (err: unknown) => err instanceof DyadError && /two different states/.test(err.message));
});
