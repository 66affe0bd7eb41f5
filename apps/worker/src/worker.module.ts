import { Module, type DynamicModule } from '@nestjs/common';
import { ProjectionsModule } from '@kaoping/projections';
import { ConfigModule, EventStoreModule, RedisModule, type KaopingConfig } from '@kaoping/runtime';
import { PhaseJobsModule } from './jobs/phase-jobs.module';

/** The headless worker: projections and scheduled jobs. No HTTP server. */
@Module({})
export class WorkerModule {
  static forRoot(config: KaopingConfig): DynamicModule {
    return { module: WorkerModule, imports: [ConfigModule.forRoot(config), EventStoreModule, RedisModule, PhaseJobsModule, ProjectionsModule.forRoot({ run: true })] };
  }
}
