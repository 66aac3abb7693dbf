// Tests the city gazetteer: cities other than capitals named as places give their state, and only as places.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findCities, stateOfCity } from './cities';
import { findCountries } from './countries';

const found = (text: string) => findCities(text, findCountries(text)).map((c) => [c.text, c.code, c.kind]);

test('a city named as a place gives its state, names of several words included', () => {
  assert.deepEqual(found('The president arrived in Mombasa on Monday.'), [['Mombasa', 'KEN', 'city']]);
  assert.deepEqual(found('Talks were held in Rio de Janeiro and later in Namangan.'), [['Rio de Janeiro', 'BRA', 'city'], ['Namangan', 'UZB', 'city']]);
});

test('a capital is left to the country gazetteer, and a city not used as a place is no mention', () => {
  assert.deepEqual(found('The minister flew to Nairobi.'), []);
  assert.deepEqual(found('Mombasa Cement reported higher sales.'), []);
});

test('names that are English words or shared by big cities in several states are left out', () => {
  assert.equal(stateOfCity('Victoria'), undefined);
  assert.equal(stateOfCity('Reading'), undefined);
  assert.equal(stateOfCity('Karachi'), 'PAK');
});
