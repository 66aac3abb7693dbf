// Tests for the PostgreSQL driver's connection settings, against the real test server.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { freshPgSchema } from '../testing-pg';
import { openPostgres, withoutJit } from './index';

test('the JIT is switched off beside the options a connection string already carries', () => {
  const url = new URL(withoutJit('postgres://u:p%40ss@db.example:5433/app?options=-c%20search_path%3Dteam&sslmode=disable'));
  assert.equal(url.searchParams.get('options'), '-c search_path=team -c jit=off');
  assert.equal(url.searchParams.get('sslmode'), 'disable');
  assert.equal(url.password, 'p%40ss');
  assert.equal(new URL(withoutJit('postgresql://localhost/app')).searchParams.get('options'), '-c jit=off');
  assert.equal(withoutJit('host=/var/run/postgresql dbname=app'), 'host=/var/run/postgresql dbname=app');
});

test('every connection of the pool has the JIT off and keeps the schema it was given', async () => {
  const schema = await freshPgSchema();
  const driver = await openPostgres(schema.url);
  try {
    const rows = await Promise.all(Array.from({ length: 6 }, () => driver.query<{ jit: string; schema: string }>(
      'SELECT current_setting($1) AS jit, current_schema() AS schema', ['jit'])));
    assert.deepEqual(new Set(rows.map(([r]) => `${r.jit} ${r.schema}`)), new Set([`off ${schema.schema}`]));
    const inTransaction = await driver.transaction((tx) => tx.query<{ jit: string }>('SHOW jit'));
    assert.equal(inTransaction[0].jit, 'off');
  } finally {
    await driver.close();
    await schema.drop();
  }
});
