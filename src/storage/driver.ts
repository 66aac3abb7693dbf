// The few operations the store needs from a database, so the same SQL runs on PGlite and on PostgreSQL.

export interface QueryOptions {
  /** Prepares the statement under this name (lower case letters, digits and _). */
  name?: string;
}

export interface Driver {
  /**
   * Runs one parameterised statement ($1, $2...) and returns its rows. With a `name`, the statement is prepared
   * under that name once per connection and then only executed (`sql` must be the same text each time); a driver
   * wrapped by a caller that passes on only `sql` and `params` (a test counting statements) simply runs it unnamed.
   */
  query<T>(sql: string, params?: unknown[], options?: QueryOptions): Promise<T[]>;
  /** Runs one or more statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
  /** Runs `fn` in a transaction: committed when it resolves, rolled back when it throws. Nested calls join the outer one. */
  transaction<T>(fn: (tx: Driver) => Promise<T>): Promise<T>;
  close(): Promise<void>;
  /** Where the data lives, for messages: a directory or a connection string without its password. */
  readonly location: string;
  /** Which backend runs the SQL, for the few maintenance steps that differ (CHECKPOINT on the embedded store). */
  readonly backend: 'pglite' | 'postgres';
}

/**
 * Runs `sql` as the prepared statement `name`. Why: the save's statements are long (one of them writes a version
 * with everything read in it), and PostgreSQL parsed and planned them again for every document.
 */
export function namedQuery<T>(driver: Driver, name: string, sql: string, params: unknown[]): Promise<T[]> {
  return driver.query<T>(sql, params, { name });
}
