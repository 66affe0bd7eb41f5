import type {
  AppendResult,
  AsOf,
  BrokenLink,
  CheckpointStore,
  ExpectedRevision,
  NewEvent,
  PreparedEvent,
  ReadAllOptions,
  ReadStreamOptions,
  RecordedEvent,
  StreamTip,
  VerifyReport,
} from './event-store.port';
import type { AppendDecision, AppendState, ChainLink, DecideAppend, EventStoreAdapter, EventTexts } from './event-store.adapter';
import {
  AdapterFailureError,
  IdempotencyMismatchError,
  InvalidInputError,
  UnsupportedOperationError,
  WrongExpectedRevisionError,
  type Violation,
} from './event-store.errors';
import { GENESIS_HASH, eventHash } from './hash-chain/hash-chain.util';
import { LOG_GENESIS, logChainHash } from './seal/log-chain.util';
import { checkpointSignatureValid, type LogSigner, type SignedCheckpoint } from './seal/log-signer';
import { archivedCheckpoint, archivedEvent, checkArchive, writeArchive } from './seal/log-archive';
import { parseEventMetadata, parseJson } from './json.util';
import {
  DEFAULT_LIMITS,
  appendViolations,
  asOfViolations,
  filterViolations,
  maxCountViolations,
  pacingViolations,
  positionViolations,
  readStreamOptionsViolations,
  streamIdViolations,
  type EventLimits,
} from './validation/event-validation.util';
import { uuidV7 } from './uuid-v7.util';
import { CatchUpSubscription, DEFAULT_BATCH_SIZE, type SubscribeOptions, type Subscription } from './subscriptions/catch-up-subscription';

export type EventStoreOptions = Readonly<{
  /** The clock for `recordedAt` (default: the system clock). */
  now?: () => Date;
  /** Generates ids for events given without one (default: a version 7 UUID, see {@link uuidV7}). */
  newId?: () => string;
  /** Overrides of the input limits; `maxEventBytes` defaults to 1 MiB of data + metadata JSON. */
  limits?: Partial<EventLimits>;
  /** Signs checkpoints of the log head ({@link EventStore.seal}); its public key checks them in verify. */
  signer?: LogSigner;
}>;

export type SealOptions = Readonly<{
  /** Why (kept in the checkpoint): 'periodic', 'ResultsPublished …', 'import'. Default 'periodic'. */
  reason?: string;
  /** Whether to sign a checkpoint of the sealed head (default: when the store has a signer). */
  sign?: boolean;
}>;

export type SealResult = Readonly<{
  /** Events newly linked into the global chain by this call. */
  sealedEvents: number;
  /** The sealed head: the last linked position (0 when the log is empty) and the chain's value there. */
  position: bigint;
  chainHash: string;
  checkpoint?: SignedCheckpoint;
}>;

export type AppendOptions = Readonly<{ expectedRevision: ExpectedRevision }>;

export type VerifyOptions = Readonly<{
  /** Check the stream chains of these streams only (the global chain and checkpoints are always whole). */
  streamPrefix?: string;
  streamPrefixes?: readonly string[];
  /** The public key (SPKI DER, base64) signatures must verify with; default the signer's. */
  publicKey?: string;
}>;

type Draft = Pick<PreparedEvent, 'id' | 'type' | 'data' | 'metadata'>;

/** An append as its verdict needs it: validated, its events drafted and their texts taken. */
type PendingAppend = Readonly<{
  streamId: string;
  expected: ExpectedRevision;
  drafts: readonly Draft[];
  texts: readonly EventTexts[];
  eventIds: readonly string[];
}>;

/** `value` as JSON text, stringified once per append (`stringified` keeps the texts). */
const textIn = (stringified: Map<unknown, string>, value: unknown): string => {
  let text = stringified.get(value);
  if (text === undefined) {
    text = JSON.stringify(value);
    stringified.set(value, text);
  }
  return text;
};

/** A moment after every event ever recorded: `positionAtTime` of it is the last committed position. */
const LAST_MOMENT = '9999-12-31T23:59:59.999Z';

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
  private readonly signer: LogSigner | undefined;

  constructor(
    private readonly adapter: EventStoreAdapter,
    options: EventStoreOptions = {},
  ) {
    this.now = options.now ?? (() => new Date());
    this.newId = options.newId ?? uuidV7;
    this.limits = { ...DEFAULT_LIMITS, ...options.limits };
    this.signer = options.signer;
  }

  /** The public key (SPKI DER, base64) of the checkpoint signer, if the store has one. */
  get signingPublicKey(): string | undefined {
    return this.signer?.publicKey;
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
    // Each event's data and metadata are stringified once: to measure, to copy, to store.
    const stringified = new Map<unknown, string>();
    throwIfInvalid(appendViolations({ streamId, events, expectedRevision }, this.limits, (value) => textIn(stringified, value)));
    const expected = options.expectedRevision;
    const texts: EventTexts[] = [];
    const drafts: Draft[] = events.map((event) => {
      const id = (event.id ?? this.newId()).toLowerCase();
      const eventTexts = { data: textIn(stringified, event.data), metadata: textIn(stringified, event.metadata) };
      texts.push(eventTexts);
      return { id, type: event.type, data: parseJson(eventTexts.data), metadata: parseEventMetadata(eventTexts.metadata, id) };
    });
    const eventIds = drafts.map((d) => d.id);
    const result = await this.adapter.append({
      streamId,
      expectedRevision: expected,
      eventIds,
      idsMayBeStored: events.some((e) => e.id !== undefined),
      decide: this.decider({ streamId, expected, drafts, texts, eventIds }),
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

  /**
   * The verdict function of an append (see {@link DecideAppend}). Made by a method, not written
   * as a named local function: under tsx (benches, CLI) every named function expression is
   * renamed by a `defineProperty` call each time it is created, i.e. for every append.
   */
  private decider(append: PendingAppend): DecideAppend {
    return (state) => this.decide(append, state);
  }

  private decide(append: PendingAppend, state: AppendState): AppendDecision {
    const { streamId, expected, eventIds } = append;
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
    return { kind: 'write', events: this.prepare(streamId, append.drafts, state.tip), texts: append.texts };
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
   * Everything committed when called, once final: the position of the last event committed so
   * far, returned when the stable head has reached it (an append to this store that took its
   * position earlier may still be running). What a reader that must see its own acknowledged
   * writes ("now") uses. After `waitMs` it settles for the stable head, which is always final.
   */
  async settledHeadPosition(waitMs = 2_000): Promise<Readonly<{ position: bigint; settled: boolean }>> {
    const stable = await this.adapter.headPosition();
    // The last position committed so far, whenever it was recorded (no clock bounds it).
    const committed = (await this.adapter.positionAtTime(LAST_MOMENT)) ?? 0n;
    const last = committed > stable ? committed : stable;
    let head = stable;
    for (const until = Date.now() + waitMs; head < last; head = await this.adapter.headPosition()) {
      if (Date.now() > until) return { position: head, settled: false };
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    return { position: last, settled: true };
  }

  /**
   * Extends the global chain over the events committed since the last seal (up to the stable
   * head, in position order) and, with a signer, signs a checkpoint of the sealed head. Needs no
   * lock: concurrent sealers compute the same links. Run it periodically and at publications.
   */
  async seal(options: SealOptions = {}): Promise<SealResult> {
    const ledger = this.adapter.ledger;
    if (ledger === undefined) throw new UnsupportedOperationError(`the ${this.adapter.kind} adapter keeps no global chain`);
    const last = await ledger.lastLink();
    const head = await this.adapter.headPosition();
    let position = last?.position ?? 0n;
    let chainHash = last?.chainHash ?? LOG_GENESIS;
    let sealedEvents = 0;
    while (position < head) {
      const page = await this.adapter.readAll({ after: position, upTo: head, maxCount: 2000 });
      if (page.length === 0) break;
      const links = page.map((event) => {
        chainHash = logChainHash(chainHash, event.globalPosition, event.hash);
        return { position: event.globalPosition, chainHash };
      });
      await ledger.storeLinks(links);
      sealedEvents += links.length;
      position = links[links.length - 1]?.position ?? position;
    }
    const signer = options.sign === false ? undefined : this.signer;
    if (signer === undefined || position === 0n) return { sealedEvents, position, chainHash };
    const checkpoint = signer.sign({ position, chainHash, signedAt: this.now().toISOString(), reason: options.reason ?? 'periodic' });
    await ledger.storeCheckpoint(checkpoint);
    return { sealedEvents, position, chainHash, checkpoint };
  }

  /**
   * Checks the log against every kind of tampering it can see, reading it page by page in
   * global order (memory grows with the number of streams, not events):
   * - each stream's hash chain (of the streams starting with `streamPrefix`, or all), and each
   *   stream's last event against the stream table;
   * - the global chain (SQL stores): every sealed position still has its event and its link
   *   follows from it, no event was slipped in among sealed ones;
   * - every signed checkpoint: signed by the configured key, and the chain recomputed from the
   *   events as they are now reaches the signed hash at its position (so editing events and
   *   recomputing every hash is caught), and the log still reaches its position.
   * Reports the first broken link in global order. Events after the last seal are checked by
   * their stream chains only.
   */
  async verify(options: VerifyOptions = {}): Promise<VerifyReport> {
    const prefixes =
      options.streamPrefix === undefined && options.streamPrefixes === undefined
        ? undefined
        : [...(options.streamPrefix === undefined ? [] : [options.streamPrefix]), ...(options.streamPrefixes ?? [])];
    const filter = prefixes === undefined ? undefined : { streamPrefixes: prefixes };
    throwIfInvalid(filterViolations(filter, 'streamPrefix'));
    const inScope = (streamId: string): boolean => prefixes === undefined || prefixes.some((p) => streamId.startsWith(p));
    const ledger = this.adapter.ledger;
    const publicKey = options.publicKey ?? this.signer?.publicKey;
    // Read before the events: whatever commits meanwhile is then at or after what these say.
    const tips = ledger ? await ledger.streamTips() : new Map<string, Readonly<{ revision: number; position: bigint }>>();
    const sealedPosition = (ledger ? await ledger.lastLink() : null)?.position ?? 0n;
    const checkpoints = ledger ? await ledger.readCheckpoints() : [];

    const problems: BrokenLink[] = [];
    const chains = new Map<string, Readonly<{ revision: number; hash: string }>>();
    let eventsChecked = 0;
    let sealedEvents = 0;
    let signedPosition = 0n;

    // The stored links, read alongside the events.
    let links: readonly ChainLink[] = [];
    let linkIndex = 0;
    let linksAfter = 0n;
    const nextLink = async (): Promise<ChainLink | undefined> => {
      if (ledger === undefined) return undefined;
      if (linkIndex >= links.length) {
        if (linksAfter >= sealedPosition) return undefined;
        links = (await ledger.readLinks(linksAfter, 2000)).filter((l) => l.position <= sealedPosition);
        linkIndex = 0;
        const lastLink = links[links.length - 1];
        if (lastLink === undefined) return undefined;
        linksAfter = lastLink.position;
      }
      return links[linkIndex];
    };
    let previousLink = LOG_GENESIS;
    // The chain recomputed from the events alone, never from stored links: what checkpoints must match.
    let fromEvents = LOG_GENESIS;
    let lastPosition = 0n;
    let checkpointIndex = 0;
    const checkCheckpointsUpTo = (position: bigint, atEnd: boolean): void => {
      for (; checkpointIndex < checkpoints.length; checkpointIndex++) {
        const checkpoint = checkpoints[checkpointIndex];
        if (checkpoint === undefined || (!atEnd && checkpoint.position >= position)) return;
        const at = { globalPosition: checkpoint.position };
        if (publicKey !== undefined ? !checkpointSignatureValid(checkpoint, publicKey) : !checkpointSignatureValid(checkpoint)) {
          problems.push({ ...at, problem: 'bad-signature', expected: publicKey ?? checkpoint.publicKey, actual: checkpoint.publicKey });
        } else if (atEnd && checkpoint.position > lastPosition) {
          problems.push({ ...at, problem: 'truncated', expected: `events up to position ${checkpoint.position}`, actual: `the log ends at ${lastPosition}` });
        } else if (checkpoint.position !== lastPosition || checkpoint.chainHash !== fromEvents) {
          problems.push({
            ...at,
            problem: 'checkpoint-mismatch',
            expected: checkpoint.chainHash,
            actual: checkpoint.position === lastPosition ? fromEvents : `no event at position ${checkpoint.position}`,
          });
        } else if (checkpoint.position > signedPosition) {
          signedPosition = checkpoint.position;
        }
      }
    };

    const iterated = ledger === undefined ? this.adapter.iterateAll(filter) : this.adapter.iterateAll();
    for await (const event of iterated) {
      const position = event.globalPosition;
      checkCheckpointsUpTo(position, false);
      if (inScope(event.streamId)) {
        eventsChecked++;
        const previous = chains.get(event.streamId);
        const broken = this.checkLink(event, previous);
        if (broken) problems.push(broken);
        chains.set(event.streamId, { revision: event.revision, hash: event.hash });
      }
      if (ledger === undefined) continue;
      let link = await nextLink();
      while (link !== undefined && link.position < position) {
        problems.push({ globalPosition: link.position, problem: 'missing-event', expected: 'a sealed event', actual: 'none' });
        previousLink = link.chainHash;
        linkIndex++;
        link = await nextLink();
      }
      fromEvents = logChainHash(fromEvents, position, event.hash);
      lastPosition = position;
      if (link !== undefined && link.position === position) {
        sealedEvents++;
        const expected = logChainHash(previousLink, position, event.hash);
        if (expected !== link.chainHash) {
          problems.push({ ...eventAt(event), problem: 'chain-mismatch', expected, actual: link.chainHash });
        }
        previousLink = link.chainHash;
        linkIndex++;
      } else if (position <= sealedPosition) {
        problems.push({ ...eventAt(event), problem: 'unsealed-event', expected: 'no event here', actual: event.id });
      }
    }
    for (let link = await nextLink(); link !== undefined; linkIndex++, link = await nextLink()) {
      problems.push({ globalPosition: link.position, problem: 'missing-event', expected: 'a sealed event', actual: 'none' });
    }
    checkCheckpointsUpTo(lastPosition, true);
    for (const [streamId, tip] of tips) {
      if (!inScope(streamId)) continue;
      const seen = chains.get(streamId);
      if (seen === undefined) {
        problems.push({ globalPosition: tip.position, streamId, revision: tip.revision, problem: 'stream-missing', expected: `revisions 0 to ${tip.revision}`, actual: 'no events' });
      } else if (seen.revision < tip.revision) {
        problems.push({
          globalPosition: tip.position,
          streamId,
          revision: tip.revision,
          problem: 'stream-tail-missing',
          expected: `revisions up to ${tip.revision}`,
          actual: `revisions up to ${seen.revision}`,
        });
      }
    }
    const [firstBroken] = [...problems].sort((a, b) => (a.globalPosition < b.globalPosition ? -1 : a.globalPosition > b.globalPosition ? 1 : 0));
    return {
      ok: firstBroken === undefined,
      streamsChecked: chains.size,
      eventsChecked,
      brokenLinks: problems.length,
      ...(firstBroken ? { firstBroken } : {}),
      sealedEvents,
      sealedPosition,
      checkpointsChecked: checkpoints.length,
      signedPosition,
      signatureKey: ledger === undefined ? 'none' : publicKey !== undefined ? 'configured' : 'self-declared',
    };
  }

  /**
   * The whole log as NDJSON lines, for backup: a header, every event in position order with its
   * stream hash and global-chain link, every signed checkpoint. Seals first, so that everything
   * committed is linked.
   */
  async *exportLog(): AsyncGenerator<string> {
    const ledger = this.adapter.ledger;
    if (ledger === undefined) throw new UnsupportedOperationError(`the ${this.adapter.kind} adapter keeps no global chain to export`);
    await this.seal({ sign: false });
    const head = await this.adapter.headPosition();
    const checkpoints = await ledger.readCheckpoints();
    let count = 0;
    for await (const _ of this.adapter.iterateAll()) if (_.globalPosition <= head) count++;
    yield JSON.stringify({ kind: 'kaoping-log', version: 1, exportedAt: this.now().toISOString(), events: count, checkpoints: checkpoints.length, publicKey: this.signer?.publicKey ?? null });
    let links: readonly ChainLink[] = [];
    let linkIndex = 0;
    let linksAfter = 0n;
    for await (const event of this.adapter.iterateAll()) {
      if (event.globalPosition > head) break;
      if (linkIndex >= links.length) {
        links = await ledger.readLinks(linksAfter, 2000);
        linkIndex = 0;
        linksAfter = links[links.length - 1]?.position ?? linksAfter;
      }
      const link = links[linkIndex];
      const linked = link !== undefined && link.position === event.globalPosition;
      if (linked) linkIndex++;
      yield JSON.stringify(archivedEvent(event, linked ? link.chainHash : null));
    }
    for (const checkpoint of checkpoints) yield JSON.stringify(archivedCheckpoint(checkpoint));
  }

  /**
   * Restores an export into this store, which must be empty: checks every chain, link and
   * signature first (with `publicKey`, default this store's signer's; `trustFileKey` accepts the
   * key named in the file instead), writes nothing if anything fails, then writes the events
   * with their positions, the links and checkpoints, and verifies the restored store.
   */
  async importLog(lines: readonly string[], options: Readonly<{ publicKey?: string; trustFileKey?: boolean }> = {}): Promise<VerifyReport> {
    const ledger = this.adapter.ledger;
    if (ledger === undefined) throw new UnsupportedOperationError(`the ${this.adapter.kind} adapter cannot import a log`);
    if ((await this.adapter.readAll({ maxCount: 1 })).length > 0 || (await ledger.lastLink()) !== null) {
      throw new InvalidInputError([{ path: 'store', rule: 'not-empty', message: 'a log is imported into an empty store only' }]);
    }
    const publicKey = options.trustFileKey === true ? undefined : (options.publicKey ?? this.signer?.publicKey);
    const archive = checkArchive(lines, publicKey);
    await writeArchive(ledger, archive);
    const trusted = publicKey ?? archive.header.publicKey ?? archive.checkpoints[0]?.publicKey;
    return this.verify(trusted === undefined ? {} : { publicKey: trusted });
  }

  /** Starts a catch-up subscription over the global log (see {@link SubscribeOptions}). */
  subscribe(options: SubscribeOptions): Subscription {
    throwIfInvalid([
      ...(typeof options.subscriptionId === 'string' && options.subscriptionId.trim() !== ''
        ? []
        : [{ path: 'subscriptionId', rule: 'blank', message: 'a subscription id must not be blank' }]),
      ...maxCountViolations(options.batchSize, 'batchSize'),
      ...maxCountViolations(options.maxBatchSize, 'maxBatchSize'),
      ...(typeof options.maxBatchSize === 'number' && options.maxBatchSize < (options.batchSize ?? DEFAULT_BATCH_SIZE)
        ? [{ path: 'maxBatchSize', rule: 'below-batch-size', message: 'maxBatchSize must be at least batchSize' }]
        : []),
      ...maxCountViolations(options.pollIntervalMs, 'pollIntervalMs'),
      ...pacingViolations(options.pacing),
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
    // Objects of one shape written out, not spread: this runs for every event of every append.
    return drafts.map((draft): PreparedEvent => {
      const { id, type, data, metadata } = draft;
      const hash = eventHash(prevHash, { id, type, data, metadata, streamId, revision, recordedAt });
      const prepared: PreparedEvent = { id, streamId, type, data, metadata, revision, recordedAt, prevHash, hash };
      prevHash = hash;
      revision++;
      return prepared;
    });
  }

  private checkLink(
    event: RecordedEvent,
    previous: Readonly<{ revision: number; hash: string }> | undefined,
  ): BrokenLink | undefined {
    const at = eventAt(event);
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

const eventAt = (event: RecordedEvent): Pick<BrokenLink, 'streamId' | 'revision' | 'globalPosition' | 'eventId'> => ({
  streamId: event.streamId,
  revision: event.revision,
  globalPosition: event.globalPosition,
  eventId: event.id,
});

export type { SubscribeOptions, Subscription };
