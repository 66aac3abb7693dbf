// `dyad consolidate`: Facts v1 lines of many documents to the consolidated record (Record v1), without a database.
import { Option, type Command } from 'commander';
import { writeOut, type CliContext } from '../context';
import { parseJsonl, readJsonl } from '../jsonl';
import { DyadError } from '../../shared/errors';

/** How the record is printed: Record v1 JSONL, the story for a terminal, or one of the export formats. */
export const RECORD_FORMATS = ['record', 'story', 'jsonl', 'csv', 'events'] as const;
export type RecordFormat = (typeof RECORD_FORMATS)[number];

export function registerConsolidate(program: Command, ctx: CliContext): void {
  program.command('consolidate')
    .description('consolidate Facts v1 lines of many documents into one record (Record v1), without a database')
    .argument('<facts>', 'a Facts v1 JSONL file ({doc, type, ...fields, evidence}), or - for standard input')
    .option('--docs <sources>', 'a JSONL file of documents ({doc, date, url}) giving each document its date')
    .addOption(new Option('--format <format>', 'record: Record v1 JSONL; story: text for a terminal; jsonl: Record v1 with '
      + 'sources; csv: one row per item; events: one row per event (CAMEO/PLOVER)').choices(RECORD_FORMATS).default('record'))
    .option('--sources', 'with --format record: add to each item the facts behind it and the merges that joined them')
    .addHelpText('after', `
Examples:
  dyad consolidate facts.jsonl --docs sources.jsonl > record.jsonl
  dyad extract articles/ | dyad consolidate - --format story`)
    .action(async (factsPath: string, options: { docs?: string; format: RecordFormat; sources?: boolean }) => {
      const { consolidate } = await import('../../record/index');
      const lines = factsPath === '-' ? parseJsonl(await readStream(ctx.io.stdin), 'stdin') : readJsonl(factsPath);
      const facts = lines as unknown as Parameters<typeof consolidate>[0];
      const docs = options.docs ? readDocs(options.docs) : [];
      const items = consolidate(facts, docs);
      await writeOut(ctx, await renderRecord(items, options.format, docs, { sources: options.sources }));
    });
}

async function readStream(stream: NodeJS.ReadableStream | undefined): Promise<string> {
  if (!stream) throw new DyadError('usage', 'no standard input to read facts from');
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  return Buffer.concat(chunks).toString('utf8');
}

/** The documents' dates and URLs from a sources file; every line needs a `doc`. */
export function readDocs(path: string): { doc: string; date: string | null; url: string | null }[] {
  return readJsonl(path).map((line, i) => {
    if (typeof line.doc !== 'string' || !line.doc) throw new DyadError('usage', `${path}:${i + 1}: a document line needs a "doc" name`, { input: path });
    const date = typeof line.date === 'string' && /^\d{4}(?:-\d{2}){0,2}$/.test(line.date) ? line.date : null;
    return { doc: line.doc, date, url: typeof line.url === 'string' ? line.url : null };
  });
}

/** The record in the chosen format, as the text to print (ending with a newline when not empty). */
export async function renderRecord(items: import('../../record/index').RecordItem[], format: RecordFormat,
  docs: { doc: string; date?: string | null; url?: string | null }[], opts: { sources?: boolean } = {}): Promise<string> {
  const { exportRows, renderPairStory, toRecordV1 } = await import('../../record/index');
  const lines = format === 'record' ? items.map((i) => JSON.stringify(toRecordV1(i, { sources: opts.sources })))
    : format === 'story' ? [renderPairStory(items)] : exportRows(items, format, docs);
  const text = lines.join('\n');
  return text ? `${text}\n` : '';
}
