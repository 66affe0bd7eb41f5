import { EventStore, type EventStoreOptions } from './event-store';
import { KurrentDbEventStoreAdapter } from './kurrentdb/kurrentdb-event-store.adapter';
import { PgPoolSqlClient } from './sql/sql-client';
import { PGliteSqlClient } from './sql/pglite-sql-client';
import { SqlEventStoreAdapter } from './sql/sql-event-store.adapter';

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
    case 'kurrentdb':
      return new EventStore(KurrentDbEventStoreAdapter.connect(config.connectionString), options);
  }
};
