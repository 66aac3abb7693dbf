// `dyad serve`: the HTTP API and the web UI from one process, until interrupted.
import type { Command } from 'commander';
import { writeErr, writeOut, type CliContext } from '../context';
import { positiveInteger } from '../options';
import { DB_OPTION_HELP } from '../store';

interface ServeCliOptions {
  port: number;
  host: string;
  token?: string;
  db?: string;
  web?: string;
  allowPrivate?: boolean;
}

function port(value: string): number {
  const n = positiveInteger('--port')(value);
  if (n > 65535) return positiveInteger('--port (at most 65535)')('x');
  return n;
}

export function registerServe(program: Command, ctx: CliContext): void {
  program.command('serve')
    .description('serve the API (/api/v1), its reference (/api) and the web UI from one process')
    .option('--port <n>', 'port to listen on (0 picks a free one)', (v) => (v === '0' ? 0 : port(v)), 8080)
    .option('--host <address>', 'address to listen on; anything but loopback needs --token', '127.0.0.1')
    .option('--token <token>', 'every request must carry "Authorization: Bearer TOKEN" (default $DYAD_TOKEN)')
    .option('--db <dir>', DB_OPTION_HELP)
    .option('--web <dir>', 'folder of the built web UI (default dist/web)')
    .option('--allow-private', 'allow ingest of URLs on loopback and private network addresses')
    .addHelpText('after', `
While it runs, \`dyad ingest\` on the same embedded store sends its documents through the server.
Examples:
  dyad serve                                  http://127.0.0.1:8080/
  dyad serve --host 0.0.0.0 --token s3cret    reachable from the network, with a bearer token`)
    .action(async (options: ServeCliOptions) => {
      const { startServer } = await import('../../server/runtime/index');
      const server = await startServer({
        port: options.port, host: options.host, token: options.token, dataDir: options.db,
        webDir: options.web, allowPrivate: options.allowPrivate,
      });
      await writeOut(ctx, `dyad serving ${server.data.location} at ${server.url}\n`);
      writeErr(ctx, `API ${server.url}api/v1/pairs, reference ${server.url}api; press Ctrl-C to stop\n`);
      await new Promise<void>((resolve) => {
        const stop = () => {
          process.off('SIGINT', stop);
          process.off('SIGTERM', stop);
          server.close().then(resolve, resolve);
        };
        process.on('SIGINT', stop);
        process.on('SIGTERM', stop);
      });
    });
}
