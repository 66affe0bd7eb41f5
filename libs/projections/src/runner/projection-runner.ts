import type { EventStore, RecordedEvent, SqlClient, Subscription } from '@kaoping/eventstore';
import { TransactionalCheckpoints, loadCheckpoint, migrateCheckpoints, saveCheckpoint } from './checkpoint.persistence';
import type { Projection } from './projection';

export type ProjectionRunnerOptions = Readonly<{
  store: EventStore;
  database: SqlClient;
  schema: string;
  projections: readonly Projection[];
  batchSize?: number;
  pollIntervalMs?: number;
  /** How long to wait before restarting a subscription that failed (default 1 s). */
  restartDelayMs?: number;
  onError?: (projection: string, error: unknown) => void;
}>;

/** Applies one batch and its checkpoint in one transaction; keeps or drops the projection's staged memory accordingly. */
export const applyBatch = async (
  input: Readonly<{ database: SqlClient; schema: string; projection: Projection; batch: readonly RecordedEvent[] }>,
): Promise<void> => {
  const { database, schema, projection, batch } = input;
  const last = batch.at(-1);
  if (last === undefined) return;
  try {
    await projection.prepare?.(batch);
    await database.transaction(async (tx) => {
      await projection.apply(batch, tx);
      await saveCheckpoint(tx, { schema, projection: projection.name, position: last.globalPosition });
    });
  } catch (error: unknown) {
    projection.discarded?.();
    throw error;
  }
  projection.committed?.();
};

/**
 * Runs each projection on its own catch-up subscription. Every batch is applied together with
 * its checkpoint in one transaction, so each event changes a read model exactly once; a failed
 * subscription is restarted from its checkpoint after a pause.
 */
export class ProjectionRunner {
  private readonly subscriptions = new Map<string, Subscription>();
  private stopping = false;
  private started = false;
  private readonly restarts = new Set<ReturnType<typeof setTimeout>>();

  constructor(private readonly options: ProjectionRunnerOptions) {}

  get projections(): readonly Projection[] {
    return this.options.projections;
  }

  /** Creates the tables, then subscribes every projection from its checkpoint. */
  async start(): Promise<void> {
    if (this.started) return;
    this.started = true;
    const { database, schema } = this.options;
    await migrateCheckpoints(database, schema);
    for (const projection of this.options.projections) await projection.migrate(database);
    for (const projection of this.options.projections) this.subscribe(projection);
  }

  /** Resolves when every projection has handled every event up to `position`. */
  async caughtUpTo(position: bigint, names?: readonly string[]): Promise<void> {
    const wanted = this.options.projections.filter((p) => names === undefined || names.includes(p.name));
    await Promise.all(wanted.map((p) => this.waitFor(p.name, position)));
  }

  /** Whether this process runs the projection (else another process does). */
  runs(name: string): boolean {
    return this.subscriptions.has(name);
  }

  async stop(): Promise<void> {
    this.stopping = true;
    for (const timer of this.restarts) clearTimeout(timer);
    this.restarts.clear();
    await Promise.all([...this.subscriptions.values()].map((s) => s.stop()));
  }

  /** The committed checkpoint of a projection (null before its first batch). */
  position(name: string): Promise<bigint | null> {
    return loadCheckpoint(this.options.database, { schema: this.options.schema, projection: name });
  }

  private async waitFor(name: string, position: bigint): Promise<void> {
    // A subscription restarted after a failure is a new object: wait on the current one.
    for (;;) {
      const subscription = this.subscriptions.get(name);
      if (subscription === undefined) throw new Error(`projection ${name} does not run in this process`);
      try {
        await subscription.caughtUpTo(position);
        return;
      } catch (error: unknown) {
        if (this.stopping || this.subscriptions.get(name) === subscription) throw error;
      }
    }
  }

  private subscribe(projection: Projection): void {
    const { store, database, schema } = this.options;
    const subscription = store.subscribe({
      subscriptionId: projection.name,
      filter: projection.filter,
      checkpoints: new TransactionalCheckpoints(database, schema),
      batchSize: this.options.batchSize ?? 500,
      pollIntervalMs: this.options.pollIntervalMs ?? 500,
      handle: (batch) => applyBatch({ database, schema, projection, batch }),
    });
    this.subscriptions.set(projection.name, subscription);
    void subscription.ended.then((end) => {
      if (end.kind !== 'failed' || this.stopping) return;
      this.options.onError?.(projection.name, end.error);
      const timer = setTimeout(() => {
        this.restarts.delete(timer);
        if (!this.stopping) this.subscribe(projection);
      }, this.options.restartDelayMs ?? 1000);
      this.restarts.add(timer);
    });
  }
}
