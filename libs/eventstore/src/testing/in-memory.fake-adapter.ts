import type { AllFilter, CheckpointStore, RecordedEvent, StreamTip } from '../event-store.port';
import type {
  AdapterAppendRequest,
  AdapterAppendResult,
  AdapterReadAllRequest,
  AdapterReadStreamRequest,
  EventStoreAdapter,
} from '../event-store.adapter';

const matches = (event: RecordedEvent, filter: AllFilter | undefined): boolean =>
  (filter?.streamPrefixes === undefined || filter.streamPrefixes.some((p) => event.streamId.startsWith(p))) &&
  (filter?.eventTypes === undefined || filter.eventTypes.includes(event.type));

/**
 * An adapter over an array, for unit tests of the facade (validation, hashing, idempotency,
 * subscriptions). Not a product adapter: integration tests use real databases.
 * `log` is exposed so a test can alter stored events behind the store's back.
 */
export class InMemoryFakeAdapter implements EventStoreAdapter {
  readonly kind = 'in-memory-fake';
  readonly log: RecordedEvent[] = [];
  appendCalls = 0;

  async append(request: AdapterAppendRequest): Promise<AdapterAppendResult> {
    this.appendCalls++;
    const ids = new Set(request.eventIds);
    const decision = request.decide({
      tip: await this.streamTip(request.streamId),
      storedWithSameIds: this.log.filter((e) => ids.has(e.id)),
    });
    if (decision.kind === 'already-appended') return { alreadyAppended: true, events: decision.events };
    const head = await this.headPosition();
    const events = decision.events.map((e, i) => ({ ...e, globalPosition: head + BigInt(i + 1) }));
    this.log.push(...events);
    return { alreadyAppended: false, events };
  }

  async readStream(request: AdapterReadStreamRequest): Promise<readonly RecordedEvent[]> {
    const forwards = request.direction === 'forwards';
    const events = this.log
      .filter((e) => e.streamId === request.streamId)
      .filter((e) => request.upToPosition === undefined || e.globalPosition <= request.upToPosition)
      .filter((e) => request.fromRevision === undefined || (forwards ? e.revision >= request.fromRevision : e.revision <= request.fromRevision))
      .filter((e) => request.toRevision === undefined || (forwards ? e.revision <= request.toRevision : e.revision >= request.toRevision));
    const ordered = forwards ? events : [...events].reverse();
    return ordered.slice(0, request.maxCount);
  }

  async readAll(request: AdapterReadAllRequest): Promise<readonly RecordedEvent[]> {
    return this.log
      .filter((e) => request.after === undefined || e.globalPosition > request.after)
      .filter((e) => request.upTo === undefined || e.globalPosition <= request.upTo)
      .filter((e) => matches(e, request.filter))
      .slice(0, request.maxCount);
  }

  async streamTip(streamId: string): Promise<StreamTip | null> {
    const last = this.log.filter((e) => e.streamId === streamId).at(-1);
    return last === undefined ? null : { revision: last.revision, hash: last.hash, globalPosition: last.globalPosition };
  }

  async headPosition(): Promise<bigint> {
    return this.log.at(-1)?.globalPosition ?? 0n;
  }

  async positionAtTime(time: string): Promise<bigint | null> {
    const at = Date.parse(time);
    return this.log.filter((e) => Date.parse(e.recordedAt) <= at).at(-1)?.globalPosition ?? null;
  }

  async *iterateAll(filter?: AllFilter): AsyncIterable<RecordedEvent> {
    yield* this.log.filter((e) => matches(e, filter));
  }

  checkpointStore(): CheckpointStore | null {
    return null;
  }

  async close(): Promise<void> {}
}
