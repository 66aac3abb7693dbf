// `dyad pair A B`: one pair's story from the stored record — events, figures and targets, agreements, projects, people.
import type { Command } from 'commander';
import type { RecordItem } from '../../record/index';
import { writeOut, type CliContext } from '../context';
import { statePairArguments } from '../country-option';
import { DB_OPTION_HELP, withService } from '../store';

export function registerPair(program: Command, ctx: CliContext): void {
  program.command('pair')
    .description("tell a pair of states' story from the stored record")
    .argument('<a>', 'a state, as an ISO alpha-3 code or English name (KEN or Kenya)')
    .argument('<b>', 'the other state (GHA or Ghana)')
    .option('--db <dir>', DB_OPTION_HELP)
    .option('--json', 'print the items as JSON')
    .action(async (a: string, b: string, options: { db?: string; json?: boolean }) => {
      const pair = statePairArguments(a, b);
      const items = await withService(options, (service) => service.record({ pair }));
      if (options.json) {
        await writeOut(ctx, `${JSON.stringify(items, null, 2)}\n`);
        return;
      }
      if (items.length === 0) {
        await writeOut(ctx, `nothing recorded between ${pair.replace('-', ' and ')}\n`);
        return;
      }
      const { renderPairStory } = await import('../../record/index');
      await writeOut(ctx, `${renderPairStory(items.map((i) => i.body as unknown as RecordItem)).trimEnd()}\n`);
    });
}
