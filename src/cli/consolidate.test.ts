// End-to-end tests of `dyad consolidate` and `dyad extract --format record`: Record v1 from files, no database.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { STORY_DOCS, STORY_FACTS } from '../record/fixtures';
import { runDyad, tempDir, writeSampleArticles } from './testing';

const jsonl = (rows: unknown[]): string => rows.map((r) => JSON.stringify(r)).join('\n');

function writeStory(dir: string): { facts: string; docs: string } {
  const facts = join(dir, 'facts.jsonl'), docs = join(dir, 'sources.jsonl');
  writeFileSync(facts, `${jsonl(STORY_FACTS)}\n`);
  writeFileSync(docs, `${jsonl(STORY_DOCS)}\n`);
  return { facts, docs };
}

test('consolidate prints Record v1 lines, dated by the sources file', async () => {
  const { facts, docs } = writeStory(tempDir('consolidate'));
  const run = await runDyad(['consolidate', facts, '--docs', docs]);
  assert.equal(run.code, 0, run.stderr);
  const items = run.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
  const target = items.find((i) => i.modality === 'target')!;
  assert.equal(target.outcome, 'met');
  assert.ok(items.every((i) => Array.isArray(i.docs) && !('sources' in i) && !('doc' in i)));
  // Without the sources file the facts' own dates still make one visit of the two reports.
  const undated = await runDyad(['consolidate', facts]);
  assert.equal(undated.code, 0, undated.stderr);
  assert.equal(undated.stdout.split('\n').filter((l) => l.includes('"type":"visit"')).length, 1);
  const withSources = await runDyad(['consolidate', facts, '--docs', docs, '--sources']);
  assert.match(withSources.stdout, /"sources":\[\{"doc":"n1","evidence":"Foreign Minister Ingrid Halvorsen/);
});

test('consolidate reads the facts from standard input with -', async () => {
  const run = await runDyad(['consolidate', '-'], { input: `${jsonl(STORY_FACTS)}\n` });
  assert.equal(run.code, 0, run.stderr);
  assert.equal(run.stdout.split('\n').filter((l) => l.includes('"type":"visit"')).length, 1);
  const bad = await runDyad(['consolidate', '-'], { input: '{"doc":\n' });
  assert.match(bad.stderr, /^dyad: stdin:1: not a JSON line/);
});

test('consolidate prints the story and the event rows', async () => {
  const { facts, docs } = writeStory(tempDir('consolidate'));
  const story = await runDyad(['consolidate', facts, '--docs', docs, '--format', 'story']);
  assert.equal(story.code, 0, story.stderr);
  assert.match(story.stdout, /^Events\n {2}2021-03-10 {2}visit NOR → CHL, Santiago {2}\(2 sources\)/);
  const events = await runDyad(['consolidate', facts, '--docs', docs, '--format', 'events']);
  assert.match(events.stdout, /^date,source_country,target_country,cameo/);
  assert.match(events.stdout, /\n2021-03-11,CHL,NOR,057,Sign formal agreement,AGREE,/);
});

test('consolidate names the file and line of a bad fact and exits 1', async () => {
  const dir = tempDir('consolidate');
  const facts = join(dir, 'bad.jsonl');
  writeFileSync(facts, `${JSON.stringify(STORY_FACTS[0])}\n{"doc": "n2", "type": "visit"\n`);
  const run = await runDyad(['consolidate', facts]);
  assert.equal(run.code, 1);
  assert.match(run.stderr, /^dyad: .*bad\.jsonl:2: not a JSON line/);
  writeFileSync(facts, `${JSON.stringify({ doc: 'n2', type: 'visit', visitor: 'NOR', date: null })}\n`);
  const missing = await runDyad(['consolidate', facts]);
  assert.equal(missing.code, 1);
  assert.match(missing.stderr, /^dyad: fact 1 \(doc n2\): visit field "host" is missing: expected string/);
  const gone = await runDyad(['consolidate', join(dir, 'nothing.jsonl')]);
  assert.match(gone.stderr, /nothing\.jsonl: no such file/);
});

test('extract --format record consolidates the documents with their own dates', async () => {
  const dir = tempDir('extract-record');
  writeSampleArticles(dir);
  const run = await runDyad(['extract', dir, '--format', 'record']);
  assert.equal(run.code, 0, run.stderr);
  const items = run.stdout.trim().split('\n').map((l) => JSON.parse(l) as { type: string; docs: string[] });
  assert.ok(items.length > 0);
  const facts = await runDyad(['extract', dir, '--format', 'facts']);
  const factDocs = new Set(facts.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { doc: string }).doc));
  assert.deepEqual(new Set(items.flatMap((i) => i.docs)), factDocs);
  assert.ok(items.length <= facts.stdout.trim().split('\n').length);
});
