// The durable ingest queue on PostgreSQL (pg-boss): one job per document, taken by `dyad worker` on any machine.
import PgBoss from 'pg-boss';
import { DyadError } from '../shared/errors';
import { redactUrl } from '../storage/postgres/index';

/** The pg-boss queue holding one job per document to ingest. */
export const QUEUE = 'dyad-ingest';

/** What a job carries: the item's source as expanded on the enqueuing machine, and the ingest options. */
export interface IngestJob {
  source: string;
  date?: string;
  allowPrivate?: boolean;
  timeoutMs?: number;
  maxBytes?: number;
}

export interface QueueSettings {
  /** Tries after the first; waits grow exponentially from `retryDelaySeconds`. */
  retries: number;
  retryDelaySeconds: number;
  /** A job still running after this long (its worker died) is given to another worker. */
  jobTimeoutSeconds: number;
}

export const DEFAULT_SETTINGS: QueueSettings = { retries: 3, retryDelaySeconds: 5, jobTimeoutSeconds: 600 };

/** pg-boss keeps its tables in a schema of its own; DYAD_QUEUE_SCHEMA picks another (e.g. one per test). */
export function queueSchema(): string {
  const schema = process.env.DYAD_QUEUE_SCHEMA ?? 'dyad_queue';
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) {
    throw new DyadError('usage', `DYAD_QUEUE_SCHEMA must be a lower-case SQL name, got "${schema}"`);
  }
  return schema;
}

/** The connection string of the queue: DATABASE_URL, which the queue requires. */
export function queueUrl(what: string): string {
  const url = process.env.DATABASE_URL;
  if (!url) {
    throw new DyadError('usage', `${what} needs DATABASE_URL: the job queue is kept in PostgreSQL `
      + '(e.g. DATABASE_URL=postgres://user@host:5432/dyad)');
  }
  return url;
}

export interface QueueOpenOptions {
  /** How often this process runs pg-boss maintenance (expiring jobs of dead workers, archiving). */
  maintenanceSeconds?: number;
  /** Only `dyad worker` supervises; enqueueing and reporting need no timers. */
  supervise?: boolean;
}

/** Starts pg-boss on `url` (creating its schema on first use) and makes sure the ingest queue exists. */
export async function openQueue(url: string, options: QueueOpenOptions = {}): Promise<PgBoss> {
  const boss = new PgBoss({
    connectionString: url,
    schema: queueSchema(),
    max: 2,
    supervise: options.supervise ?? false,
    schedule: false,
    maintenanceIntervalSeconds: options.maintenanceSeconds ?? 30,
  });
  // Connection errors surface through the call that needs the database; the event must not crash the process.
  boss.on('error', () => {});
  try {
    await boss.start();
    if (!(await boss.getQueue(QUEUE))) await boss.createQueue(QUEUE);
  } catch (err) {
    await boss.stop({ graceful: false, wait: false }).catch(() => {});
    throw new DyadError('storage', `cannot open the job queue on PostgreSQL at ${redactUrl(url)}: ${(err as Error).message}`,
      { input: redactUrl(url), cause: err });
  }
  return boss;
}

export async function closeQueue(boss: PgBoss): Promise<void> {
  await boss.stop({ graceful: true, wait: true, timeout: 10_000 });
}

/** Puts one job per item on the queue, in one statement; returns how many were added. */
export async function enqueue(boss: PgBoss, jobs: IngestJob[], settings: QueueSettings = DEFAULT_SETTINGS): Promise<number> {
  if (jobs.length === 0) return 0;
  await boss.insert(jobs.map((data) => ({
    name: QUEUE,
    data,
    retryLimit: settings.retries,
    retryDelay: settings.retryDelaySeconds,
    retryBackoff: true,
    expireInSeconds: settings.jobTimeoutSeconds,
  })));
  return jobs.length;
}

export interface QueueCounts {
  pending: number;
  running: number;
  done: number;
  failed: number;
}

export interface FailedJob {
  source: string;
  error: string;
  tries: number;
}

/** Jobs by state, counted over both the live table and pg-boss's archive of finished jobs. */
export async function queueCounts(boss: PgBoss): Promise<QueueCounts> {
  const schema = queueSchema();
  const { rows } = await boss.getDb().executeSql(
    `SELECT state, count(*)::int AS n FROM (
       SELECT state FROM ${schema}.job WHERE name = $1
       UNION ALL SELECT state FROM ${schema}.archive WHERE name = $1) j
     GROUP BY state`, [QUEUE]);
  const by = new Map<string, number>(rows.map((r: { state: string; n: number }) => [r.state, r.n]));
  const n = (state: string) => by.get(state) ?? 0;
  return { pending: n('created') + n('retry'), running: n('active'), done: n('completed'), failed: n('failed') };
}

/** The jobs that failed their last try, newest first, with the error of that try. */
export async function failedJobs(boss: PgBoss, limit = 50): Promise<FailedJob[]> {
  const schema = queueSchema();
  const { rows } = await boss.getDb().executeSql(
    `SELECT data, output, retry_count FROM (
       SELECT data, output, retry_count, completed_on FROM ${schema}.job WHERE name = $1 AND state = 'failed'
       UNION ALL
       SELECT data, output, retry_count, completed_on FROM ${schema}.archive WHERE name = $1 AND state = 'failed') j
     ORDER BY completed_on DESC LIMIT $2`, [QUEUE, limit]);
  return rows.map((r: { data: IngestJob; output: { message?: string; value?: { message?: string } } | null; retry_count: number }) => ({
    source: r.data.source,
    error: r.output?.message ?? r.output?.value?.message ?? 'unknown error',
    tries: r.retry_count + 1,
  }));
}
