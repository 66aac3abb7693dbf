// Tests for projects across documents: names compared loosely, distinct undertakings apart, status and its history.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ProjectFact } from '../shared/types';
import { consolidateProjects, nameWords, PROJECT_RULES, sameProject } from './projects';
import { entries, fact } from './testing';

const project = (doc: string, name: string, status: ProjectFact['status'], extra: Partial<ProjectFact> = {}) =>
  fact<ProjectFact>(doc, { type: 'project', parties: ['NOR', 'CHL'], name, sector: 'finance', place: null, status, ...extra });

test('a name\'s content words ignore case, articles, amounts, founding verbs, plurals and the parties\' names', () => {
  assert.deepEqual(nameWords('To create the $300 million Norway–Chile Investment Funds', ['NOR', 'CHL']), ['fund', 'investment']);
  assert.deepEqual(nameWords('salmon fund to promote exports and jobs'), ['fund', 'salmon']);
  assert.deepEqual(nameWords('pipeline to Lima'), ['lima', 'pipeline']);
  // Another state's name, and a capital, are part of the name.
  assert.deepEqual(nameWords('Oslo metro', ['NOR', 'CHL']), ['metro', 'oslo']);
});

test('names that are the same words in another order or an acronym are one project', () => {
  const p = (name: string, place: string | null = null) => ({ ...project('x', name, 'proposed'), place });
  assert.equal(sameProject(p('joint investment fund'), p('Chile-Norway Fund for Investment')), PROJECT_RULES.sameName);
  assert.equal(sameProject(p('PSL'), p('Pacific Salmon Line')), PROJECT_RULES.acronym);
  assert.equal(sameProject(p('salmon plant', 'Puerto Lagos'), p('salmon processing plant', 'Puerto Lagos district')), PROJECT_RULES.samePlace);
  assert.equal(sameProject(p('joint investment fund'), p('joint investment company')), null);
  assert.equal(sameProject(p('textile cluster'), p('silk and textile clusters')), null);
});

test('one project across documents: latest status by document date, history of its steps', () => {
  const items = consolidateProjects(entries([
    project('c', 'joint investment fund', 'agreed'),
    project('a', 'Joint Investment Fund', 'proposed'),
    project('b', 'the investment fund', 'under_construction'),
    project('b', 'joint investment company', 'operating'),
  ], [{ doc: 'a', date: '2021-01-10' }, { doc: 'b', date: '2021-06-01' }, { doc: 'c', date: '2022-02-01' }]));
  assert.equal(items.length, 2);
  const fund = items[0];
  assert.deepEqual(fund.docs, ['a', 'b', 'c']);
  assert.equal(fund.status, 'agreed');
  assert.deepEqual(fund.history, [
    { status: 'proposed', date: '2021-01-10', docs: ['a'] },
    { status: 'under_construction', date: '2021-06-01', docs: ['b'] },
    { status: 'agreed', date: '2022-02-01', docs: ['c'] },
  ]);
  assert.equal(items[1].history, undefined);
});

test('projects of different sectors, parties or listed in one document stay apart', () => {
  assert.equal(consolidateProjects(entries([project('a', 'salmon farm', 'proposed'), project('b', 'salmon farm', 'proposed', { sector: 'food' })])).length, 2);
  assert.equal(consolidateProjects(entries([project('a', 'salmon farm', 'proposed'), project('b', 'salmon farm', 'proposed', { parties: ['NOR', 'PER'] })])).length, 2);
  assert.equal(consolidateProjects(entries([project('a', 'salmon farm', 'proposed'), project('a', 'Salmon Farms', 'agreed')])).length, 2);
});
