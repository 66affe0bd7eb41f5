import type { AllFilter, CheckpointStore, RecordedEvent } from '../event-store.port';
import type { EventStoreAdapter } from '../event-store.adapter';

/** Events per batch when `batchSize` is not given. */
export const DEFAULT_BATCH_SIZE = 100;

const NO_EVENTS: readonly RecordedEvent[] = [];

/**
 * A catch-up subscription over the global log.
 *
 * Delivery guarantee, and what it takes from the handler:
 * - The subscription loads the checkpoint, reads the events after it in global order, calls
 *   `handle` with a batch, and only then stores the batch's last position as the checkpoint.
 *   A crash between the end of `handle` and the checkpoint write delivers that batch again
 *   after the restart: **at-least-once**. A handler that is idempotent (upserts keyed by
 *   event id or stream revision) turns that into effectively-once.
 * - **Exactly-once** needs the handler's effects and the checkpoint to commit together: inside
 *   `handle`, write the effects and `checkpoint = events[events.length - 1].globalPosition` in one
 *   database transaction (for the SQL stores the table is `<schema>.checkpoints
 *   (subscription_id text primary key, position bigint)`, so a projection in the same database
 *   can upsert it in its own transaction). The subscription then stores the same position
 *   again, which changes nothing, and a restart resumes exactly after the last committed batch.
 *
 * Ordering: batches arrive in strictly increasing global position and never skip an event;
 * adapters guarantee that positions become visible in order (see the SQL adapter).
 */
export type SubscribeOptions = Readonly<{
  /** Names the checkpoint; one running subscription per id. */
  subscriptionId: string;
  filter?: AllFilter;
  checkpoints: CheckpointStore;
  handle: (events: RecordedEvent[]) => Promise<void>;
  /** Events per batch (default {@link DEFAULT_BATCH_SIZE}). */
  batchSize?: number;
  /**
   * Events per batch at most while the subscription is behind (default `batchSize`: batches do
   * not grow). After a full page the next may hold twice as many, up to this; after a short
   * page (caught up) it is `batchSize` again. For a handler with a cost per batch (a category
   * ranked again whole), a backlog is worked off in fewer batches, each paying that cost once.
   * At least `batchSize`.
   */
  maxBatchSize?: number;
  /** How long to wait for new events before reading again (default 500 ms). Wake-ups come sooner when the adapter notifies. */
  pollIntervalMs?: number;
  /**
   * Rest after a batch, so that events arriving in a steady stream are handled in fewer, larger
   * batches (default none). After a batch that took `t` ms (read, handling, checkpoint) from a page
   * shorter than asked (the subscription had caught up), the next page is read no sooner
   * than `ratio × t` ms (at most `maxMs`) after that batch ended. For a handler with a cost per
   * batch (a category ranked again whole), this bounds that cost's share of the time to
   * 1 / (1 + ratio) however fast events come, for at most `maxMs` of added delay. A quiet log
   * pays nothing (the rest counts from the batch's end, not from the next event), and neither
   * does one waiting in {@link Subscription.caughtUpTo}: a waiter ends the rest.
   */
  pacing?: Readonly<{ ratio: number; maxMs: number }>;
}>;

export type SubscriptionEnd =
  | Readonly<{ kind: 'stopped' }>
  | Readonly<{ kind: 'failed'; error: unknown }>;

/** A running subscription. */
export interface Subscription {
  readonly subscriptionId: string;
  /** The last checkpoint stored (or loaded), null before any. */
  readonly checkpoint: bigint | null;
  /**
   * Resolves once every matching event at or before `position` has been handled and
   * checkpointed. Rejects if the subscription stops or fails first.
   */
  caughtUpTo(position: bigint): Promise<void>;
  /** Stops reading; waits for the batch in flight (handler and checkpoint) to finish. */
  stop(): Promise<void>;
  /**
   * Settles when the loop ends: `stopped` after {@link stop}, `failed` when a read, the handler
   * or the checkpoint store threw (the subscription does not retry: restart it, it resumes
   * from the checkpoint). Never rejects.
   */
  readonly ended: Promise<SubscriptionEnd>;
}

type Waiter = Readonly<{ position: bigint; resolve: () => void; reject: (error: unknown) => void }>;

export class CatchUpSubscription implements Subscription {
  readonly subscriptionId: string;
  readonly ended: Promise<SubscriptionEnd>;
  private currentCheckpoint: bigint | null = null;
  /** Every matching event at or before this position has been handled. */
  private scannedTo: bigint | null = null;
  private waiters: Waiter[] = [];
  private stopRequested = false;
  private end: SubscriptionEnd | null = null;
  private woken = false;
  private interruptIdle: (() => void) | null = null;
  private interruptRest: (() => void) | null = null;
  private readonly batchSize: number;
  private readonly maxBatchSize: number;
  private readonly pollIntervalMs: number;

  constructor(
    private readonly adapter: EventStoreAdapter,
    private readonly options: SubscribeOptions,
  ) {
    this.subscriptionId = options.subscriptionId;
    this.batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
    this.maxBatchSize = options.maxBatchSize ?? this.batchSize;
    this.pollIntervalMs = options.pollIntervalMs ?? 500;
    this.ended = this.run();
  }

  get checkpoint(): bigint | null {
    return this.currentCheckpoint;
  }

  caughtUpTo(position: bigint): Promise<void> {
    if (this.scannedTo !== null && this.scannedTo >= position) return Promise.resolve();
    if (this.end !== null) return Promise.reject(this.endError(position));
    const waiting = new Promise<void>((resolve, reject) => this.waiters.push({ position, resolve, reject }));
    this.interruptRest?.();
    return waiting;
  }

  async stop(): Promise<void> {
    this.stopRequested = true;
    this.wakeUp();
    this.interruptRest?.();
    await this.ended;
  }

  private wakeUp(): void {
    this.woken = true;
    this.interruptIdle?.();
  }

  private async run(): Promise<SubscriptionEnd> {
    let unwatch: (() => Promise<void>) | null = null;
    try {
      // Wake-ups are only a shortcut; without them the loop polls.
      if (this.adapter.watchAppends) unwatch = await this.adapter.watchAppends(() => this.wakeUp()).catch(() => null);
      const loaded = await this.options.checkpoints.load(this.subscriptionId);
      this.currentCheckpoint = loaded;
      this.advanceScanned(loaded);
      // When the last batch from a short page ended and how long it took (see `pacing`).
      let rested: Readonly<{ endedAt: number; tookMs: number }> | undefined;
      // The next page's size: batchSize, doubling after each full page up to maxBatchSize.
      let pageSize = this.batchSize;
      while (!this.stopRequested) {
        if (rested !== undefined) await this.rest(rested);
        rested = undefined;
        this.woken = false;
        const startedAt = performance.now();
        const head = await this.adapter.headPosition();
        // Only up to the stable head: above it a lower position may still commit. A head not past
        // the checkpoint leaves nothing to read: no page is asked for (every append wakes every
        // subscription of the process, most of them already past it; bench:api on PostgreSQL,
        // 2026-12-05: 114 of 203 page reads were of such an empty range).
        const page =
          this.currentCheckpoint !== null && head <= this.currentCheckpoint
            ? NO_EVENTS
            : await this.adapter.readAll({
                after: this.currentCheckpoint ?? undefined,
                upTo: head,
                maxCount: pageSize,
                filter: this.options.filter,
              });
        const last = page.at(-1);
        if (last !== undefined) {
          await this.options.handle([...page]);
          await this.options.checkpoints.store(this.subscriptionId, last.globalPosition);
          this.currentCheckpoint = last.globalPosition;
          this.advanceScanned(last.globalPosition);
        }
        if (page.length >= pageSize) pageSize = Math.min(this.maxBatchSize, pageSize * 2);
        else {
          pageSize = this.batchSize;
          const endedAt = performance.now();
          if (last !== undefined) rested = { endedAt, tookMs: endedAt - startedAt };
          // `head` was read before the page: every position up to it was final, so the page
          // saw all of them.
          if (head > (this.currentCheckpoint ?? 0n)) {
            const { checkpoints } = this.options;
            await (checkpoints.advance === undefined ? checkpoints.store(this.subscriptionId, head) : checkpoints.advance(this.subscriptionId, head));
            this.currentCheckpoint = head;
          }
          this.advanceScanned(head);
          await this.idle();
        }
      }
      this.finish({ kind: 'stopped' });
    } catch (error: unknown) {
      this.finish({ kind: 'failed', error });
    } finally {
      if (unwatch) await unwatch().catch(() => undefined);
    }
    return this.end ?? { kind: 'stopped' };
  }

  private idle(): Promise<void> {
    if (this.woken || this.stopRequested) return Promise.resolve();
    return this.pause(this.pollIntervalMs, 'interruptIdle');
  }

  /** Waits out `pacing`'s rest after a batch, unless stopped or someone waits for a position. */
  private rest(batch: Readonly<{ endedAt: number; tookMs: number }>): Promise<void> {
    const { pacing } = this.options;
    if (pacing === undefined || this.stopRequested || this.waiters.length > 0) return Promise.resolve();
    const remainingMs = batch.endedAt + Math.min(pacing.maxMs, pacing.ratio * batch.tookMs) - performance.now();
    return remainingMs <= 0 ? Promise.resolve() : this.pause(remainingMs, 'interruptRest');
  }

  /** Resolves after `ms`, or sooner when the hook it leaves in `interrupt` is called. */
  private pause(ms: number, interrupt: 'interruptIdle' | 'interruptRest'): Promise<void> {
    return new Promise((resolve) => {
      const done = (): void => {
        clearTimeout(timer);
        this[interrupt] = null;
        resolve();
      };
      const timer = setTimeout(done, ms);
      this[interrupt] = done;
    });
  }

  private advanceScanned(position: bigint | null): void {
    if (position === null) return;
    if (this.scannedTo !== null && this.scannedTo >= position) return;
    this.scannedTo = position;
    const reached = this.waiters.filter((w) => w.position <= position);
    this.waiters = this.waiters.filter((w) => w.position > position);
    for (const waiter of reached) waiter.resolve();
  }

  private finish(end: SubscriptionEnd): void {
    this.end = end;
    const waiting = this.waiters;
    this.waiters = [];
    for (const waiter of waiting) waiter.reject(this.endError(waiter.position));
  }

  private endError(position: bigint): Error {
    const end = this.end;
    if (end?.kind === 'failed') {
      return new Error(`subscription '${this.subscriptionId}' failed before reaching position ${position}`, {
        cause: end.error,
      });
    }
    return new Error(`subscription '${this.subscriptionId}' stopped before reaching position ${position}`);
  }
}
