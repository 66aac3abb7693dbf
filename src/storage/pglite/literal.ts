// A statement parameter written as an SQL literal, for EXECUTE of a prepared statement (which takes no bind parameters).
import pg from 'pg';
import { DyadError } from '../../shared/errors';

/**
 * The literal PostgreSQL reads back as `value`. Strings go through node-postgres's escapeLiteral (quotes doubled,
 * an E'' string when backslashes are present), numbers must be finite; anything else is refused rather than guessed.
 */
export function sqlLiteral(value: unknown): string {
  if (value === null || value === undefined) return 'NULL';
  if (typeof value === 'string') return pg.escapeLiteral(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new DyadError('internal', `a statement parameter cannot be ${value}`);
    // In parentheses, so that a negative number stays one argument whatever surrounds it.
    return value < 0 ? `(${value})` : String(value);
  }
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  throw new DyadError('internal', `a prepared statement's parameter must be text, a number, a boolean or null, not ${typeof value}`);
}
