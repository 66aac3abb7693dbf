// `npm run bench`: times `dyad extract <corpus> --format facts` end to end on a generated corpus and prints a results table.
// Usage: node scripts/bench.mjs [--n 5000] [--runs 1] [--seed 1] [--dir bench-corpus] [--workers 1,2]
// With several worker counts, the runs alternate between them (so a change in the machine's load hits all alike) and
// the table ends with each count's median against --workers 1: articles/s (wall) and CPU seconds.
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, totalmem, tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureCorpus, DEFAULTS } from './bench/generate.mjs';

const TIME = '/usr/bin/time';

function parseArgs(argv) {
  // One worker by default: this is the single-core extraction rate that the speed goals are stated in.
  const o = { ...DEFAULTS, runs: 1, workers: [1] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const v = argv[i + 1];
    if (a === '--n') o.n = Number(v);
    else if (a === '--runs') o.runs = Number(v);
    else if (a === '--seed') o.seed = Number(v);
    else if (a === '--dir') o.dir = v;
    else if (a === '--workers') o.workers = String(v).split(',').map(Number);
    else {
      console.error(`bench: unknown option ${a} (known: --n, --runs, --seed, --dir, --workers)`);
      process.exit(2);
    }
    i++;
  }
  for (const k of ['n', 'runs']) {
    if (!Number.isInteger(o[k]) || o[k] < 1) {
      console.error(`bench: --${k} must be a positive integer, got ${o[k]}`);
      process.exit(2);
    }
  }
  if (!o.workers.every((w) => Number.isInteger(w) && w >= 1)) {
    console.error(`bench: --workers takes positive whole numbers separated by commas, got ${o.workers.join(',')}`);
    process.exit(2);
  }
  return o;
}

/** Visible words of one corpus file: whitespace-split, after removing markup, scripts and styles from HTML pages. */
function words(file) {
  let text = readFileSync(file, 'utf8');
  if (file.endsWith('.html')) {
    text = text.replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, ' ').replace(/<[^>]+>/g, ' ').replace(/&[a-z#0-9]+;/gi, ' ');
  }
  return text.split(/\s+/).filter(Boolean).length;
}

function corpusSize(dir) {
  const files = readdirSync(dir).filter((f) => /\.(txt|html)$/.test(f));
  let tokens = 0;
  for (const f of files) tokens += words(join(dir, f));
  return { articles: files.length, tokens };
}

/** One end-to-end run: wall time around the child, peak RSS from GNU time, facts counted from its stdout. */
function runOnce(dir, workers) {
  return new Promise((resolve) => {
    const tmp = mkdtempSync(join(tmpdir(), 'dyad-bench-'));
    const rssFile = join(tmp, 'rss');
    const dyad = [process.execPath, 'bin/dyad.js', 'extract', dir, '--format', 'facts', '--workers', String(workers)];
    const haveTime = existsSync(TIME);
    const [cmd, ...args] = haveTime ? [TIME, '-f', '%M %U %S', '-o', rssFile, ...dyad] : dyad;
    const t0 = performance.now();
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let facts = 0;
    let rest = '';
    const byType = {};
    const count = (line) => {
      if (!line.trim()) return;
      facts++;
      try {
        const t = JSON.parse(line).type ?? '?';
        byType[t] = (byType[t] ?? 0) + 1;
      } catch {
        byType['(not JSON)'] = (byType['(not JSON)'] ?? 0) + 1;
      }
    };
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk) => {
      const lines = (rest + chunk).split('\n');
      rest = lines.pop();
      for (const l of lines) count(l);
    });
    let stderr = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk) => { stderr += chunk; });
    child.on('close', (code, signal) => {
      const seconds = (performance.now() - t0) / 1000;
      count(rest);
      let rssMB = null;
      let cpu = null;
      if (haveTime && existsSync(rssFile)) {
        // GNU time writes "Command exited with non-zero status" first when the child fails; the numbers are the last line.
        const [kb, user, sys] = readFileSync(rssFile, 'utf8').trim().split('\n').pop().split(' ').map(Number);
        if (Number.isFinite(kb) && kb > 0) rssMB = kb / 1024;
        if (Number.isFinite(user) && Number.isFinite(sys)) cpu = user + sys;
      }
      rmSync(tmp, { recursive: true, force: true });
      resolve({ code, signal, seconds, cpu, rssMB, facts, byType, stderr });
    });
  });
}

function machine() {
  let model = cpus()[0]?.model ?? 'unknown';
  try {
    const m = /^Model name:\s*(.+)$/m.exec(execFileSync('lscpu', { encoding: 'utf8' }));
    if (m) model = m[1].trim();
  } catch { /* lscpu missing: keep what Node reports */ }
  let commit = '';
  try {
    commit = `, dyad at ${execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim()}`;
  } catch { /* not a git checkout */ }
  return `${cpus().length} CPUs (${model}), ${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM, Node ${process.version}${commit}`;
}

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const f = (x, d) => (x == null ? 'n/a' : x.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d }));

// Piping the report into `head` closes stdout early; that is not a benchmark failure.
process.stdout.on('error', (err) => { if (err.code === 'EPIPE') process.exit(0); throw err; });

const o = parseArgs(process.argv.slice(2));
const t0 = performance.now();
const corpus = ensureCorpus({ n: o.n, dir: o.dir, seed: o.seed });
console.log(corpus.generated
  ? `generated ${o.n} articles into ${o.dir} (seed ${o.seed}) in ${((performance.now() - t0) / 1000).toFixed(1)} s`
  : `using existing ${o.dir} (${o.n} articles, seed ${o.seed})`);
const { articles, tokens } = corpusSize(o.dir);
console.log(`machine: ${machine()}, load average ${loadavg().map((x) => x.toFixed(1)).join(' ')} at start`);
console.log(`command: node bin/dyad.js extract ${o.dir} --format facts`);

const rows = [];
for (let run = 1; run <= o.runs; run++) {
  for (const workers of o.workers) {
    const r = await runOnce(o.dir, workers);
    const failedDocs = (r.stderr.match(/^failed /gm) ?? []).length;
    if ((r.code !== 0 && r.facts === 0) || r.signal) {
      console.error(`run ${run}: extract exited with ${r.signal ?? `code ${r.code}`} and printed no facts; its stderr ends with:\n${r.stderr.split('\n').slice(-15).join('\n')}`);
      process.exit(1);
    }
    if (failedDocs) console.error(`run ${run}: ${failedDocs} document(s) failed (see "failed" lines on extract's stderr)`);
    rows.push({ ...r, workers, run });
    console.log(`run ${run}, --workers ${workers}: ${r.seconds.toFixed(1)} s, ${r.cpu == null ? '' : `${r.cpu.toFixed(1)} CPU s, `}${r.facts} facts, load average ${loadavg()[0].toFixed(1)}`);
  }
}

const line = (label, workers, r) => `| ${label} | ${workers} | ${f(articles, 0)} | ${f(tokens, 0)} | ${f(r.seconds, 1)} | ${f(r.cpu, 1)} | ${f(articles / r.seconds, 1)} | ${f(tokens / r.seconds, 0)} | ${f(r.rssMB, 0)} | ${f(r.facts, 0)} |`;
console.log('\n| run | --workers | articles | words (tokens) | wall s | CPU s | articles/s | tokens/s | peak RSS MB | facts |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
rows.forEach((r) => console.log(line(String(r.run), r.workers, r)));
const medians = new Map();
for (const workers of o.workers) {
  const mine = rows.filter((r) => r.workers === workers);
  const m = { seconds: median(mine.map((r) => r.seconds)), cpu: mine.some((r) => r.cpu == null) ? null : median(mine.map((r) => r.cpu)), rssMB: mine.some((r) => r.rssMB == null) ? null : median(mine.map((r) => r.rssMB)), facts: median(mine.map((r) => r.facts)) };
  medians.set(workers, m);
  if (o.runs > 1) console.log(line('median', workers, m));
}
const one = medians.get(1);
if (one && o.workers.length > 1) {
  console.log('\n| --workers | articles/s | × --workers 1 (wall) | CPU s | CPU ÷ --workers 1 |');
  console.log('| ---: | ---: | ---: | ---: | ---: |');
  for (const [workers, m] of medians) {
    console.log(`| ${workers} | ${f(articles / m.seconds, 1)} | ${f(one.seconds / m.seconds, 2)} | ${f(m.cpu, 1)} | ${m.cpu == null || one.cpu == null ? 'n/a' : f(m.cpu / one.cpu, 2)} |`);
  }
  const differs = o.workers.filter((w) => medians.get(w).facts !== one.facts);
  if (differs.length) console.error(`bench: --workers ${differs.join(',')} printed a different number of facts than --workers 1`);
}
const types = Object.entries(rows[rows.length - 1].byType).sort((a, b) => b[1] - a[1]).map(([t, k]) => `${t} ${k}`).join(', ');
console.log(`\nfacts by type (last run): ${types || 'none'}`);
console.log(`note: --workers 1 runs on one thread, so its figures are single-core; --workers N uses this thread and N-1 worker threads. CPU s (user + system, every thread) and peak RSS are from /usr/bin/time (n/a when it is missing); articles/s and tokens/s use wall time. Load average at the end: ${loadavg().map((x) => x.toFixed(1)).join(' ')}.`);
