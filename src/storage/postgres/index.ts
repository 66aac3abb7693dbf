// The server driver: a pg connection pool for a PostgreSQL connection string.
import pg from 'pg';
import { DyadError } from '../../shared/errors';
import type { Driver, QueryOptions } from '../driver';

/** The connection string as it may be shown to a user: without its password. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return url.replace(/:[^:@/]*@/, ':***@');
  }
}

// Counts and ids come back as numbers rather than the strings pg uses for int8 by default.
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === 20 ? (v: string) => Number(v) : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

function clientDriver(client: pg.PoolClient, location: string): Driver {
  const self: Driver = {
    location,
    backend: 'postgres',
    // node-postgres prepares a named statement once per connection and then only binds and executes it.
    async query<T>(sql: string, params: unknown[] = [], options: QueryOptions = {}) {
      return (await client.query({ name: options.name, text: sql, values: params })).rows as T[];
    },
    async exec(sql: string) {
      await client.query(sql);
    },
    transaction: (fn) => fn(self),
    close: async () => {},
  };
  return self;
}

/**
 * The connection string with PostgreSQL's JIT switched off for dyad's sessions (added to the string's own options).
 * dyad's reads are short and run again and again: compiling their plans to machine code (on past a cost of 100,000)
 * took 35 ms of a 100 ms read and 0.6 s of a 1 s one at 100,000 documents, and gave nothing back. A string that is not
 * a postgres:// URL is left as it is.
 */
export function withoutJit(url: string): string {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return url;
  }
  if (u.protocol !== 'postgres:' && u.protocol !== 'postgresql:') return url;
  const options = u.searchParams.get('options');
  u.searchParams.set('options', [options, '-c jit=off'].filter(Boolean).join(' '));
  return u.toString();
}

export async function openPostgres(url: string): Promise<Driver> {
  const location = redactUrl(url);
  const pool = new pg.Pool({ connectionString: withoutJit(url), types, max: 4 });
  // An idle connection dropped by the server must not crash the process; the next query reports it.
  pool.on('error', () => {});
  try {
    const client = await pool.connect();
    client.release();
  } catch (err) {
    await pool.end().catch(() => {});
    throw new DyadError('storage', `cannot connect to PostgreSQL at ${location}: ${(err as Error).message}`,
      { input: location, cause: err });
  }

  return {
    location,
    backend: 'postgres',
    async query<T>(sql: string, params: unknown[] = [], options: QueryOptions = {}) {
      return (await pool.query({ name: options.name, text: sql, values: params })).rows as T[];
    },
    async exec(sql: string) {
      await pool.query(sql);
    },
    async transaction<T>(fn: (tx: Driver) => Promise<T>): Promise<T> {
      const client = await pool.connect();
      let broken = false;
      try {
        await client.query('BEGIN');
        const result = await fn(clientDriver(client, location));
        await client.query('COMMIT');
        return result;
      } catch (err) {
        // A connection that cannot even roll back is not given back to the pool.
        await client.query('ROLLBACK').catch(() => { broken = true; });
        throw err;
      } finally {
        client.release(broken);
      }
    },
    async close() {
      await pool.end();
    },
  };
}
