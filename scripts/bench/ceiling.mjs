// `node scripts/bench/ceiling.mjs [--n 2000] [--runs 3] [--dir DIR] [--what extract|tokenizer|spin]`: the most two threads
// could give on this machine.
// Why: `--workers 2` shares nothing but the registry and the output order, so two separate processes, each running
// `dyad extract --workers 1` over one half of the corpus at the same time, bound what it can reach. One extracting
// thread already keeps more than one core busy (V8's compiler and garbage collector run beside it), so on two cores
// the bound is below 2. Prints each run's wall time for the whole corpus in one process and for the two halves side
// by side, and the median ratio: the ceiling of `--workers 2` against `--workers 1`.
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ensureCorpus, DEFAULTS } from './generate.mjs';

const o = { n: 2000, runs: 3, dir: DEFAULTS.dir, seed: DEFAULTS.seed, what: 'extract' };
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; i += 2) {
  const [k, v] = [argv[i], argv[i + 1]];
  if (k === '--n' || k === '--runs') o[k.slice(2)] = Number(v);
  else if (k === '--dir') o.dir = v;
  else if (k === '--what' && ['extract', 'tokenizer', 'spin'].includes(v)) o.what = v;
  else { console.error(`ceiling: unknown option ${k} ${v} (known: --n, --runs, --dir, --what extract|tokenizer|spin)`); process.exit(2); }
}

ensureCorpus({ n: o.n, dir: o.dir, seed: o.seed });
const files = readdirSync(o.dir).filter((f) => /\.(txt|html)$/.test(f)).sort();
// The halves as folders of links, so each process reads the very files the whole run reads.
const halves = [files.slice(0, files.length >> 1), files.slice(files.length >> 1)].map((part) => {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-ceiling-'));
  for (const f of part) symlinkSync(resolve(o.dir, f), join(dir, f));
  return dir;
});

/** Wall seconds of `dyad extract DIR --workers 1` (or of the bare tokenizer over DIR), its output discarded. */
function extract(dir) {
  return new Promise((done, fail) => {
    const t0 = performance.now();
    // Five passes, so that loading the model (about half a second) does not dominate what is timed.
    const args = o.what === 'tokenizer' ? ['scripts/bench/tokenize.mjs', dir, '5']
      : o.what === 'spin' ? ['scripts/bench/spin.mjs', dir]
        : ['bin/dyad.js', 'extract', dir, '--format', 'facts', '--workers', '1'];
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'inherit'] });
    child.on('close', (code) => (code === 0 ? done((performance.now() - t0) / 1000) : fail(new Error(`exit ${code}`))));
  });
}

const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
console.log(`machine: ${cpus().length} CPUs (${cpus()[0]?.model}), load average ${loadavg().map((x) => x.toFixed(1)).join(' ')} at start`);
console.log(`corpus: ${files.length} articles in ${o.dir}; halves of ${halves.map((h) => readdirSync(h).length).join(' and ')}`);
const ratios = [];
try {
  for (let run = 1; run <= o.runs; run++) {
    const whole = await extract(o.dir);
    const t0 = performance.now();
    await Promise.all(halves.map(extract));
    const side = (performance.now() - t0) / 1000;
    ratios.push(whole / side);
    console.log(`run ${run}: one process ${whole.toFixed(2)} s, two side by side ${side.toFixed(2)} s, ratio ${(whole / side).toFixed(2)}`);
  }
} finally {
  for (const h of halves) rmSync(h, { recursive: true, force: true });
}
const label = { tokenizer: 'bare tokenizer, two processes against one', spin: 'busy loop, two processes against one',
  extract: 'ceiling of --workers 2 against --workers 1' }[o.what];
console.log(`${label} (median of ${o.runs}): ${median(ratios).toFixed(2)} ×; load average ${loadavg().map((x) => x.toFixed(1)).join(' ')} at the end`);
