export { loadConfig, loadConfigOrExit, InvalidConfigError, CONFIG_VARIABLES } from './config';
export type { KaopingConfig, ConfigProblem, EventStoreKind, LogFormat, LogLevel } from './config';
export { createLogger } from './logger';
export { ConfigModule } from './config.module';
export { EventStoreModule, eventStoreConfigOf } from './event-store.module';
export { RedisModule } from './redis.module';
export type { OptionalRedis } from './redis.module';
export { KAOPING_CONFIG, EVENT_STORE, REDIS } from './tokens';
