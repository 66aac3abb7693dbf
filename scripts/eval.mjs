// `npm run eval`: scores `dyad extract` on every evaluation set with the shared scorer and prints one table. Real
// articles written by others come first (../shared/corpus-dev, the facts of ../shared/cluster-dev), then the shared
// corpus the rules were first written against, then the hand-written practice sets in eval/, marked as practice.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
// CI clones the project beside shared/; DYAD_SHARED points elsewhere (a worktree has no sibling shared/).
const shared = process.env.DYAD_SHARED ? `${process.env.DYAD_SHARED.replace(/\/$/, '')}/` : fileURLToPath(new URL('../../shared/', import.meta.url));
const SETS = [
  { name: 'corpus-dev (real)', dir: `${shared}corpus-dev/texts`, gold: `${shared}corpus-dev/gold.jsonl` },
  { name: 'cluster-dev facts (real)', dir: `${shared}cluster-dev/texts`, gold: `${shared}cluster-dev/facts.gold.jsonl` },
  { name: 'shared corpus', dir: `${shared}corpus`, gold: `${shared}eval/corpus.gold.jsonl` },
  { name: 'eval/dev (practice)', dir: `${root}eval/dev`, gold: `${root}eval/dev/dev.gold.jsonl` },
  { name: 'eval/dev2 (practice)', dir: `${root}eval/dev2`, gold: `${root}eval/dev2/dev2.gold.jsonl` },
  { name: 'eval/holdout (practice)', dir: `${root}eval/holdout`, gold: `${root}eval/holdout/holdout.gold.jsonl` },
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
