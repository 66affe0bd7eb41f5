import { Global, Inject, Injectable, Module, type OnApplicationShutdown } from '@nestjs/common';
import { createEventStore, type EventStore, type EventStoreConfig } from '@kaoping/eventstore';
import type { KaopingConfig } from './config';
import { EVENT_STORE, KAOPING_CONFIG } from './tokens';

/** Maps the process configuration to the event store adapter it selects. */
export function eventStoreConfigOf(config: KaopingConfig): EventStoreConfig {
  switch (config.eventStore) {
    case 'embedded':
      return { kind: 'embedded', dataDir: config.dataDir };
    case 'postgres':
      return { kind: 'postgres', connectionString: config.databaseUrl ?? '', schema: config.databaseSchema };
    case 'kurrentdb':
      return { kind: 'kurrentdb', connectionString: config.kurrentdbUrl ?? '' };
  }
}

@Injectable()
class EventStoreLifecycle implements OnApplicationShutdown {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async onApplicationShutdown(): Promise<void> {
    await this.store.close();
  }
}

/** Provides the configured {@link EventStore} under {@link EVENT_STORE} and closes it on shutdown. */
@Global()
@Module({
  providers: [
    {
      provide: EVENT_STORE,
      inject: [KAOPING_CONFIG],
      useFactory: (config: KaopingConfig): Promise<EventStore> => createEventStore(eventStoreConfigOf(config)),
    },
    EventStoreLifecycle,
  ],
  exports: [EVENT_STORE],
})
export class EventStoreModule {}
