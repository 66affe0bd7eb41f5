import { AdapterFailureError } from '../event-store.errors';
import type { SqlArrayRow, SqlRow } from './sql-client';

const unexpected = (column: string, expected: string, value: unknown): AdapterFailureError =>
  new AdapterFailureError(`column ${column}: expected ${expected}, got ${typeof value}`, { column });

export const textColumn = (row: SqlRow, column: string): string => {
  const value = row[column];
  if (typeof value !== 'string') throw unexpected(column, 'text', value);
  return value;
};

/** Column `index` (named `column` in errors) of a row read as an array, as text. */
export const textAt = (row: SqlArrayRow, index: number, column: string): string => {
  const value = row[index];
  if (typeof value !== 'string') throw unexpected(column, 'text', value);
  return value;
};

export const intColumn = (row: SqlRow, column: string): number => intValue(row[column], column);

/** Column `index` (named `column` in errors) of a row read as an array, as an integer. */
export const intAt = (row: SqlArrayRow, index: number, column: string): number => intValue(row[index], column);

const intValue = (value: unknown, column: string): number => {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return value;
  if (typeof value === 'string' && /^-?\d+$/.test(value)) return Number(value);
  throw unexpected(column, 'an integer', value);
};

/** Bigint columns are selected as `::text` so that no driver turns them into lossy numbers. */
export const bigintColumn = (row: SqlRow, column: string): bigint => bigintOf(textColumn(row, column));

/**
 * The bigint a column's text spells. Up to 15 digits it goes through a number, which is exact
 * there and ten times cheaper than BigInt of a string.
 */
export const bigintOf = (text: string): bigint => (text.length <= 15 && /^-?\d+$/.test(text) ? BigInt(Number(text)) : BigInt(text));

export const nullableBigintColumn = (row: SqlRow, column: string): bigint | null =>
  row[column] === null || row[column] === undefined ? null : bigintColumn(row, column);
