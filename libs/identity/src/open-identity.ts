import type { EventStore } from '@kaoping/eventstore';
import { openDatabase, openEventStore, type KaopingConfig } from '@kaoping/runtime';
import type { CredentialStore } from './credentials/credential-store.port';
import { SqlCredentialStore } from './credentials/sql-credential-store';

/** The event store and the credential store a process config selects, for plain scripts (the CLI). */
export type IdentityStores = Readonly<{ store: EventStore; credentials: CredentialStore; close: () => Promise<void> }>;

/** Opens the process's SQL database, its event store and its credentials table; `close` closes all. */
export const openIdentityStores = async (config: KaopingConfig): Promise<IdentityStores> => {
  const database = await openDatabase(config);
  try {
    const store = await openEventStore(config, database);
    const credentials = await SqlCredentialStore.open(database.client, config.databaseSchema);
    return {
      store,
      credentials,
      close: async () => {
        await store.close();
        await database.client.close();
      },
    };
  } catch (error: unknown) {
    await database.client.close();
    throw error;
  }
};
