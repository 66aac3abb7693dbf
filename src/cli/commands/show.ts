// `dyad show`: one stored document's metadata, every source it was read from, and its cleaned text.
import type { Command } from 'commander';
import { writeOut, type CliContext } from '../context';
import { positiveInteger } from '../options';
import { DB_OPTION_HELP, withService } from '../store';

export function registerShow(program: Command, ctx: CliContext): void {
  program.command('show')
    .description('print a stored document: its metadata, then its cleaned text')
    .argument('<doc>', 'document id or name (as `dyad docs` lists them)')
    .option('--version <n>', 'an earlier version of the document (default: the latest)', positiveInteger('--version'))
    .option('--db <dir>', DB_OPTION_HELP)
    .option('--json', 'print JSON')
    .action(async (ref: string, options: { db?: string; json?: boolean; version?: number }) => {
      const doc = await withService(options, (service) => service.document(ref, { version: options.version }));
      if (options.json) {
        await writeOut(ctx, `${JSON.stringify(doc, null, 2)}\n`);
        return;
      }
      const [first, ...others] = doc.sources;
      const meta: [string, string][] = [
        ['id', String(doc.id)],
        ['name', doc.name],
        ['source', first ?? doc.source],
        ...others.map((s): [string, string] => ['also at', s]),
        ['title', doc.title ?? '-'],
        ['date', doc.date ? `${doc.date}${doc.dateSource ? ` (from ${doc.dateSource})` : ''}` : '- (unknown)'],
        ['language', doc.language],
        ['hash', doc.hash],
        ['version', `${doc.version} of ${doc.versions}`],
        ['size', `${doc.size} characters`],
        ['ingested', doc.ingestedAt],
      ];
      const width = Math.max(...meta.map(([key]) => key.length));
      const header = meta.map(([key, value]) => `${`${key}:`.padEnd(width + 1)}  ${value}`).join('\n');
      await writeOut(ctx, `${header}\n\n${doc.text}\n`);
    });
}
