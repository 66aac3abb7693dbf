// The people registry of a queue worker, read from the store so every worker on every machine knows the same people.
import pg from 'pg';
import { PeopleRegistry } from '../resolve/people';
import type { Fact } from '../shared/types';

/**
 * Follows the person facts stored by any process: each `refresh` reads only the facts added since the last one
 * (by id, through the primary key), so the cost per job stays flat as the store grows.
 */
export class StoredPeople {
  readonly registry = new PeopleRegistry();
  private lastId = 0;
  private readonly pool: pg.Pool;

  constructor(url: string) {
    this.pool = new pg.Pool({ connectionString: url, max: 1 });
    this.pool.on('error', () => {});
  }

  async refresh(): Promise<void> {
    const { rows } = await this.pool.query<{ id: string; body: Record<string, unknown>; confidence: number }>(
      `SELECT id, body, confidence FROM facts WHERE type = 'person' AND id > $1 ORDER BY id`, [this.lastId]);
    if (rows.length === 0) return;
    this.registry.learn(rows.map((r) => ({ ...r.body, confidence: r.confidence }) as unknown as Fact));
    this.lastId = Number(rows[rows.length - 1].id);
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
