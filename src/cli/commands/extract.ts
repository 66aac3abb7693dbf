// `dyad extract`: cleans and extracts documents without a database and prints their facts (Facts v1, JSON or a record).
import { basename, extname } from 'node:path';
import { Option, type Command } from 'commander';
import type { Processed } from '../../pipeline/stages';
import type { CleanDocument, FactsV1, RawDocument } from '../../shared/types';
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
    .option('--workers <n>', 'worker threads that clean and extract in parallel (default: the number of cores)', workerCount)
    .addHelpText('after', `
Examples:
  dyad extract ../shared/corpus > facts.jsonl
  dyad extract article.html --format json
  dyad extract articles/ --format record`)
    .action(async (inputs: string[], options: ExtractCliOptions) => {
      ctx.exitCode = await runExtract(ctx, inputs, options);
    });
}

async function runExtract(ctx: CliContext, inputs: string[], options: ExtractCliOptions): Promise<number> {
  // The stages (and their language models) are loaded only when this command runs.
  const [{ expandInputs }, { processInOrder }] = await Promise.all([
    import('../../sources/index'), import('../../pipeline/parallel')]);
  const { items, failures } = await expandInputs(inputs, {
    date: options.date, allowPrivate: options.allowPrivate, stdin: ctx.io.stdin,
  });
  for (const failure of failures) writeErr(ctx, `failed  ${failure.source}: ${failureReason(failure.source, failure.error.message)}\n`);
  let failed = failures.length;

  // The record needs every document's facts before it can be printed; the other formats stream.
  const record: RecordInput = { facts: [], docs: [] };
  // Documents come back in input order whatever the number of workers, each one's people learnt before the next.
  for await (const outcome of processInOrder(items, { workers: options.workers, date: options.date })) {
    if (ctx.stdoutClosed) break;
    if (outcome.error) {
      failed += 1;
      writeErr(ctx, `failed  ${outcome.item.source}: ${failureReason(outcome.item.source, outcome.error.message)}\n`);
      continue;
    }
    await writeOut(ctx, render(ctx, outcome.raw, outcome.result, options.format, record));
  }
  if (options.format === 'record') {
    const [{ consolidate }, { renderRecord }] = await Promise.all([import('../../record/index'), import('./consolidate')]);
    await writeOut(ctx, await renderRecord(consolidate(record.facts, record.docs), 'record', record.docs));
  }
  return failed > 0 ? 1 : 0;
}

/** What `--format record` gathers from every document: its Facts v1 lines and its own date. */
interface RecordInput { facts: FactsV1[]; docs: { doc: string; date: string | null; url: string | null }[] }

function render(ctx: CliContext, raw: RawDocument, result: Processed, format: Format, record: RecordInput): string {
  const { doc, facts, skipped } = result;
  const name = documentName(raw, doc);
  if (skipped) writeErr(ctx, `${name}: skipped extraction: ${skipped}\n`);

  if (format === 'json') {
    const line = { name, source: doc.source, title: doc.title, date: doc.date, language: doc.language,
      sentences: result.sentences.length, ...(skipped ? { skipped } : {}), facts };
    return `${JSON.stringify(line)}\n`;
  }
  if (format === 'record') {
    record.facts.push(...facts.map((fact) => toFactsV1(name, fact)));
    record.docs.push({ doc: name, date: doc.date, url: raw.kind === 'url' ? raw.source : null });
    return '';
  }
  return facts.map((fact) => `${JSON.stringify(toFactsV1(name, fact))}\n`).join('');
}

/** Facts v1 identifies a document by its file name without extension; other inputs keep the cleaned name. */
function documentName(raw: RawDocument, doc: CleanDocument): string {
  return raw.kind === 'file' ? basename(raw.source, extname(raw.source)) : doc.name;
}
