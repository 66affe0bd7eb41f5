import type {
  AllFilter,
  CheckpointStore,
  ExpectedRevision,
  PreparedEvent,
  RecordedEvent,
  StreamTip,
} from './event-store.port';
import type { SignedCheckpoint } from './seal/log-signer';

/** One link of the global chain: the chain's value once the event at `position` is included. */
export type ChainLink = Readonly<{ position: bigint; chainHash: string }>;

/**
 * Where a backend keeps the global chain and the signed checkpoints of the log head, next to
 * the events (SQL adapters: tables `log_chain` and `log_checkpoints`).
 */
export interface LogLedger {
  /** The highest sealed link, or null. */
  lastLink(): Promise<ChainLink | null>;
  /** Stores links; links already stored (another sealer got there first) are left as they are. */
  storeLinks(links: readonly ChainLink[]): Promise<void>;
  /** Links after `after` in position order, at most `maxCount`. */
  readLinks(after: bigint, maxCount: number): Promise<readonly ChainLink[]>;
  storeCheckpoint(checkpoint: SignedCheckpoint): Promise<void>;
  /** Every checkpoint, by position then time. */
  readCheckpoints(): Promise<readonly SignedCheckpoint[]>;
  /** The last revision (and its position) of every stream, as the stream table records it. */
  streamTips(): Promise<ReadonlyMap<string, Readonly<{ revision: number; position: bigint }>>>;
  /** Restore only: writes events exactly as exported (positions, hashes), into an empty store. */
  importEvents(events: readonly RecordedEvent[]): Promise<void>;
}

/**
 * What an adapter knows about a stream once it holds the stream's write lock: its tip, and
 * every stored event (in any stream) whose id is among the ids of the append.
 */
export type AppendState = Readonly<{
  tip: StreamTip | null;
  storedWithSameIds: readonly RecordedEvent[];
}>;

/** The facade's verdict on an append, given the {@link AppendState}. */
export type AppendDecision =
  | Readonly<{ kind: 'already-appended'; events: readonly RecordedEvent[] }>
  | Readonly<{
      kind: 'write';
      events: readonly PreparedEvent[];
      /** Per event, its data and metadata as JSON text (what was validated; what an adapter storing text stores). */
      texts: readonly EventTexts[];
    }>;

export type EventTexts = Readonly<{ data: string; metadata: string }>;

/**
 * Called by the adapter inside its write transaction, after it locked the stream.
 * It applies the idempotency rule, then the expected-revision rule (throwing the typed
 * errors), then calls the facade's {@link PrepareEvents} with the tip. Keeping these in one
 * callback means no adapter re-implements them.
 */
export type DecideAppend = (state: AppendState) => AppendDecision;

export type AdapterAppendRequest = Readonly<{
  streamId: string;
  expectedRevision: ExpectedRevision;
  /** Ids of the events to append, in order (already lower-case UUIDs). */
  eventIds: readonly string[];
  /**
   * False when every id was generated for this append, so none can already be stored and the
   * adapter may skip looking them up.
   */
  idsMayBeStored: boolean;
  decide: DecideAppend;
}>;

export type AdapterAppendResult = Readonly<{
  alreadyAppended: boolean;
  /** The stored events in revision order: the new ones, or the originals of a retry. */
  events: readonly RecordedEvent[];
}>;

export type AdapterReadStreamRequest = Readonly<{
  streamId: string;
  direction: 'forwards' | 'backwards';
  /** Inclusive; undefined: the first (forwards) or last (backwards) revision. */
  fromRevision?: number;
  /** Inclusive bound in the direction of reading. */
  toRevision?: number;
  maxCount?: number;
  /** Only events at or before this global position. */
  upToPosition?: bigint;
}>;

export type AdapterReadAllRequest = Readonly<{
  /** Exclusive. */
  after?: bigint;
  /** Inclusive. */
  upTo?: bigint;
  maxCount: number;
  filter?: AllFilter;
}>;

/**
 * The low-level port an event store backend implements. Callers never use it directly: they
 * use {@link EventStore}, which validates, prepares and hashes above it.
 *
 * Contract every adapter keeps:
 * - appends to one stream are serialized; `decide` is called with the tip seen under that lock;
 * - global positions are strictly increasing in commit order: once a reader has seen position
 *   P, no event with a position below P can become visible later;
 * - reads return what was stored, byte for byte (data and metadata JSON text).
 */
export interface EventStoreAdapter {
  /** 'embedded', 'postgres' or 'kurrentdb'. */
  readonly kind: string;
  append(request: AdapterAppendRequest): Promise<AdapterAppendResult>;
  readStream(request: AdapterReadStreamRequest): Promise<readonly RecordedEvent[]>;
  readAll(request: AdapterReadAllRequest): Promise<readonly RecordedEvent[]>;
  streamTip(streamId: string): Promise<StreamTip | null>;
  /**
   * The highest global position at or below which every event is committed and visible and no
   * other can appear later (gap-free); 0n for an empty log. Readers that must skip nothing stop there.
   */
  headPosition(): Promise<bigint>;
  /** The last global position recorded at or before `time` (ISO), or null. */
  positionAtTime(time: string): Promise<bigint | null>;
  /** Every event in global order, fetched page by page (for verify). */
  iterateAll(filter?: AllFilter): AsyncIterable<RecordedEvent>;
  /**
   * Calls `onAppended` soon after events are committed (a hint to wake subscriptions up;
   * they never depend on it). Returns the function that stops watching.
   */
  watchAppends?(onAppended: () => void): Promise<() => Promise<void>>;
  /** The global chain and signed checkpoints, when the backend keeps them (SQL adapters). */
  readonly ledger?: LogLedger;
  /** A durable checkpoint store next to the events, when the backend has one. */
  checkpointStore(): CheckpointStore | null;
  close(): Promise<void>;
}
