// Digests of extraction output (facts, sentences, cleaned documents) per folder, with the CPU time of a serial in-process run: `node --import tsx scripts/extract-digest.mjs DIR...` before and after a change that must not alter output.
import { createHash } from 'node:crypto';
import { expandInputs } from '../src/sources/index.ts';
import { processInOrder } from '../src/pipeline/parallel.ts';

const args = process.argv.slice(2);
const runs = Number(args.includes('--runs') ? args[args.indexOf('--runs') + 1] : 1);
const dirs = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--runs');

async function one(dir) {
  const { items } = await expandInputs([dir]);
  const h = { facts: createHash('sha256'), sentences: createHash('sha256'), text: createHash('sha256') };
  let n = 0; let facts = 0;
  const t0 = process.cpuUsage();
  for await (const o of processInOrder(items, { workers: 1 })) {
    n++;
    if (o.error) { h.facts.update(`ERR ${o.error.message}\n`); continue; }
    facts += o.result.facts.length;
    h.facts.update(JSON.stringify(o.result.facts) + '\n' + (o.result.skipped ?? '') + '\n');
    h.sentences.update(JSON.stringify(o.result.sentences) + '\n');
    h.text.update(JSON.stringify(o.result.doc) + '\n');
  }
  const cpu = process.cpuUsage(t0);
  return { n, facts, cpu: (cpu.user + cpu.system) / 1e6, d: Object.fromEntries(Object.entries(h).map(([k, v]) => [k, v.digest('hex').slice(0, 16)])) };
}

for (const dir of dirs) {
  const cpus = [];
  let last;
  for (let r = 0; r < runs; r++) { last = await one(dir); cpus.push(last.cpu); }
  cpus.sort((a, b) => a - b);
  console.log(`${dir}\tdocs=${last.n} facts=${last.facts}\tfacts=${last.d.facts} sent=${last.d.sentences} text=${last.d.text}\tcpu=${cpus.map((c) => c.toFixed(2)).join(',')} median=${cpus[Math.floor(cpus.length / 2)].toFixed(2)}`);
}
