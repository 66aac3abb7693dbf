// Whole-store backups as JSON lines: every table after the tables it points at, so a dump restores into either backend.
import { DyadError } from '../shared/errors';
import type { Driver } from './driver';
import { UNDECLARED_LINKS } from './integrity';

export const DUMP_FORMAT = 1;
const BATCH = 500;

interface Header { dyad: 'dump'; format: number; migrations: number[]; tables: string[] }
interface Footer { end: true; rows: Record<string, number> }
interface RowLine { t: string; r: Record<string, unknown> }

interface Table { name: string; columns: string[]; identity: string[]; order: string[] }

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** The tables of the store's schema (but schema_migrations), parents before the tables that point at them. */
async function tablesOf(db: Driver): Promise<Table[]> {
  const names = (await db.query<{ name: string }>(
    `SELECT c.relname AS name FROM pg_class c
     WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind = 'r' AND c.relname <> 'schema_migrations'
     ORDER BY c.relname`)).map((r) => r.name);
  // The declared foreign keys, and the links migrations 010 and 011 left to the writer (storage/integrity.ts).
  const edges = [...await db.query<{ child: string; parent: string }>(
    `SELECT c.relname AS child, p.relname AS parent FROM pg_constraint k
     JOIN pg_class c ON c.oid = k.conrelid JOIN pg_class p ON p.oid = k.confrelid
     WHERE k.contype = 'f' AND c.relnamespace = current_schema()::regnamespace`), ...UNDECLARED_LINKS];
  const columns = await db.query<{ table_name: string; column_name: string; generated: boolean; identity: boolean }>(
    `SELECT table_name, column_name, is_generated = 'ALWAYS' AS generated, is_identity = 'YES' AS identity
     FROM information_schema.columns WHERE table_schema = current_schema() ORDER BY table_name, ordinal_position`);
  const keys = await db.query<{ name: string; columns: string[] }>(
    `SELECT c.relname AS name, array_agg(a.attname::text ORDER BY k.ord) AS columns
     FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid
     CROSS JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, ord)
     JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = k.attnum
     WHERE i.indisprimary AND c.relnamespace = current_schema()::regnamespace
     GROUP BY c.relname`);

  // Depth-first: a table is listed after every table it references (self-references ignored).
  const ordered: string[] = [];
  const seen = new Set<string>();
  const visit = (name: string): void => {
    if (seen.has(name)) return;
    seen.add(name);
    for (const e of edges) if (e.child === name && e.parent !== name && names.includes(e.parent)) visit(e.parent);
    ordered.push(name);
  };
  names.forEach(visit);
  return ordered.map((name) => {
    const cols = columns.filter((c) => c.table_name === name);
    const usable = cols.filter((c) => !c.generated).map((c) => c.column_name);
    return {
      name,
      columns: usable,
      identity: cols.filter((c) => c.identity).map((c) => c.column_name),
      order: keys.find((k) => k.name === name)?.columns ?? usable,
    };
  });
}

async function appliedMigrations(db: Driver): Promise<number[]> {
  return (await db.query<{ version: number }>('SELECT version FROM schema_migrations ORDER BY version')).map((r) => r.version);
}

/** Writes every row of the store, read in one snapshot, as JSON lines; returns the rows written per table. */
export async function dumpStore(db: Driver, write: (line: string) => Promise<void>): Promise<Record<string, number>> {
  return db.transaction(async (tx) => {
    await tx.exec(`SET TRANSACTION ISOLATION LEVEL REPEATABLE READ; SET LOCAL TimeZone = 'UTC'`);
    const tables = await tablesOf(tx);
    const header: Header = { dyad: 'dump', format: DUMP_FORMAT, migrations: await appliedMigrations(tx),
      tables: tables.map((t) => t.name) };
    await write(`${JSON.stringify(header)}\n`);
    const rows: Record<string, number> = {};
    for (const table of tables) {
      rows[table.name] = 0;
      const cursor = `dump_${table.name}`;
      await tx.exec(`DECLARE ${quote(cursor)} NO SCROLL CURSOR FOR
        SELECT row_to_json(t)::text AS j FROM (SELECT ${table.columns.map(quote).join(', ')} FROM ${quote(table.name)}
        ORDER BY ${table.order.map(quote).join(', ')}) AS t`);
      for (;;) {
        const batch = await tx.query<{ j: string }>(`FETCH ${BATCH} FROM ${quote(cursor)}`);
        if (batch.length === 0) break;
        await write(batch.map((b) => `{"t":${JSON.stringify(table.name)},"r":${b.j}}\n`).join(''));
        rows[table.name] += batch.length;
      }
      await tx.exec(`CLOSE ${quote(cursor)}`);
    }
    const footer: Footer = { end: true, rows };
    await write(`${JSON.stringify(footer)}\n`);
    return rows;
  });
}

const bad = (source: string, why: string) =>
  new DyadError('usage', `cannot restore ${source}: ${why}`, { input: source });

/**
 * Loads a dump into an empty store at the same schema, in one transaction: a broken or truncated file leaves
 * the store as it was. Identity counters are moved past the restored ids so new rows do not collide.
 */
export async function restoreStore(db: Driver, lines: AsyncIterable<string>, source: string): Promise<Record<string, number>> {
  // Iteration starts now, before any await: a readline interface drops the lines no iterator is waiting for yet.
  const iterator = lines[Symbol.asyncIterator]();
  const pendingLines: AsyncIterable<string> = { [Symbol.asyncIterator]: () => iterator };
  return db.transaction(async (tx) => {
    const tables = await tablesOf(tx);
    const byName = new Map(tables.map((t) => [t.name, t]));
    const [{ n }] = await tx.query<{ n: number }>('SELECT count(*)::integer AS n FROM documents');
    if (n > 0) throw bad(source, `the target store already holds ${n} documents; restore into an empty one`);

    let header: Header | null = null;
    let footer: Footer | null = null;
    const rows: Record<string, number> = {};
    const pending: { table: Table | null; rows: unknown[] } = { table: null, rows: [] };
    const flush = async (): Promise<void> => {
      if (!pending.table || pending.rows.length === 0) return;
      const cols = pending.table.columns.map(quote).join(', ');
      const name = quote(pending.table.name);
      await tx.query(`INSERT INTO ${name} (${cols}) OVERRIDING SYSTEM VALUE
        SELECT ${cols} FROM jsonb_populate_recordset(NULL::${name}, $1::jsonb)`, [JSON.stringify(pending.rows)]);
      pending.rows = [];
    };

    let lineNo = 0;
    for await (const raw of pendingLines) {
      lineNo += 1;
      if (!raw.trim()) continue;
      if (footer) throw bad(source, `line ${lineNo} follows the end marker`);
      let line: unknown;
      try {
        line = JSON.parse(raw);
      } catch {
        throw bad(source, `line ${lineNo} is not JSON`);
      }
      if (!header) {
        const h = line as Header;
        if (h.dyad !== 'dump') throw bad(source, 'it is not a dyad dump (no header line)');
        if (h.format !== DUMP_FORMAT) throw bad(source, `dump format ${h.format} is not ${DUMP_FORMAT}`);
        const mine = await appliedMigrations(tx);
        if (JSON.stringify(h.migrations) !== JSON.stringify(mine)) {
          throw bad(source, `it was made at schema ${h.migrations.join(',')} and this store is at ${mine.join(',')}`);
        }
        header = h;
        continue;
      }
      if ((line as Footer).end === true) {
        await flush();
        footer = line as Footer;
        continue;
      }
      const { t, r } = line as RowLine;
      const table = byName.get(t);
      if (!table || typeof r !== 'object' || r === null) throw bad(source, `line ${lineNo} names no known table`);
      if (pending.table !== table) {
        await flush();
        pending.table = table;
      }
      pending.rows.push(r);
      rows[t] = (rows[t] ?? 0) + 1;
      if (pending.rows.length >= BATCH) await flush();
    }
    if (!header) throw bad(source, 'the file is empty');
    if (!footer) throw bad(source, 'the file ends before its end marker (truncated?)');
    for (const [t, count] of Object.entries(footer.rows)) {
      if ((rows[t] ?? 0) !== count) throw bad(source, `${t} has ${rows[t] ?? 0} rows where the dump wrote ${count}`);
    }
    for (const table of tables) {
      for (const col of table.identity) {
        await tx.query(`SELECT setval(pg_get_serial_sequence($1, $2), coalesce(max(${quote(col)}), 0) + 1, false)
          FROM ${quote(table.name)}`, [quote(table.name), col]);
      }
    }
    return rows;
  });
}
