// `node scripts/bench/threads.mjs COMMAND ARGS...`: CPU seconds of a command's main thread and of its other threads.
// Why: one extracting thread kept about 1.25 cores busy; this tells its own work from V8's helper threads (the
// optimising compiler, the garbage collector) and from worker threads. Samples /proc/PID/task/*/stat every 50 ms
// and keeps each thread's last reading (Linux only; a thread that ends between samples loses its last 50 ms).
// The command's output goes to /dev/null. Example:
//   node scripts/bench/threads.mjs node bin/dyad.js extract bench-corpus --format facts --workers 1
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

const [command, ...args] = process.argv.slice(2);
if (!command) {
  console.error('usage: node scripts/bench/threads.mjs COMMAND ARGS...');
  process.exit(2);
}
const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'inherit'] });
const last = new Map();
const TICK = 100; // clock ticks per second on Linux

function sample() {
  let tasks = [];
  try {
    tasks = readdirSync(`/proc/${child.pid}/task`);
  } catch {
    return;
  }
  for (const tid of tasks) {
    try {
      const stat = readFileSync(`/proc/${child.pid}/task/${tid}/stat`, 'utf8');
      const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      last.set(tid, { name, cpu: (Number(fields[11]) + Number(fields[12])) / TICK });
    } catch { /* the thread ended meanwhile */ }
  }
}

const started = performance.now();
const timer = setInterval(sample, 50);
child.on('exit', (code) => {
  clearInterval(timer);
  const wall = (performance.now() - started) / 1000;
  const main = last.get(String(child.pid))?.cpu ?? 0;
  const byName = new Map();
  for (const [tid, t] of last) if (tid !== String(child.pid)) byName.set(t.name, (byName.get(t.name) ?? 0) + t.cpu);
  const others = [...byName.values()].reduce((a, b) => a + b, 0);
  console.log(`wall ${wall.toFixed(2)} s, main thread ${main.toFixed(2)} s, other threads ${others.toFixed(2)} s `
    + `(${[...byName].filter(([, c]) => c >= 0.05).map(([n, c]) => `${n} ${c.toFixed(2)}`).join(', ')}), exit ${code}`);
});
