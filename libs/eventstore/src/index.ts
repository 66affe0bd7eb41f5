export type {
  AllFilter,
  AppendResult,
  AsOf,
  BrokenLink,
  BrokenLinkProblem,
  CheckpointStore,
  EventMetadata,
  ExpectedRevision,
  JsonObject,
  JsonPrimitive,
  JsonValue,
  NewEvent,
  PreparedEvent,
  PrepareEvents,
  ReadAllOptions,
  ReadStreamOptions,
  RecordedEvent,
  StreamTip,
  VerifyReport,
} from './event-store.port';
export type {
  AdapterAppendRequest,
  AdapterAppendResult,
  AdapterReadAllRequest,
  AdapterReadStreamRequest,
  AppendDecision,
  AppendState,
  ChainLink,
  DecideAppend,
  LogLedger,
  EventStoreAdapter,
} from './event-store.adapter';
export { EventStore } from './event-store';
export type { AppendOptions, EventStoreOptions, SealOptions, SealResult, VerifyOptions } from './event-store';
export { LogSigner, checkpointMessage, checkpointSignatureValid } from './seal/log-signer';
export type { SignedCheckpoint, UnsignedCheckpoint } from './seal/log-signer';
export { LOG_GENESIS, logChainHash } from './seal/log-chain.util';
export { GENESIS_HASH, eventHash } from './hash-chain/hash-chain.util';
export { PUBLICATION_EVENT_TYPE, startLogSealer } from './seal/log-sealer';
export type { LogSealer, LogSealerOptions } from './seal/log-sealer';
export type { EventLimits } from './validation/event-validation.util';
export { createEventStore, openSqlDatabase } from './create-event-store';
export type { EventStoreConfig, SqlDatabaseConfig } from './create-event-store';
export {
  AdapterFailureError,
  EventStoreError,
  IdempotencyMismatchError,
  InvalidInputError,
  UnsupportedOperationError,
  WrongExpectedRevisionError,
} from './event-store.errors';
export type { EventStoreErrorCode, EventStoreErrorDetails, Violation } from './event-store.errors';
export type { SubscribeOptions, Subscription, SubscriptionEnd } from './subscriptions/catch-up-subscription';
export { InMemoryCheckpointStore } from './subscriptions/in-memory-checkpoint-store';
export { SqlCheckpointStore } from './sql/sql-checkpoint-store';
export type { SqlClient, SqlParam, SqlQueryable, SqlRow } from './sql/sql-client';
export { queryPrepared, sqlLiteral } from './sql/sql-client';
export { MAX_POSITION } from './sql/sql-event-store.adapter';
export { logPages } from './log-pages';
export { storedDataOf } from './stored-data.util';
