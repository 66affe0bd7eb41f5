import pg from 'pg';

export type SqlParam = string | number | boolean | null | readonly (string | number | null)[];
export type SqlRow = Readonly<Record<string, unknown>>;
/** A row as the values of its columns in select order. */
export type SqlArrayRow = readonly unknown[];

export interface SqlQueryable {
  query(sql: string, params?: readonly SqlParam[]): Promise<readonly SqlRow[]>;
}

/** One connection held exclusively. */
export interface SqlSession extends SqlQueryable {
  /**
   * Sends several statements without parameters in one round trip (simple query protocol) and
   * returns the rows of each. Values must be inlined with {@link sqlLiteral}.
   */
  script(sql: string): Promise<readonly (readonly SqlRow[])[]>;
}

/**
 * The little the SQL event store needs from a PostgreSQL driver, so that one implementation
 * serves both the pg pool (server) and PGlite (embedded).
 */
export interface SqlClient extends SqlQueryable {
  /**
   * Like `query`, but the server keeps the statement parsed and planned under `name` (per
   * connection), for the few hot statements run thousands of times. `name` must identify `sql`.
   */
  preparedQuery(name: string, sql: string, params: readonly SqlParam[]): Promise<readonly SqlRow[]>;
  /**
   * Like `preparedQuery`, but answers each row as an array of its columns in select order: no
   * object with the columns' names per row, for the hottest reads (a stream's events).
   */
  preparedArrayQuery(name: string, sql: string, params: readonly SqlParam[]): Promise<readonly SqlArrayRow[]>;
  /** Runs `work` in one READ COMMITTED transaction on one connection; rolls back if it throws. */
  transaction<T>(work: (tx: SqlQueryable) => Promise<T>): Promise<T>;
  /**
   * Lends one connection to `work`, which runs its own BEGIN … COMMIT (so that it can send the
   * last statement and COMMIT together). If `work` throws, a ROLLBACK is sent.
   */
  session<T>(work: (session: SqlSession) => Promise<T>): Promise<T>;
  /** LISTEN on `channel` (a lower-case identifier); returns the function that stops listening. */
  listen(channel: string, onNotify: () => void): Promise<() => Promise<void>>;
  /**
   * Collects the garbage the client's own thread holds (PGlite's worker, after the rows of a long
   * catch-up went through it); absent where the client has no heap of its own.
   */
  releaseMemory?(): Promise<void>;
  close(): Promise<void>;
}

export const BEGIN = 'BEGIN ISOLATION LEVEL READ COMMITTED';

/**
 * A string as an SQL literal for {@link SqlSession.script}. The E'' form escapes backslashes
 * and quotes whatever `standard_conforming_strings` says. NUL cannot occur in PostgreSQL text
 * (and would end the query string), so it is refused.
 */
export const sqlLiteral = (value: string): string => {
  if (value.includes('\u0000')) throw new Error('a NUL character cannot be stored in PostgreSQL text');
  return `E'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
};

const QUOTE_OR_BACKSLASH = /[\\"]/;

/**
 * Texts as a PostgreSQL array literal, for a parameter of type text[] (or uuid[], timestamptz[]…):
 * each element quoted, its `"` and `\` escaped. What pg sends for a JS array of strings, written
 * directly (pg passes every element through two regular expressions and its value conversion).
 */
export const textArrayLiteral = (values: readonly string[]): string => {
  let literal = '{';
  for (let i = 0; i < values.length; i++) {
    const value = values[i] ?? '';
    if (i > 0) literal += ',';
    literal += QUOTE_OR_BACKSLASH.test(value) ? `"${value.replace(/[\\"]/g, '\\$&')}"` : `"${value}"`;
  }
  return `${literal}}`;
};

/** Integers as a PostgreSQL array literal, for a parameter of type integer[] or bigint[]. */
export const integerArrayLiteral = (values: readonly number[]): string => {
  for (const value of values) if (!Number.isSafeInteger(value)) throw new Error(`${value} is not an integer`);
  return `{${values.join(',')}}`;
};

/** An integer as an SQL literal. */
export const sqlInteger = (value: number | bigint): string => {
  if (typeof value === 'number' && !Number.isSafeInteger(value)) throw new Error(`${value} is not an integer`);
  return value.toString();
};

const isRow = (value: unknown): value is SqlRow => typeof value === 'object' && value !== null && !Array.isArray(value);

/** pg answers a multi-statement query with one result per statement, a single one with one result. */
const rowsPerStatement = (result: unknown): (readonly SqlRow[])[] => {
  const results: unknown[] = Array.isArray(result) ? result : [result];
  return results.map((r) => {
    const rows: unknown = typeof r === 'object' && r !== null && 'rows' in r ? r.rows : [];
    return Array.isArray(rows) ? rows.filter(isRow) : [];
  });
};

/** {@link SqlClient} over a pg pool, with one extra dedicated connection for LISTEN. */
export class PgPoolSqlClient implements SqlClient {
  private readonly pool: pg.Pool;
  private listener: Promise<pg.Client> | null = null;
  private readonly callbacks = new Map<string, Set<() => void>>();

  constructor(private readonly config: Readonly<{ connectionString: string; poolSize?: number }>) {
    this.pool = new pg.Pool({ connectionString: config.connectionString, max: config.poolSize ?? 10 });
    // An idle client that loses its connection emits on the pool; the next query reconnects.
    this.pool.on('error', () => undefined);
  }

  async query(sql: string, params: readonly SqlParam[] = []): Promise<readonly SqlRow[]> {
    const result = await this.pool.query<SqlRow>(sql, [...params]);
    return result.rows;
  }

  async preparedQuery(name: string, sql: string, params: readonly SqlParam[]): Promise<readonly SqlRow[]> {
    const result = await this.pool.query<SqlRow>({ name, text: sql, values: [...params] });
    return result.rows;
  }

  async preparedArrayQuery(name: string, sql: string, params: readonly SqlParam[]): Promise<readonly SqlArrayRow[]> {
    const result = await this.pool.query<unknown[]>({ name, text: sql, values: [...params], rowMode: 'array' });
    return result.rows;
  }

  async transaction<T>(work: (tx: SqlQueryable) => Promise<T>): Promise<T> {
    return this.session(async (session) => {
      await session.query(BEGIN);
      const result = await work(session);
      await session.query('COMMIT');
      return result;
    });
  }

  async session<T>(work: (session: SqlSession) => Promise<T>): Promise<T> {
    const connection = await this.pool.connect();
    let broken: Error | undefined;
    try {
      return await work({
        query: async (sql, params = []) => (await connection.query<SqlRow>(sql, [...params])).rows,
        script: async (sql) => {
          const result: unknown = await connection.query(sql);
          return rowsPerStatement(result);
        },
      });
    } catch (error: unknown) {
      await connection.query('ROLLBACK').catch((rollbackError: unknown) => {
        broken = rollbackError instanceof Error ? rollbackError : new Error(String(rollbackError));
      });
      throw error;
    } finally {
      connection.release(broken);
    }
  }

  async listen(channel: string, onNotify: () => void): Promise<() => Promise<void>> {
    const client = await (this.listener ??= this.connectListener());
    let subscribers = this.callbacks.get(channel);
    if (subscribers === undefined) {
      subscribers = new Set();
      this.callbacks.set(channel, subscribers);
      await client.query(`LISTEN ${channel}`);
    }
    subscribers.add(onNotify);
    const registered = subscribers;
    return async () => {
      registered.delete(onNotify);
    };
  }

  async close(): Promise<void> {
    const listener = this.listener;
    this.listener = null;
    if (listener) await (await listener.catch(() => null))?.end().catch(() => undefined);
    await this.pool.end();
  }

  private async connectListener(): Promise<pg.Client> {
    const client = new pg.Client({ connectionString: this.config.connectionString });
    // Notifications only wake subscriptions up early: if this connection dies, the current
    // subscriptions poll, and the next listen() opens a new one.
    client.on('error', () => {
      this.listener = null;
      this.callbacks.clear();
    });
    client.on('notification', (message) => {
      for (const callback of this.callbacks.get(message.channel) ?? []) callback();
    });
    await client.connect();
    return client;
  }
}
