// The few operations the store needs from a database, so the same SQL runs on PGlite and on PostgreSQL.

export interface Driver {
  /** Runs one parameterised statement ($1, $2...) and returns its rows. */
  query<T>(sql: string, params?: unknown[]): Promise<T[]>;
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
