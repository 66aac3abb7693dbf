// Tests for events across documents: reports of one event merge, look-alikes stay apart, undated reports need a tie.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { AgreementFact, CallFact, MeetingFact, VisitFact } from '../shared/types';
import { consolidateEvents, EVENT_RULES } from './events';
import { entries, fact } from './testing';
import type { DocMeta } from './types';

const visit = (doc: string, date: string | null, place: string | null = null, evidence?: string) =>
  fact<VisitFact>(doc, { type: 'visit', visitor: 'NRL', host: 'SVL', date, place }, evidence);
const call = (doc: string, date: string | null) => fact<CallFact>(doc, { type: 'call', parties: ['SVL', 'NRL'], date });
const meeting = (doc: string, date: string | null, place: string | null, evidence?: string) =>
  fact<MeetingFact>(doc, { type: 'meeting', parties: ['NRL', 'SVL'], date, place }, evidence);
const agreement = (doc: string, date: string | null, status: AgreementFact['status'], topic: AgreementFact['topic'] = 'energy') =>
  fact<AgreementFact>(doc, { type: 'agreement', parties: ['NRL', 'SVL'], topic, date, status });

const DOCS: DocMeta[] = [
  { doc: 'announce', date: '2024-05-02' }, { doc: 'eve', date: '2024-09-09' }, { doc: 'report', date: '2024-09-11' },
  { doc: 'recall', date: '2025-09-01' }, { doc: 'later', date: '2026-01-15' },
];

test('an announced visit, its report and a later recollection are one visit with the most precise date', () => {
  const items = consolidateEvents(entries([
    visit('announce', '2024-09'), visit('eve', '2024-09-10', 'Lakeside'), visit('report', '2024-09', 'Lakeside'),
    visit('recall', '2024-09-10'),
  ], DOCS));
  assert.equal(items.length, 1);
  assert.equal(items[0].date, '2024-09-10');
  assert.equal(items[0].place, 'Lakeside');
  assert.deepEqual(items[0].docs, ['announce', 'eve', 'recall', 'report']);
  assert.ok(items[0].merges.some((m) => m.rule === EVENT_RULES.finerDate));
});

test('visits of different years, calls on different days and two events of one document stay apart', () => {
  assert.equal(consolidateEvents(entries([visit('eve', '2024-09-10'), visit('later', '2025-09-10')], DOCS)).length, 2);
  assert.equal(consolidateEvents(entries([call('eve', '2024-09-10'), call('report', '2024-09-11')], DOCS)).length, 2);
  assert.equal(consolidateEvents(entries([meeting('eve', '2024-09', null), meeting('eve', '2024-09', null)], DOCS)).length, 2);
});

test('a month that agrees with two events joins neither, unless the place says which', () => {
  const facts = [meeting('eve', '2024-09-10', 'Lakeside'), meeting('report', '2024-09-20', 'Hillport')];
  assert.equal(consolidateEvents(entries([...facts, meeting('later', '2024-09', null)], DOCS)).length, 3);
  const placed = consolidateEvents(entries([...facts, meeting('later', '2024-09', 'Hillport')], DOCS));
  assert.equal(placed.length, 2);
  assert.deepEqual(placed.find((i) => i.place === 'Hillport')!.docs, ['later', 'report']);
});

test('a year alone does not tie a report to an event without the place', () => {
  assert.equal(consolidateEvents(entries([meeting('eve', '2024-09', 'Lakeside'), meeting('later', '2024', null)], DOCS)).length, 2);
  assert.equal(consolidateEvents(entries([meeting('eve', '2024-09', 'Lakeside'), meeting('later', '2024', 'Lakeside')], DOCS)).length, 1);
});

test('places that differ keep two reports apart', () => {
  assert.equal(consolidateEvents(entries([visit('eve', '2024-09-10', 'Lakeside'), visit('report', '2024-09-10', 'Hillport')], DOCS)).length, 2);
});

test('an undated report joins a dated event only when its document appeared within a week of it', () => {
  const tied = consolidateEvents(entries([visit('eve', '2024-09-10', 'Lakeside'), visit('report', null, 'Lakeside')], DOCS));
  assert.equal(tied.length, 1);
  assert.equal(tied[0].merges[0].rule, EVENT_RULES.undatedTied);
  assert.equal(consolidateEvents(entries([visit('eve', '2024-09-10'), visit('recall', null)], DOCS)).length, 2);
  assert.equal(consolidateEvents(entries([visit('eve', '2024-09-10'), visit('undated-doc', null)], DOCS)).length, 2);
  // Two undated reports with nothing tying them stay two items.
  assert.equal(consolidateEvents(entries([visit('recall', null, 'Lakeside'), visit('later', null, 'Lakeside')], DOCS)).length, 2);
});

test('undated reports of the same numbered session of a body are one meeting', () => {
  const items = consolidateEvents(entries([
    meeting('recall', null, 'Lakeside', 'The 7th session of the joint trade commission opened in Lakeside.'),
    meeting('later', null, 'Lakeside', 'Ministers met at the seventh meeting of the Joint Trade Commission.'),
    meeting('eve', null, 'Lakeside', 'Ministers met at the eighth meeting of the Joint Trade Commission.'),
  ], DOCS));
  assert.equal(items.length, 2);
  assert.deepEqual(items[0].docs, ['later', 'recall']);
  assert.equal(items[0].merges[0].rule, EVENT_RULES.sameSession);
});

test('a planned agreement and its signing are one, with the newest status; topics stay apart', () => {
  const items = consolidateEvents(entries([
    agreement('announce', '2024-09', 'planned'), agreement('report', '2024-09-10', 'signed'),
    agreement('announce', '2024-09', 'planned', 'culture'),
  ], DOCS));
  assert.equal(items.length, 2);
  const energy = items.find((i) => i.topic === 'energy')!;
  assert.equal(energy.status, 'signed');
  assert.equal(energy.date, '2024-09-10');
  assert.deepEqual(energy.docs, ['announce', 'report']);
});

test('calls and meetings compare their parties as a set', () => {
  const items = consolidateEvents(entries([call('eve', '2024-09-10'),
    fact<CallFact>('report', { type: 'call', parties: ['NRL', 'SVL'], date: '2024-09-10' })], DOCS));
  assert.equal(items.length, 1);
  assert.deepEqual(items[0].parties, ['NRL', 'SVL']);
});

test('reports of one visit a day or two apart are one visit dated by its first day; calls a day apart are not', () => {
  const items = consolidateEvents(entries([visit('eve', '2024-09-11'), visit('report', '2024-09-10'), visit('later', '2024-09-17')], DOCS));
  assert.deepEqual(items.map((i) => [i.date, i.docs]), [['2024-09-10', ['eve', 'report']], ['2024-09-17', ['later']]]);
  assert.equal(items[0].merges[0].rule, EVENT_RULES.visitDays);
});
