import { Module, type DynamicModule } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { ProjectionsModule } from '@kaoping/projections';
import { ConfigModule, EventStoreModule, ReactionsModule, RedisModule, type KaopingConfig } from '@kaoping/runtime';
import { PhaseJobsModule } from './jobs/phase-jobs.module';

/** The headless worker: projections, scheduled jobs and the reactions to the log (over the EventBus). No HTTP server. */
@Module({})
export class WorkerModule {
  static forRoot(config: KaopingConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        ConfigModule.forRoot(config),
        EventStoreModule,
        RedisModule,
        CqrsModule.forRoot(),
        ReactionsModule.forRoot({ process: 'worker' }),
        PhaseJobsModule,
        ProjectionsModule.forRoot({ run: true }),
      ],
    };
  }
}
