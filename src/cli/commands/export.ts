// `dyad export`: the stored record as Record v1 JSONL with sources, a CSV table, or event-data rows (CAMEO/PLOVER).
import { Option, type Command } from 'commander';
import type { RecordItem } from '../../record/index';
import { writeOut, type CliContext } from '../context';
import { DB_OPTION_HELP, withService } from '../store';

const URL_SOURCE = /^https?:\/\//i;

export function registerExport(program: Command, ctx: CliContext): void {
  program.command('export')
    .description('write the stored record (curation applied) for other tools')
    .addOption(new Option('--format <format>', 'jsonl: Record v1 items with their sources; csv: one row per item; '
      + 'events: one row per event and pair in the event-data convention (CAMEO, PLOVER, source URLs)')
      .choices(['jsonl', 'csv', 'events']).default('jsonl'))
    .option('--pair <A-B>', 'only this pair of states')
    .option('--db <dir>', DB_OPTION_HELP)
    .addHelpText('after', `
Examples:
  dyad export --format events > events.csv
  dyad export --format csv --pair KEN-GHA`)
    .action(async (options: { format: 'jsonl' | 'csv' | 'events'; pair?: string; db?: string }) => {
      const { items, docs } = await withService(options, async (service) => ({
        items: await service.record({ pair: options.pair }),
        docs: (await service.documents()).map((d) => ({ doc: d.name, date: d.date,
          url: URL_SOURCE.test(d.source) ? d.source : null })),
      }));
      const { exportRows } = await import('../../record/index');
      const lines = exportRows(items.map((i) => i.body as unknown as RecordItem), options.format, docs);
      await writeOut(ctx, lines.length ? `${lines.join('\n')}\n` : '');
    });
}
