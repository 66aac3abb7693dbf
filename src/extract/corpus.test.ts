// Scores `dyad extract` on the shared corpus with the shared scorer and fails below the quality bar.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const shared = fileURLToPath(new URL('../../../shared/', import.meta.url));

test('extraction on the shared corpus meets the bar (micro F1 >= 0.80, P >= 0.85, every type F1 >= 0.60)', async () => {
  assert.ok(existsSync(`${shared}eval/score.mjs`), `the shared scorer is missing at ${shared}eval/score.mjs`);
  const out = execFileSync(process.execPath, [`${root}bin/dyad.js`, 'extract', `${shared}corpus`, '--format', 'facts'],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const parse = (text: string) => text.split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
  const { score } = await import(`${shared}eval/score.mjs`);
  const result = score(parse(readFileSync(`${shared}eval/corpus.gold.jsonl`, 'utf8')), parse(out));
  const report = JSON.stringify({ micro: result.micro, perType: result.perType }, null, 1);
  assert.ok(result.micro.f1 >= 0.8, `micro F1 ${result.micro.f1}\n${report}`);
  assert.ok(result.micro.p >= 0.85, `precision ${result.micro.p}\n${report}`);
  for (const [type, r] of Object.entries(result.perType) as Array<[string, { f1: number }]>) {
    assert.ok(r.f1 >= 0.6, `${type} F1 ${r.f1}\n${report}`);
  }
});
