// `dyad worker`'s loop: takes ingest jobs from the queue one at a time and stores each document idempotently.
import type PgBoss from 'pg-boss';
import type { IngestEvent } from '../pipeline/ingest';
import type { DyadService } from '../service/index';
import { asDyadError, DyadError } from '../shared/errors';
import { QUEUE, queueCounts, type IngestJob } from './index';
import type { StoredPeople } from './people';

export interface WorkerOptions {
  /** Stop once no job is pending or running (any worker's), instead of waiting for more. */
  untilEmpty?: boolean;
  /** Seconds between looks at an empty queue. */
  pollSeconds?: number;
  onEvent?: (event: IngestEvent) => void;
  /** Resolves when the worker should stop (e.g. on SIGTERM); running jobs finish first. */
  stop?: Promise<void>;
}

/**
 * Ingests one job's document through the service, which also updates the record of the pairs it touches (under a
 * per-pair lock, so workers on one pair lose nothing). A failure is thrown so that pg-boss retries the job with
 * backoff and keeps it, with this error, once the tries are used up. Saving the same content twice is 'unchanged',
 * so a job that runs again after its worker died between saving and reporting duplicates nothing.
 */
export async function ingestJob(job: IngestJob, service: DyadService, people: StoredPeople): Promise<IngestEvent> {
  // People whose state other documents (stored by any worker) give help resolve this one.
  await people.refresh();
  let event: IngestEvent | undefined;
  const summary = await service.ingest([job.source], {
    date: job.date, allowPrivate: job.allowPrivate, timeoutMs: job.timeoutMs, maxBytes: job.maxBytes,
    workers: 1, people: people.registry,
  }, (e) => { event = e; });
  if (summary.failures.length > 0) throw summary.failures[0].error;
  if (!event) throw new DyadError('not_found', `${job.source}: the job names no document`, { input: job.source });
  return event;
}

/** Works the queue until stopped (or, with `untilEmpty`, until nothing is left to do). */
export async function runWorker(boss: PgBoss, service: DyadService, people: StoredPeople, options: WorkerOptions = {}): Promise<void> {
  const pollSeconds = options.pollSeconds ?? 2;
  await boss.work<IngestJob>(QUEUE, { batchSize: 1, pollingIntervalSeconds: pollSeconds }, async ([job]) => {
    try {
      const event = await ingestJob(job.data, service, people);
      options.onEvent?.(event);
      return { status: event.status, document: event.document?.name, facts: event.facts };
    } catch (err) {
      const error = asDyadError(err, job.data.source);
      options.onEvent?.({ source: job.data.source, status: 'failed', error });
      // pg-boss keeps the thrown error's message as the job's output.
      throw new Error(error.message);
    }
  });

  const stopped = options.stop ?? new Promise<void>(() => {});
  if (!options.untilEmpty) {
    await stopped;
  } else {
    let stop = false;
    void stopped.then(() => { stop = true; });
    while (!stop) {
      const counts = await queueCounts(boss);
      if (counts.pending === 0 && counts.running === 0) break;
      await new Promise((resolve) => setTimeout(resolve, pollSeconds * 1000));
    }
  }
  await boss.offWork(QUEUE);
}
