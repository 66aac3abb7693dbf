// `dyad dump FILE` and `dyad restore FILE`: a whole store as JSON lines, to move it between the embedded store
// and PostgreSQL (either way) or to keep a backup. A name ending in .gz is compressed.
import { createReadStream, createWriteStream, existsSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import type { Writable } from 'node:stream';
import { createGunzip, createGzip } from 'node:zlib';
import type { Command } from 'commander';
import { DyadError } from '../../shared/errors';
import { writeErr, writeOut, type CliContext } from '../context';
import { DB_OPTION_HELP } from '../store';

async function withDatabase<T>(db: string | undefined, run: (driver: import('../../storage/driver').Driver) => Promise<T>): Promise<T> {
  const { openDatabase } = await import('../../storage/index');
  const driver = await openDatabase({ dataDir: db ?? process.env.DYAD_DB, url: process.env.DATABASE_URL });
  try {
    return await run(driver);
  } finally {
    await driver.close();
  }
}

const summary = (rows: Record<string, number>) =>
  Object.entries(rows).filter(([, n]) => n > 0).map(([t, n]) => `${t} ${n}`).join(', ');

export function registerDump(program: Command, ctx: CliContext): void {
  program.command('dump')
    .description('write the whole store to FILE as JSON lines (FILE.gz compressed, - for stdout)')
    .argument('<file>', 'where to write the dump')
    .option('--db <dir>', DB_OPTION_HELP)
    .action(async (file: string, options: { db?: string }) => {
      const { dumpStore } = await import('../../storage/dump');
      if (file !== '-' && existsSync(file)) {
        throw new DyadError('usage', `${file} exists already: dump to a new file`, { input: file });
      }
      let sink: Writable = ctx.io.stdout as Writable;
      let fileOut: Writable | null = null;
      if (file !== '-') {
        fileOut = createWriteStream(file, { flags: 'wx' });
        sink = file.endsWith('.gz') ? createGzip() : fileOut;
        if (sink !== fileOut) sink.pipe(fileOut);
      }
      const write = async (text: string) => {
        if (file === '-') return writeOut(ctx, text);
        if (!sink.write(text)) await once(sink, 'drain');
      };
      try {
        const rows = await withDatabase(options.db, (driver) => dumpStore(driver, write));
        if (fileOut) {
          sink.end();
          await once(fileOut, 'close');
        }
        writeErr(ctx, `dumped ${summary(rows) || 'an empty store'}\n`);
      } catch (err) {
        // Half a dump is worse than none: it would restore as "truncated" at best.
        if (fileOut) {
          sink.destroy();
          fileOut.destroy();
          rmSync(file, { force: true });
        }
        throw err;
      }
    });

  program.command('restore')
    .description('load a dump made by `dyad dump` into an empty store (embedded or PostgreSQL)')
    .argument('<file>', 'the dump to read (FILE.gz compressed)')
    .option('--db <dir>', DB_OPTION_HELP)
    .action(async (file: string, options: { db?: string }) => {
      const { restoreStore } = await import('../../storage/dump');
      if (!existsSync(file)) throw new DyadError('not_found', `${file}: no such file`, { input: file });
      const raw = createReadStream(file);
      try {
        const rows = await withDatabase(options.db, (driver) => {
          // Read only once the database is open: readline drops the lines that arrive before iteration starts.
          const input = file.endsWith('.gz') ? raw.pipe(createGunzip()) : raw;
          return restoreStore(driver, createInterface({ input, crlfDelay: Infinity }), file);
        });
        writeErr(ctx, `restored ${summary(rows) || 'an empty store'}\n`);
      } finally {
        raw.destroy();
      }
    });
}
