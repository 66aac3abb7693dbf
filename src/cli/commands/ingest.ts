// `dyad ingest`: stores documents from files, folders, URLs, feeds or stdin, with a progress report and a summary.
import cliProgress from 'cli-progress';
import type { Command } from 'commander';
import type { IngestEvent, IngestProgress, IngestSummary } from '../../pipeline/ingest';
import type { RecordProgress } from '../../service/record';
import { DyadError } from '../../shared/errors';
import { writeErr, writeOut, type CliContext } from '../context';
import { failureReason, recordProgressLines, truncate } from '../format';
import { nonNegativeInteger, nonNegativeNumber, positiveInteger, positiveNumber, publicationDate, workerCount } from '../options';
import { DB_OPTION_HELP, withService } from '../store';

interface IngestCliOptions {
  db?: string;
  date?: string;
  allowPrivate?: boolean;
  timeout?: number;
  maxBytes?: number;
  hostDelay?: number;
  json?: boolean;
  workers?: number;
  queue?: boolean;
  retries?: number;
  jobTimeout?: number;
  retryDelay?: number;
}

/** Seconds between two requests to one host when the user does not say: polite to news sites, fine for feeds. */
export const DEFAULT_HOST_DELAY = 0.5;

export function registerIngest(program: Command, ctx: CliContext): void {
  program.command('ingest')
    .description('store documents (files, folders, article or feed URLs, "-" for stdin) with their facts')
    .argument('<inputs...>', 'paths, folders, URLs or "-"')
    .option('--db <dir>', DB_OPTION_HELP)
    .option('--date <YYYY-MM-DD>', 'publication date of the documents, overriding what the text says', publicationDate)
    .option('--allow-private', 'allow URLs on loopback and private network addresses')
    .option('--timeout <seconds>', 'give up on a URL after this many seconds', positiveNumber('--timeout'))
    .option('--max-bytes <n>', 'refuse files and downloads larger than this', positiveInteger('--max-bytes'))
    .option('--host-delay <seconds>', `least time between two requests to one host (default ${DEFAULT_HOST_DELAY})`, nonNegativeNumber('--host-delay'))
    .option('--json', 'print the summary as JSON')
    .option('--workers <n>', 'threads that clean and extract in parallel: this one and N-1 workers (default: the number of cores)', workerCount)
    .option('--queue', 'put one job per document on the PostgreSQL queue (DATABASE_URL) for "dyad worker" instead')
    .option('--retries <n>', 'with --queue: tries after the first, with growing waits (default 3)', nonNegativeInteger('--retries'))
    .option('--retry-delay <seconds>', 'with --queue: wait before the first retry, doubled each time (default 5)',
      positiveInteger('--retry-delay'))
    .option('--job-timeout <seconds>', 'with --queue: a job running this long (its worker died) is run again (default 600)',
      positiveInteger('--job-timeout'))
    .addHelpText('after', `
Examples:
  dyad ingest articles/                      every .txt/.html file in the folder
  dyad ingest https://example.org/news.rss   every article linked from the feed
  cat story.txt | dyad ingest - --date 2021-03-04
  dyad ingest --queue archive/               one job per file, for "dyad worker" processes (needs DATABASE_URL)`)
    .action(async (inputs: string[], options: IngestCliOptions) => {
      ctx.exitCode = options.queue ? await runEnqueue(ctx, inputs, options) : await runIngest(ctx, inputs, options);
    });
}

export async function runIngest(ctx: CliContext, inputs: string[], options: IngestCliOptions): Promise<number> {
  const progress = ctx.io.stderr.isTTY ? new ProgressBar(ctx) : null;
  const recordLines = recordProgressLines();
  const onRecord = (state: RecordProgress) => {
    if (progress) progress.record(state);
    else for (const line of recordLines(state)) writeErr(ctx, `${line}\n`);
  };
  const ingestOptions = {
    allowPrivate: options.allowPrivate,
    timeoutMs: options.timeout === undefined ? undefined : options.timeout * 1000,
    maxBytes: options.maxBytes,
    hostIntervalMs: (options.hostDelay ?? DEFAULT_HOST_DELAY) * 1000,
    date: options.date,
    stdin: ctx.io.stdin,
    workers: options.workers,
    onStart: (total: number) => progress?.start(total),
    onRecord,
  };
  const onEvent = (event: IngestEvent, state: IngestProgress) => {
    if (progress) progress.update(event, state);
    else writeErr(ctx, `${eventLine(event)}\n`);
  };
  // A `dyad serve` holding the embedded store takes the documents instead (the store admits one process).
  const { runningServer, ingestThroughServer } = await import('../../server/runtime/client');
  const server = runningServer(options);
  if (server) writeErr(ctx, `dyad serve is running on this store: sending the documents to ${server.url}\n`);
  const summary = await (server
    ? ingestThroughServer(server, inputs, ingestOptions, onEvent)
    : withService(options, (service) => service.ingest(inputs, ingestOptions, onEvent))).finally(() => progress?.stop());

  if (options.json) await writeOut(ctx, `${JSON.stringify(summaryJson(summary), null, 2)}\n`);
  else await writeOut(ctx, summaryText(summary));
  return summary.failed > 0 ? 1 : 0;
}

/** `--queue`: expands the inputs here (folders listed, feeds read) and queues one job per document. */
async function runEnqueue(ctx: CliContext, inputs: string[], options: IngestCliOptions): Promise<number> {
  const { openQueue, closeQueue, enqueue, queueUrl, DEFAULT_SETTINGS } = await import('../../queue/index');
  const url = queueUrl('dyad ingest --queue');
  if (inputs.includes('-')) throw new DyadError('usage', 'dyad ingest --queue cannot take standard input ("-"): a worker elsewhere could not read it');
  const { expandInputs } = await import('../../sources/index');
  const sourceOptions = {
    allowPrivate: options.allowPrivate,
    timeoutMs: options.timeout === undefined ? undefined : options.timeout * 1000,
    maxBytes: options.maxBytes,
    date: options.date,
  };
  const { items, failures } = await expandInputs(inputs, sourceOptions);
  for (const failure of failures) writeErr(ctx, `failed  ${failure.source}: ${failureReason(failure.source, failure.error.message)}\n`);
  const boss = await openQueue(url);
  let queued: number;
  try {
    queued = await enqueue(boss, items.map((item) => ({ source: item.source, ...dropUndefined(sourceOptions) })), {
      ...DEFAULT_SETTINGS,
      ...(options.retries === undefined ? {} : { retries: options.retries }),
      ...(options.jobTimeout === undefined ? {} : { jobTimeoutSeconds: options.jobTimeout }),
      ...(options.retryDelay === undefined ? {} : { retryDelaySeconds: options.retryDelay }),
    });
  } finally {
    await closeQueue(boss);
  }
  const summary = { queued, failed: failures.length,
    failures: failures.map((f) => ({ input: f.source, code: f.error.code, reason: failureReason(f.source, f.error.message) })) };
  if (options.json) await writeOut(ctx, `${JSON.stringify(summary, null, 2)}\n`);
  else await writeOut(ctx, `queued ${queued}, failed ${failures.length}\n`);
  return failures.length > 0 ? 1 : 0;
}

function dropUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** The one line a document gets on a non-interactive stderr, e.g. `ingested  000_abc  "Title"  (12 facts)`. */
export function eventLine(event: IngestEvent): string {
  if (event.status === 'failed') return `failed  ${event.source}: ${failureReason(event.source, event.error?.message ?? 'unknown error')}`;
  const doc = event.document;
  const label = { ingested: 'ingested', unchanged: 'unchanged', new_version: 'new version' }[event.status];
  const title = doc?.title ? `  "${truncate(doc.title, 70)}"` : '';
  const details = [
    event.status === 'new_version' && doc ? `v${doc.version}` : null,
    event.skipped ? `skipped extraction: ${event.skipped}` : `${event.facts ?? 0} fact${event.facts === 1 ? '' : 's'}`,
  ].filter(Boolean).join(', ');
  return `${label}  ${doc?.name ?? event.source}${title}  (${details})`;
}

export function summaryText(summary: IngestSummary): string {
  const feeds = [summary.known ? `, already stored ${summary.known}` : '',
    summary.feedsNotModified ? `, feeds not modified ${summary.feedsNotModified}` : ''].join('');
  const lines = [`ingested ${summary.ingested}, unchanged ${summary.unchanged}, new versions ${summary.newVersions}, `
    + `failed ${summary.failed}${feeds}`];
  for (const failure of summary.failures) lines.push(`  failed  ${failure.source}: ${failureReason(failure.source, failure.error.message)}`);
  return `${lines.join('\n')}\n`;
}

function summaryJson(summary: IngestSummary): object {
  return {
    ...summary,
    failures: summary.failures.map((f) => ({ input: f.source, code: f.error.code, reason: failureReason(f.source, f.error.message) })),
  };
}

/** A progress bar on an interactive stderr: done/total, documents per second and time left; failures and
 * skipped-language notices are printed above it so they are not lost. */
class ProgressBar {
  private readonly multi: cliProgress.MultiBar;
  private bar: cliProgress.SingleBar | null = null;
  private recordBar: cliProgress.SingleBar | null = null;
  private startedAt = Date.now();

  constructor(private readonly ctx: CliContext) {
    this.multi = new cliProgress.MultiBar({
      stream: ctx.io.stderr as NodeJS.WritableStream as never,
      format: 'ingesting [{bar}] {value}/{total} | {rate} docs/s | ETA {eta_formatted}',
      hideCursor: true,
      clearOnComplete: false,
      etaBuffer: 50,
    }, cliProgress.Presets.shades_classic);
  }

  start(total: number): void {
    this.startedAt = Date.now();
    this.bar = this.multi.create(total, 0, { rate: '0.0' });
  }

  update(event: IngestEvent, state: IngestProgress): void {
    if (event.status === 'failed' || event.skipped) this.multi.log(`${eventLine(event)}\n`);
    const seconds = Math.max((Date.now() - this.startedAt) / 1000, 0.001);
    this.bar?.update(state.done, { rate: (state.done / seconds).toFixed(1) });
  }

  /** A second bar for the record update after the last document, so the wait for it is not a frozen 100%. */
  record(state: RecordProgress): void {
    if (state.done === 0) {
      this.recordBar?.stop();
      const format = state.step === 'index' ? 'record: indexing [{bar}] {value}/{total} documents | ETA {eta_formatted}'
        : 'record: updating [{bar}] {value}/{total} pairs | ETA {eta_formatted}';
      this.recordBar = this.multi.create(state.total, 0, {}, { format });
    } else this.recordBar?.update(state.done);
  }

  stop(): void {
    this.multi.stop();
  }
}
