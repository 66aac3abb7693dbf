// `dyad facts`: the stored facts, optionally of one document or one type, each with its evidence.
import { Option, type Command } from 'commander';
import { FACT_TYPES, type FactType } from '../../shared/types';
import { writeOut, type CliContext } from '../context';
import { formatStoredFact } from '../format';
import { DB_OPTION_HELP, withStore } from '../store';

export function registerFacts(program: Command, ctx: CliContext): void {
  program.command('facts')
    .description('list stored facts with their confidence and the sentence they were read from')
    .option('--doc <doc>', 'only the facts of this document (id or name)')
    .addOption(new Option('--type <type>', 'only facts of this type').choices(FACT_TYPES))
    .option('--db <dir>', DB_OPTION_HELP)
    .option('--json', 'print JSON')
    .action(async (options: { db?: string; json?: boolean; doc?: string; type?: FactType }) => {
      const facts = await withStore(options, (store) => store.listFacts({ doc: options.doc, type: options.type }));
      if (options.json) {
        await writeOut(ctx, `${JSON.stringify(facts, null, 2)}\n`);
        return;
      }
      if (facts.length === 0) {
        await writeOut(ctx, 'no facts match\n');
        return;
      }
      await writeOut(ctx, `${facts.map(formatStoredFact).join('\n')}\n`);
    });
}
