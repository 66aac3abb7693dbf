// `dyad curate`: confirm, reject or edit a fact, merge or split record items, list and undo decisions.
import type { Command } from 'commander';
import type { Decision } from '../../service/index';
import { DyadError } from '../../shared/errors';
import { writeOut, type CliContext } from '../context';
import { formatTable, truncate } from '../format';
import { DB_OPTION_HELP, withService } from '../store';

interface MetaOptions {
  db?: string;
  author?: string;
  reason?: string;
  json?: boolean;
}

function id(what: string): (value: string) => number {
  return (value) => {
    const n = Number(value);
    if (!Number.isInteger(n) || n <= 0) throw new DyadError('usage', `${what} must be a positive whole number, got "${value}"`);
    return n;
  };
}

/** `--set field=value`: the value is read as JSON when it is JSON (numbers, null, lists), else as text. */
export function parseSetting(text: string, previous: Record<string, unknown> = {}): Record<string, unknown> {
  const at = text.indexOf('=');
  if (at <= 0) throw new DyadError('usage', `--set takes field=value, e.g. --set date=2021-05-04, got "${text}"`);
  const raw = text.slice(at + 1);
  let value: unknown = raw;
  try {
    value = JSON.parse(raw);
  } catch {
    // Plain text: a place, a name, a date.
  }
  return { ...previous, [text.slice(0, at).trim()]: value };
}

function what(d: Decision): string {
  if (d.fact) return `${d.fact.type} in ${d.fact.doc}`;
  const detail = d.detail as { type?: string; groups?: unknown[]; apart?: { doc: string }[] } | null;
  if (d.action === 'merge') return `${detail?.groups?.length ?? 0} ${detail?.type ?? ''} items`;
  if (d.action === 'split') return `${detail?.type ?? ''} from ${[...new Set(detail?.apart?.map((r) => r.doc))].join(', ')}`;
  return '';
}

export function decisionLine(d: Decision): string {
  return `decision ${d.id}: ${d.action} ${what(d)} by ${d.author}${d.reason ? ` (${d.reason})` : ''}`;
}

function logTable(decisions: Decision[]): string {
  return formatTable(['id', 'when', 'action', 'what', 'author', 'reason', 'undone'], decisions.map((d) => [
    String(d.id), d.createdAt.slice(0, 19).replace('T', ' '), d.action, truncate(what(d), 50), d.author,
    truncate(d.reason ?? '', 40), d.undoneAt ? `${d.undoneAt.slice(0, 19).replace('T', ' ')} by ${d.undoneBy}` : '',
  ]));
}

export function registerCurate(program: Command, ctx: CliContext): void {
  const curate = program.command('curate')
    .description('review facts and the record: every decision is kept with its author, time and reason, and can be undone')
    .addHelpText('after', `
Facts are named by the id \`dyad facts\` shows (#12), record items by the id \`dyad record\` shows.
Decisions survive re-ingest, re-extraction and \`dyad rebuild\`.

Examples:
  dyad curate reject 12 --reason "the figure is a forecast"
  dyad curate edit 14 --set date=2021-05-04 --set place=Accra
  dyad curate merge 31 40 --reason "the same visit"
  dyad curate split 31 --doc outlet-b
  dyad curate log
  dyad curate undo 3`);

  const withMeta = (cmd: Command): Command => cmd
    .option('--author <name>', 'who decides (default: $USER)')
    .option('--reason <text>', 'why, kept with the decision')
    .option('--db <dir>', DB_OPTION_HELP)
    .option('--json', 'print the decision as JSON');

  const done = async (decision: Decision, options: MetaOptions): Promise<void> => {
    await writeOut(ctx, options.json ? `${JSON.stringify(decision, null, 2)}\n` : `${decisionLine(decision)}\n`);
  };
  const meta = (o: MetaOptions) => ({ author: o.author ?? process.env.USER, reason: o.reason });

  for (const action of ['confirm', 'reject'] as const) {
    withMeta(curate.command(action)
      .description(`${action} a stored fact`)
      .argument('<fact>', 'fact id, as `dyad facts` shows it', id('a fact id')))
      .action(async (factId: number, options: MetaOptions) => {
        await done(await withService(options, (s) => s.curate[action](factId, meta(options))), options);
      });
  }

  withMeta(curate.command('edit')
    .description("correct a stored fact's fields (checked against its kind)")
    .argument('<fact>', 'fact id, as `dyad facts` shows it', id('a fact id'))
    .requiredOption('--set <field=value>', 'a field and its new value; repeat for several', parseSetting, {}))
    .action(async (factId: number, options: MetaOptions & { set: Record<string, unknown> }) => {
      await done(await withService(options, (s) => s.curate.edit(factId, options.set, meta(options))), options);
    });

  withMeta(curate.command('merge')
    .description('make two or more record items (people or events of one type) one')
    .argument('<items...>', 'record item ids, as `dyad record` shows them'))
    .action(async (items: string[], options: MetaOptions) => {
      const ids = items.map(id('a record item id'));
      await done(await withService(options, (s) => s.curate.merge(ids, meta(options))), options);
    });

  withMeta(curate.command('split')
    .description("take the reports of some documents out of a record item into an item of their own")
    .argument('<item>', 'record item id, as `dyad record` shows it', id('a record item id'))
    .requiredOption('--doc <name...>', 'the documents whose reports go apart'))
    .action(async (itemId: number, options: MetaOptions & { doc: string[] }) => {
      await done(await withService(options, (s) => s.curate.split(itemId, options.doc, meta(options))), options);
    });

  curate.command('log')
    .description('list every decision, oldest first, undone ones marked')
    .option('--db <dir>', DB_OPTION_HELP)
    .option('--json', 'print JSON')
    .action(async (options: { db?: string; json?: boolean }) => {
      const decisions = await withService(options, (s) => s.curate.log());
      if (options.json) await writeOut(ctx, `${JSON.stringify(decisions, null, 2)}\n`);
      else await writeOut(ctx, decisions.length ? `${logTable(decisions)}\n` : 'no curation decisions yet\n');
    });

  withMeta(curate.command('undo')
    .description('undo a decision: the record goes back to what it would be without it')
    .argument('<decision>', 'decision id, as `dyad curate log` shows it', id('a decision id')))
    .action(async (decisionId: number, options: MetaOptions) => {
      const undone = await withService(options, (s) => s.curate.undo(decisionId, meta(options)));
      await writeOut(ctx, options.json ? `${JSON.stringify(undone, null, 2)}\n` : `undone ${decisionLine(undone)}\n`);
    });
}
