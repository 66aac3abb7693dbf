// `dyad brief A B`: the dossier of a pair of states from the stored record, as Markdown, HTML or PDF.
import { writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { DyadError } from '../../shared/errors';
import { writeOut, type CliContext } from '../context';
import { statePairArguments } from '../country-option';
import { DB_OPTION_HELP } from '../store';

interface BriefOptions { format: 'md' | 'html' | 'pdf'; out?: string; db?: string }

export function registerBrief(program: Command, ctx: CliContext): void {
  program.command('brief')
    .description('the dossier of two states: key numbers, timeline, agreements, projects, pledges, conflicts, footnoted')
    .argument('<a>', 'a state: ISO alpha-3 code or English name, e.g. AZE or Azerbaijan')
    .argument('<b>', 'the other state, e.g. BLR or Belarus')
    .option('--format <format>', 'md, html or pdf', (v) => {
      if (!['md', 'html', 'pdf'].includes(v)) throw new DyadError('usage', `--format must be md, html or pdf, got "${v}"`);
      return v;
    }, 'md')
    .option('--out <file>', 'write to this file instead of standard output (needed for pdf on a terminal)')
    .option('--db <dir>', DB_OPTION_HELP)
    .addHelpText('after', `
Examples:
  dyad brief AZE BLR                           Markdown on standard output
  dyad brief Belarus Azerbaijan --format html  the same pair by name, as HTML
  dyad brief AZE BLR --format pdf --out azerbaijan-belarus.pdf`)
    .action(async (a: string, b: string, options: BriefOptions) => {
      const { parsePair } = await import('../../server/core/params');
      const pair = parsePair(statePairArguments(a, b))!;
      if (options.format === 'pdf' && !options.out && (ctx.io.stdout as { isTTY?: boolean }).isTTY) {
        throw new DyadError('usage', 'a PDF is not for the terminal: add --out FILE (or redirect the output)');
      }
      const { openData, freshRecord } = await import('../../server/data/index');
      const { buildDossier, dossierHtml, dossierMarkdown } = await import('../../server/dossier/index');
      const data = await openData({ dataDir: options.db });
      let output: string | Buffer;
      try {
        await freshRecord(data);
        const dossier = await buildDossier(data.driver, pair);
        if (options.format === 'md') output = dossierMarkdown(dossier);
        else if (options.format === 'html') output = dossierHtml(dossier);
        else output = await (await import('../../server/dossier/pdf')).htmlToPdf(dossierHtml(dossier));
      } finally {
        await data.close();
      }
      if (options.out) {
        await writeFile(options.out, output);
        return;
      }
      if (typeof output === 'string') await writeOut(ctx, output);
      else await new Promise<void>((resolve, reject) => ctx.io.stdout.write(output, (err) => (err ? reject(err) : resolve())));
    });
}
