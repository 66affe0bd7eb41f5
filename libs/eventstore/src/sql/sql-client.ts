import { createHash } from 'node:crypto';
import pg from 'pg';

export type SqlParam = string | number | boolean | null | readonly (string | number | null)[];
export type SqlRow = Readonly<Record<string, unknown>>;
/** A row as the values of its columns in select order. */
export type SqlArrayRow = readonly unknown[];

export interface SqlQueryable {
  query(sql: string, params?: readonly SqlParam[]): Promise<readonly SqlRow[]>;
  /**
   * Present on a client that can keep a statement parsed and planned on the server (see
   * {@link SqlClient.preparedQuery}); absent on a transaction's or a session's connection. Read
   * through {@link queryPrepared}, which names the statement.
   */
  preparedQuery?(name: string, sql: string, params: readonly SqlParam[]): Promise<readonly SqlRow[]>;
  /**
   * Writes `rows` into `table`'s `columns` (in that order) with COPY … FROM STDIN: each value the
   * text its column's type reads, or null. No parameters to bind and no array to take apart: the
   * bulk writer's way (a rebuild writes a row per event). No ON CONFLICT: the rows must be new.
   */
  copyRows(table: string, columns: readonly string[], rows: readonly CopyRow[]): Promise<void>;
}

/** A row for {@link SqlQueryable.copyRows}: each column's value as the text its type reads, or null. */
export type CopyRow = readonly (string | null)[];

const COPY_SPECIAL = /[\\\t\n\r\u0000]/;
const COPY_ESCAPES: Readonly<Record<string, string>> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

/**
 * Rows as COPY's text format: values separated by tabs, rows ended by a newline, NULL as `\N`,
 * and a backslash, tab, newline or carriage return in a value escaped with a backslash. NUL cannot
 * occur in PostgreSQL text, so it is refused.
 */
export const copyText = (rows: readonly CopyRow[]): string => {
  let text = '';
  for (const row of rows) {
    for (let i = 0; i < row.length; i++) {
      const value = row[i];
      if (i > 0) text += '\t';
      if (value === null || value === undefined) text += '\\N';
      else if (!COPY_SPECIAL.test(value)) text += value;
      else if (value.includes('\u0000')) throw new Error('a NUL character cannot be stored in PostgreSQL text');
      else text += value.replace(/[\\\t\n\r]/g, (c) => COPY_ESCAPES[c] ?? c);
    }
    text += '\n';
  }
  return text;
};

/** `COPY "schema".table (columns) FROM <source>`: the table as given (already quoted), the columns as identifiers. */
export const copyStatement = (table: string, columns: readonly string[], source: string): string => {
  for (const column of columns) if (!/^[a-z_][a-z0-9_]*$/.test(column)) throw new Error(`${column} is not a column name`);
  return `COPY ${table} (${columns.join(', ')}) FROM ${source}`;
};

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
   * object with the columns' names per row, for the hottest statements (an append, a stream's
   * events). A column's value may come as its text (the server adapter) or typed (PGlite): read
   * it with the helpers of sql-row.util, which take both. `settings` hold for this statement
   * only (as SET LOCAL would), in the same round trip.
   */
  preparedArrayQuery(name: string, sql: string, params: readonly SqlParam[], settings?: PlannerSettings): Promise<readonly SqlArrayRow[]>;
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

/** Statement names by text; at most {@link MAX_STATEMENT_NAMES} (a caller building texts from its data would otherwise grow it). */
const statementNames = new Map<string, string>();
const MAX_STATEMENT_NAMES = 1_000;

/** A statement's name on the server: a hash of its text, so that a name always stands for one text (schema included). */
const statementNameOf = (sql: string): string => {
  const known = statementNames.get(sql);
  if (known !== undefined) return known;
  if (statementNames.size >= MAX_STATEMENT_NAMES) statementNames.clear();
  const name = `q_${createHash('sha1').update(sql).digest('hex').slice(0, 24)}`;
  statementNames.set(sql, name);
  return name;
};

/**
 * `db.query`, but kept parsed and planned per connection where `db` can (the server adapter's
 * pool; PGlite takes the call and ignores the name): for a hot read of a fixed text (no values in
 * it) whose plan does not depend on its parameters' values (key lookups). Sent unnamed, the
 * server's CPU was mostly parsing and planning (issue 11, 1,500 runs each on a 1,000-unit county):
 * the live-score page 155 µs against 33 named, the audit entries of an explanation 450 against 85.
 * A statement whose plan does depend on them (`$n IS NULL OR column = $n` filters) is better sent
 * with `query`, which plans it for its values each time. PostgreSQL plans a named statement again
 * when a table it reads is dropped and created anew (a read model's rebuild).
 */
export const queryPrepared = (db: SqlQueryable, sql: string, params: readonly SqlParam[]): Promise<readonly SqlRow[]> =>
  db.preparedQuery === undefined ? db.query(sql, params) : db.preparedQuery(statementNameOf(sql), sql, params);

/** Planner settings for one statement (see {@link SqlClient.preparedArrayQuery}). */
export type PlannerSettings = Readonly<Partial<Record<'enable_sort' | 'enable_bitmapscan', 'on' | 'off'>>>;

/**
 * The statement that puts `settings` in force until the end of the transaction (`set_config(…,
 * true)`: no warning outside BEGIN … COMMIT, unlike SET LOCAL), and its parameters: run just
 * before a statement in the same transaction (an implicit one: the same pipeline before its Sync),
 * they hold for it and lapse after.
 */
export const plannerSettingsStatement = (settings: PlannerSettings): Readonly<{ sql: string; params: string[] }> => {
  const params: string[] = [];
  const calls = Object.entries(settings).map(([name, value]) => `set_config($${params.push(name)}, $${params.push(value)}, true)`);
  return { sql: `SELECT ${calls.join(', ')}`, params };
};

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
    if (i > 0) literal += ',';
    literal += arrayElement(values[i] ?? '');
  }
  return `${literal}}`;
};

const arrayElement = (value: string): string =>
  QUOTE_OR_BACKSLASH.test(value) ? `"${value.replace(/[\\"]/g, '\\$&')}"` : `"${value}"`;

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

/** The part of a pg connection that {@link TextRowsQuery} drives (pg's own Query does the same). */
type PgConnection = Readonly<{
  stream: Readonly<{ cork?: () => void; uncork?: () => void }>;
  parsedStatements: Record<string, string | undefined>;
  submittedNamedStatements: Record<string, string | undefined>;
  parse: (query: Readonly<{ text: string; name: string; types: readonly number[] }>) => void;
  query: (text: string) => void;
  sendCopyFromChunk: (chunk: Buffer) => void;
  endCopyFrom: () => void;
  bind: (config: Readonly<{ portal: string; statement: string; values: readonly (string | null)[]; binary: boolean }>) => void;
  execute: (config: Readonly<{ portal: string; rows: number }>) => void;
  sync: () => void;
  sendCopyFail: (message: string) => void;
}>;

const isPgConnection = (value: unknown): value is PgConnection =>
  typeof value === 'object' &&
  value !== null &&
  'parsedStatements' in value &&
  'submittedNamedStatements' in value &&
  'bind' in value &&
  typeof value.bind === 'function';

/** A parameter as the text the server is sent (pg's conversion of the few kinds {@link SqlParam} has). */
const paramText = (value: SqlParam): string | null => {
  if (value === null) return null;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return `{${value.map((item) => (item === null ? 'NULL' : arrayElement(String(item)))).join(',')}}`;
};

/**
 * A named prepared statement run on a pg connection without pg's Query: Parse once per
 * connection, then Bind, Execute and Sync, but no Describe. The caller knows the columns, so no
 * row description is asked for, sent or read, no parser per column is looked up, and pg does not
 * copy the query's configuration: each row comes as the texts of its columns (null for NULL).
 * The protocol is the one pg's Query follows for a named statement (pg calls these handlers).
 */
class TextRowsQuery {
  private readonly rows: (string | null)[][] = [];
  /** Statements whose rows are not the answer, still to complete (the prelude's). */
  private preludes: number;

  constructor(
    readonly name: string,
    readonly text: string,
    private readonly values: readonly (string | null)[],
    readonly callback: (error: unknown, rows?: readonly SqlArrayRow[]) => void,
    /** An unnamed statement run first in the same implicit transaction (before the one Sync), e.g. planner settings. */
    private readonly prelude?: Readonly<{ sql: string; params: readonly string[] }>,
  ) {
    this.preludes = prelude === undefined ? 0 : 1;
  }

  /** Sends the statement; an error returned (as pg's Query does) fails the query without sending anything. */
  submit(connection: pg.Connection): Error | null {
    if (!isPgConnection(connection)) return new Error('the pg connection lacks what a prepared statement needs');
    connection.stream.cork?.();
    try {
      if (this.prelude !== undefined) {
        connection.parse({ text: this.prelude.sql, name: '', types: [] });
        connection.bind({ portal: '', statement: '', values: this.prelude.params, binary: false });
        connection.execute({ portal: '', rows: 0 });
      }
      if (connection.parsedStatements[this.name] === undefined && connection.submittedNamedStatements[this.name] === undefined) {
        connection.parse({ text: this.text, name: this.name, types: [] });
        connection.submittedNamedStatements[this.name] = this.text;
      }
      connection.bind({ portal: '', statement: this.name, values: this.values, binary: false });
      connection.execute({ portal: '', rows: 0 });
      connection.sync();
    } finally {
      connection.stream.uncork?.();
    }
    return null;
  }

  handleDataRow(message: Readonly<{ fields: (string | null)[] }>): void {
    if (this.preludes === 0) this.rows.push(message.fields);
  }

  handleReadyForQuery(): void {
    this.callback(null, this.rows);
  }

  handleError(error: unknown): void {
    this.callback(error);
  }

  handleCopyInResponse(connection: pg.Connection): void {
    if (isPgConnection(connection)) connection.sendCopyFail('no COPY here');
  }

  handleRowDescription(): void {}
  handleCommandComplete(): void {
    if (this.preludes > 0) this.preludes -= 1;
  }
  handleEmptyQuery(): void {}
  handlePortalSuspended(): void {}
  handleCopyData(): void {}
}

/**
 * COPY … FROM STDIN on a pg connection (the protocol pg-copy-streams follows): the statement, then,
 * once the server asks for the data, the text in one CopyData and CopyDone.
 */
class CopyInQuery {
  constructor(
    private readonly statement: string,
    private readonly text: string,
    private readonly callback: (error: unknown) => void,
  ) {}

  submit(connection: pg.Connection): Error | null {
    if (!isPgConnection(connection)) return new Error('the pg connection lacks what COPY needs');
    connection.query(this.statement);
    return null;
  }

  handleCopyInResponse(connection: pg.Connection): void {
    if (!isPgConnection(connection)) return;
    connection.sendCopyFromChunk(Buffer.from(this.text, 'utf8'));
    connection.endCopyFrom();
  }

  // pg drops a query once it has answered an error: the ReadyForQuery after it is not passed on.
  handleError(error: unknown): void {
    this.callback(error);
  }

  handleReadyForQuery(): void {
    this.callback(undefined);
  }

  handleRowDescription(): void {}
  handleDataRow(): void {}
  handleCommandComplete(): void {}
  handleEmptyQuery(): void {}
  handlePortalSuspended(): void {}
  handleCopyData(): void {}
}

/** Runs COPY … FROM STDIN with `rows` on a connection that is not running anything else. */
const copyOn = (client: pg.ClientBase, table: string, columns: readonly string[], rows: readonly CopyRow[]): Promise<void> => {
  if (rows.length === 0) return Promise.resolve();
  const statement = copyStatement(table, columns, 'STDIN');
  const text = copyText(rows);
  return new Promise<void>((resolve, reject) => {
    client.query(new CopyInQuery(statement, text, (error) => (error === undefined ? resolve() : reject(error))));
  });
};

const NO_PARALLEL_PLANS = 'SET max_parallel_workers_per_gather = 0';

/** {@link SqlClient} over a pg pool, with one extra dedicated connection for LISTEN. */
export class PgPoolSqlClient implements SqlClient {
  private readonly pool: pg.Pool;
  private listener: Promise<pg.Client> | null = null;
  private readonly callbacks = new Map<string, Set<() => void>>();

  constructor(private readonly config: Readonly<{ connectionString: string; poolSize?: number }>) {
    // No parallel plans on our connections. Every query here is short (a stream's events, a page of
    // the log, a read model's rows), and the planner, misled by a stream id's estimated rows (16,535
    // in a 3,000-township year, against 1,300 at most), chose parallel scans whose workers took
    // 10-30 ms to start: two such reads made each command of a province 60-70 ms instead of 5
    // (issue 11). A session setting, run by the pool on each new connection before lending it out
    // (a connection that cannot take it is not lent), so that it composes with whatever the
    // connection string sets.
    this.pool = new pg.Pool({
      connectionString: config.connectionString,
      max: config.poolSize ?? 10,
      onConnect: async (client: pg.ClientBase) => {
        await client.query(NO_PARALLEL_PLANS);
      },
    });
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

  /** Rows as the texts of their columns (see {@link TextRowsQuery}). */
  async preparedArrayQuery(name: string, sql: string, params: readonly SqlParam[], settings?: PlannerSettings): Promise<readonly SqlArrayRow[]> {
    const prelude = settings === undefined ? undefined : plannerSettingsStatement(settings);
    return this.lent(
      (connection) =>
        new Promise<readonly SqlArrayRow[]>((resolve, reject) => {
          connection.query(
            new TextRowsQuery(name, sql, params.map(paramText), (error, rows) => (rows === undefined ? reject(error) : resolve(rows)), prelude),
          );
        }),
    );
  }

  async copyRows(table: string, columns: readonly string[], rows: readonly CopyRow[]): Promise<void> {
    return this.lent((connection) => copyOn(connection, table, columns, rows));
  }

  /** Runs `work` on a connection of the pool, lent for it alone. */
  private async lent<T>(work: (connection: pg.PoolClient) => Promise<T>): Promise<T> {
    const connection = await this.pool.connect();
    let failure: Error | undefined;
    // A connection lent out has no listener of its own for a lost socket (pg-pool's query adds one too).
    const onError = (error: Error): void => {
      failure = error;
    };
    connection.once('error', onError);
    try {
      return await work(connection);
    } catch (error: unknown) {
      // As pg-pool's query does: a connection that answered an error is not lent again.
      failure ??= error instanceof Error ? error : new Error(String(error));
      throw error;
    } finally {
      connection.removeListener('error', onError);
      connection.release(failure);
    }
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
        copyRows: (table, columns, rows) => copyOn(connection, table, columns, rows),
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
