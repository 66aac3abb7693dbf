// The dyad command line: builds the program from the list of commands and turns every error into one clear line.
import { readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { asDyadError } from '../shared/errors';
import { registerConsolidate } from './commands/consolidate';
import { registerCurate } from './commands/curate';
import { registerDocs } from './commands/docs';
import { registerDump } from './commands/dump';
import { registerExport } from './commands/export';
import { registerExtract } from './commands/extract';
import { registerFacts } from './commands/facts';
import { registerIngest } from './commands/ingest';
import { registerPair } from './commands/pair';
import { registerQueue } from './commands/queue';
import { registerRebuild } from './commands/rebuild';
import { registerRecord } from './commands/record';
import { registerSearch } from './commands/search';
import { registerServe } from './commands/serve';
import { registerBrief } from './commands/brief';
import { registerShow } from './commands/show';
import { registerWatch } from './commands/watch';
import { registerWorker } from './commands/worker';
import type { CliContext, CliIO, RegisterCommand } from './context';

/** Every command of dyad; a new one (serve, timeline...) is one more module and one more entry here. */
const COMMANDS: RegisterCommand[] = [
  registerIngest,
  registerDocs,
  registerShow,
  registerSearch,
  registerFacts,
  registerExtract,
  registerDump,
  registerConsolidate,
  registerRecord,
  registerPair,
  registerExport,
  registerRebuild,
  registerCurate,
  registerWatch,
  registerWorker,
  registerQueue,
  registerServe,
  registerBrief,
];

const VERSION = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

export function buildProgram(ctx: CliContext): Command {
  const program = new Command('dyad')
    .description('Turn news articles about two countries into a sourced, queryable record of facts.')
    // No program option for the version (main() answers `dyad --version` itself): commander recognises program
    // options after a subcommand too, so one would swallow `dyad show NAME --version N`.
    .addHelpText('after', '\n`dyad --version` (or -V) prints the version number.')
    .option('--debug', 'print stack traces with errors')
    .configureHelp({ showGlobalOptions: true })
    .configureOutput({
      writeOut: (text) => ctx.io.stdout.write(text),
      writeErr: (text) => ctx.io.stderr.write(text),
      // Commander's own messages ("error: unknown option '--x'") in dyad's one-line form.
      outputError: (text, write) => write(`dyad: ${text.replace(/^error: /, '')}`),
    })
    .showSuggestionAfterError()
    .exitOverride();
  for (const register of COMMANDS) register(program, ctx);
  return program;
}

/** Output streams that ignore a reader gone away for good, past the end of main(). */
const quieted = new WeakSet<object>();

/**
 * A write still under way when main() returns (help text, the last lines of a listing) fails after main()'s own
 * handler is gone when the reader has left (`dyad --help | head -1`); without a listener that is an uncaught error.
 */
function ignoreLateEpipe(stream: NodeJS.WritableStream): void {
  if (quieted.has(stream)) return;
  quieted.add(stream);
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code !== 'EPIPE') throw err;
  });
}

/** Runs the command line and returns the exit code; it never exits the process itself. */
export async function main(argv: string[], io: CliIO = { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin }): Promise<number> {
  const ctx: CliContext = { io, exitCode: 0, stdoutClosed: false };
  // The reader of our output went away (`| head`): stop writing, not an error of dyad. Any other error is thrown by
  // the stream's lasting listener (ignoreLateEpipe).
  const onStdoutError = (err: NodeJS.ErrnoException): void => {
    if (err.code === 'EPIPE') ctx.stdoutClosed = true;
  };
  ignoreLateEpipe(io.stdout);
  io.stdout.on('error', onStdoutError);
  const debug = argv.includes('--debug');
  const [first] = argv.slice(2);
  if (first === '--version' || first === '-V') {
    io.stdout.write(`${VERSION}\n`);
    return 0;
  }
  try {
    await buildProgram(ctx).parseAsync(argv);
    return ctx.exitCode;
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode;
    reportError(io, err, debug);
    return 1;
  } finally {
    io.stdout.off('error', onStdoutError);
  }
}

function reportError(io: CliIO, err: unknown, debug: boolean): void {
  const error = asDyadError(err);
  const hint = error.code === 'internal' && !debug ? ' (run with --debug for details)' : '';
  io.stderr.write(`dyad: ${error.message}${hint}\n`);
  if (debug) io.stderr.write(`${stackOf(err)}\n`);
}

function stackOf(err: unknown): string {
  const parts: string[] = [];
  for (let e: unknown = err; e instanceof Error; e = e.cause) parts.push(e.stack ?? String(e));
  return parts.join('\nCaused by: ');
}
