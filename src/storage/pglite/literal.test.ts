// Parameters written as literals for EXECUTE come back from PGlite exactly as given, hostile text included.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from '../driver';
import { openPglite } from './index';
import { sqlLiteral } from './literal';

let dir: string;
let driver: Driver;
before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'dyad-literal-'));
  driver = await openPglite(dir);
});
after(async () => {
  await driver.close();
  rmSync(dir, { recursive: true, force: true });
});

const TEXTS = ["it's a 'quoted' word", 'back\\slash \\x41 \\\\', "'); DROP TABLE dyad; --", 'São Tomé – 「東京」 😀', '', "$$ and $tag$ and ''", 'line\nbreak\ttab'];

test('text, numbers, booleans and null read back exactly through a named statement', async () => {
  for (const text of TEXTS) {
    const [row] = await driver.query<{ t: string; n: number; b: boolean; z: string | null }>(
      'SELECT $1::text AS t, $2::real AS n, $3::boolean AS b, $4::text AS z', [text, -2.5, true, null], { name: 'literal_probe' });
    assert.deepEqual(row, { t: text, n: -2.5, b: true, z: null });
  }
  const [json] = await driver.query<{ j: unknown }>('SELECT $1::jsonb AS j', [JSON.stringify({ quote: TEXTS[1], list: TEXTS })],
    { name: 'literal_json' });
  assert.deepEqual(json.j, { quote: TEXTS[1], list: TEXTS });
});

test('a named statement is prepared once and outlives a rolled-back transaction', async () => {
  await assert.rejects(driver.transaction(async (tx) => {
    await tx.query('SELECT $1::integer + 1 AS x', [1], { name: 'literal_once' });
    throw new Error('roll back');
  }), /roll back/);
  const [row] = await driver.query<{ x: number }>('SELECT $1::integer + 1 AS x', [41], { name: 'literal_once' });
  assert.equal(row.x, 42);
  const [{ n }] = await driver.query<{ n: number }>("SELECT count(*)::integer AS n FROM pg_prepared_statements WHERE name = 'literal_once'");
  assert.equal(n, 1);
});

test('what cannot be written as a literal is refused, as is a name that is not a plain identifier', async () => {
  assert.throws(() => sqlLiteral(Number.NaN), /cannot be NaN/);
  assert.throws(() => sqlLiteral([1, 2]), /must be text, a number/);
  await assert.rejects(driver.query('SELECT 1', [], { name: 'x; DROP TABLE y' }), /cannot name a prepared statement/);
});
