// `dyad watch`: keeps a set of feeds current, reading each again every interval; what was read survives a restart.
import type { Command } from 'commander';
import { writeErr, type CliContext } from '../context';
import { duration, nonNegativeNumber, positiveInteger, positiveNumber } from '../options';
import { DB_OPTION_HELP } from '../store';
import { DEFAULT_HOST_DELAY, runIngest } from './ingest';

interface WatchCliOptions {
  db?: string;
  every: number;
  rounds?: number;
  allowPrivate?: boolean;
  timeout?: number;
  maxBytes?: number;
  hostDelay?: number;
  json?: boolean;
}

export function registerWatch(program: Command, ctx: CliContext): void {
  program.command('watch')
    .description('keep feeds current: read them now and again every interval, storing only new articles')
    .argument('<feeds...>', 'RSS or Atom feed URLs')
    .option('--db <dir>', DB_OPTION_HELP)
    .option('--every <duration>', 'time between two reads of the feeds, e.g. 30m, 1h, 90s', duration('--every'), 30 * 60_000)
    .option('--rounds <n>', 'stop after this many reads (default: run until interrupted)', positiveInteger('--rounds'))
    .option('--allow-private', 'allow feeds and articles on loopback and private network addresses')
    .option('--timeout <seconds>', 'give up on a URL after this many seconds', positiveNumber('--timeout'))
    .option('--max-bytes <n>', 'refuse downloads larger than this', positiveInteger('--max-bytes'))
    .option('--host-delay <seconds>', `least time between two requests to one host (default ${DEFAULT_HOST_DELAY})`, nonNegativeNumber('--host-delay'))
    .option('--json', 'print each round\'s summary as JSON')
    .addHelpText('after', `
Each read asks a known feed with its ETag and Last-Modified, so an unchanged feed costs one short request, and
fetches only the articles not stored yet. The store is opened for each read only, so other commands can use it
in between. Stopping and starting again resumes where it was: what was read is in the store.

Examples:
  dyad watch https://example.org/news.rss https://example.net/feed.xml --every 30m`)
    .action(async (feeds: string[], options: WatchCliOptions) => {
      ctx.exitCode = await runWatch(ctx, feeds, options);
    });
}

async function runWatch(ctx: CliContext, feeds: string[], options: WatchCliOptions): Promise<number> {
  let stopping = false;
  let wake: (() => void) | null = null;
  const stop = () => { stopping = true; wake?.(); };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  let failedRounds = 0;
  try {
    for (let round = 1; !stopping; round++) {
      writeErr(ctx, `${new Date().toISOString()}  reading ${feeds.length} feed${feeds.length === 1 ? '' : 's'} (round ${round})\n`);
      // A failing feed is reported by the round and tried again next time; the watch goes on.
      if (await runIngest(ctx, feeds, options) !== 0) failedRounds += 1;
      if (options.rounds !== undefined && round >= options.rounds) break;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, options.every);
        wake = () => { clearTimeout(timer); resolve(); };
      });
      wake = null;
    }
  } finally {
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
  }
  return failedRounds > 0 ? 1 : 0;
}
