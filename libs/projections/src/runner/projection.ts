import type { AllFilter, EventStore, RecordedEvent, SqlQueryable } from '@kaoping/eventstore';
import type { CycleFolds } from '../cycle-views/cycle-views';

/** Where a projection writes and what it may read besides its batch. */
export type ProjectionContext = Readonly<{
  /** The SQL schema of the read models (the configured DATABASE_SCHEMA). */
  schema: string;
  /** The event store, for projections that need history before their first batch (a cycle's fold). */
  store: EventStore;
  /** Cycle folds shared with the other read models of the process (one of their own when absent). */
  folds?: CycleFolds;
}>;

/**
 * A read model fed by the log: which events it takes, and how a batch of them changes its rows.
 * `apply` runs inside the runner's transaction, together with the checkpoint upsert, so a batch
 * is applied exactly once or not at all. A projection that keeps state in memory between batches
 * stages it in `apply` and keeps it only when the runner calls `committed()`.
 */
export interface Projection {
  readonly name: string;
  readonly filter: AllFilter;
  /** The tables it owns, dropped by a rebuild. */
  readonly tables: readonly string[];
  /** Creates its tables and indexes (idempotent). */
  migrate(db: SqlQueryable): Promise<void>;
  /**
   * Reads what `apply` will need from the store, before the transaction opens (on embedded
   * PGlite, one session: a read inside the transaction would wait for it forever).
   */
  prepare?(batch: readonly RecordedEvent[]): Promise<void>;
  apply(batch: readonly RecordedEvent[], tx: SqlQueryable): Promise<void>;
  /** The transaction of the last `apply` committed. */
  committed?(): void;
  /** The transaction of the last `apply` rolled back: forget what it staged. */
  discarded?(): void;
  /**
   * A rebuild from position 0 begins (before `migrate` creates its tables again): the projection may
   * defer work that only the last state needs (live scores fold every batch and score each category
   * once, in `finishRebuild`; the audit trail indexes its rows once they are all written).
   */
  beginRebuild?(): void;
  /** The rebuild read the whole log: write what was deferred (in the rebuild's last transaction). */
  finishRebuild?(tx: SqlQueryable): Promise<void>;
}

/** The streams of the evaluation lifecycle (cycle-, unit-, proposal-, appeal-, results-, rectification-). */
export const EVALUATION_STREAMS: AllFilter = {
  streamPrefixes: ['cycle-', 'unit-', 'proposal-', 'appeal-', 'results-', 'rectification-'],
};

/** Whether an event passes a subscription filter (as the store applies it). */
export const matchesFilter = (filter: AllFilter, event: RecordedEvent): boolean =>
  (filter.streamPrefixes === undefined || filter.streamPrefixes.some((prefix) => event.streamId.startsWith(prefix))) &&
  (filter.eventTypes === undefined || filter.eventTypes.includes(event.type));
