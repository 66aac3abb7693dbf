// What every command gets: the streams to write to and the exit code it reports back to main().
import type { Command } from 'commander';

export interface CliIO {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  stdin?: NodeJS.ReadableStream;
}

export interface CliContext {
  io: CliIO;
  /** Set by a command's action; main() returns it. */
  exitCode: number;
  /** Becomes true when stdout's reader went away (`dyad extract ... | head`), so long commands can stop early. */
  stdoutClosed: boolean;
}

/** One command module: adds its command (with options, help and action) to the program. */
export type RegisterCommand = (program: Command, ctx: CliContext) => void;

/** Writes to stdout and waits when the pipe is full, so a large output does not pile up in memory. */
export async function writeOut(ctx: CliContext, text: string): Promise<void> {
  if (ctx.stdoutClosed) return;
  if (!ctx.io.stdout.write(text)) {
    await new Promise<void>((resolve) => {
      const done = (): void => { ctx.io.stdout.off('drain', done); ctx.io.stdout.off('close', done); resolve(); };
      ctx.io.stdout.once('drain', done);
      ctx.io.stdout.once('close', done);
    });
  }
}

export function writeErr(ctx: CliContext, text: string): void {
  ctx.io.stderr.write(text);
}
