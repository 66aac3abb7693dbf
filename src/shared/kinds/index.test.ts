// Tests of the kind registry: schemas accept what dyad produces and refuse bad input, keys, columns, Facts v1 lines.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { cleanDocument } from '../../cleaning/index';
import { allCases } from '../../extract/cases/index';
import { extractFacts } from '../../extract/index';
import { DyadError } from '../errors';
import {
  describeFact, factBodySchema, factColumns, factKey, factSchema, FACT_TYPES, KINDS, parseFactBody,
  parseFactsV1Line, toFactsV1, type FactBody,
} from './index';

const SAMPLES = [
  { type: 'person', name: 'Ilona Varga-Berg', country: 'HUN', role: 'foreign_minister', title: 'Foreign Minister' },
  { type: 'visit', visitor: 'HUN', host: 'CHL', date: '2022-03-14', place: 'Santiago', who: 'the minister' },
  { type: 'call', parties: ['NOR', 'CHL'], date: '2021-06' },
  { type: 'meeting', parties: ['CHL', 'NOR'], date: null, place: 'Oslo' },
  { type: 'agreement', parties: ['KEN', 'GHA'], topic: 'health', date: '2020-02-01', status: 'planned' },
  { type: 'figure', metric: 'exports', from: 'NZL', to: 'CHL', value: 1.2e9, unit: 'USD', period: '2020-01/2020-04',
    modality: 'actual', commodity: 'dairy' },
  { type: 'project', parties: ['PER', 'JPN'], name: 'Copper Smelter of the South', sector: 'metals', place: null,
    status: 'proposed' },
] as const satisfies readonly FactBody[];

test('there is one descriptor per fact type, each naming its own type', () => {
  assert.deepEqual(Object.keys(KINDS).sort(), [...FACT_TYPES].sort());
  for (const type of FACT_TYPES) assert.equal(KINDS[type].type, type);
});

test('every hand-written expected fact of the extraction cases passes its kind schema', () => {
  let checked = 0;
  for (const c of allCases) {
    for (const fact of c.facts) {
      const parsed = factBodySchema.safeParse(fact);
      assert.ok(parsed.success, `${c.file}: ${JSON.stringify(fact)}: ${parsed.success ? '' : parsed.error.message}`);
      checked += 1;
    }
  }
  assert.ok(checked > 300, `checked ${checked} facts`);
});

test('every gold fact of the evaluation sets parses as a Facts v1 line', () => {
  const root = join(import.meta.dirname, '..', '..', '..', 'eval');
  let checked = 0;
  for (const set of readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory())) {
    for (const file of readdirSync(join(root, set.name)).filter((f) => f.endsWith('.gold.jsonl'))) {
      readFileSync(join(root, set.name, file), 'utf8').split('\n').forEach((line, i) => {
        if (!line.trim()) return;
        parseFactsV1Line(line, `${set.name}/${file} line ${i + 1}`);
        checked += 1;
      });
    }
  }
  assert.ok(checked > 500, `checked ${checked} facts`);
});

test('every fact extracted from the demo corpus passes the stored-fact schema', async () => {
  const dir = join(import.meta.dirname, '..', '..', '..', 'demo', 'corpus');
  let checked = 0;
  for (const file of readdirSync(dir)) {
    const source = join(dir, file);
    const doc = await cleanDocument({ source, kind: 'file', body: readFileSync(source) });
    for (const fact of extractFacts(doc).facts) {
      const parsed = factSchema.safeParse(fact);
      assert.ok(parsed.success, `${file}: ${JSON.stringify(fact)}`);
      checked += 1;
    }
  }
  assert.ok(checked > 20, `checked ${checked} facts`);
});

test('a key ignores party order and status but not dates, direction or value', () => {
  const call = SAMPLES[2];
  assert.equal(factKey(call), factKey({ type: 'call', parties: ['CHL', 'NOR'], date: '2021-06' }));
  assert.notEqual(factKey(call), factKey({ type: 'call', parties: ['CHL', 'NOR'], date: '2021-07' }));
  const agreement = SAMPLES[4];
  assert.equal(factKey(agreement), factKey({ ...agreement, status: 'signed', parties: ['GHA', 'KEN'] }));
  const visit = SAMPLES[1];
  assert.notEqual(factKey(visit), factKey({ ...visit, visitor: 'CHL', host: 'HUN' }));
  const turnover: FactBody = { type: 'figure', metric: 'trade_turnover', from: 'KEN', to: 'GHA', value: 5, unit: 'USD',
    period: '2019', modality: 'actual' };
  assert.equal(factKey(turnover), factKey({ ...turnover, from: 'GHA', to: 'KEN' }));
  assert.notEqual(factKey(SAMPLES[5]), factKey({ ...SAMPLES[5], from: 'CHL', to: 'NZL' }));
  assert.notEqual(factKey(turnover), factKey({ ...turnover, value: 6 }));
  assert.equal(factKey(SAMPLES[0]), factKey({ ...SAMPLES[0], name: 'Ilona VARGA-BERG', role: 'minister' }));
});

test('stored columns keep direction for visits and figures and sort the parties of the rest', () => {
  assert.deepEqual(factColumns(SAMPLES[1]), { a: 'HUN', b: 'CHL', when: '2022-03-14' });
  assert.deepEqual(factColumns(SAMPLES[2]), { a: 'CHL', b: 'NOR', when: '2021-06' });
  assert.deepEqual(factColumns(SAMPLES[5]), { a: 'NZL', b: 'CHL', when: '2020-01/2020-04' });
  assert.deepEqual(factColumns(SAMPLES[0]), { a: 'HUN', b: null, when: null });
  assert.deepEqual(factColumns(SAMPLES[6]), { a: 'JPN', b: 'PER', when: null });
});

test('each kind prints in one line', () => {
  assert.equal(describeFact(SAMPLES[1]), 'HUN → CHL  2022-03-14  Santiago  by the minister');
  assert.equal(describeFact(SAMPLES[6]), 'PER–JPN  "Copper Smelter of the South"  metals  -  proposed');
  for (const fact of SAMPLES) assert.doesNotMatch(describeFact(fact), /\n|undefined/);
});

test('a Facts v1 line printed from any kind parses back to the same fields', () => {
  for (const fact of SAMPLES) {
    const line = toFactsV1('doc-1', { ...fact, evidence: { sentence: 0, start: 0, end: 4, quote: 'Text' } });
    assert.equal('who' in line || 'title' in line, false, 'internal fields are not Facts v1');
    const parsed = parseFactsV1Line(JSON.stringify(line), 'line 1');
    assert.deepEqual(parsed, line);
  }
});

test('a bad Facts v1 line is an error naming the line, the field and the reason', () => {
  const bad = (line: string): DyadError => {
    try {
      parseFactsV1Line(line, 'facts.jsonl line 7');
    } catch (err) {
      assert.ok(err instanceof DyadError);
      return err;
    }
    assert.fail(`accepted ${line}`);
  };
  assert.match(bad('{"doc":"a","type":"visit","visitor":"Chile","host":"NOR","date":null,"place":null}').message,
    /^facts\.jsonl line 7 is not a Facts v1 fact: visitor: a country is an ISO 3166-1 alpha-3 code/);
  assert.match(bad('{"doc":"a","type":"call","parties":["NOR","CHL"],"date":"2021-13"}').message, /date: a date is ISO 8601/);
  assert.match(bad('{"doc":"a","type":"rumour"}').message, /type/);
  assert.match(bad('{"doc":"a",').message, /^facts\.jsonl line 7 is not JSON/);
  assert.match(bad('{"doc":"a","type":"agreement","parties":["NOR","CHL"],"topic":"fishing","date":null,"status":"signed"}')
    .message, /topic/);
});

test('a curator edit is checked against its kind and loses unknown keys', () => {
  const edited = parseFactBody({ ...SAMPLES[3], place: 'Bergen', colour: 'blue' }, 'edit of fact 3');
  assert.deepEqual(edited, { ...SAMPLES[3], place: 'Bergen' });
  assert.throws(() => parseFactBody({ ...SAMPLES[3], parties: ['NOR'] }, 'edit of fact 3'),
    /edit of fact 3 is not a valid fact: parties/);
});
