// Batching of an async source: full batches, partial ones when the source is slow, and order kept.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { batches } from './batches';

async function collect<T>(source: AsyncIterable<T[]>): Promise<T[][]> {
  const out: T[][] = [];
  for await (const b of source) out.push(b);
  return out;
}

async function* quick(n: number): AsyncGenerator<number> {
  for (let i = 1; i <= n; i++) yield i;
}

test('items that come at once are grouped in full batches, the rest in a last one, in order', async () => {
  assert.deepEqual(await collect(batches(quick(7), { size: 3, idleMs: 10_000 })), [[1, 2, 3], [4, 5, 6], [7]]);
  assert.deepEqual(await collect(batches(quick(0), { size: 3, idleMs: 10_000 })), []);
});

test('a partial batch is handed on while the source is still busy with the next item', async () => {
  let release: () => void = () => {};
  const gate = new Promise<void>((resolve) => { release = resolve; });
  async function* slowThird(): AsyncGenerator<number> {
    yield 1;
    yield 2;
    await gate;
    yield 3;
  }
  const seen: number[][] = [];
  for await (const b of batches(slowThird(), { size: 10, idleMs: 5 })) {
    seen.push(b);
    // The third item is released only once the first two have been handed on: no deadlock, nothing held back.
    if (seen.length === 1) release();
  }
  assert.deepEqual(seen, [[1, 2], [3]]);
});

test('stopping early closes the source', async () => {
  let closed = false;
  async function* source(): AsyncGenerator<number> {
    try {
      for (let i = 0; ; i++) yield i;
    } finally {
      closed = true;
    }
  }
  for await (const b of batches(source(), { size: 2, idleMs: 10_000 })) {
    assert.deepEqual(b, [0, 1]);
    break;
  }
  assert.equal(closed, true);
});
