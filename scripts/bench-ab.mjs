// `node scripts/bench-ab.mjs`: compares commands run alternately (A, B, A, B...), e.g. two checkouts of dyad on one store.
// Usage: node scripts/bench-ab.mjs [--runs 5] 'LABEL|ENV=V;ENV2=V::COMMAND ARGS' ...
//   e.g. node scripts/bench-ab.mjs --runs 5 'main|DATABASE_URL=::node ../main/bin/dyad.js docs --db S' \
//          'branch|DATABASE_URL=::node bin/dyad.js docs --db S'
// Prints, per command, the median and minimum wall time and the median and minimum CPU time (user + system of the
// command's process and its children, read from /proc/self/stat on Linux: 10 ms steps). Alternating spreads a
// loaded machine's ups and downs over every command alike; on a shared machine compare the CPU times.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** CPU ms of the children waited for so far: fields 16 and 17 (cutime, cstime, 1/100 s) after the command name. */
function childCpuMs() {
  const fields = readFileSync('/proc/self/stat', 'utf8').replace(/^.*\) /s, '').split(' ');
  return (Number(fields[13]) + Number(fields[14])) * 10;
}

function parse(spec) {
  const [label, rest] = spec.split('|');
  const [assignments, command] = rest.includes('::') ? rest.split('::') : ['', rest];
  const env = { ...process.env };
  for (const pair of assignments.split(';').filter(Boolean)) {
    const at = pair.indexOf('=');
    env[pair.slice(0, at)] = pair.slice(at + 1);
  }
  return { label, env, argv: command.trim().split(/\s+/), wall: [], cpu: [] };
}

const args = process.argv.slice(2);
let runs = 5;
if (args[0] === '--runs') {
  runs = Number(args[1]);
  args.splice(0, 2);
}
if (!args.length || !Number.isInteger(runs) || runs < 1) {
  console.error("usage: node scripts/bench-ab.mjs [--runs N] 'LABEL|ENV=V;ENV2=V::COMMAND ARGS' ...");
  process.exit(2);
}
const commands = args.map(parse);
for (let run = 0; run < runs; run++) {
  for (const c of commands) {
    const t0 = performance.now();
    const cpu0 = childCpuMs();
    const result = spawnSync(c.argv[0], c.argv.slice(1), { env: c.env, encoding: 'utf8', maxBuffer: 1 << 28 });
    if (result.status !== 0) {
      console.error(`${c.label} failed (${result.status}): ${result.stderr}`);
      process.exit(1);
    }
    c.wall.push(performance.now() - t0);
    c.cpu.push(childCpuMs() - cpu0);
  }
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(`${runs} runs each, alternating\n\n| command | wall ms (median) | min | CPU ms (median) | min |\n| --- | ---: | ---: | ---: | ---: |`);
for (const c of commands) {
  console.log(`| ${c.label} | ${median(c.wall).toFixed(0)} | ${Math.min(...c.wall).toFixed(0)} | ${median(c.cpu)} | ${Math.min(...c.cpu)} |`);
}
