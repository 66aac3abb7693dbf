// Tests for the pair's story: each section present, in date order, with sources, targets, conflicts and history.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { consolidate } from './index';
import { STORY_DOCS, STORY_FACTS } from './fixtures';
import { formatValue, renderPairStory } from './story';

test('the story lists events by date with their sources, then figures, agreements, projects and people', () => {
  const story = renderPairStory(consolidate(STORY_FACTS, STORY_DOCS));
  const sections = ['Events', 'Figures', 'Agreements', 'Projects', 'People'].map((s) => story.indexOf(`${s}\n`));
  assert.ok(sections.every((at, i) => at >= 0 && (i === 0 || at > sections[i - 1])), story);
  assert.match(story, /2021-03-10 {2}visit NOR → CHL, Santiago {2}\(2 sources\)/);
  assert.ok(story.indexOf('2021-03-10') < story.indexOf('2022-05-19'));
  assert.match(story, /500 million USD {2}\[target, met \(actual 512 million USD\)\]/);
  assert.match(story, /470 million USD {2}\[CONFLICT\]/);
  assert.match(story, /energy\n {4}2021-03-11 {2}signed/);
  assert.match(story, /proposed \(2021-03-12\) → under_construction \(2022-05-20\)/);
  assert.match(story, /Ingrid Halvorssen \(also Ingrid Halvorsen\), foreign minister, NOR/);
});

test('undated events come after the dated ones', () => {
  const story = renderPairStory(consolidate([...STORY_FACTS,
    { doc: 'n4', type: 'call', parties: ['NOR', 'CHL'], date: null, evidence: 'They also spoke by phone.' }], STORY_DOCS));
  assert.match(story, /2023-03-30 {2}meeting CHL–NOR–PER, Lima {2}\(1 source\)\n {2}undated {5}call CHL–NOR/);
});

test('an empty record has an empty story, and values read as a reader says them', () => {
  assert.equal(renderPairStory([]), '');
  assert.equal(formatValue(1.3e6, 't'), '1.3 million t');
  assert.equal(formatValue(2e9, 'USD'), '2 billion USD');
  assert.equal(formatValue(5300, 'count'), '5,300 count');
  assert.equal(formatValue(12.5, 'pct'), '12.5%');
});
