import type { SqlParam, SqlRow } from '@kaoping/eventstore';

/** `"schema".name` of a read-model table. Schema names are validated by the config (a-z, 0-9, _). */
export const tableOf = (schema: string, name: string): string => `"${schema}".${name}`;

/** A JSON value as a parameter for a `$n::jsonb` placeholder. */
export const jsonParam = (value: unknown): string => JSON.stringify(value);

/** A list as one parameter: `IN (SELECT jsonb_array_elements_text($n::jsonb))`. */
export const listParam = (values: readonly string[]): string => JSON.stringify(values);

export const textOf = (row: SqlRow, column: string): string => {
  const value = row[column];
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'bigint') return value.toString();
  throw new Error(`column ${column} is not text: ${String(value)}`);
};

export const optionalTextOf = (row: SqlRow, column: string): string | null => (row[column] === null || row[column] === undefined ? null : textOf(row, column));

export const numberOf = (row: SqlRow, column: string): number => {
  const value = row[column];
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && /^-?\d+$/.test(value)) return Number(value);
  throw new Error(`column ${column} is not a number: ${String(value)}`);
};

/** A jsonb column: pg and PGlite both parse it; the value is JSON. */
export const jsonOf = (row: SqlRow, column: string): unknown => {
  const value = row[column];
  return typeof value === 'string' ? (JSON.parse(value) as unknown) : value;
};

/** Several rows in one INSERT: `($1,$2),($3,$4)` with their parameters. */
export const valuesOf = (rows: readonly (readonly SqlParam[])[], casts: readonly string[] = []): Readonly<{ sql: string; params: SqlParam[] }> => {
  const params: SqlParam[] = [];
  const tuples = rows.map((row) => `(${row.map((value, at) => { params.push(value); return `$${params.length}${casts[at] ?? ''}`; }).join(', ')})`);
  return { sql: tuples.join(', '), params };
};
