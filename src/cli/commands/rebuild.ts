// `dyad rebuild`: recomputes the whole record from the stored facts and the curators' decisions.
import type { Command } from 'commander';
import { writeErr, writeOut, type CliContext } from '../context';
import { recordProgressLines } from '../format';
import { DB_OPTION_HELP, withService } from '../store';

export function registerRebuild(program: Command, ctx: CliContext): void {
  program.command('rebuild')
    .description('recompute the record of every pair from the stored facts and curation decisions')
    .option('--db <dir>', DB_OPTION_HELP)
    .option('--json', 'print the counts as JSON')
    .action(async (options: { db?: string; json?: boolean }) => {
      // Minutes on a large store: its steps go to stderr as they start and end.
      const lines = recordProgressLines();
      const result = await withService(options, (service) => service.rebuild((state) => {
        for (const line of lines(state)) writeErr(ctx, `${line}\n`);
      }));
      await writeOut(ctx, options.json ? `${JSON.stringify(result)}\n`
        : `rebuilt ${result.pairs} pair${result.pairs === 1 ? '' : 's'}, ${result.items} item${result.items === 1 ? '' : 's'}\n`);
    });
}
