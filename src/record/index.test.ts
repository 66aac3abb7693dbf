// Tests for consolidate(): a whole invented record, Record v1 lines, determinism and bad input named clearly.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DyadError } from '../shared/errors';
import { consolidate, toRecordV1 } from './index';
import { STORY_DOCS, STORY_FACTS } from './fixtures';
import type { SourceFact } from './types';

test('four documents make one record: one person, one visit, one agreement, conflicts and a judged target', () => {
  const items = consolidate(STORY_FACTS, STORY_DOCS);
  const of = (type: string) => items.filter((i) => i.type === type);
  assert.equal(of('person').length, 1);
  // Equally common spellings: the longer is the fuller one.
  assert.deepEqual([of('person')[0].name, of('person')[0].aliases], ['Ingrid Halvorssen', ['Ingrid Halvorsen']]);
  assert.deepEqual(of('visit').map((v) => [v.date, v.place, v.docs]), [['2021-03-10', 'Santiago', ['n1', 'n2']]]);
  assert.deepEqual(of('agreement').map((a) => [a.date, a.status, a.docs]), [['2021-03-11', 'signed', ['n1', 'n2']]]);
  const turnover2021 = of('figure').filter((f) => f.period === '2021');
  assert.equal(turnover2021.length, 2);
  assert.ok(turnover2021.every((f) => f.conflict === true));
  const target = of('figure').find((f) => f.modality === 'target')!;
  assert.deepEqual([target.outcome, target.actual], ['met', 512e6]);
  assert.deepEqual(of('project').map((p) => [p.status, p.docs]), [['under_construction', ['n2', 'n3']]]);
  assert.deepEqual(of('meeting')[0].parties, ['CHL', 'NOR', 'PER']);
});

test('every item keeps the facts behind it with their sentences', () => {
  const visit = consolidate(STORY_FACTS, STORY_DOCS).find((i) => i.type === 'visit')!;
  assert.deepEqual(visit.sources.map((s) => s.doc), ['n1', 'n2']);
  assert.match(visit.sources[1].evidence ?? '', /arrived in Santiago/);
  assert.equal(visit.sources[1].fact.date, '2021-03-10');
});

test('the same input in another order of documents gives the same record', () => {
  const a = consolidate(STORY_FACTS, STORY_DOCS).map((i) => JSON.stringify(toRecordV1(i)));
  const b = consolidate(STORY_FACTS, [...STORY_DOCS].reverse()).map((i) => JSON.stringify(toRecordV1(i)));
  assert.deepEqual(b, a);
});

test('Record v1 lines carry the type\'s fields and docs, sources and merges only when asked', () => {
  const items = consolidate(STORY_FACTS, STORY_DOCS);
  const person = toRecordV1(items.find((i) => i.type === 'person')!);
  assert.deepEqual(Object.keys(person), ['type', 'name', 'country', 'role', 'aliases', 'docs']);
  const withSources = toRecordV1(items.find((i) => i.type === 'person')!, { sources: true });
  assert.ok(Array.isArray(withSources.sources) && Array.isArray(withSources.merges));
  for (const item of items) assert.equal('doc' in toRecordV1(item), false);
});

test('without document dates the record still forms, and undated reports are not tied to events', () => {
  const facts: SourceFact[] = [
    { doc: 'x', type: 'call', parties: ['NOR', 'CHL'], date: '2022-05-19' },
    { doc: 'y', type: 'call', parties: ['NOR', 'CHL'], date: null },
  ];
  assert.equal(consolidate(facts).length, 2);
});

test('a fact without what its type needs is refused, naming the fact, its document and the field', () => {
  const bad = [{ doc: 'n9', type: 'figure', metric: 'exports', from: 'NOR', to: 'CHL', value: 'lots', unit: 'USD', period: null, modality: 'actual' }];
  assert.throws(() => consolidate(bad as unknown as SourceFact[]), (err: unknown) => err instanceof DyadError
    && /fact 1 \(doc n9\): figure field "value" is "lots": expected number/.test(err.message));
  assert.throws(() => consolidate([{ type: 'call', parties: ['NOR'], date: null } as unknown as SourceFact]), /has no "doc"/);
  assert.throws(() => consolidate([{ doc: 'n9', type: 'rumour' } as unknown as SourceFact]), /type "rumour"; expected one of/);
});
