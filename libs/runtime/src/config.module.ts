import { Global, Module, type DynamicModule } from '@nestjs/common';
import type { KaopingConfig } from './config';
import { KAOPING_CONFIG } from './tokens';

/** Makes the already-validated configuration injectable as {@link KAOPING_CONFIG}. */
@Global()
@Module({})
export class ConfigModule {
  static forRoot(config: KaopingConfig): DynamicModule {
    return { module: ConfigModule, providers: [{ provide: KAOPING_CONFIG, useValue: config }], exports: [KAOPING_CONFIG] };
  }
}
