import type { EventStore, SqlClient } from '@kaoping/eventstore';
import { InvalidConfigError, loadConfig, openDatabase, openEventStore } from '@kaoping/runtime';
import type { CliIo } from './cli-io';

/** The event store and SQL database the environment selects (EVENT_STORE, DATA_DIR, DATABASE_URL…). */
export type ConfiguredStore = Readonly<{ store: EventStore; database: SqlClient; schema: string; close: () => Promise<void> }>;

export const openConfiguredStore = async (): Promise<ConfiguredStore> => {
  const config = loadConfig();
  const database = await openDatabase(config);
  const store = await openEventStore(config, database);
  return {
    store,
    database: database.client,
    schema: config.databaseSchema,
    close: async () => {
      await store.close();
      // The SQL database is opened here, so it is closed here (the store does not own it).
      await database.client.close();
    },
  };
};

/**
 * Runs `work` on what `open` opens and closes it after; a bad configuration is told on stderr
 * (naming the variable) and answered with `usageExit` instead of a stack trace.
 */
export const withOpened = async <T extends Readonly<{ close: () => Promise<void> }>>(
  input: Readonly<{ io: CliIo; open: () => Promise<T>; usageExit: number; work: (opened: T) => Promise<number> }>,
): Promise<number> => {
  let opened: T;
  try {
    opened = await input.open();
  } catch (error: unknown) {
    if (error instanceof InvalidConfigError) {
      input.io.err(error.message);
      return input.usageExit;
    }
    throw error;
  }
  try {
    return await input.work(opened);
  } finally {
    await opened.close();
  }
};
