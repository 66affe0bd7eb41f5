/**
 * The event store port: what the rest of Kaoping may ask of any event store.
 * Adapters (embedded PGlite, PostgreSQL, KurrentDB) implement {@link EventStoreAdapter};
 * {@link EventStore} (see event-store.ts) wraps an adapter and adds what must be identical
 * for all of them: validation, ids, recorded-at, and the tamper-evident hash chain.
 */

export type JsonPrimitive = string | number | boolean | null;
export type JsonValue = JsonPrimitive | JsonValue[] | { [key: string]: JsonValue };
export type JsonObject = { [key: string]: JsonValue };

/** Who did it, in which role, why, with what evidence. The audit trail is the log. */
export type EventMetadata = Readonly<{
  actorId: string;
  role: string;
  commandId?: string;
  /** The request or workflow the event belongs to; absent: its command (`commandId`) started it. */
  correlationId?: string;
  /** What caused it (an event or a job); absent: nothing but its command (`commandId`). */
  causationId?: string;
  reason?: string;
  evidence?: readonly string[];
  /** The date or period the fact is about (ISO date), as opposed to when it was recorded. */
  effectiveDate?: string;
  /** Anything else an application wants to keep with the event. Must be JSON. */
  extra?: JsonObject;
}>;

/** An event as a caller hands it to the store. */
export type NewEvent = Readonly<{
  /** UUID. Supply it (e.g. derived from a command id) to make appends idempotent. */
  id?: string;
  type: string;
  data: JsonValue;
  metadata: EventMetadata;
}>;

/** An event as it is stored and read back. */
export type RecordedEvent = Readonly<{
  id: string;
  streamId: string;
  type: string;
  data: JsonValue;
  metadata: EventMetadata;
  /** 0-based position of the event in its stream. */
  revision: number;
  /** Position in the global log; strictly increasing in commit order. */
  globalPosition: bigint;
  /** ISO-8601 UTC timestamp with milliseconds. */
  recordedAt: string;
  /** sha256 (hex) of the previous event of the same stream, or 64 zeros for the first. */
  prevHash: string;
  /** sha256 (hex) over prevHash and this event's canonical content. */
  hash: string;
}>;

/**
 * What the caller expects of the stream before the append:
 * - 'no_stream': the stream must not exist yet;
 * - 'stream_exists': it must have at least one event;
 * - 'any': no check;
 * - a number N: the stream's last event must have revision N.
 */
export type ExpectedRevision = 'no_stream' | 'stream_exists' | 'any' | number;

export type AppendResult = Readonly<{
  /** Revision of the last event now in the stream (of this append, or of the original one). */
  nextExpectedRevision: number;
  /** Global position of the last event of this append. */
  lastGlobalPosition: bigint;
  /** The events as stored (for an idempotent re-append: the originals). */
  events: readonly RecordedEvent[];
  /** True when every event id was already stored: nothing was written. */
  alreadyAppended: boolean;
}>;

export type ReadStreamOptions = Readonly<{
  direction?: 'forwards' | 'backwards';
  /** Inclusive. Forwards default 0; backwards default: the last revision. */
  fromRevision?: number;
  /** Inclusive bound in the direction of reading. */
  toRevision?: number;
  maxCount?: number;
}>;

export type AllFilter = Readonly<{
  /** Deliver only events whose stream id starts with one of these. */
  streamPrefixes?: readonly string[];
  /** Deliver only events of these types. */
  eventTypes?: readonly string[];
}>;

/** A moment in the log: a global position (inclusive), or a recorded-at time (inclusive). */
export type AsOf = Readonly<{ position: bigint }> | Readonly<{ time: string }>;

export type ReadAllOptions = Readonly<{
  /** Exclusive: deliver events after this position. Default: from the start. */
  after?: bigint;
  maxCount?: number;
  filter?: AllFilter;
  /** Only events at or before this moment. */
  asOf?: AsOf;
}>;

export type StreamTip = Readonly<{ revision: number; hash: string; globalPosition: bigint }>;

/** An event fully prepared above the adapter, before the adapter assigns its global position. */
export type PreparedEvent = Omit<RecordedEvent, 'globalPosition'>;

/**
 * Called by the adapter inside its write transaction, once it knows the current tip of the
 * stream (after locking it), so that revisions and the hash chain are computed above the
 * adapter and identically for all of them.
 */
export type PrepareEvents = (tip: StreamTip | null) => readonly PreparedEvent[];

/**
 * What verify found wrong, in the order of the log:
 * - stream chain: `hash-mismatch` (content edited), `prev-hash-mismatch`, `revision-gap` (an event
 *   of the stream deleted), `stream-tail-missing` (the stream table knows later events than are
 *   stored: its last events deleted), `stream-missing` (a stream without any event left);
 * - global chain: `missing-event` (a sealed position without its event: deleted anywhere, also
 *   at the tail of the log or a whole stream), `unsealed-event` (an event inserted among sealed
 *   ones), `chain-mismatch` (the stored link does not follow from the event and the link before);
 * - signed checkpoints: `checkpoint-mismatch` (the chain recomputed from the events does not reach
 *   the signed hash: events altered and the chains recomputed), `bad-signature` (a checkpoint
 *   not signed by the configured key), `truncated` (a checkpoint beyond the end of the log).
 */
export type BrokenLinkProblem =
  | 'hash-mismatch'
  | 'prev-hash-mismatch'
  | 'revision-gap'
  | 'stream-tail-missing'
  | 'stream-missing'
  | 'missing-event'
  | 'unsealed-event'
  | 'chain-mismatch'
  | 'checkpoint-mismatch'
  | 'bad-signature'
  | 'truncated';

export type BrokenLink = Readonly<{
  problem: BrokenLinkProblem;
  /** Where in the log: the event's position, or the checkpoint's. */
  globalPosition: bigint;
  /** The stream concerned, when known. */
  streamId?: string;
  revision?: number;
  eventId?: string;
  expected: string;
  actual: string;
}>;

export type VerifyReport = Readonly<{
  ok: boolean;
  streamsChecked: number;
  eventsChecked: number;
  /** How many problems were found (a tampered event counts once; the chains go on from the stored hashes). */
  brokenLinks: number;
  /** The first broken link in global order, if any. */
  firstBroken?: BrokenLink;
  /** Events covered by the global chain, and the last sealed position (0 when nothing is sealed). */
  sealedEvents: number;
  sealedPosition: bigint;
  /** Signed checkpoints checked; `signedPosition` the highest one whose signature and hash hold. */
  checkpointsChecked: number;
  signedPosition: bigint;
  /** Which key the signatures were checked with: the configured one, or (none configured) only each checkpoint's own. */
  signatureKey: 'configured' | 'self-declared' | 'none';
}>;

/** Where a subscription keeps how far it got. */
export interface CheckpointStore {
  load(subscriptionId: string): Promise<bigint | null>;
  /** After a handled batch: every matching event up to `position` (the batch's last) is handled. */
  store(subscriptionId: string, position: bigint): Promise<void>;
  /**
   * The subscription scanned up to `position` and found no more matching events: handled up to
   * there, so that another process watching the checkpoint (an API waiting for `minPosition`)
   * sees it move although the last events were of no interest. `store` when absent.
   */
  advance?(subscriptionId: string, position: bigint): Promise<void>;
}
