// `dyad extract`: documents through the ingest pipeline without a database; prints facts (Facts v1, JSON) or a record.
import { Option, type Command } from 'commander';
import type { FactsV1 } from '../../shared/types';
import { writeErr, writeOut, type CliContext } from '../context';
import { toFactsV1 } from '../facts-v1';
import { failureReason } from '../format';
import { publicationDate, workerCount } from '../options';

type Format = 'facts' | 'json' | 'record';

interface ExtractCliOptions {
  format: Format;
  date?: string;
  allowPrivate?: boolean;
  workers?: number;
}

export function registerExtract(program: Command, ctx: CliContext): void {
  program.command('extract')
    .description('print the facts of documents without storing them (for scoring and inspection)')
    .argument('<inputs...>', 'files or folders (URLs and "-" work too)')
    .addOption(new Option('--format <format>', 'facts: Facts v1 JSONL, one fact a line; json: one document a line; '
      + 'record: the documents consolidated into one record (Record v1 JSONL)').choices(['facts', 'json', 'record']).default('facts'))
    .option('--date <YYYY-MM-DD>', 'publication date of the documents, overriding what the text says', publicationDate)
    .option('--allow-private', 'allow URLs on loopback and private network addresses')
    .option('--workers <n>', 'threads that clean and extract in parallel: this one and N-1 workers (default: the number of cores)', workerCount)
    .addHelpText('after', `
Examples:
  dyad extract ../shared/corpus > facts.jsonl
  dyad extract article.html --format json
  dyad extract articles/ --format record`)
    .action(async (inputs: string[], options: ExtractCliOptions) => {
      ctx.exitCode = await runExtract(ctx, inputs, options);
    });
}

const URL_SOURCE = /^https?:\/\//i;

async function runExtract(ctx: CliContext, inputs: string[], options: ExtractCliOptions): Promise<number> {
  // The pipeline (and its language models) is loaded only when this command runs.
  const { extract, consolidate } = await import('../../service/index');
  // The record needs every document's facts before it can be printed; the other formats stream.
  const record: { facts: FactsV1[]; docs: { doc: string; date: string | null; url: string | null }[] } =
    { facts: [], docs: [] };
  // Stops the pipeline once the reader of our output went away (`dyad extract ... | head`).
  const stop = new AbortController();
  const summary = await extract(inputs, {
    date: options.date, allowPrivate: options.allowPrivate, stdin: ctx.io.stdin, signal: stop.signal,
    workers: options.workers,
  }, {
    async onDocument({ name, document, sentences, facts, skipped }) {
      if (skipped) writeErr(ctx, `${name}: skipped extraction: ${skipped}\n`);
      if (options.format === 'record') {
        record.facts.push(...facts.map((fact) => toFactsV1(name, fact)));
        record.docs.push({ doc: name, date: document.date, url: URL_SOURCE.test(document.source) ? document.source : null });
        return;
      }
      const text = options.format === 'json'
        ? `${JSON.stringify({ name, source: document.source, title: document.title, date: document.date,
          language: document.language, sentences: sentences.length, ...(skipped ? { skipped } : {}), facts })}\n`
        : facts.map((fact) => `${JSON.stringify(toFactsV1(name, fact))}\n`).join('');
      await writeOut(ctx, text);
      if (ctx.stdoutClosed) stop.abort();
    },
    onFailure(source, error) {
      writeErr(ctx, `failed  ${source}: ${failureReason(source, error.message)}\n`);
    },
  });
  if (options.format === 'record') {
    const { renderRecord } = await import('./consolidate');
    await writeOut(ctx, await renderRecord(consolidate(record.facts, record.docs), 'record', record.docs));
  }
  return summary.failed > 0 ? 1 : 0;
}
