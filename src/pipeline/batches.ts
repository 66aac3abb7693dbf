// Groups what an async source yields into batches: full ones, or what is there when the next item is slow to come.

export interface BatchOptions {
  /** At most this many items per batch. */
  size: number;
  /** A batch is handed on as soon as the next item keeps the source busy this long (a slow download, say). */
  idleMs: number;
}

const IDLE = Symbol('idle');

/**
 * Yields the source's items in order, in batches of up to `size`. A partial batch waits for more items only while
 * they come quickly, so a slow source still sees each item handled within about `idleMs` of its arrival.
 */
export async function* batches<T>(source: AsyncIterable<T>, options: BatchOptions): AsyncGenerator<T[]> {
  const iterator = source[Symbol.asyncIterator]();
  let batch: T[] = [];
  try {
    for (;;) {
      const next = iterator.next();
      let result: IteratorResult<T> | typeof IDLE;
      if (batch.length === 0) {
        result = await next;
      } else {
        let timer: NodeJS.Timeout | undefined;
        const idle = new Promise<typeof IDLE>((resolve) => { timer = setTimeout(() => resolve(IDLE), options.idleMs); });
        // Left pending if the consumer stops at the partial batch: its failure then has no one to report to.
        next.catch(() => {});
        result = await Promise.race([next, idle]);
        clearTimeout(timer);
        if (result === IDLE) {
          yield batch;
          batch = [];
          result = await next;
        }
      }
      if (result.done) break;
      batch.push(result.value);
      if (batch.length >= options.size) {
        yield batch;
        batch = [];
      }
    }
    if (batch.length) yield batch;
  } finally {
    // A consumer that stops early (an aborted ingest) lets the source clean up too.
    await iterator.return?.();
  }
}
