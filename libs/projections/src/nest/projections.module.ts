import { Inject, Injectable, Logger, Module, type DynamicModule, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { EventStore } from '@kaoping/eventstore';
import { EVENT_STORE, KAOPING_CONFIG, SQL_DATABASE, releaseReplayGarbage, type KaopingConfig, type SqlDatabase } from '@kaoping/runtime';
import { readModelProjections } from '../read-models';
import { ProjectionRunner } from '../runner/projection-runner';
import { PROJECTION_RUNNER } from './projections.tokens';
import { ReadModelsService } from './read-models.service';

/** A catch-up over at least this many events leaves enough garbage (~10 MiB per 1,000) to collect at its end. */
const LONG_CATCH_UP = 5_000n;

/**
 * Starts the runner once the application is up, stops it (waiting for the batch in flight) on
 * shutdown. After a long catch-up (a restart behind the log, a rebuild), returns the heap the
 * replay left to the operating system (see releaseReplayGarbage).
 */
@Injectable()
class ProjectionsLifecycle implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('projections');

  constructor(
    @Inject(PROJECTION_RUNNER) private readonly runner: ProjectionRunner | null,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(SQL_DATABASE) private readonly database: SqlDatabase,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const runner = this.runner;
    if (runner === null) return;
    await runner.start();
    this.logger.log(`projections running: ${runner.projections.map((p) => p.name).join(', ')}`);
    // Read just after the start: a batch or two may already be in, which does not matter here.
    const head = await this.store.headPosition();
    const checkpoints = await Promise.all(runner.projections.map((p) => runner.position(p.name)));
    const behind = checkpoints.reduce<bigint>((most, at) => (head - (at ?? 0n) > most ? head - (at ?? 0n) : most), 0n);
    if (behind < LONG_CATCH_UP) return;
    void runner
      .caughtUpTo(head)
      .then(async () => {
        // The embedded database's worker held every row of the replay on their way out.
        await this.database.client.releaseMemory?.();
        const { beforeMiB, afterMiB } = releaseReplayGarbage();
        this.logger.log(`projections caught up over ${behind} events; heap ${beforeMiB.toFixed(0)} → ${afterMiB.toFixed(0)} MiB`);
      })
      .catch(() => undefined); // stopped or failed first (the runner reports it), or shut down meanwhile
  }

  async onApplicationShutdown(): Promise<void> {
    await this.runner?.stop();
  }
}

/**
 * The read models in a Nest application. `forRoot({ run: true })` runs the projections in this
 * process (the worker; the API when RUN_WORKER is true); `run: false` only reads them.
 * Needs the runtime's EventStoreModule (EVENT_STORE, SQL_DATABASE) and ConfigModule.
 */
@Module({})
export class ProjectionsModule {
  static forRoot(options: Readonly<{ run: boolean }>): DynamicModule {
    return {
      module: ProjectionsModule,
      providers: [
        {
          provide: PROJECTION_RUNNER,
          inject: [EVENT_STORE, SQL_DATABASE, KAOPING_CONFIG],
          useFactory: (store: EventStore, database: SqlDatabase, config: KaopingConfig): ProjectionRunner | null => {
            if (!options.run) return null;
            const logger = new Logger('projections');
            return new ProjectionRunner({
              store,
              database: database.client,
              schema: config.databaseSchema,
              projections: readModelProjections({ schema: config.databaseSchema, store }),
              onError: (name, error, retry) =>
                logger.error(
                  `projection ${name} STOPPED (attempt ${retry.attempts}; next try in ${Math.round(retry.delayMs / 1000)} s; /health shows it; reads of it answer 503 past this point): ${error instanceof Error ? error.message : String(error)}`,
                ),
              onResumed: (name) => logger.log(`projection ${name} resumed: it applied the event it was stopped at`),
            });
          },
        },
        ProjectionsLifecycle,
        ReadModelsService,
      ],
      exports: [ReadModelsService, PROJECTION_RUNNER],
    };
  }
}
