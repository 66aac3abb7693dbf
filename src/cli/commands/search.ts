// `dyad search`: full-text search over the stored documents, best matches first.
import type { Command } from 'commander';
import { writeOut, type CliContext } from '../context';
import { truncate } from '../format';
import { positiveInteger } from '../options';
import { DB_OPTION_HELP, withService } from '../store';

export function registerSearch(program: Command, ctx: CliContext): void {
  program.command('search')
    .description('find stored documents by words they contain')
    .argument('<query>', 'words to look for, e.g. "gas pipeline"')
    .option('--limit <n>', 'most hits to show', positiveInteger('--limit'), 20)
    .option('--db <dir>', DB_OPTION_HELP)
    .option('--json', 'print JSON')
    .action(async (query: string, options: { db?: string; json?: boolean; limit: number }) => {
      const hits = await withService(options, (service) => service.search(query, options.limit));
      if (options.json) {
        await writeOut(ctx, `${JSON.stringify(hits, null, 2)}\n`);
        return;
      }
      if (hits.length === 0) {
        await writeOut(ctx, `no document matches "${query}"\n`);
        return;
      }
      const blocks = hits.map((hit, i) => {
        const doc = hit.document;
        const title = doc.title ? `  "${truncate(doc.title, 70)}"` : '';
        return `${i + 1}. ${doc.name}  ${doc.date ?? '-'}${title}\n   ${truncate(hit.snippet, 300)}`;
      });
      await writeOut(ctx, `${blocks.join('\n')}\n`);
    });
}
