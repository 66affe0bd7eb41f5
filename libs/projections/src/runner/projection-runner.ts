import type { CheckpointStore, EventStore, RecordedEvent, SqlClient, SqlQueryable, SubscribeOptions, Subscription } from '@kaoping/eventstore';
import { TransactionalCheckpoints, loadCheckpoint, migrateCheckpoints, saveCheckpoint, saveCheckpoints } from './checkpoint.persistence';
import { type Projection, matchesFilter } from './projection';
import { ProjectionEventFailed, clearFault, loadFaults, migrateFaults, recordFault } from './projection-faults';

export type ProjectionRunnerOptions = Readonly<{
  store: EventStore;
  database: SqlClient;
  schema: string;
  projections: readonly Projection[];
  /** Events per batch once caught up (default 500). */
  batchSize?: number;
  /** Events per batch at most while behind (default {@link MAX_BATCH_FACTOR} × batchSize; see SubscribeOptions.maxBatchSize). */
  maxBatchSize?: number;
  pollIntervalMs?: number;
  /**
   * The subscriptions' rest after a batch once caught up (see SubscribeOptions.pacing): default
   * {@link DEFAULT_PACING}; `false` for none (every batch as soon as its events commit).
   */
  pacing?: SubscribeOptions['pacing'] | false;
  /** The first pause before retrying a projection that failed (default 1 s); it doubles with each failure. */
  restartDelayMs?: number;
  /** The longest pause between two attempts (default 60 s). */
  maxRestartDelayMs?: number;
  /** A projection stopped at an event (or failed again there): what, how often, and when it tries next. */
  onError?: (projection: string, error: unknown, retry: Readonly<{ attempts: number; delayMs: number }>) => void;
  /** A projection that had stopped applied the event it was stuck on and runs again. */
  onResumed?: (projection: string) => void;
}>;

/**
 * After a batch, rest three times as long as it took (at most 250 ms) before the next: under a
 * steady stream of commands the read models spend at most a quarter of the time on what each batch
 * costs whatever its size (a category of 1,000 units ranked and graded again, its ranking written
 * whole), for at most 250 ms of added lag; a read waiting for a position (minPosition) ends the rest.
 */
export const DEFAULT_PACING = { ratio: 3, maxMs: 250 } as const;

/**
 * How much larger than `batchSize` a batch may grow while the read models are behind: a backlog
 * of a province's corrections (500 a second into ten 1,000-unit categories) is worked off in
 * batches that each rank and write every touched category once, so the cost of a batch is paid
 * once for up to 2,000 events instead of once for 500.
 */
export const MAX_BATCH_FACTOR = 4;

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

/** One projection's part of a batch: the events it takes an interest in and has not applied yet. */
type Slice = Readonly<{ projection: Projection; events: readonly RecordedEvent[] }>;

/**
 * Applies several projections' parts of one batch in one transaction, with every one's checkpoint
 * moved to `position` in one statement; keeps or drops their staged memory accordingly.
 */
const applyTogether = async (input: Readonly<{ database: SqlClient; schema: string; slices: readonly Slice[]; position: bigint }>): Promise<void> => {
  const { database, schema, slices, position } = input;
  const busy = slices.filter((slice) => slice.events.length > 0);
  try {
    await Promise.all(busy.map((slice) => slice.projection.prepare?.(slice.events)));
    await database.transaction(async (tx) => {
      for (const slice of busy) await slice.projection.apply(slice.events, tx);
      await saveCheckpoints(tx, { schema, projections: slices.map((slice) => slice.projection.name), position });
    });
  } catch (error: unknown) {
    for (const slice of busy) slice.projection.discarded?.();
    throw error;
  }
  for (const slice of busy) slice.projection.committed?.();
};

/**
 * The checkpoints of projections that read the log together: the group starts from the earliest
 * of theirs (each then skips what it has applied), stores nothing apart from the batch's own
 * transaction, and moves them all forward past events none takes an interest in.
 */
class GroupCheckpoints implements CheckpointStore {
  constructor(
    private readonly db: SqlQueryable,
    private readonly schema: string,
    private readonly group: ProjectionGroup,
  ) {}

  async load(): Promise<bigint | null> {
    let earliest: bigint | null | undefined;
    for (const projection of this.group.members) {
      const position = await loadCheckpoint(this.db, { schema: this.schema, projection: projection.name });
      this.group.positions.set(projection.name, position);
      earliest = earliest === undefined || position === null || (earliest !== null && position < earliest) ? position : earliest;
    }
    return earliest ?? null;
  }

  async store(): Promise<void> {
    // Stored with the batch, in the same transaction as the read models' rows.
  }

  async advance(_subscriptionId: string, position: bigint): Promise<void> {
    await saveCheckpoints(this.db, { schema: this.schema, projections: this.group.members.map((projection) => projection.name), position });
    for (const projection of this.group.members) movePosition(this.group, projection.name, position);
  }
}

/** Projections reading the log together, and the position each has applied up to. */
type ProjectionGroup = { members: Projection[]; readonly positions: Map<string, bigint | null> };

/**
 * A member's position after the group handled the log up to `position`: never back. A member
 * ahead of the group (its checkpoint past the earliest, where the group starts) took none of the
 * batch, and its checkpoint row stays where it was (saveCheckpoints keeps the greater); moving it
 * back here made it apply again every event between, up to its own checkpoint.
 */
const movePosition = (group: ProjectionGroup, name: string, position: bigint): void => {
  const applied = group.positions.get(name);
  if (applied === undefined || applied === null || applied < position) group.positions.set(name, position);
};

const GROUP = 'read-models';

/**
 * Runs the projections on one catch-up subscription: each batch is read once, and every
 * projection's part of it is applied in one transaction with all their checkpoints, so each
 * event changes a read model exactly once (one read, one transaction, one checkpoint write per
 * batch, not one per projection). Should that transaction fail, the projections apply the batch
 * apart, each in its own transaction; one that cannot apply an event leaves the group and runs on
 * its own subscription, where it stops at that event: the fault (which event, why, how many
 * attempts) is recorded beside the checkpoints for /health and reported through `onError`, and
 * the subscription is restarted from its checkpoint after a pause that doubles up to
 * `maxRestartDelayMs` — never a silent loop — until the event applies (`onResumed`). The others
 * carry on together.
 */
export class ProjectionRunner {
  /** The subscription each projection runs on: the group's, or its own. */
  private readonly subscriptions = new Map<string, Subscription>();
  private readonly group: ProjectionGroup = { members: [], positions: new Map() };
  private groupSubscription: Subscription | undefined;
  private stopping = false;
  private started = false;
  private readonly restarts = new Set<ReturnType<typeof setTimeout>>();
  /** Projections with a recorded fault (where, how many attempts), cleared by their next applied batch. */
  private readonly faulted = new Map<string, Readonly<{ position: bigint; attempts: number }>>();

  constructor(private readonly options: ProjectionRunnerOptions) {}

  get projections(): readonly Projection[] {
    return this.options.projections;
  }

  /** Creates the tables, then subscribes the projections together from their checkpoints. */
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
    this.group.members = [...this.options.projections];
    this.subscribeGroup();
  }

  /** Resolves when every projection has handled every event up to `position`. */
  async caughtUpTo(position: bigint, names?: readonly string[]): Promise<void> {
    const wanted = this.options.projections.filter((p) => names === undefined || names.includes(p.name));
    await Promise.all(wanted.map((p) => this.waitFor(p.name, position)));
  }

  /**
   * The position this process has committed for a projection (its rows and checkpoint in one
   * transaction, or the checkpoint moved past events it takes no interest in): the same as its
   * rm_checkpoints row, without a query. Null where it does not run here or has not loaded its
   * checkpoint yet.
   */
  committedPosition(name: string): bigint | null {
    const subscription = this.subscriptions.get(name);
    if (subscription === undefined) return null;
    if (subscription !== this.groupSubscription) return subscription.checkpoint;
    return this.group.positions.get(name) ?? null;
  }

  private batchSizes(): Pick<SubscribeOptions, 'batchSize' | 'maxBatchSize'> {
    const batchSize = this.options.batchSize ?? 500;
    return { batchSize, maxBatchSize: this.options.maxBatchSize ?? batchSize * MAX_BATCH_FACTOR };
  }

  private pacing(): Pick<SubscribeOptions, 'pacing'> {
    const { pacing } = this.options;
    return pacing === false ? {} : { pacing: pacing ?? DEFAULT_PACING };
  }

  /** Whether this process runs the projection (else another process does). */
  runs(name: string): boolean {
    return this.subscriptions.has(name);
  }

  async stop(): Promise<void> {
    this.stopping = true;
    for (const timer of this.restarts) clearTimeout(timer);
    this.restarts.clear();
    await Promise.all([...new Set(this.subscriptions.values())].map((s) => s.stop()));
  }

  /** The committed checkpoint of a projection (null before its first batch). */
  position(name: string): Promise<bigint | null> {
    return loadCheckpoint(this.options.database, { schema: this.options.schema, projection: name });
  }

  private async waitFor(name: string, position: bigint): Promise<void> {
    // A subscription restarted after a failure, or a projection that left the group, runs on a new object: wait on the current one.
    for (;;) {
      const subscription = this.subscriptions.get(name);
      if (subscription === undefined) throw new Error(`projection ${name} does not run in this process`);
      try {
        await subscription.caughtUpTo(position);
        if (this.subscriptions.get(name) === subscription) return;
      } catch (error: unknown) {
        if (this.stopping || this.subscriptions.get(name) === subscription) throw error;
      }
    }
  }

  /** Every batch's part for each member, past what it has applied. */
  private slicesOf(batch: readonly RecordedEvent[]): Slice[] {
    return this.group.members.map((projection) => {
      const applied = this.group.positions.get(projection.name) ?? null;
      return { projection, events: batch.filter((event) => (applied === null || event.globalPosition > applied) && matchesFilter(projection.filter, event)) };
    });
  }

  private subscribeGroup(): void {
    const { store, database, schema } = this.options;
    const group = this.group;
    if (group.members.length === 0) return;
    const prefixes = group.members.map((projection) => projection.filter.streamPrefixes);
    const subscription = store.subscribe({
      subscriptionId: GROUP,
      // The union of the members' filters (each takes its own part of a batch).
      ...(prefixes.every((list) => list !== undefined) ? { filter: { streamPrefixes: [...new Set(prefixes.flatMap((list) => list ?? []))] } } : {}),
      checkpoints: new GroupCheckpoints(database, schema, group),
      ...this.batchSizes(),
      pollIntervalMs: this.options.pollIntervalMs ?? 500,
      ...this.pacing(),
      handle: async (batch) => {
        const last = batch.at(-1)?.globalPosition;
        if (last === undefined) return;
        const slices = this.slicesOf(batch);
        try {
          await applyTogether({ database, schema, slices, position: last });
          for (const { projection } of slices) movePosition(group, projection.name, last);
        } catch {
          // Apart, each in its own transaction: what applies is kept, and what does not is found.
          for (const slice of slices) {
            try {
              if (slice.events.length > 0) await applyIsolating({ database, schema, projection: slice.projection, batch: slice.events });
              await saveCheckpoints(database, { schema, projections: [slice.projection.name], position: last });
              movePosition(group, slice.projection.name, last);
            } catch {
              this.leaveGroup(slice.projection);
            }
          }
        }
        for (const { projection } of slices) if (group.members.includes(projection)) await this.resumed(projection);
      },
    });
    this.groupSubscription = subscription;
    for (const projection of group.members) this.subscriptions.set(projection.name, subscription);
    // A read or checkpoint failed: every member is stopped by it, and the group starts again after the longest pause.
    this.restartOnFailure(subscription, () => group.members, () => this.subscribeGroup());
  }

  /** A member that could not apply its part leaves the group and runs on its own subscription (where its fault is recorded and retried). */
  private leaveGroup(projection: Projection): void {
    this.group.members = this.group.members.filter((member) => member !== projection);
    this.group.positions.delete(projection.name);
    if (!this.stopping) this.subscribe(projection);
  }

  /** A projection that had a recorded fault applied a batch: the fault is cleared. */
  private async resumed(projection: Projection): Promise<void> {
    if (!this.faulted.delete(projection.name)) return;
    await clearFault(this.options.database, { schema: this.options.schema, projection: projection.name });
    this.options.onResumed?.(projection.name);
  }

  private subscribe(projection: Projection): void {
    const { store, database, schema } = this.options;
    const subscription = store.subscribe({
      subscriptionId: projection.name,
      filter: projection.filter,
      checkpoints: new TransactionalCheckpoints(database, schema),
      ...this.batchSizes(),
      pollIntervalMs: this.options.pollIntervalMs ?? 500,
      ...this.pacing(),
      handle: async (batch) => {
        await applyIsolating({ database, schema, projection, batch });
        await this.resumed(projection);
      },
    });
    this.subscriptions.set(projection.name, subscription);
    this.restartOnFailure(subscription, () => [projection], () => this.subscribe(projection));
  }

  /** When the subscription fails: the fault of each of its projections (as they are then) recorded and reported, then `restart` after the longest of their pauses. */
  private restartOnFailure(subscription: Subscription, projections: () => readonly Projection[], restart: () => void): void {
    void subscription.ended.then(async (end) => {
      if (end.kind !== 'failed' || this.stopping) return;
      let pause = 0;
      for (const projection of projections()) {
        const { attempts, delayMs } = await this.recordFault(projection, end.error);
        this.options.onError?.(projection.name, end.error, { attempts, delayMs });
        pause = Math.max(pause, delayMs);
      }
      const timer = setTimeout(() => {
        this.restarts.delete(timer);
        if (!this.stopping) restart();
      }, pause);
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
