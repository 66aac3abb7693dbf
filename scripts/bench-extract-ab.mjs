// Extraction A/B in one process: loads the pipeline from two source trees (--a, --b; e.g. a `git archive` of the base in .ab-base) and alternates them over preloaded documents, reporting CPU and an output digest.
// Usage: mkdir .ab-base && git archive BASE src | tar -x -C .ab-base
//        node --import tsx scripts/bench-extract-ab.mjs [--runs 5] [--limit N] [--chunk 20] [--a .ab-base] [--b .] DIR...
// The median of the per-round ratios B/A is the figure to read: the rounds interleave both trees, so the machine's
// load moves both; a tree inside the worktree resolves its packages from the worktree's node_modules.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const args = process.argv.slice(2);
const opt = (k, d) => (args.includes(k) ? args[args.indexOf(k) + 1] : d);
const runs = Number(opt('--runs', 5));
const roots = [opt('--a', '.ab-base'), opt('--b', '.')].map((r) => resolve(r));
const dirs = args.filter((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));

const load = async (root) => ({
  stages: await import(pathToFileURL(`${root}/src/pipeline/stages.ts`).href),
  people: await import(pathToFileURL(`${root}/src/resolve/people.ts`).href),
});
const impls = await Promise.all(roots.map(load));
// Documents read here, not through either tree's sources module: loading one tree's modules first slowed the other.
const limit = Number(opt('--limit', Infinity));
const raws = [];
for (const dir of dirs) {
  for (const name of readdirSync(dir).filter((n) => /\.(txt|md|html?)$/.test(n)).sort()) {
    if (raws.length >= limit) break;
    const path = join(dir, name);
    const type = { '.txt': 'text/plain', '.md': 'text/markdown', '.html': 'text/html', '.htm': 'text/html' }[extname(name)];
    raws.push({ source: path, kind: 'file', body: readFileSync(path), contentType: type });
  }
}

// Both trees go through the documents side by side, CHUNK documents at a time in alternating order, so a change in
// the machine's load hits both alike; each keeps its own registry of people, as a serial run does.
const CHUNK = Number(opt('--chunk', 20));
async function round() {
  const state = impls.map((impl) => ({ impl, people: new impl.people.PeopleRegistry(), h: createHash('sha256'), cpu: 0 }));
  for (let at = 0, turn = 0; at < raws.length; at += CHUNK, turn++) {
    for (const st of turn % 2 ? [state[1], state[0]] : state) {
      const t0 = process.cpuUsage();
      for (const raw of raws.slice(at, at + CHUNK)) {
        const r = await st.impl.stages.processDocument(raw, st.people.known);
        st.people.learn(r.facts);
        st.h.update(JSON.stringify(r.facts)); st.h.update(JSON.stringify(r.sentences)); st.h.update(JSON.stringify(r.doc)); st.h.update(r.skipped ?? '');
      }
      const c = process.cpuUsage(t0);
      st.cpu += (c.user + c.system) / 1e6;
    }
  }
  return state.map((st) => ({ cpu: st.cpu, digest: st.h.digest('hex').slice(0, 16) }));
}

await round(); // warm-up, not counted
const res = [[], []];
for (let r = 0; r < runs; r++) {
  const [a, b] = await round();
  res[0].push(a); res[1].push(b);
}
const med = (xs) => { const v = [...xs].sort((a, b) => a - b); return v[Math.floor(v.length / 2)]; };
for (const k of [0, 1]) {
  const cpus = res[k].map((x) => x.cpu);
  console.log(`${k ? 'B' : 'A'} ${roots[k]}  digest=${[...new Set(res[k].map((x) => x.digest))].join(',')}  cpu median=${med(cpus).toFixed(3)} [${cpus.map((c) => c.toFixed(2)).join(' ')}]`);
}
const ratios = res[1].map((b, i) => b.cpu / res[0][i].cpu);
console.log(`B/A cpu: median ratio ${med(ratios).toFixed(3)} [${ratios.map((x) => x.toFixed(3)).join(' ')}]`);
