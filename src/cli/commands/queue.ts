// `dyad queue`: how many queued ingest jobs are pending, running, done and failed, and why the failed ones failed.
import type { Command } from 'commander';
import { writeOut, type CliContext } from '../context';
import { positiveInteger } from '../options';

export function registerQueue(program: Command, ctx: CliContext): void {
  program.command('queue')
    .description('show the ingest queue (needs DATABASE_URL): pending, running, done and failed jobs')
    .option('--failed <n>', 'list at most this many failed jobs with their error (default 20)', positiveInteger('--failed'))
    .option('--json', 'print as JSON')
    .action(async (options: { failed?: number; json?: boolean }) => {
      const { openQueue, closeQueue, queueUrl, queueCounts, failedJobs } = await import('../../queue/index');
      const boss = await openQueue(queueUrl('dyad queue'));
      try {
        const counts = await queueCounts(boss);
        const failed = await failedJobs(boss, options.failed ?? 20);
        if (options.json) {
          await writeOut(ctx, `${JSON.stringify({ ...counts, failedJobs: failed }, null, 2)}\n`);
        } else {
          const lines = [`pending ${counts.pending}, running ${counts.running}, done ${counts.done}, failed ${counts.failed}`];
          for (const job of failed) lines.push(`  failed  ${job.source} (${job.tries} tries): ${job.error}`);
          await writeOut(ctx, `${lines.join('\n')}\n`);
        }
      } finally {
        await closeQueue(boss);
      }
      ctx.exitCode = 0;
    });
}
