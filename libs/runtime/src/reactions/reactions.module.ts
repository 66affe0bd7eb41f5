import { Inject, Injectable, Logger, Module, type DynamicModule, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { PUBLICATION_EVENT_TYPE, startLogSealer, type EventStore, type LogSealer, type RecordedEvent } from '@kaoping/eventstore';
import type { KaopingConfig } from '../config';
import { EVENT_STORE, KAOPING_CONFIG } from '../tokens';
import { LogReaction, ReactsTo } from './log-reaction';
import { REACTION_FEED_OPTIONS, ReactionFeed, type ReactionFeedOptions } from './reaction-feed';

/** Which app this is. */
export type AppProcess = 'worker' | 'api';

/**
 * Whether this process does the background work (reactions, projections, phase jobs, sealing):
 * the worker always, the API when RUN_WORKER is true (embedded PGlite opens in one process only).
 */
export const runsBackgroundWork = (process: AppProcess, config: KaopingConfig): boolean => process === 'worker' || config.runWorker;

const SEALING = Symbol('SEALING');
type Sealing = Readonly<{ process: AppProcess }>;

/** The log sealer where the background work runs, on the stores with a global chain (not KurrentDB). */
@Injectable()
class LogSealing implements OnModuleInit, OnApplicationShutdown {
  private sealer: LogSealer | undefined;

  constructor(
    @Inject(SEALING) private readonly sealing: Sealing,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(KAOPING_CONFIG) private readonly config: KaopingConfig,
  ) {}

  /** Started before any reaction runs (every onModuleInit comes before the feed's bootstrap). */
  onModuleInit(): void {
    if (!runsBackgroundWork(this.sealing.process, this.config) || this.config.eventStore === 'kurrentdb') return;
    const logger = new Logger('LogSealer');
    this.sealer = startLogSealer(this.store, {
      onError: (error) => logger.error(`sealing the log failed: ${error instanceof Error ? error.message : String(error)}`),
    });
  }

  /** Nothing to seal where no sealer runs (KurrentDB keeps no global chain). */
  async sealPublication(event: RecordedEvent): Promise<void> {
    await this.sealer?.sealPublication(event);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.sealer?.stop();
  }
}

/** Each publication of results is sealed by a signed checkpoint covering it. */
@ReactsTo(PUBLICATION_EVENT_TYPE)
class PublicationSealed extends LogReaction {
  constructor(private readonly sealing: LogSealing) {
    super();
  }

  protected react(event: RecordedEvent): Promise<void> {
    return this.sealing.sealPublication(event);
  }
}

/**
 * The in-process reactions to the log: one checkpointed subscription ({@link ReactionFeed},
 * checkpoint `reactions`) publishes each event on the @nestjs/cqrs EventBus, and every
 * `@ReactsTo` {@link LogReaction} provider of the app handles it; the log sealer is one of them.
 * Needs `CqrsModule.forRoot()` (imported once by the app), the EventStoreModule and ConfigModule.
 */
@Module({})
export class ReactionsModule {
  static forRoot(options: Readonly<{ process: AppProcess } & Omit<ReactionFeedOptions, 'runs'>>): DynamicModule {
    const { process, ...feed } = options;
    return {
      module: ReactionsModule,
      imports: [DiscoveryModule],
      providers: [
        { provide: SEALING, useValue: { process } },
        {
          provide: REACTION_FEED_OPTIONS,
          inject: [KAOPING_CONFIG],
          useFactory: (config: KaopingConfig): ReactionFeedOptions => ({ ...feed, runs: runsBackgroundWork(process, config) }),
        },
        ReactionFeed,
        LogSealing,
        PublicationSealed,
      ],
      exports: [ReactionFeed],
    };
  }
}
