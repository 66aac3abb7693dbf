// Tests the per-host pacing of requests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { paceHost } from './pace';

test('requests to one host are spaced by the interval, other hosts are not held up', async () => {
  const start = Date.now();
  const times: Record<string, number[]> = { a: [], b: [] };
  await Promise.all([
    ...[1, 2, 3].map(() => paceHost('a.pace.test', 60).then(() => times.a.push(Date.now() - start))),
    paceHost('b.pace.test', 60).then(() => times.b.push(Date.now() - start)),
  ]);
  times.a.sort((x, y) => x - y);
  assert.ok(times.a[1] - times.a[0] >= 50 && times.a[2] - times.a[1] >= 50, `spaced: ${times.a}`);
  assert.ok(times.b[0] < 40, `another host waits for nothing: ${times.b}`);
});

test('an interval of 0 never waits', async () => {
  const start = Date.now();
  for (let i = 0; i < 5; i++) await paceHost('c.pace.test', 0);
  assert.ok(Date.now() - start < 20);
});
