// `dyad docs`: the stored documents, newest first, as a table or JSON.
import type { Command } from 'commander';
import { writeOut, type CliContext } from '../context';
import { formatTable, truncate } from '../format';
import { DB_OPTION_HELP, withStore } from '../store';

export function registerDocs(program: Command, ctx: CliContext): void {
  program.command('docs')
    .description('list the stored documents (latest version of each)')
    .option('--db <dir>', DB_OPTION_HELP)
    .option('--json', 'print JSON')
    .action(async (options: { db?: string; json?: boolean }) => {
      const rows = await withStore(options, async (store) => {
        const docs = await store.listDocuments();
        const counts = new Map<number, number>();
        for (const fact of await store.listFacts()) counts.set(fact.documentId, (counts.get(fact.documentId) ?? 0) + 1);
        return docs.map((doc) => ({ ...doc, facts: counts.get(doc.id) ?? 0 }));
      });
      if (options.json) {
        await writeOut(ctx, `${JSON.stringify(rows, null, 2)}\n`);
        return;
      }
      if (rows.length === 0) {
        await writeOut(ctx, 'no documents stored yet: try `dyad ingest PATH`\n');
        return;
      }
      const table = formatTable(['id', 'name', 'date', 'lang', 'chars', 'facts', 'title'], rows.map((doc) => [
        String(doc.id), doc.name, doc.date ?? '-', doc.language, String(doc.size), String(doc.facts),
        truncate(doc.title ?? '', 60),
      ]));
      await writeOut(ctx, `${table}\n`);
    });
}
