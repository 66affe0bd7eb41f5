import type * as Kurrent from '@kurrent/kurrentdb-client';
import type {
  AppendStreamState,
  EventData,
  Filter,
  KurrentDBClient,
  ReadPosition,
  ReadRevision,
  ResolvedEvent,
  AllStreamResolvedEvent,
} from '@kurrent/kurrentdb-client';
import type {
  AllFilter,
  CheckpointStore,
  JsonValue,
  PreparedEvent,
  RecordedEvent,
  StreamTip,
} from '../event-store.port';
import type {
  AdapterAppendRequest,
  AdapterAppendResult,
  AdapterReadAllRequest,
  AdapterReadStreamRequest,
  EventStoreAdapter,
} from '../event-store.adapter';
import { AdapterFailureError } from '../event-store.errors';
import { isEventMetadata, parseJson } from '../json.util';
import { plainJsonViolations } from '../validation/event-validation.util';


// The KurrentDB client (gRPC) is loaded when a KurrentDB store is opened, not when the API starts:
// about 28 MB of resident memory that the embedded and PostgreSQL stores do not pay.
let kurrentClient: typeof Kurrent | undefined;
const kurrent = (): typeof Kurrent => (kurrentClient ??= require('@kurrent/kurrentdb-client') as typeof Kurrent);

/** Key under which our hash chain and recorded-at travel in KurrentDB event metadata. */
const CHAIN_KEY = 'kaoping';
const PAGE_SIZE = 500;
const MAX_APPEND_ATTEMPTS = 10;

type ClientRecordedEvent = NonNullable<ResolvedEvent['event']> | NonNullable<AllStreamResolvedEvent['event']>;

const isRecord = (value: unknown): value is Readonly<Record<string, unknown>> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Uint8Array);

const isJsonValue = (value: unknown): value is JsonValue => plainJsonViolations(value, 'value').length === 0;

/**
 * Stream state sent with the append. Our hash chain links to the tip read just before, so the
 * server must refuse the append if anything was written since: we always send the exact tip
 * (NO_STREAM, or its revision). By then `decide` has checked the caller's expectation against
 * the same tip ('no_stream' ↔ NO_STREAM, N ↔ BigInt(N), 'stream_exists'/'any' ↔ whatever the
 * tip is), so a conflict means a concurrent writer; the append is decided again on the new tip.
 */
const streamStateOf = (tip: StreamTip | null): AppendStreamState => (tip === null ? kurrent().NO_STREAM : BigInt(tip.revision));

/** JSON data goes as a JSON event (readable by KurrentDB projections and UI); a bare number, boolean or null as JSON bytes. */
const toEventData = (event: PreparedEvent): EventData => {
  const metadata = {
    ...event.metadata,
    [CHAIN_KEY]: { prevHash: event.prevHash, hash: event.hash, recordedAt: event.recordedAt },
  };
  const data = event.data;
  if (typeof data === 'string' || (typeof data === 'object' && data !== null)) {
    return { id: event.id, contentType: 'application/json', type: event.type, data, metadata };
  }
  return {
    id: event.id,
    contentType: 'application/octet-stream',
    type: event.type,
    data: Buffer.from(JSON.stringify(data), 'utf8'),
    metadata,
  };
};

const toRecordedEvent = (event: ClientRecordedEvent, commitPosition: bigint | undefined): RecordedEvent => {
  const position = event.position?.commit ?? commitPosition;
  if (position === undefined) {
    throw new AdapterFailureError(`KurrentDB returned event ${event.id} without a position (server older than 22.6?)`, {
      eventId: event.id,
    });
  }
  const data: unknown = event.isJson ? event.data : parseJson(Buffer.from(event.data).toString('utf8'));
  if (!isJsonValue(data)) {
    throw new AdapterFailureError(`event ${event.id} has data that is not JSON`, { eventId: event.id });
  }
  const rawMetadata: unknown = event.metadata;
  if (!isRecord(rawMetadata)) {
    throw new AdapterFailureError(`event ${event.id} was not written by this store (no metadata)`, { eventId: event.id });
  }
  const chain = rawMetadata[CHAIN_KEY];
  const metadata = Object.fromEntries(Object.entries(rawMetadata).filter(([key]) => key !== CHAIN_KEY));
  if (
    !isRecord(chain) ||
    typeof chain['prevHash'] !== 'string' ||
    typeof chain['hash'] !== 'string' ||
    typeof chain['recordedAt'] !== 'string' ||
    !isEventMetadata(metadata)
  ) {
    throw new AdapterFailureError(`event ${event.id} was not written by this store (no hash chain)`, {
      eventId: event.id,
    });
  }
  return {
    id: event.id.toLowerCase(),
    streamId: event.streamId,
    type: event.type,
    data,
    metadata,
    revision: Number(event.revision),
    globalPosition: position,
    recordedAt: chain['recordedAt'],
    prevHash: chain['prevHash'],
    hash: chain['hash'],
  };
};

/** Our recorded-at of an event, or undefined for an event this store did not write. */
const recordedAtOf = (event: ClientRecordedEvent): string | undefined => {
  const metadata: unknown = event.metadata;
  const chain = isRecord(metadata) ? metadata[CHAIN_KEY] : undefined;
  return isRecord(chain) && typeof chain['recordedAt'] === 'string' ? chain['recordedAt'] : undefined;
};

const isSystem = (event: ClientRecordedEvent): boolean => event.streamId.startsWith('$') || event.type.startsWith('$');

const matches = (event: ClientRecordedEvent, filter: AllFilter | undefined): boolean =>
  !isSystem(event) &&
  (filter?.streamPrefixes === undefined || filter.streamPrefixes.some((p) => event.streamId.startsWith(p))) &&
  (filter?.eventTypes === undefined || filter.eventTypes.includes(event.type));

/** One server-side filter (KurrentDB takes one); the rest of {@link AllFilter} is applied here. */
const serverFilterOf = (filter: AllFilter | undefined): Filter => {
  if (filter?.streamPrefixes !== undefined) return kurrent().streamNameFilter({ prefixes: [...filter.streamPrefixes] });
  if (filter?.eventTypes !== undefined) return kurrent().eventTypeFilter({ prefixes: [...filter.eventTypes] });
  return kurrent().excludeSystemEvents();
};

/**
 * The event store on KurrentDB.
 *
 * - Global position: the event's commit position in `$all`. Appends here never use explicit
 *   transactions, for which a server gives each event its own commit position.
 * - Our `hash`, `prevHash` and `recordedAt` travel in the event metadata under `kaoping`.
 * - Appends read the stream tip (backwards, one event), let the facade decide and prepare on
 *   that tip, and append with the tip as the expected stream state; on a conflict they decide
 *   again (for 'any' this is a retry; for a number the facade then reports the conflict).
 * - Idempotency: KurrentDB's own dedupe by event id is an in-memory cache on the server, lost
 *   on restart, so when the caller gave ids we read the stream and look for them — durable,
 *   O(stream length) per such append (the lifecycle layer also dedupes by command id). An id
 *   stored in another stream is not detected on this adapter (no global id index).
 * - No checkpoint store and no append notifications: subscriptions poll.
 */
export class KurrentDbEventStoreAdapter implements EventStoreAdapter {
  readonly kind = 'kurrentdb';

  private constructor(private readonly client: KurrentDBClient) {}

  static connect(connectionString: string): KurrentDbEventStoreAdapter {
    return new KurrentDbEventStoreAdapter(kurrent().KurrentDBClient.connectionString(connectionString));
  }

  async append(request: AdapterAppendRequest): Promise<AdapterAppendResult> {
    for (let attempt = 1; ; attempt++) {
      const tip = await this.streamTip(request.streamId);
      const storedWithSameIds = request.idsMayBeStored ? await this.storedWithIds(request.streamId, request.eventIds) : [];
      const decision = request.decide({ tip, storedWithSameIds });
      if (decision.kind === 'already-appended') return { alreadyAppended: true, events: decision.events };
      const first = decision.events[0];
      if (first === undefined) return { alreadyAppended: false, events: [] };
      try {
        await this.client.appendToStream(request.streamId, decision.events.map(toEventData), {
          streamState: streamStateOf(tip),
        });
      } catch (error: unknown) {
        if (error instanceof kurrent().WrongExpectedVersionError && attempt < MAX_APPEND_ATTEMPTS) continue;
        throw error;
      }
      // Positions are only known once written; read the events back from the stream.
      const events = await this.readStream({
        streamId: request.streamId,
        direction: 'forwards',
        fromRevision: first.revision,
        maxCount: decision.events.length,
      });
      return { alreadyAppended: false, events };
    }
  }

  async readStream(request: AdapterReadStreamRequest): Promise<readonly RecordedEvent[]> {
    const forwards = request.direction === 'forwards';
    const fromRevision: ReadRevision =
      request.fromRevision === undefined ? (forwards ? kurrent().START : kurrent().END) : BigInt(request.fromRevision);
    const serverMaxCount = request.upToPosition === undefined ? request.maxCount : undefined;
    const out: RecordedEvent[] = [];
    try {
      for await (const resolved of this.client.readStream(request.streamId, {
        direction: forwards ? kurrent().FORWARDS : kurrent().BACKWARDS,
        fromRevision,
        ...(serverMaxCount === undefined ? {} : { maxCount: serverMaxCount }),
      })) {
        if (resolved.event === undefined) continue;
        const event = toRecordedEvent(resolved.event, resolved.commitPosition);
        if (request.toRevision !== undefined && (forwards ? event.revision > request.toRevision : event.revision < request.toRevision)) break;
        if (request.upToPosition !== undefined && event.globalPosition > request.upToPosition) {
          if (forwards) break;
          continue;
        }
        out.push(event);
        if (request.maxCount !== undefined && out.length >= request.maxCount) break;
      }
    } catch (error: unknown) {
      if (error instanceof kurrent().StreamNotFoundError) return [];
      throw error;
    }
    return out;
  }

  async readAll(request: AdapterReadAllRequest): Promise<readonly RecordedEvent[]> {
    const out: RecordedEvent[] = [];
    const filter = serverFilterOf(request.filter);
    let skipUpTo = request.after;
    let from: ReadPosition = request.after === undefined ? kurrent().START : { commit: request.after, prepare: request.after };
    for (;;) {
      let seen = 0;
      let lastSeen: bigint | undefined;
      for await (const resolved of this.client.readAll({ fromPosition: from, maxCount: PAGE_SIZE, direction: kurrent().FORWARDS, filter })) {
        seen++;
        const event = resolved.event;
        if (event === undefined) continue;
        const position = event.position.commit;
        lastSeen = position;
        // Reading $all from a position includes the event at that position.
        if (skipUpTo !== undefined && position <= skipUpTo) continue;
        if (request.upTo !== undefined && position > request.upTo) return out;
        if (!matches(event, request.filter)) continue;
        out.push(toRecordedEvent(event, resolved.commitPosition));
        if (out.length >= request.maxCount) return out;
      }
      if (seen < PAGE_SIZE || lastSeen === undefined) return out;
      skipUpTo = lastSeen;
      from = { commit: lastSeen, prepare: lastSeen };
    }
  }

  async streamTip(streamId: string): Promise<StreamTip | null> {
    const [last] = await this.readStream({ streamId, direction: 'backwards', maxCount: 1 });
    return last === undefined ? null : { revision: last.revision, hash: last.hash, globalPosition: last.globalPosition };
  }

  async headPosition(): Promise<bigint> {
    for await (const resolved of this.client.readAll({ fromPosition: kurrent().END, direction: kurrent().BACKWARDS, maxCount: 1 })) {
      const position = resolved.event?.position.commit ?? resolved.commitPosition;
      if (position !== undefined) return position;
    }
    return 0n;
  }

  async positionAtTime(time: string): Promise<bigint | null> {
    const limit = Date.parse(time);
    for await (const resolved of this.client.readAll({
      fromPosition: kurrent().END,
      direction: kurrent().BACKWARDS,
      filter: kurrent().excludeSystemEvents(),
    })) {
      const event = resolved.event;
      if (event === undefined || isSystem(event)) continue;
      const recordedAt = recordedAtOf(event);
      if (recordedAt !== undefined && Date.parse(recordedAt) <= limit) return event.position.commit;
    }
    return null;
  }

  async *iterateAll(filter?: AllFilter): AsyncIterable<RecordedEvent> {
    let after: bigint | undefined;
    for (;;) {
      const page = await this.readAll({ after, maxCount: PAGE_SIZE, filter });
      yield* page;
      const last = page.at(-1);
      if (last === undefined || page.length < PAGE_SIZE) return;
      after = last.globalPosition;
    }
  }

  checkpointStore(): CheckpointStore | null {
    return null;
  }

  async close(): Promise<void> {
    await this.client.dispose();
  }

  private async storedWithIds(streamId: string, ids: readonly string[]): Promise<RecordedEvent[]> {
    const wanted = new Set(ids);
    const found: RecordedEvent[] = [];
    for (const event of await this.readStream({ streamId, direction: 'forwards' })) {
      if (wanted.has(event.id)) found.push(event);
    }
    return found;
  }
}
