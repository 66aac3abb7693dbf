// `npm run eval`: scores `dyad extract` on every evaluation set (the shared corpus, eval/dev, eval/dev2, eval/holdout) with the
// shared scorer and prints one table: the honest view of how extraction does on articles the rules were not written for.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const shared = fileURLToPath(new URL('../../shared/', import.meta.url));
const SETS = [
  { name: 'shared corpus', dir: `${shared}corpus`, gold: `${shared}eval/corpus.gold.jsonl` },
  { name: 'eval/dev', dir: `${root}eval/dev`, gold: `${root}eval/dev/dev.gold.jsonl` },
  { name: 'eval/dev2', dir: `${root}eval/dev2`, gold: `${root}eval/dev2/dev2.gold.jsonl` },
  { name: 'eval/holdout', dir: `${root}eval/holdout`, gold: `${root}eval/holdout/holdout.gold.jsonl` },
];
const TYPES = ['person', 'visit', 'call', 'meeting', 'agreement', 'figure', 'project'];

const parse = (text) => text.split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
const { score } = await import(`${shared}eval/score.mjs`);
const pct = (x) => (100 * x).toFixed(1);

console.log(`| set | gold | P | R | F1 | ${TYPES.join(' | ')} |`);
console.log(`| --- | ---: | ---: | ---: | ---: | ${TYPES.map(() => '---:').join(' | ')} |`);
for (const set of SETS) {
  if (!existsSync(set.gold)) { console.log(`| ${set.name} | missing: ${set.gold} |`); continue; }
  const out = execFileSync(process.execPath, [`${root}bin/dyad.js`, 'extract', set.dir, '--format', 'facts'],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'ignore'] });
  const gold = parse(readFileSync(set.gold, 'utf8'));
  const r = score(gold, parse(out));
  const perType = TYPES.map((t) => (r.perType[t] ? pct(r.perType[t].f1) : '-'));
  console.log(`| ${set.name} | ${gold.length} | ${pct(r.micro.p)} | ${pct(r.micro.r)} | ${pct(r.micro.f1)} | ${perType.join(' | ')} |`);
}
