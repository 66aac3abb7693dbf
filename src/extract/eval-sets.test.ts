// Scores `dyad extract` on the hand-written evaluation sets in eval/ and fails if any drops below its floor.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const shared = fileURLToPath(new URL('../../../shared/', import.meta.url));

// A few points under the scores of 2026-11-27 (83.4, 74.8, 66.8): a guard against regressions, not a target.
const FLOORS: Array<[string, string, number]> = [
  ['eval/dev', 'dev.gold.jsonl', 0.78],
  ['eval/dev2', 'dev2.gold.jsonl', 0.7],
  ['eval/holdout', 'holdout.gold.jsonl', 0.62],
];

for (const [dir, gold, floor] of FLOORS) {
  test(`extraction on ${dir} stays at or above micro F1 ${floor}`, async () => {
    assert.ok(existsSync(`${shared}eval/score.mjs`), `the shared scorer is missing at ${shared}eval/score.mjs`);
    const out = execFileSync(process.execPath, [`${root}bin/dyad.js`, 'extract', `${root}${dir}`, '--format', 'facts'],
      { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'ignore'] });
    const parse = (text: string) => text.split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
    const { score } = await import(`${shared}eval/score.mjs`);
    const result = score(parse(readFileSync(`${root}${dir}/${gold}`, 'utf8')), parse(out));
    assert.ok(result.micro.f1 >= floor, `${dir}: micro F1 ${result.micro.f1}\n${JSON.stringify(result.perType, null, 1)}`);
  });
}
