import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { Global, Inject, Injectable, Module, type OnApplicationShutdown } from '@nestjs/common';
import {
  LogSigner,
  createEventStore,
  openSqlDatabase,
  type EventStore,
  type SqlClient,
  type SqlDatabaseConfig,
} from '@kaoping/eventstore';
import { InvalidConfigError, type KaopingConfig } from './config';
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

/**
 * The key that signs checkpoints of the log head: LOG_SIGNING_KEY, else the file
 * LOG_SIGNING_KEY_FILE (the embedded store creates it, readable by its owner only, on first
 * start), else, for an in-memory embedded store, a key made for this process.
 */
export async function loadLogSigner(config: KaopingConfig): Promise<LogSigner> {
  if (config.logSigningKey !== undefined) return LogSigner.fromPem(config.logSigningKey);
  const file = config.logSigningKeyFile;
  if (file === undefined) return LogSigner.generate();
  let pem: string;
  try {
    pem = await readFile(file, 'utf8');
  } catch (error: unknown) {
    const missing = typeof error === 'object' && error !== null && 'code' in error && error.code === 'ENOENT';
    if (!missing || config.eventStore !== 'embedded') {
      throw new InvalidConfigError([{ variable: 'LOG_SIGNING_KEY_FILE', rule: 'must name a readable file holding the Ed25519 private key', value: file }]);
    }
    const made = LogSigner.generate();
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, made.pem(), { mode: 0o600, flag: 'wx' });
    return made;
  }
  try {
    return LogSigner.fromPem(pem);
  } catch {
    throw new InvalidConfigError([{ variable: 'LOG_SIGNING_KEY_FILE', rule: 'must hold an Ed25519 private key in PKCS#8 PEM', value: file }]);
  }
}

/**
 * Opens the configured event store; the SQL stores keep their events in `database`. `now` is the
 * clock of `recordedAt` (default: the system clock; tests that walk a year move a manual one).
 */
export async function openEventStore(config: KaopingConfig, database: SqlDatabase, clock: Readonly<{ now?: () => Date }> = {}): Promise<EventStore> {
  switch (config.eventStore) {
    case 'embedded':
    case 'postgres':
      return createEventStore(
        { kind: 'sql', client: database.client, dialect: database.dialect, schema: config.databaseSchema },
        { signer: await loadLogSigner(config), ...clock },
      );
    case 'kurrentdb':
      return createEventStore({ kind: 'kurrentdb', connectionString: config.kurrentdbUrl ?? '' }, clock);
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
