import { Module, type DynamicModule } from '@nestjs/common';
import { ProjectionsModule } from '@kaoping/projections';
import type { KaopingConfig } from '@kaoping/runtime';
import { QueriesController } from './queries.controller';

/** The query endpoints; with RUN_WORKER (the default) this process also runs the projections. */
@Module({})
export class QueriesModule {
  static forRoot(config: KaopingConfig): DynamicModule {
    return { module: QueriesModule, imports: [ProjectionsModule.forRoot({ run: config.runWorker })], controllers: [QueriesController] };
  }
}
