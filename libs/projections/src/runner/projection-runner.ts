import type { EventStore, RecordedEvent, SqlClient, Subscription } from '@kaoping/eventstore';
import { TransactionalCheckpoints, loadCheckpoint, migrateCheckpoints, saveCheckpoint } from './checkpoint.persistence';
import type { Projection } from './projection';
import { ProjectionEventFailed, clearFault, loadFaults, migrateFaults, recordFault } from './projection-faults';

export type ProjectionRunnerOptions = Readonly<{
  store: EventStore;
  database: SqlClient;
  schema: string;
  projections: readonly Projection[];
  batchSize?: number;
  pollIntervalMs?: number;
  /** The first pause before retrying a projection that failed (default 1 s); it doubles with each failure. */
  restartDelayMs?: number;
  /** The longest pause between two attempts (default 60 s). */
  maxRestartDelayMs?: number;
  /** A projection stopped at an event (or failed again there): what, how often, and when it tries next. */
  onError?: (projection: string, error: unknown, retry: Readonly<{ attempts: number; delayMs: number }>) => void;
  /** A projection that had stopped applied the event it was stuck on and runs again. */
  onResumed?: (projection: string) => void;
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

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/**
 * Applies a batch; when it fails, applies its events one at a time (each with its checkpoint) so
 * the events before the bad one are kept and the failure names the event that does not apply.
 */
const applyIsolating = async (input: Readonly<{ database: SqlClient; schema: string; projection: Projection; batch: readonly RecordedEvent[] }>): Promise<void> => {
  try {
    await applyBatch(input);
    return;
  } catch (error: unknown) {
    const [only] = input.batch;
    if (input.batch.length === 1 && only !== undefined) throw new ProjectionEventFailed(input.projection.name, only, error);
  }
  for (const event of input.batch) {
    try {
      await applyBatch({ ...input, batch: [event] });
    } catch (error: unknown) {
      throw new ProjectionEventFailed(input.projection.name, event, error);
    }
  }
};

/**
 * Runs each projection on its own catch-up subscription. Every batch is applied together with
 * its checkpoint in one transaction, so each event changes a read model exactly once. A
 * projection that cannot apply an event stops there: the fault (which event, why, how many
 * attempts) is recorded beside the checkpoints for /health and reported through `onError`, and
 * the subscription is restarted from its checkpoint after a pause that doubles up to
 * `maxRestartDelayMs` — never a silent loop — until the event applies (`onResumed`).
 */
export class ProjectionRunner {
  private readonly subscriptions = new Map<string, Subscription>();
  private stopping = false;
  private started = false;
  private readonly restarts = new Set<ReturnType<typeof setTimeout>>();
  /** Projections with a recorded fault (where, how many attempts), cleared by their next applied batch. */
  private readonly faulted = new Map<string, Readonly<{ position: bigint; attempts: number }>>();

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
    await migrateFaults(database, schema);
    // A fault found by an earlier process is cleared once this one applies past it.
    for (const fault of await loadFaults(database, schema)) {
      if (this.options.projections.some((p) => p.name === fault.projection)) {
        this.faulted.set(fault.projection, { position: BigInt(fault.position), attempts: fault.attempts });
      }
    }
    for (const projection of this.options.projections) await projection.migrate(database);
    for (const projection of this.options.projections) this.subscribe(projection);
  }

  /** Resolves when every projection has handled every event up to `position`. */
  async caughtUpTo(position: bigint, names?: readonly string[]): Promise<void> {
    const wanted = this.options.projections.filter((p) => names === undefined || names.includes(p.name));
    await Promise.all(wanted.map((p) => this.waitFor(p.name, position)));
  }

  /**
   * The position this process's subscription of a projection has committed (its rows and
   * checkpoint in one transaction, or the checkpoint moved past events it takes no interest in):
   * the same as its rm_checkpoints row, without a query. Null where it does not run here or has
   * not loaded its checkpoint yet.
   */
  committedPosition(name: string): bigint | null {
    return this.subscriptions.get(name)?.checkpoint ?? null;
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
      handle: async (batch) => {
        await applyIsolating({ database, schema, projection, batch });
        if (this.faulted.delete(projection.name)) {
          await clearFault(database, { schema, projection: projection.name });
          this.options.onResumed?.(projection.name);
        }
      },
    });
    this.subscriptions.set(projection.name, subscription);
    void subscription.ended.then(async (end) => {
      if (end.kind !== 'failed' || this.stopping) return;
      const { attempts, delayMs } = await this.recordFault(projection, end.error);
      this.options.onError?.(projection.name, end.error, { attempts, delayMs });
      const timer = setTimeout(() => {
        this.restarts.delete(timer);
        if (!this.stopping) this.subscribe(projection);
      }, delayMs);
      this.restarts.add(timer);
    });
  }

  /** Counts the failure, keeps it beside the checkpoints (best effort: the database may be what failed), and says when to retry. */
  private async recordFault(projection: Projection, error: unknown): Promise<Readonly<{ attempts: number; delayMs: number }>> {
    const { database, schema } = this.options;
    const event = error instanceof ProjectionEventFailed ? error.event : undefined;
    const checkpoint = await loadCheckpoint(database, { schema, projection: projection.name }).catch(() => null);
    const position = event?.globalPosition ?? (checkpoint ?? -1n) + 1n;
    const before = this.faulted.get(projection.name);
    const attempts = before !== undefined && before.position === position ? before.attempts + 1 : 1;
    this.faulted.set(projection.name, { position, attempts });
    const delayMs = Math.min((this.options.restartDelayMs ?? 1000) * 2 ** Math.min(attempts - 1, 20), this.options.maxRestartDelayMs ?? 60_000);
    await recordFault(database, {
      schema,
      projection: projection.name,
      position,
      ...(event === undefined ? {} : { event }),
      error: messageOf(error instanceof ProjectionEventFailed ? error.failure : error),
      nextAttemptAt: new Date(Date.now() + delayMs),
    }).catch(() => undefined);
    return { attempts, delayMs };
  }
}
