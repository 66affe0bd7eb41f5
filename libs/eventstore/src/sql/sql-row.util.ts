import { AdapterFailureError } from '../event-store.errors';
import type { SqlRow } from './sql-client';

const unexpected = (column: string, expected: string, value: unknown): AdapterFailureError =>
  new AdapterFailureError(`column ${column}: expected ${expected}, got ${typeof value}`, { column });

export const textColumn = (row: SqlRow, column: string): string => {
  const value = row[column];
  if (typeof value !== 'string') throw unexpected(column, 'text', value);
  return value;
};

export const intColumn = (row: SqlRow, column: string): number => {
  const value = row[column];
  if (typeof value === 'number' && Number.isSafeInteger(value)) return value;
  if (typeof value === 'string' && /^-?\d+$/.test(value)) return Number(value);
  throw unexpected(column, 'an integer', value);
};

/** Bigint columns are selected as `::text` so that no driver turns them into lossy numbers. */
export const bigintColumn = (row: SqlRow, column: string): bigint => BigInt(textColumn(row, column));

export const nullableBigintColumn = (row: SqlRow, column: string): bigint | null =>
  row[column] === null || row[column] === undefined ? null : bigintColumn(row, column);
