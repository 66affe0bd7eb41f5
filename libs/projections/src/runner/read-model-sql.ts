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

/** How a column travels in {@link unnestOf}: jsonb as text (cast back in the select list), the others as arrays of their type. */
export type UnnestType = 'text' | 'integer' | 'bigint' | 'jsonb';

/**
 * Several rows as one array parameter per column: `SELECT u.c0, u.c1::jsonb FROM unnest($1::text[],
 * $2::text[]) AS u (c0, c1)`. The statement's text is the same whatever the number of rows, so the
 * server parses and plans it as one, where a VALUES list of n rows is a new statement of n × columns
 * parameters each time. `first`: the number of the first parameter.
 */
export const unnestOf = (rows: readonly (readonly SqlParam[])[], types: readonly UnnestType[], first = 1): Readonly<{ sql: string; params: SqlParam[] }> => {
  const columns = types.map((_, at) =>
    rows.map((row) => {
      const value = row[at];
      if (value === undefined || typeof value === 'boolean' || (typeof value === 'object' && value !== null)) throw new Error(`unnestOf: column ${at} holds ${typeof value}, not a scalar`);
      return value;
    }),
  );
  const arrays = types.map((type, at) => `$${first + at}::${type === 'jsonb' ? 'text' : type}[]`).join(', ');
  const names = types.map((_, at) => `c${at}`);
  const select = types.map((type, at) => (type === 'jsonb' ? `u.c${at}::jsonb` : `u.c${at}`)).join(', ');
  return { sql: `SELECT ${select} FROM unnest(${arrays}) AS u (${names.join(', ')})`, params: columns };
};
