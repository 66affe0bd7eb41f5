import { Global, Inject, Injectable, Module, type OnApplicationShutdown } from '@nestjs/common';
import {
  createEventStore,
  openSqlDatabase,
  type EventStore,
  type SqlClient,
  type SqlDatabaseConfig,
} from '@kaoping/eventstore';
import type { KaopingConfig } from './config';
import { EVENT_STORE, KAOPING_CONFIG, SQL_DATABASE } from './tokens';

/** The SQL database of read models, checkpoints and credentials; on the SQL stores, the events' own. */
export type SqlDatabase = Readonly<{ client: SqlClient; dialect: 'embedded' | 'postgres' }>;

/**
 * Where the SQL database is: the store's own for embedded and postgres; for KurrentDB, PostgreSQL
 * when DATABASE_URL is set, else PGlite in DATA_DIR.
 */
export function sqlDatabaseConfigOf(config: KaopingConfig): SqlDatabaseConfig {
  const server = config.eventStore === 'postgres' || (config.eventStore === 'kurrentdb' && config.databaseUrl);
  return server && config.databaseUrl
    ? { kind: 'postgres', connectionString: config.databaseUrl }
    : { kind: 'embedded', dataDir: config.dataDir };
}

export async function openDatabase(config: KaopingConfig): Promise<SqlDatabase> {
  const where = sqlDatabaseConfigOf(config);
  return { client: await openSqlDatabase(where), dialect: where.kind };
}

/** Opens the configured event store; the SQL stores keep their events in `database`. */
export function openEventStore(config: KaopingConfig, database: SqlDatabase): Promise<EventStore> {
  switch (config.eventStore) {
    case 'embedded':
    case 'postgres':
      return createEventStore({ kind: 'sql', client: database.client, dialect: database.dialect, schema: config.databaseSchema });
    case 'kurrentdb':
      return createEventStore({ kind: 'kurrentdb', connectionString: config.kurrentdbUrl ?? '' });
  }
}

@Injectable()
class StorageLifecycle implements OnApplicationShutdown {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(SQL_DATABASE) private readonly database: SqlDatabase,
  ) {}

  async onApplicationShutdown(): Promise<void> {
    await this.store.close();
    await this.database.client.close();
  }
}

/**
 * Provides the SQL database under {@link SQL_DATABASE} and the configured {@link EventStore} under
 * {@link EVENT_STORE}; closes both on shutdown (the store first).
 */
@Global()
@Module({
  providers: [
    { provide: SQL_DATABASE, inject: [KAOPING_CONFIG], useFactory: openDatabase },
    { provide: EVENT_STORE, inject: [KAOPING_CONFIG, SQL_DATABASE], useFactory: openEventStore },
    StorageLifecycle,
  ],
  exports: [EVENT_STORE, SQL_DATABASE],
})
export class EventStoreModule {}
