import type { SqlParam, SqlRow } from '@kaoping/eventstore';

/** `"schema".name` of a read-model table. Schema names are validated by the config (a-z, 0-9, _). */
export const tableOf = (schema: string, name: string): string => `"${schema}".${name}`;

/** The largest value of SQL's integer (a read model's version and rank columns): a larger one given to SQL is an error. */
export const SQL_INTEGER_MAX = 2_147_483_647;

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

/** How a column travels in {@link unnestOf}: json and jsonb as the texts of one JSON array, the others as arrays of their type. */
export type UnnestType = 'text' | 'integer' | 'bigint' | 'json' | 'jsonb';

const valuesOf = (rows: readonly (readonly SqlParam[])[], at: number): (string | number | null)[] =>
  rows.map((row) => {
    const value = row[at];
    if (value === undefined || typeof value === 'boolean' || (typeof value === 'object' && value !== null)) throw new Error(`unnestOf: column ${at} holds ${typeof value}, not a scalar`);
    return value;
  });

const QUOTE_OR_BACKSLASH = /[\\"]/;

/**
 * A column's values as a PostgreSQL array literal (`{"a","b",NULL}`): every value quoted (a quoted
 * number reads as the number), NULL not. Joined in one native call where no value is null or needs
 * escaping (ids, types, times): pg writes an array element by element, a string for each.
 */
const arrayLiteral = (values: readonly (string | number | null)[]): string => {
  if (values.every((value) => value !== null && (typeof value === 'number' || !QUOTE_OR_BACKSLASH.test(value)))) return values.length === 0 ? '{}' : `{"${values.join('","')}"}`;
  return `{${values.map((value) => (value === null ? 'NULL' : `"${String(value).replace(/[\\"]/g, '\\$&')}"`)).join(',')}}`;
};

/**
 * Several rows as one parameter per column: `SELECT u.c0, u.c1::jsonb FROM ROWS FROM
 * (unnest($1::text[]), json_array_elements($2::json)) AS u (c0, c1)`. The statement's text is the
 * same whatever the number of rows, so the server parses and plans it as one, where a VALUES list of
 * n rows is a new statement of n × columns parameters each time. A jsonb column (its values JSON
 * texts, or null) goes as one JSON array of them, joined as they are: in a text array each would be
 * quoted and its every quote escaped, by pg and again by the server (a rebuild writes an event's
 * data per row: that was a third of the audit trail's CPU in this process). Where the column holds
 * a null, each value goes wrapped (`[value]`, `null` for null) so that SQL NULL stays apart from
 * JSON null. A json column keeps each element's text as it was sent (jsonb parses it into its
 * binary form: an event's data, per row of a rebuild's audit trail). `first`: the number of the first parameter.
 */
export const unnestOf = (rows: readonly (readonly SqlParam[])[], types: readonly UnnestType[], first = 1): Readonly<{ sql: string; params: SqlParam[] }> => {
  const params: SqlParam[] = [];
  const from: string[] = [];
  const select: string[] = [];
  types.forEach((type, at) => {
    const values = valuesOf(rows, at);
    const parameter = `$${first + at}`;
    if (type !== 'jsonb' && type !== 'json') {
      params.push(arrayLiteral(values));
      from.push(`unnest(${parameter}::${type}[])`);
      select.push(`u.c${at}`);
      return;
    }
    const texts = values.map((value) => (value === null ? null : String(value)));
    const nullable = texts.includes(null);
    params.push(nullable ? `[${texts.map((text) => (text === null ? 'null' : `[${text}]`)).join(',')}]` : `[${texts.join(',')}]`);
    from.push(`json_array_elements(${parameter}::json)`);
    // A json column takes the element as it is: its text, unparsed again, as the element was written.
    const cast = type === 'jsonb' ? '::jsonb' : '';
    select.push(nullable ? `(u.c${at} -> 0)${cast}` : `u.c${at}${cast}`);
  });
  return { sql: `SELECT ${select.join(', ')} FROM ROWS FROM (${from.join(', ')}) AS u (${types.map((_, at) => `c${at}`).join(', ')})`, params };
};
