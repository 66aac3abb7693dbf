// `dyad extract`: cleans and extracts documents without a database and prints their facts (Facts v1 or JSON).
import { basename, extname } from 'node:path';
import { Option, type Command } from 'commander';
import { asDyadError, DyadError } from '../../shared/errors';
import type { Extraction } from '../../extract/index';
import type { CleanDocument, Fact, FactsV1, RawDocument } from '../../shared/types';
import type { SourceItem } from '../../sources/types';
import { writeErr, writeOut, type CliContext } from '../context';
import { toFactsV1 } from '../facts-v1';
import { failureReason } from '../format';
import { publicationDate } from '../options';

type Format = 'facts' | 'json' | 'record';

/** Files are read ahead while the previous document is being extracted; extraction itself is CPU-bound. */
const READ_AHEAD = 8;

export function registerExtract(program: Command, ctx: CliContext): void {
  program.command('extract')
    .description('print the facts of documents without storing them (for scoring and inspection)')
    .argument('<inputs...>', 'files or folders (URLs and "-" work too)')
    .addOption(new Option('--format <format>', 'facts: Facts v1 JSONL, one fact a line; json: one document a line; '
      + 'record: the documents consolidated into one record (Record v1 JSONL)').choices(['facts', 'json', 'record']).default('facts'))
    .option('--date <YYYY-MM-DD>', 'publication date of the documents, overriding what the text says', publicationDate)
    .option('--allow-private', 'allow URLs on loopback and private network addresses')
    .addHelpText('after', `
Examples:
  dyad extract ../shared/corpus > facts.jsonl
  dyad extract article.html --format json
  dyad extract articles/ --format record`)
    .action(async (inputs: string[], options: { format: Format; date?: string; allowPrivate?: boolean }) => {
      ctx.exitCode = await runExtract(ctx, inputs, options);
    });
}

async function runExtract(ctx: CliContext, inputs: string[],
  options: { format: Format; date?: string; allowPrivate?: boolean }): Promise<number> {
  // The stages (and their language models) are loaded only when this command runs.
  const [{ expandInputs }, { cleanDocument }, { extractFacts }, { PeopleRegistry }] = await Promise.all([
    import('../../sources/index'), import('../../cleaning/index'), import('../../extract/index'), import('../../resolve/people')]);
  // People whose country one document states help resolve the documents read after it.
  const people = new PeopleRegistry();
  const stages: Stages = {
    cleanDocument,
    extractFacts: (doc) => {
      const extraction = extractFacts(doc, { known: people.known });
      people.learn(extraction.facts);
      return extraction;
    },
  };
  const { items, failures } = await expandInputs(inputs, {
    date: options.date, allowPrivate: options.allowPrivate, stdin: ctx.io.stdin,
  });
  for (const failure of failures) writeErr(ctx, `failed  ${failure.source}: ${failureReason(failure.source, failure.error.message)}\n`);
  let failed = failures.length;

  // The record needs every document's facts before it can be printed; the other formats stream.
  const record: RecordInput = { facts: [], docs: [] };
  for await (const loaded of readAhead(items)) {
    if (ctx.stdoutClosed) break;
    try {
      if (loaded.raw instanceof DyadError) throw loaded.raw;
      await writeOut(ctx, await extractOne(ctx, stages, loaded.raw, options, record));
    } catch (err) {
      failed += 1;
      writeErr(ctx, `failed  ${loaded.source}: ${failureReason(loaded.source, asDyadError(err, loaded.source).message)}\n`);
    }
  }
  if (options.format === 'record') {
    const [{ consolidate }, { renderRecord }] = await Promise.all([import('../../record/index'), import('./consolidate')]);
    await writeOut(ctx, await renderRecord(consolidate(record.facts, record.docs), 'record', record.docs));
  }
  return failed > 0 ? 1 : 0;
}

/** What `--format record` gathers from every document: its Facts v1 lines and its own date. */
interface RecordInput { facts: FactsV1[]; docs: { doc: string; date: string | null; url: string | null }[] }

interface Stages {
  cleanDocument: (raw: RawDocument) => CleanDocument | Promise<CleanDocument>;
  extractFacts: (doc: CleanDocument) => Extraction;
}

async function extractOne(ctx: CliContext, { cleanDocument, extractFacts }: Stages, raw: RawDocument,
  options: { format: Format; date?: string }, record: RecordInput): Promise<string> {
  if (options.date && !raw.dateOverride) raw.dateOverride = options.date;
  const doc = await cleanDocument(raw);
  const name = documentName(raw, doc);
  // extractFacts declines languages it cannot read and says why.
  const extraction = extractFacts(doc);
  const sentences = extraction.sentences.length;
  const skipped = extraction.skipped;
  const facts: Fact[] = skipped ? [] : extraction.facts;
  if (skipped) writeErr(ctx, `${name}: skipped extraction: ${skipped}\n`);

  if (options.format === 'json') {
    const record = { name, source: doc.source, title: doc.title, date: doc.date, language: doc.language, sentences,
      ...(skipped ? { skipped } : {}), facts };
    return `${JSON.stringify(record)}\n`;
  }
  if (options.format === 'record') {
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

/** Loads items in order while keeping up to READ_AHEAD reads in flight; a failed read is yielded as its error. */
async function* readAhead(items: SourceItem[]): AsyncGenerator<{ source: string; raw: RawDocument | DyadError }> {
  const inFlight: { source: string; raw: Promise<RawDocument | DyadError> }[] = [];
  let next = 0;
  while (next < items.length || inFlight.length > 0) {
    while (inFlight.length < READ_AHEAD && next < items.length) {
      const item = items[next++];
      inFlight.push({ source: item.source, raw: item.load().catch((err: unknown) => asDyadError(err, item.source)) });
    }
    const head = inFlight.shift()!;
    yield { source: head.source, raw: await head.raw };
  }
}
