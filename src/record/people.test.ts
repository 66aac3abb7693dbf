// Tests for people across documents: spellings merged with their reason, surnames joined, states and roles kept.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { PersonFact } from '../shared/types';
import { consolidatePeople, PERSON_RULES } from './people';
import { entries, fact } from './testing';

const person = (doc: string, name: string, country: string | null, role: PersonFact['role'] = 'minister') =>
  fact(doc, { type: 'person', name, country, role });

test('spellings of one person are one item: fullest name, other spellings as aliases, the rule of each merge', () => {
  const items = consolidatePeople(entries([
    person('d1', 'Rustam Dzhurabekov', 'NRL'),
    person('d2', 'Rustam Jurabekov', 'NRL'),
    person('d3', 'Rustam Djurabekov', 'NRL'),
    person('d3', 'Lina Park', 'SVL'),
  ]));
  assert.equal(items.length, 2);
  const [rustam] = items;
  assert.deepEqual(rustam.docs, ['d1', 'd2', 'd3']);
  assert.equal(rustam.name, 'Rustam Dzhurabekov');
  assert.deepEqual(rustam.aliases, ['Rustam Djurabekov', 'Rustam Jurabekov']);
  assert.deepEqual(rustam.merges.map((m) => m.rule), [PERSON_RULES.transliteration, PERSON_RULES.transliteration]);
  assert.match(rustam.merges[0].detail ?? '', /dzh=dj=j/);
});

test('a surname alone joins the one full name with that surname in the same state', () => {
  const items = consolidatePeople(entries([
    person('d1', 'Solberg', 'NRL'),
    person('d2', 'Amina Solberg', 'NRL'),
    person('d3', 'Solberg', 'SVL'),
  ]));
  assert.equal(items.length, 2);
  const nrl = items.find((i) => i.country === 'NRL')!;
  assert.equal(nrl.name, 'Amina Solberg');
  assert.deepEqual(nrl.docs, ['d1', 'd2']);
  assert.equal(nrl.merges[0].rule, PERSON_RULES.surnameOnly);
});

test('a surname shared by two people of one state stays apart when given alone', () => {
  const items = consolidatePeople(entries([
    person('d1', 'Amina Solberg', 'NRL'),
    person('d2', 'Erik Solberg', 'NRL'),
    person('d3', 'Solberg', 'NRL'),
  ]));
  assert.equal(items.length, 3);
});

test('titles are stripped before comparing, and a person without a state joins the one with it', () => {
  const items = consolidatePeople(entries([
    person('d1', 'President Amina Solberg', 'NRL', 'head_of_state'),
    person('d2', 'Amina Solberg', null, 'head_of_state'),
  ]));
  assert.equal(items.length, 1);
  assert.equal(items[0].name, 'Amina Solberg');
  assert.equal(items[0].country, 'NRL');
  assert.equal(items[0].merges[0].rule, PERSON_RULES.titleStripped);
});

test('a role change is kept as history and the newest document gives the role', () => {
  const items = consolidatePeople(entries([
    person('late', 'Amina Solberg', 'NRL', 'head_of_state'),
    person('early', 'Amina Solberg', 'NRL', 'foreign_minister'),
  ], [{ doc: 'early', date: '2019-03-01' }, { doc: 'late', date: '2024-06-10' }]));
  assert.equal(items.length, 1);
  assert.equal(items[0].role, 'head_of_state');
  assert.deepEqual(items[0].roles, [
    { role: 'foreign_minister', country: 'NRL', since: '2019-03-01', docs: ['early'] },
    { role: 'head_of_state', country: 'NRL', since: '2024-06-10', docs: ['late'] },
  ]);
});

test('a curator\'s veto keeps two spellings apart', () => {
  const facts = [person('d1', 'Rustam Dzhurabekov', 'NRL'), person('d2', 'Rustam Jurabekov', 'NRL')];
  const items = consolidatePeople(entries(facts), { keepApart: (a, b) => a.doc === 'd1' && b.doc === 'd2' });
  assert.equal(items.length, 2);
});
