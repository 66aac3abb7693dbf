// `dyad facts`: the stored facts, filtered and paged in the database, each with its evidence.
import { Option, type Command } from 'commander';
import { FACT_TYPES, type FactType } from '../../shared/types';
import { writeOut, type CliContext } from '../context';
import { formatStoredFact } from '../format';
import { countryCode, countryPair } from '../country-option';
import { listLimit, positiveInteger, publicationDate, TERMINAL_PAGE } from '../options';
import { DB_OPTION_HELP, withService } from '../store';

interface FactsOptions {
  db?: string; json?: boolean; all?: boolean; doc?: string; type?: FactType; limit?: number; after?: number;
  pair?: [string, string]; country?: string; from?: string; to?: string;
}

export function registerFacts(program: Command, ctx: CliContext): void {
  program.command('facts')
    .description('list stored facts with their confidence and the sentence they were read from')
    .option('--doc <doc>', 'only the facts of this document (id or name)')
    .addOption(new Option('--type <type>', 'only facts of this type').choices(FACT_TYPES))
    .option('--pair <A-B>', 'only facts between two states, e.g. GHA-KEN or Ghana-Kenya (either direction)', countryPair)
    .option('--country <state>', 'only facts naming this state, e.g. KEN or Kenya', countryCode('--country'))
    .option('--from <date>', 'only facts dated (or covering a period) on or after this date', dateOption('--from'))
    .option('--to <date>', 'only facts dated (or covering a period) on or before this date', dateOption('--to'))
    .option('--limit <n>', `show at most this many facts (default ${TERMINAL_PAGE} in the terminal; every one with --json)`,
      positiveInteger('--limit'))
    .option('--all', 'show every fact')
    .option('--after <id>', 'the next page: facts after the one with this id', positiveInteger('--after'))
    .option('--db <dir>', DB_OPTION_HELP)
    .option('--json', 'print JSON')
    .action(async (options: FactsOptions) => {
      const { db, json, all, limit: asked, ...filter } = options;
      const limit = listLimit({ limit: asked, all, json });
      // One more than asked tells whether there is a next page without counting every fact.
      const fetched = await withService({ db }, (service) =>
        service.facts({ ...filter, limit: limit === undefined ? undefined : limit + 1 }));
      const facts = limit === undefined ? fetched : fetched.slice(0, limit);
      if (json) {
        await writeOut(ctx, `${JSON.stringify(facts, null, 2)}\n`);
        return;
      }
      if (facts.length === 0) {
        await writeOut(ctx, 'no facts match\n');
        return;
      }
      const more = fetched.length > facts.length ? `... more with --after ${facts[facts.length - 1].id}\n` : '';
      await writeOut(ctx, `${facts.map(formatStoredFact).join('\n')}\n${more}`);
    });
}

/** --from and --to take the same dates as --date: 2016, 2016-11 or 2016-11-28. */
function dateOption(option: string): (value: string) => string {
  return (value) => publicationDate(value, option);
}
