import type { AllFilter, RecordedEvent } from './event-store.port';
import type { EventStore } from './event-store';

/**
 * The log up to `upTo` (inclusive), `filter`ed, in pages of `pageSize` events in log order, each
 * next page read while the caller works on the one it was given: the database and this process
 * work at once instead of in turn. For a reader of millions of events (a rebuild, a cycle's fold)
 * that must not hold them all. A caller that stops early leaves no read unobserved.
 */
export async function* logPages(store: EventStore, options: Readonly<{ upTo: bigint; pageSize: number; filter?: AllFilter }>): AsyncGenerator<readonly RecordedEvent[]> {
  const { upTo, pageSize, filter } = options;
  const read = (after: bigint): Promise<readonly RecordedEvent[]> => {
    const page = store.readAll({ after, maxCount: pageSize, asOf: { position: upTo }, ...(filter === undefined ? {} : { filter }) });
    // Awaited below unless the caller stops first: then its reason is the one reported, not this read's.
    page.catch(() => undefined);
    return page;
  };
  let next: Promise<readonly RecordedEvent[]> | undefined = upTo > 0n ? read(0n) : undefined;
  while (next !== undefined) {
    const page: readonly RecordedEvent[] = await next;
    const last = page.at(-1);
    if (last === undefined) return;
    next = page.length < pageSize ? undefined : read(last.globalPosition);
    yield page;
  }
}
