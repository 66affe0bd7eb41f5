import type * as KurrentDb from './kurrentdb/kurrentdb-event-store.adapter';
import { EventStore, type EventStoreOptions } from './event-store';
import { PgPoolSqlClient, type SqlClient } from './sql/sql-client';
import { PGliteSqlClient } from './sql/pglite-sql-client';
import { SqlEventStoreAdapter } from './sql/sql-event-store.adapter';

/** Where a SQL database is: embedded PGlite (a data directory, or memory) or a PostgreSQL server. */
export type SqlDatabaseConfig =
  | Readonly<{ kind: 'embedded'; dataDir?: string }>
  | Readonly<{ kind: 'postgres'; connectionString: string; poolSize?: number }>;

/**
 * Opens a SQL database the event store, its checkpoints, read models and credentials can share
 * (PGlite has one session per data directory, so the embedded mode must share one client).
 */
export const openSqlDatabase = async (config: SqlDatabaseConfig): Promise<SqlClient> =>
  config.kind === 'embedded'
    ? PGliteSqlClient.open(config.dataDir)
    : new PgPoolSqlClient({ connectionString: config.connectionString, poolSize: config.poolSize });

/** Which event store backend to use, and where it is. */
export type EventStoreConfig =
  | Readonly<{
      kind: 'embedded';
      /** PGlite data directory; undefined keeps everything in memory. */
      dataDir?: string;
      /** Schema for the tables (default 'kaoping'). */
      schema?: string;
    }>
  | Readonly<{
      /** A SQL database opened by {@link openSqlDatabase}; the caller keeps it and closes it. */
      kind: 'sql';
      client: SqlClient;
      dialect: 'embedded' | 'postgres';
      schema?: string;
    }>
  | Readonly<{
      kind: 'postgres';
      connectionString: string;
      /** Schema for the tables (default 'kaoping'); created with the tables at startup. */
      schema?: string;
      /** Connections in the pool (default 10), plus one for LISTEN when a subscription runs. */
      poolSize?: number;
    }>
  | Readonly<{ kind: 'kurrentdb'; connectionString: string }>;

/**
 * Opens the configured backend (running the idempotent migrations of the SQL ones) and wraps
 * it in an {@link EventStore}. Call `close()` on shutdown.
 */
export const createEventStore = async (
  config: EventStoreConfig,
  options: EventStoreOptions = {},
): Promise<EventStore> => {
  switch (config.kind) {
    case 'embedded': {
      const client = await PGliteSqlClient.open(config.dataDir);
      const adapter = await SqlEventStoreAdapter.open(client, { kind: 'embedded', schema: config.schema }).catch(
        async (error: unknown) => {
          await client.close();
          throw error;
        },
      );
      return new EventStore(adapter, options);
    }
    case 'postgres': {
      const client = new PgPoolSqlClient({ connectionString: config.connectionString, poolSize: config.poolSize });
      const adapter = await SqlEventStoreAdapter.open(client, { kind: 'postgres', schema: config.schema }).catch(
        async (error: unknown) => {
          await client.close();
          throw error;
        },
      );
      return new EventStore(adapter, options);
    }
    case 'sql': {
      const adapter = await SqlEventStoreAdapter.open(config.client, {
        kind: config.dialect,
        schema: config.schema,
        ownsClient: false,
      });
      return new EventStore(adapter, options);
    }
    case 'kurrentdb': {
      // Loaded only here: KurrentDB's client (gRPC) costs an embedded or PostgreSQL process ~28 MB.
      const { KurrentDbEventStoreAdapter } = require('./kurrentdb/kurrentdb-event-store.adapter') as typeof KurrentDb;
      return new EventStore(KurrentDbEventStoreAdapter.connect(config.connectionString), options);
    }
  }
};
