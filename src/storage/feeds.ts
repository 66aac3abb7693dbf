// The store's memory of feeds and sources: what a feed's server said last time, and which articles are stored.
import type { FeedState } from '../sources/types';
import type { Driver } from './driver';

export interface FeedMemory {
  feedState(url: string): Promise<FeedState | null>;
  /** Keeps a feed's validators after a run in which every new item of it was stored. */
  saveFeedState(state: FeedState): Promise<void>;
  /** Which of these sources are stored already (as a document's source). */
  knownSources(sources: string[]): Promise<Set<string>>;
}

export function feedMemory(driver: Driver): FeedMemory {
  return {
    async feedState(url) {
      const [row] = await driver.query<{ url: string; etag: string | null; last_modified: string | null }>(
        'SELECT url, etag, last_modified FROM feeds WHERE url = $1', [url]);
      return row ? { url: row.url, etag: row.etag, lastModified: row.last_modified } : null;
    },
    async saveFeedState(state) {
      await driver.query(`INSERT INTO feeds (url, etag, last_modified, checked_at) VALUES ($1, $2, $3, now())
        ON CONFLICT (url) DO UPDATE SET etag = EXCLUDED.etag, last_modified = EXCLUDED.last_modified, checked_at = now()`,
      [state.url, state.etag ?? null, state.lastModified ?? null]);
    },
    async knownSources(sources) {
      if (sources.length === 0) return new Set();
      // One round trip whatever the number of links; documents.source is unique, hence indexed.
      const rows = await driver.query<{ source: string }>(
        'SELECT source FROM documents WHERE source = ANY($1::text[])', [sources]);
      return new Set(rows.map((r) => r.source));
    },
  };
}
