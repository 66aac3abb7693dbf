// `dyad docs`: the stored documents, newest first, paged in the database, as a table or JSON.
import type { Command } from 'commander';
import { writeOut, type CliContext } from '../context';
import { formatTable, truncate } from '../format';
import { listLimit, positiveInteger, TERMINAL_PAGE } from '../options';
import { DB_OPTION_HELP, withStore } from '../store';

export function registerDocs(program: Command, ctx: CliContext): void {
  program.command('docs')
    .description('list the stored documents (latest version of each), newest first')
    .option('--limit <n>', `show at most this many documents (default ${TERMINAL_PAGE} in a table; every one with --json)`,
      positiveInteger('--limit'))
    .option('--all', 'show every document')
    .option('--after <id>', 'the next page: documents listed after the one with this id', positiveInteger('--after'))
    .option('--db <dir>', DB_OPTION_HELP)
    .option('--json', 'print JSON')
    .action(async (options: { db?: string; json?: boolean; limit?: number; after?: number; all?: boolean }) => {
      const limit = listLimit(options);
      // One more than asked tells whether there is a next page without counting every document.
      const fetched = await withStore(options, (store) => store.listDocuments({
        limit: limit === undefined ? undefined : limit + 1, after: options.after }));
      const rows = limit === undefined ? fetched : fetched.slice(0, limit);
      if (options.json) {
        await writeOut(ctx, `${JSON.stringify(rows, null, 2)}\n`);
        return;
      }
      if (rows.length === 0) {
        await writeOut(ctx, options.after === undefined ? 'no documents stored yet: try `dyad ingest PATH`\n'
          : 'no more documents\n');
        return;
      }
      const table = formatTable(['id', 'name', 'date', 'lang', 'chars', 'facts', 'title'], rows.map((doc) => [
        String(doc.id), doc.name, doc.date ?? '-', doc.language, String(doc.size), String(doc.facts),
        truncate(doc.title ?? '', 60),
      ]));
      const more = fetched.length > rows.length ? `... more with --after ${rows[rows.length - 1].id}\n` : '';
      await writeOut(ctx, `${table}\n${more}`);
    });
}
