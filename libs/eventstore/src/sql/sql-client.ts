import pg from 'pg';

export type SqlParam = string | number | boolean | null;
export type SqlRow = Readonly<Record<string, unknown>>;

export interface SqlQueryable {
  query(sql: string, params?: readonly SqlParam[]): Promise<readonly SqlRow[]>;
}

/**
 * The little the SQL event store needs from a PostgreSQL driver, so that one implementation
 * serves both the pg pool (server) and PGlite (embedded).
 */
export interface SqlClient extends SqlQueryable {
  /** Runs `work` in one READ COMMITTED transaction on one connection; rolls back if it throws. */
  transaction<T>(work: (tx: SqlQueryable) => Promise<T>): Promise<T>;
  /** LISTEN on `channel` (a lower-case identifier); returns the function that stops listening. */
  listen(channel: string, onNotify: () => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

const BEGIN = 'BEGIN ISOLATION LEVEL READ COMMITTED';

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

  async transaction<T>(work: (tx: SqlQueryable) => Promise<T>): Promise<T> {
    const connection = await this.pool.connect();
    let broken: Error | undefined;
    try {
      await connection.query(BEGIN);
      const tx: SqlQueryable = {
        query: async (sql, params = []) => (await connection.query<SqlRow>(sql, [...params])).rows,
      };
      const result = await work(tx);
      await connection.query('COMMIT');
      return result;
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
    // Notifications only wake subscriptions up early; if this connection dies they poll.
    client.on('error', () => undefined);
    client.on('notification', (message) => {
      for (const callback of this.callbacks.get(message.channel) ?? []) callback();
    });
    await client.connect();
    return client;
  }
}
