// `dyad facts`: the stored facts, optionally of one document or one type, each with its evidence.
import { Option, type Command } from 'commander';
import { FACT_TYPES, type FactType } from '../../shared/types';
import { writeOut, type CliContext } from '../context';
import { formatStoredFact } from '../format';
import { positiveInteger } from '../options';
import { DB_OPTION_HELP, withService } from '../store';

export function registerFacts(program: Command, ctx: CliContext): void {
  program.command('facts')
    .description('list stored facts with their confidence, curation and the sentence they were read from')
    .option('--doc <doc>', 'only the facts of this document (id or name)')
    .addOption(new Option('--type <type>', 'only facts of this type').choices(FACT_TYPES))
    .option('--limit <n>', 'show at most this many facts', positiveInteger('--limit'))
    .option('--db <dir>', DB_OPTION_HELP)
    .option('--json', 'print JSON')
    .action(async (options: { db?: string; json?: boolean; doc?: string; type?: FactType; limit?: number }) => {
      const all = await withService(options, (service) => service.facts({ doc: options.doc, type: options.type }));
      const facts = options.limit === undefined ? all : all.slice(0, options.limit);
      if (options.json) {
        await writeOut(ctx, `${JSON.stringify(facts, null, 2)}\n`);
        return;
      }
      if (facts.length === 0) {
        await writeOut(ctx, 'no facts match\n');
        return;
      }
      const more = all.length > facts.length ? `... and ${all.length - facts.length} more (without --limit: all)\n` : '';
      await writeOut(ctx, `${facts.map(formatStoredFact).join('\n')}\n${more}`);
    });
}
