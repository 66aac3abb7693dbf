// `dyad worker`: takes ingest jobs from the PostgreSQL queue (see `dyad ingest --queue`) until stopped.
import type { Command } from 'commander';
import { writeErr, writeOut, type CliContext } from '../context';
import { positiveInteger, positiveNumber } from '../options';
import { eventLine } from './ingest';

interface WorkerCliOptions {
  untilEmpty?: boolean;
  poll?: number;
  maintenance?: number;
}

export function registerWorker(program: Command, ctx: CliContext): void {
  program.command('worker')
    .description('ingest the documents queued with "dyad ingest --queue" (needs DATABASE_URL); run as many as you like')
    .option('--until-empty', 'stop once no job is pending or running, instead of waiting for more')
    .option('--poll <seconds>', 'seconds between looks at an empty queue (default 2)', positiveNumber('--poll'))
    .option('--maintenance <seconds>', 'seconds between checks for jobs of dead workers (default 30)', positiveInteger('--maintenance'))
    .addHelpText('after', `
A job whose worker dies is taken again after its timeout (dyad ingest --queue --job-timeout); a failing job is
retried with growing waits and kept, with its error, after its last try (see "dyad queue").

Examples:
  DATABASE_URL=postgres://db.example/dyad dyad worker
  dyad worker --until-empty`)
    .action(async (options: WorkerCliOptions) => {
      ctx.exitCode = await runWorkerCommand(ctx, options);
    });
}

async function runWorkerCommand(ctx: CliContext, options: WorkerCliOptions): Promise<number> {
  const [{ openQueue, closeQueue, queueUrl }, { runWorker }, { StoredPeople }, { openService }] = await Promise.all([
    import('../../queue/index'), import('../../queue/worker'), import('../../queue/people'), import('../../service/index')]);
  const url = queueUrl('dyad worker');
  let ingested = 0;
  let unchanged = 0;
  let failed = 0;
  const service = await openService({ url });
  try {
    const boss = await openQueue(url, { supervise: true, maintenanceSeconds: options.maintenance });
    const people = new StoredPeople(url);
    // SIGINT/SIGTERM: finish the running job, then stop; a second signal is left to the default (exit).
    const stop = new Promise<void>((resolve) => {
      process.once('SIGINT', () => resolve());
      process.once('SIGTERM', () => resolve());
    });
    try {
      await runWorker(boss, service, people, {
        untilEmpty: options.untilEmpty,
        pollSeconds: options.poll,
        stop,
        onEvent: (event) => {
          if (event.status === 'failed') failed += 1;
          else if (event.status === 'unchanged') unchanged += 1;
          else ingested += 1;
          writeErr(ctx, `${eventLine(event)}\n`);
        },
      });
    } finally {
      await closeQueue(boss);
      await people.close();
    }
  } finally {
    await service.close();
  }
  await writeOut(ctx, `worker: ingested ${ingested}, unchanged ${unchanged}, failed tries ${failed}\n`);
  return 0;
}
