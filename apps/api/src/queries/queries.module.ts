import { Module, type DynamicModule } from '@nestjs/common';
import { IdentityModule } from '@kaoping/identity';
import { ProjectionsModule } from '@kaoping/projections';
import type { KaopingConfig } from '@kaoping/runtime';
import { MeController } from '../reads/me.controller';
import { ReadsController } from '../reads/reads.controller';
import { QueriesController } from './queries.controller';

/** The query endpoints and the console's reads (apps/api/src/reads); with RUN_WORKER (the default) this process also runs the projections. */
@Module({})
export class QueriesModule {
  static forRoot(config: KaopingConfig): DynamicModule {
    return {
      module: QueriesModule,
      imports: [ProjectionsModule.forRoot({ run: config.runWorker }), IdentityModule],
      controllers: [QueriesController, ReadsController, MeController],
    };
  }
}
