// `dyad record`: the stored record (items consolidated across documents), as a table, JSON or Record v1 lines.
import { Option, type Command } from 'commander';
import type { RecordItem } from '../../record/index';
import { describeFact, FACT_TYPES, type FactBody, type FactType } from '../../shared/kinds/index';
import type { StoredItem } from '../../storage/record';
import { writeOut, type CliContext } from '../context';
import { formatTable, truncate } from '../format';
import { DB_OPTION_HELP, withService } from '../store';

type Format = 'table' | 'json' | 'record';

/** What sets an item apart beyond its fields: a figure in conflict, a judged target, a person's other names. */
function flags(body: StoredItem['body']): string {
  const out: string[] = [];
  if (body.conflict) out.push('conflict');
  if (typeof body.outcome === 'string') out.push(`target ${body.outcome}`);
  if (Array.isArray(body.aliases) && body.aliases.length) out.push(`aka ${body.aliases.join(', ')}`);
  return out.join('; ');
}

export function recordTable(items: StoredItem[]): string {
  return formatTable(['id', 'pair', 'type', 'item', 'sources', 'flags'], items.map((item) => [
    String(item.id), item.pair, item.body.type, truncate(describeFact(item.body as unknown as FactBody), 90),
    String(item.body.docs?.length ?? 0), flags(item.body),
  ]));
}

export function registerRecord(program: Command, ctx: CliContext): void {
  program.command('record')
    .description('print the stored record: each event, person, figure and project once, with every document reporting it')
    .option('--pair <A-B>', 'only this pair of states, e.g. KEN-GHA')
    .addOption(new Option('--type <type>', 'only items of this type').choices(FACT_TYPES))
    .addOption(new Option('--format <format>', 'table: one line an item with its id; json: items with their ids; '
      + 'record: Record v1 JSONL').choices(['table', 'json', 'record']).default('table'))
    .option('--db <dir>', DB_OPTION_HELP)
    .addHelpText('after', `
Examples:
  dyad record --pair KEN-GHA
  dyad record --format record > record.jsonl`)
    .action(async (options: { pair?: string; type?: FactType; format: Format; db?: string }) => {
      const items = await withService(options, (service) => service.record({ pair: options.pair, type: options.type }));
      if (options.format === 'json') {
        await writeOut(ctx, `${JSON.stringify(items, null, 2)}\n`);
        return;
      }
      if (options.format === 'record') {
        const { toRecordV1 } = await import('../../record/index');
        await writeOut(ctx, items.map((i) => `${JSON.stringify(toRecordV1(i.body as unknown as RecordItem))}\n`).join(''));
        return;
      }
      await writeOut(ctx, items.length ? `${recordTable(items)}\n`
        : 'no record items match: ingest documents first (`dyad ingest PATH`)\n');
    });
}
