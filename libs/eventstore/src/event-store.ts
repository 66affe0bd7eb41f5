import { randomUUID } from 'node:crypto';
import type {
  AppendResult,
  AsOf,
  BrokenLink,
  CheckpointStore,
  ExpectedRevision,
  NewEvent,
  PrepareEvents,
  PreparedEvent,
  ReadAllOptions,
  ReadStreamOptions,
  RecordedEvent,
  StreamTip,
  VerifyReport,
} from './event-store.port';
import type { AppendDecision, AppendState, EventStoreAdapter } from './event-store.adapter';
import {
  AdapterFailureError,
  IdempotencyMismatchError,
  InvalidInputError,
  UnsupportedOperationError,
  WrongExpectedRevisionError,
  type Violation,
} from './event-store.errors';
import { GENESIS_HASH, eventHash } from './hash-chain/hash-chain.util';
import { parseEventMetadata, parseJson } from './json.util';
import {
  DEFAULT_LIMITS,
  appendViolations,
  asOfViolations,
  filterViolations,
  maxCountViolations,
  positionViolations,
  readStreamOptionsViolations,
  streamIdViolations,
  type EventLimits,
} from './validation/event-validation.util';
import { CatchUpSubscription, type SubscribeOptions, type Subscription } from './subscriptions/catch-up-subscription';

export type EventStoreOptions = Readonly<{
  /** The clock for `recordedAt` (default: the system clock). */
  now?: () => Date;
  /** Generates ids for events given without one (default: `crypto.randomUUID`). */
  newId?: () => string;
  /** Overrides of the input limits; `maxEventBytes` defaults to 1 MiB of data + metadata JSON. */
  limits?: Partial<EventLimits>;
}>;

export type AppendOptions = Readonly<{ expectedRevision: ExpectedRevision }>;

export type VerifyOptions = Readonly<{ streamPrefix?: string }>;

type Draft = Pick<PreparedEvent, 'id' | 'type' | 'data' | 'metadata'>;

const throwIfInvalid = (violations: readonly Violation[]): void => {
  if (violations.length > 0) throw new InvalidInputError(violations);
};

const actualRevision = (tip: StreamTip | null): number | 'no_stream' => (tip === null ? 'no_stream' : tip.revision);

const satisfiesExpected = (expected: ExpectedRevision, tip: StreamTip | null): boolean => {
  switch (expected) {
    case 'any':
      return true;
    case 'no_stream':
      return tip === null;
    case 'stream_exists':
      return tip !== null;
    default:
      return tip !== null && tip.revision === expected;
  }
};

/**
 * The event store every caller uses. It wraps one {@link EventStoreAdapter} and does, identically
 * for all adapters: validation (typed {@link InvalidInputError} with field paths, before
 * anything is written), event ids, `recordedAt` from the injected clock, revisions, the
 * tamper-evident hash chain, idempotency by event id, expected-revision checks, as-of reads,
 * verification and catch-up subscriptions.
 *
 * Create it with `createEventStore(config)`; call {@link close} on shutdown.
 */
export class EventStore {
  private readonly now: () => Date;
  private readonly newId: () => string;
  private readonly limits: EventLimits;
  private readonly subscriptions = new Set<Subscription>();

  constructor(
    private readonly adapter: EventStoreAdapter,
    options: EventStoreOptions = {},
  ) {
    this.now = options.now ?? (() => new Date());
    this.newId = options.newId ?? randomUUID;
    this.limits = { ...DEFAULT_LIMITS, ...options.limits };
  }

  /** Which adapter is behind this store: 'embedded', 'postgres' or 'kurrentdb'. */
  get kind(): string {
    return this.adapter.kind;
  }

  /**
   * Appends events to a stream, atomically.
   *
   * - Events without an id get a random UUID; give ids (e.g. derived from the command id) to
   *   make the append idempotent: if every id is already stored in this stream, nothing is
   *   written and the original result comes back with `alreadyAppended: true` (checked before
   *   the expected revision, so a retry after a success never conflicts). Some ids stored but
   *   not all, or stored in another stream: {@link IdempotencyMismatchError}.
   * - `expectedRevision` not met: {@link WrongExpectedRevisionError} with expected and actual.
   * - Bad input: {@link InvalidInputError}; nothing is written.
   */
  async appendToStream(streamId: string, events: readonly NewEvent[], options: AppendOptions): Promise<AppendResult> {
    const expectedRevision: unknown = options?.expectedRevision;
    throwIfInvalid(appendViolations({ streamId, events, expectedRevision }, this.limits));
    const expected = options.expectedRevision;
    const drafts: Draft[] = events.map((event) => {
      const id = (event.id ?? this.newId()).toLowerCase();
      return {
        id,
        type: event.type,
        data: parseJson(JSON.stringify(event.data)),
        metadata: parseEventMetadata(JSON.stringify(event.metadata), id),
      };
    });
    const eventIds = drafts.map((d) => d.id);
    const prepare: PrepareEvents = (tip) => this.prepare(streamId, drafts, tip);
    const decide = (state: AppendState): AppendDecision => {
      if (state.storedWithSameIds.length > 0) {
        const stored = state.storedWithSameIds;
        const storedIds = new Set(stored.map((e) => e.id));
        const allHere = stored.every((e) => e.streamId === streamId);
        if (allHere && eventIds.every((id) => storedIds.has(id))) {
          return {
            kind: 'already-appended',
            events: [...stored].sort((a, b) => a.revision - b.revision),
          };
        }
        throw new IdempotencyMismatchError(
          streamId,
          stored.map((e) => ({ id: e.id, streamId: e.streamId })),
          eventIds.filter((id) => !storedIds.has(id)),
        );
      }
      if (!satisfiesExpected(expected, state.tip)) {
        throw new WrongExpectedRevisionError(streamId, expected, actualRevision(state.tip));
      }
      return { kind: 'write', events: prepare(state.tip) };
    };
    const result = await this.adapter.append({
      streamId,
      expectedRevision: expected,
      eventIds,
      idsMayBeStored: events.some((e) => e.id !== undefined),
      decide,
    });
    const last = result.events.at(-1);
    if (last === undefined) throw new AdapterFailureError('the adapter returned no events for an append', { streamId });
    return {
      nextExpectedRevision: last.revision,
      lastGlobalPosition: last.globalPosition,
      events: result.events,
      alreadyAppended: result.alreadyAppended,
    };
  }

  /** Reads a stream (forwards by default). A stream that does not exist reads as empty. */
  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<readonly RecordedEvent[]> {
    throwIfInvalid([...streamIdViolations(streamId, this.limits), ...readStreamOptionsViolations(options)]);
    return this.adapter.readStream({ ...options, streamId, direction: options.direction ?? 'forwards' });
  }

  /** Reads a stream as it was at a moment of the log (a global position or a recorded-at time). */
  async readStreamAsOf(
    streamId: string,
    asOf: AsOf,
    options: ReadStreamOptions = {},
  ): Promise<readonly RecordedEvent[]> {
    throwIfInvalid([
      ...streamIdViolations(streamId, this.limits),
      ...readStreamOptionsViolations(options),
      ...asOfViolations(asOf),
    ]);
    const upToPosition = await this.positionOf(asOf);
    if (upToPosition === null) return [];
    return this.adapter.readStream({ ...options, streamId, direction: options.direction ?? 'forwards', upToPosition });
  }

  /**
   * Reads the global log in order: events after `after`, optionally filtered by stream prefix
   * and event type, optionally only up to an `asOf` moment. Unbounded unless `maxCount` is given:
   * page with `maxCount` and `after`.
   */
  async readAll(options: ReadAllOptions = {}): Promise<readonly RecordedEvent[]> {
    throwIfInvalid([
      ...positionViolations(options.after, 'after'),
      ...maxCountViolations(options.maxCount),
      ...filterViolations(options.filter),
      ...(options.asOf ? asOfViolations(options.asOf) : []),
    ]);
    const upTo = options.asOf ? await this.positionOf(options.asOf) : undefined;
    if (upTo === null) return [];
    return this.adapter.readAll({
      after: options.after,
      upTo,
      maxCount: options.maxCount ?? Number.MAX_SAFE_INTEGER,
      filter: options.filter,
    });
  }

  /**
   * The global position a moment stands for: a position as given; a time resolves to the last
   * position recorded at or before it (null when nothing was recorded by then).
   */
  async positionOf(asOf: AsOf): Promise<bigint | null> {
    throwIfInvalid(asOfViolations(asOf));
    if ('position' in asOf) return asOf.position;
    return this.adapter.positionAtTime(new Date(asOf.time).toISOString());
  }

  /** The last event's revision, hash and position, or null for a stream without events. */
  async streamTip(streamId: string): Promise<StreamTip | null> {
    throwIfInvalid(streamIdViolations(streamId, this.limits));
    return this.adapter.streamTip(streamId);
  }

  /**
   * The stable head: the highest global position at or below which every event is committed
   * and none can appear later (0n for an empty store). A subscription or rebuild that reads up
   * to it skips nothing; an append acknowledged a moment ago can lie above it until older
   * concurrent appends end.
   */
  async headPosition(): Promise<bigint> {
    return this.adapter.headPosition();
  }

  /**
   * Recomputes every hash chain (of the streams starting with `streamPrefix`, or all), reading
   * the log page by page in global order; memory grows with the number of streams, not events.
   * Reports the first broken link in global order: a hash that does not match the content, a
   * prevHash that does not match the previous event's hash, or a revision gap.
   */
  async verify(options: VerifyOptions = {}): Promise<VerifyReport> {
    const chains = new Map<string, Readonly<{ revision: number; hash: string }>>();
    let eventsChecked = 0;
    let brokenLinks = 0;
    let firstBroken: BrokenLink | undefined;
    const filter = options.streamPrefix === undefined ? undefined : { streamPrefixes: [options.streamPrefix] };
    throwIfInvalid(filterViolations(filter, 'streamPrefix'));
    for await (const event of this.adapter.iterateAll(filter)) {
      eventsChecked++;
      const previous = chains.get(event.streamId);
      const broken = this.checkLink(event, previous);
      if (broken) {
        brokenLinks++;
        firstBroken ??= broken;
      }
      chains.set(event.streamId, { revision: event.revision, hash: event.hash });
    }
    return {
      ok: firstBroken === undefined,
      streamsChecked: chains.size,
      eventsChecked,
      brokenLinks,
      ...(firstBroken ? { firstBroken } : {}),
    };
  }

  /** Starts a catch-up subscription over the global log (see {@link SubscribeOptions}). */
  subscribe(options: SubscribeOptions): Subscription {
    throwIfInvalid([
      ...(typeof options.subscriptionId === 'string' && options.subscriptionId.trim() !== ''
        ? []
        : [{ path: 'subscriptionId', rule: 'blank', message: 'a subscription id must not be blank' }]),
      ...maxCountViolations(options.batchSize, 'batchSize'),
      ...maxCountViolations(options.pollIntervalMs, 'pollIntervalMs'),
      ...filterViolations(options.filter),
    ]);
    const subscription = new CatchUpSubscription(this.adapter, options);
    this.subscriptions.add(subscription);
    void subscription.ended.then(() => this.subscriptions.delete(subscription));
    return subscription;
  }

  /**
   * The durable checkpoint store that lives next to the events (SQL adapters: a table in the
   * same schema). KurrentDB has none here: use a SQL one.
   */
  checkpointStore(): CheckpointStore {
    const store = this.adapter.checkpointStore();
    if (store === null) throw new UnsupportedOperationError(`the ${this.adapter.kind} adapter keeps no checkpoints`);
    return store;
  }

  /** Stops running subscriptions (waiting for their batch in flight) and closes the adapter. */
  async close(): Promise<void> {
    await Promise.all([...this.subscriptions].map((s) => s.stop()));
    await this.adapter.close();
  }

  private prepare(streamId: string, drafts: readonly Draft[], tip: StreamTip | null): PreparedEvent[] {
    const recordedAt = this.now().toISOString();
    let prevHash = tip?.hash ?? GENESIS_HASH;
    let revision = tip === null ? 0 : tip.revision + 1;
    return drafts.map((draft) => {
      const content = { ...draft, streamId, revision, recordedAt };
      const hash = eventHash(prevHash, content);
      const prepared: PreparedEvent = { ...content, prevHash, hash };
      prevHash = hash;
      revision++;
      return prepared;
    });
  }

  private checkLink(
    event: RecordedEvent,
    previous: Readonly<{ revision: number; hash: string }> | undefined,
  ): BrokenLink | undefined {
    const at = {
      streamId: event.streamId,
      revision: event.revision,
      globalPosition: event.globalPosition,
      eventId: event.id,
    };
    const expectedRevision = previous === undefined ? 0 : previous.revision + 1;
    if (event.revision !== expectedRevision) {
      return { ...at, problem: 'revision-gap', expected: String(expectedRevision), actual: String(event.revision) };
    }
    const expectedPrevHash = previous?.hash ?? GENESIS_HASH;
    if (event.prevHash !== expectedPrevHash) {
      return { ...at, problem: 'prev-hash-mismatch', expected: expectedPrevHash, actual: event.prevHash };
    }
    const recomputed = eventHash(event.prevHash, event);
    if (recomputed !== event.hash) {
      return { ...at, problem: 'hash-mismatch', expected: recomputed, actual: event.hash };
    }
    return undefined;
  }
}

export type { SubscribeOptions, Subscription };
