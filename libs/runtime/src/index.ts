export { loadConfig, loadConfigOrExit, dataDirProblem, InvalidConfigError, CONFIG_VARIABLES } from './config';
export type { KaopingConfig, ConfigProblem, ConfigPurpose, EventStoreKind, LogFormat, LogLevel } from './config';
export { createLogger } from './logger';
export { ConfigModule } from './config.module';
export { EventStoreModule, openDatabase, openEventStore, sqlDatabaseConfigOf } from './event-store.module';
export type { SqlDatabase } from './event-store.module';
export { RedisModule } from './redis.module';
export type { OptionalRedis } from './redis.module';
export { KAOPING_CONFIG, EVENT_STORE, SQL_DATABASE, REDIS } from './tokens';
